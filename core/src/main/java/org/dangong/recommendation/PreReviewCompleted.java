package org.dangong.recommendation;

import java.time.LocalDate;
import java.util.Optional;
import org.dangong.decision.Subject;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * The primary committee with approval authority pre-reviewed a development target (预审, DEVELOP-REG
 * Art. 19). It needs the target filed, the introducers, the political review and the training
 * first.
 *
 * <p>"A target leaving the unit within three months is generally not admitted": when the target is
 * known to be leaving, the date is a fact of the event and a departure within {@code
 * PRE_REVIEW_LEAVING_WINDOW} of the pre-review is rejected.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PreReviewCompleted extends DevelopmentEvent {
  PreReviewCompleted() {}

  /**
   * Returns the date the target is known to leave the unit, if any.
   *
   * @return the date of leaving, or empty
   */
  public abstract Optional<LocalDate> leavingOn();

  /**
   * Obtains the event for a target not known to be leaving.
   *
   * @param date the date of the pre-review
   * @param person the development target
   * @param decidedBy the primary committee
   * @return the event
   */
  public static PreReviewCompleted of(LocalDate date, PersonId person, Subject decidedBy) {
    return of(date, person, decidedBy, Optional.empty());
  }

  /**
   * Obtains the event.
   *
   * @param date the date of the pre-review
   * @param person the development target
   * @param decidedBy the primary committee
   * @param leavingOn the date the target is known to leave the unit, if any
   * @return the event
   */
  public static PreReviewCompleted of(
      LocalDate date, PersonId person, Subject decidedBy, Optional<LocalDate> leavingOn) {
    return ImmutablePreReviewCompleted.builder()
        .date(date)
        .person(person)
        .decidedBy(decidedBy)
        .leavingOn(leavingOn)
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.PRE_REVIEW;
  }
}
