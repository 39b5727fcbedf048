package org.dangong.recommendation;

import java.time.LocalDate;
import org.dangong.decision.Subject;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * The branch committee determined an activist a development target (发展对象, DEVELOP-REG Art. 13),
 * after one year or more of cultivation.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DevelopmentTargetDetermined extends DevelopmentEvent {
  DevelopmentTargetDetermined() {}

  /**
   * Obtains the event.
   *
   * @param date the date of the decision
   * @param person the activist
   * @param decidedBy the branch committee
   * @return the event
   */
  public static DevelopmentTargetDetermined of(LocalDate date, PersonId person, Subject decidedBy) {
    return ImmutableDevelopmentTargetDetermined.builder()
        .date(date)
        .person(person)
        .decidedBy(decidedBy)
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.TARGET_DETERMINATION;
  }
}
