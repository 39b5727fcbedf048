package org.dangong.testkit;

import java.time.LocalDate;
import org.dangong.model.Assignment;
import org.dangong.model.AssignmentKind;

/**
 * Entry point for generators of {@link Assignment}s of instructors and coordinators.
 *
 * <pre>{@code
 * Assignment a = Assignments.assignments().generate(42);
 * }</pre>
 *
 * <p>Party-building and union-building instructors go to enterprises or, now and then, to regions;
 * union work coordinators always go to regions, as a {@link org.dangong.model.Jurisdiction}
 * demands. Ids refer to nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Assignments {
  private Assignments() {}

  /**
   * Returns a generator of assignments that began up to five years before {@link
   * Dates#DEFAULT_REFERENCE_DATE}.
   *
   * @return the generator
   */
  public static Generator<Assignment> assignments() {
    return assignments(Dates.DEFAULT_REFERENCE_DATE);
  }

  /**
   * Returns a generator of assignments that began up to five years before the given reference
   * date.
   *
   * @param referenceDate the reference date
   * @return the generator
   */
  public static Generator<Assignment> assignments(LocalDate referenceDate) {
    return random -> {
      AssignmentKind kind = Ranges.any(random, AssignmentKind.class);
      LocalDate since = Ranges.daysBefore(random, referenceDate, 0, 5 * 365);
      if (kind == AssignmentKind.UNION_WORK_COORDINATOR || random.nextDouble() < 0.1) {
        return Assignment.toRegion(
            kind, Identifiers.personIds().next(random), Identifiers.regionIds().next(random), since);
      }
      return Assignment.toEnterprise(
          kind, Identifiers.personIds().next(random), Identifiers.enterpriseIds().next(random), since);
    };
  }
}
