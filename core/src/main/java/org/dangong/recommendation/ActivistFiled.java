package org.dangong.recommendation;

import java.time.LocalDate;
import org.dangong.decision.Subject;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * An activist was filed with the higher committee (报上级党委备案, DEVELOP-REG Art. 8); required before
 * the activist may become a development target.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ActivistFiled extends DevelopmentEvent {
  ActivistFiled() {}

  /**
   * Obtains the event.
   *
   * @param date the date of filing
   * @param person the activist
   * @param decidedBy the branch that filed
   * @return the event
   */
  public static ActivistFiled of(LocalDate date, PersonId person, Subject decidedBy) {
    return ImmutableActivistFiled.builder().date(date).person(person).decidedBy(decidedBy).build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.ACTIVIST_FILING;
  }
}
