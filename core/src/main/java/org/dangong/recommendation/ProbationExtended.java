package org.dangong.recommendation;

import java.time.LocalDate;
import java.time.Period;
import org.dangong.decision.Subject;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * The probation of a probationary member was extended at its end (延长预备期, DEVELOP-REG Art. 32).
 *
 * <p>The guards check that the extension lies between {@code PROBATION_EXTENSION_MIN} and {@code
 * PROBATION_EXTENSION_MAX} (six to twelve months, compared as periods added to the end of the
 * probation) and that the probation has not been extended {@code PROBATION_MAX_EXTENSIONS} times
 * already (once).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProbationExtended extends DevelopmentEvent {
  ProbationExtended() {}

  /**
   * Returns the length of the extension.
   *
   * @return the extension, positive
   */
  public abstract Period extension();

  /**
   * Obtains the event.
   *
   * @param date the date of the decision, not before the end of the probation
   * @param person the probationary member
   * @param decidedBy the branch
   * @param extension the length of the extension
   * @return the event
   * @throws org.dangong.model.InvalidValueException if the extension is zero or has a negative
   *     component
   */
  public static ProbationExtended of(
      LocalDate date, PersonId person, Subject decidedBy, Period extension) {
    return ImmutableProbationExtended.builder()
        .date(date)
        .person(person)
        .decidedBy(decidedBy)
        .extension(extension)
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.PROBATION_EXTENSION;
  }

  @Value.Check
  void check() {
    Period p = extension();
    Structure s = new Structure("ProbationExtended");
    s.require(
        !p.isZero() && p.getYears() >= 0 && p.getMonths() >= 0 && p.getDays() >= 0,
        "extension",
        "POSITIVE_PERIOD",
        p);
    s.throwIfAny();
  }
}
