package org.dangong.recommendation;

import java.time.LocalDate;
import org.dangong.decision.Subject;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * A person left the development process before membership: withdrew the application, left the unit
 * or was not pursued further.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DevelopmentWithdrawn extends DevelopmentEvent {
  DevelopmentWithdrawn() {}

  /**
   * Obtains the event.
   *
   * @param date the date
   * @param person the person
   * @param decidedBy who recorded it
   * @return the event
   */
  public static DevelopmentWithdrawn of(LocalDate date, PersonId person, Subject decidedBy) {
    return ImmutableDevelopmentWithdrawn.builder()
        .date(date)
        .person(person)
        .decidedBy(decidedBy)
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.WITHDRAWAL;
  }
}
