package org.dangong.recommendation;

import java.time.LocalDate;
import org.dangong.decision.Subject;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * A probationary member became a full member (转正) at the end of the probation (DEVELOP-REG Art.
 * 32).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProbationConverted extends DevelopmentEvent {
  ProbationConverted() {}

  /**
   * Obtains the event.
   *
   * @param date the date of the decision, not before the end of the probation
   * @param person the probationary member
   * @param decidedBy the branch
   * @return the event
   */
  public static ProbationConverted of(LocalDate date, PersonId person, Subject decidedBy) {
    return ImmutableProbationConverted.builder()
        .date(date)
        .person(person)
        .decidedBy(decidedBy)
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.CONVERSION;
  }
}
