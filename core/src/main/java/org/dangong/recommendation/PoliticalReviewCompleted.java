package org.dangong.recommendation;

import java.time.LocalDate;
import org.dangong.decision.Subject;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * The political review (政治审查) of a development target was completed with a positive conclusion;
 * required before the pre-review.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PoliticalReviewCompleted extends DevelopmentEvent {
  PoliticalReviewCompleted() {}

  /**
   * Obtains the event.
   *
   * @param date the date of the conclusion
   * @param person the development target
   * @param decidedBy the party organisation that reviewed
   * @return the event
   */
  public static PoliticalReviewCompleted of(LocalDate date, PersonId person, Subject decidedBy) {
    return ImmutablePoliticalReviewCompleted.builder()
        .date(date)
        .person(person)
        .decidedBy(decidedBy)
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.POLITICAL_REVIEW;
  }
}
