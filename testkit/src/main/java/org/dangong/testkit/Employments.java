package org.dangong.testkit;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;

/**
 * Entry point for generators of {@link Employment}s.
 *
 * <pre>{@code
 * Employment e = Employments.employments().generate(42);
 * }</pre>
 *
 * <p>Most employments are ordinary staff; the rest hold one or more of the roles the rules care
 * about (investor, partner, executive, deputy executive, head of human resources), never combined
 * with {@link EmploymentRole#STAFF}. The employer is only an id.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Employments {
  private Employments() {}

  /**
   * Returns a generator of employments that began up to 30 years before {@link
   * Dates#DEFAULT_REFERENCE_DATE}.
   *
   * @return the generator
   */
  public static Generator<Employment> employments() {
    return employments(Dates.DEFAULT_REFERENCE_DATE);
  }

  /**
   * Returns a generator of employments that began up to 30 years before the given reference date.
   *
   * <pre>{@code
   * Generator<Employment> g = Employments.employments(LocalDate.of(2025, 1, 1));
   * }</pre>
   *
   * @param referenceDate the reference date
   * @return the generator
   */
  public static Generator<Employment> employments(LocalDate referenceDate) {
    return random ->
        Employment.builder()
            .employer(Identifiers.enterpriseIds().next(random))
            .since(Ranges.daysBefore(random, referenceDate, 0, 30 * 365))
            .roles(roles(random))
            .build();
  }

  static Set<EmploymentRole> roles(RandomGenerator random) {
    if (random.nextDouble() < 0.75) {
      return EnumSet.of(EmploymentRole.STAFF);
    }
    EnumSet<EmploymentRole> roles = EnumSet.noneOf(EmploymentRole.class);
    EmploymentRole[] special = {
      EmploymentRole.INVESTOR,
      EmploymentRole.PARTNER,
      EmploymentRole.EXECUTIVE,
      EmploymentRole.DEPUTY_EXECUTIVE,
      EmploymentRole.HR_HEAD
    };
    roles.add(special[random.nextInt(special.length)]);
    if (random.nextDouble() < 0.3) {
      roles.add(special[random.nextInt(special.length)]);
    }
    return roles;
  }
}
