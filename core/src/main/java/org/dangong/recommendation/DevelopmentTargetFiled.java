package org.dangong.recommendation;

import java.time.LocalDate;
import org.dangong.decision.Subject;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * A development target was filed with the higher committee (报上级党委备案, DEVELOP-REG Art. 13); required
 * before the pre-review.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DevelopmentTargetFiled extends DevelopmentEvent {
  DevelopmentTargetFiled() {}

  /**
   * Obtains the event.
   *
   * @param date the date of filing
   * @param person the development target
   * @param decidedBy the branch that filed
   * @return the event
   */
  public static DevelopmentTargetFiled of(LocalDate date, PersonId person, Subject decidedBy) {
    return ImmutableDevelopmentTargetFiled.builder()
        .date(date)
        .person(person)
        .decidedBy(decidedBy)
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.TARGET_FILING;
  }
}
