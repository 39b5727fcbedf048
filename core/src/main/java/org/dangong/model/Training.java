package org.dangong.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A training a person attended: its kind, the date it ended and its length in hours (LEAD-TRAIN;
 * DEVELOP-REG Art. 17 counts days or hours).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Training {
  Training() {}

  /**
   * Returns the kind of training.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract TrainingKind kind();

  /**
   * Returns the date the training ended.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate date();

  /**
   * Returns the length in class hours (学时).
   *
   * @return the hours, at least 1
   */
  @Value.Parameter
  public abstract int hours();

  /**
   * Returns the length in days, counting 8 class hours a day, rounded up.
   *
   * @return the days
   */
  public final int days() {
    return (hours() + 7) / 8;
  }

  /**
   * Obtains a training.
   *
   * @param kind the kind
   * @param date the date it ended
   * @param hours its length in class hours, 1 to 10,000
   * @return the training
   * @throws InvalidValueException if the hours are out of range
   */
  public static Training of(TrainingKind kind, LocalDate date, int hours) {
    return ImmutableTraining.of(kind, date, hours);
  }

  @Value.Check
  void check() {
    Problems p = new Problems("Training");
    p.require(hours() >= 1 && hours() <= 10_000, "hours", "BETWEEN_1_AND_10000", hours());
    p.throwIfAny();
  }
}
