package org.dangong.recommendation;

import java.time.LocalDate;
import org.dangong.decision.Subject;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * A development target completed the short concentrated training (集中培训, DEVELOP-REG Art. 17), which
 * lasts "一般不少于三天（或不少于二十四个学时）": the guard accepts {@code TRAINING_MIN_DAYS} days or {@code
 * TRAINING_MIN_HOURS} class hours, whichever is met.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class TrainingCompleted extends DevelopmentEvent {
  TrainingCompleted() {}

  /**
   * Returns the days the training lasted.
   *
   * @return the days, at least 0
   */
  public abstract int days();

  /**
   * Returns the class hours (学时) of the training.
   *
   * @return the class hours, at least 0
   */
  public abstract int hours();

  /**
   * Obtains the event.
   *
   * @param date the date the training ended
   * @param person the development target
   * @param decidedBy the organisation that gave the training
   * @param days the days it lasted
   * @param hours its class hours
   * @return the event
   * @throws org.dangong.model.InvalidValueException if days or hours are negative
   */
  public static TrainingCompleted of(
      LocalDate date, PersonId person, Subject decidedBy, int days, int hours) {
    return ImmutableTrainingCompleted.builder()
        .date(date)
        .person(person)
        .decidedBy(decidedBy)
        .days(days)
        .hours(hours)
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.TRAINING;
  }

  @Value.Check
  void check() {
    Structure s = new Structure("TrainingCompleted");
    s.require(days() >= 0, "days", "NOT_NEGATIVE", days());
    s.require(hours() >= 0, "hours", "NOT_NEGATIVE", hours());
    s.throwIfAny();
  }
}
