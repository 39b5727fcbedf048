package org.dangong.recommendation;

import java.time.LocalDate;
import org.dangong.decision.Subject;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * The probationary status of a member was cancelled (取消预备党员资格, DEVELOP-REG Art. 32); the
 * development ends.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProbationCancelled extends DevelopmentEvent {
  ProbationCancelled() {}

  /**
   * Obtains the event.
   *
   * @param date the date of the decision
   * @param person the probationary member
   * @param decidedBy the branch
   * @return the event
   */
  public static ProbationCancelled of(LocalDate date, PersonId person, Subject decidedBy) {
    return ImmutableProbationCancelled.builder()
        .date(date)
        .person(person)
        .decidedBy(decidedBy)
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.CANCELLATION;
  }
}
