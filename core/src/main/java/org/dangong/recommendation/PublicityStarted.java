package org.dangong.recommendation;

import java.time.LocalDate;
import org.dangong.decision.Subject;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * The local publicity (公示) of a development target started; where a policy enables it, the branch
 * meeting may be held only after it has run its working days. Local practice, not in DEVELOP-REG.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PublicityStarted extends DevelopmentEvent {
  PublicityStarted() {}

  /**
   * Obtains the event.
   *
   * @param date the first day of the publicity
   * @param person the development target
   * @param decidedBy the organisation that publicises
   * @return the event
   */
  public static PublicityStarted of(LocalDate date, PersonId person, Subject decidedBy) {
    return ImmutablePublicityStarted.builder()
        .date(date)
        .person(person)
        .decidedBy(decidedBy)
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.PUBLICITY;
  }
}
