package org.dangong.recommendation;

import java.time.LocalDate;
import org.dangong.decision.Subject;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * The branch reviewed an activist (考察, DEVELOP-REG Art. 11: every six months).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ActivistReviewed extends DevelopmentEvent {
  ActivistReviewed() {}

  /**
   * Obtains the event.
   *
   * @param date the date of the review
   * @param person the activist
   * @param decidedBy the branch that reviewed
   * @return the event
   */
  public static ActivistReviewed of(LocalDate date, PersonId person, Subject decidedBy) {
    return ImmutableActivistReviewed.builder()
        .date(date)
        .person(person)
        .decidedBy(decidedBy)
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.ACTIVIST_REVIEW;
  }
}
