package org.dangong.policy;

import java.time.LocalDate;
import java.util.Optional;
import org.dangong.model.InvalidValueException;
import org.immutables.value.Value;

/**
 * The period in which a policy value is in force: from a date (inclusive) until an optional date
 * (exclusive).
 *
 * <p>For example {@code Validity.of(LocalDate.of(2018, 10, 28))} is in force from 28 October 2018
 * on, and {@code Validity.of(from, LocalDate.of(2024, 1, 1))} ends on 31 December 2023. {@link
 * #always()} starts at {@link LocalDate#MIN}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Validity {
  Validity() {}

  /**
   * Returns the first day in force.
   *
   * @return the start, inclusive
   */
  @Value.Parameter
  public abstract LocalDate from();

  /**
   * Returns the first day no longer in force, if the period ends.
   *
   * @return the end, exclusive, or empty for an open-ended period
   */
  @Value.Parameter
  public abstract Optional<LocalDate> until();

  /**
   * Obtains an open-ended period.
   *
   * @param from the first day in force
   * @return the period
   */
  public static Validity of(LocalDate from) {
    return ImmutableValidity.of(from, Optional.empty());
  }

  /**
   * Obtains a bounded period.
   *
   * @param from the first day in force
   * @param until the first day no longer in force
   * @return the period
   * @throws InvalidValueException if {@code until} is not after {@code from}
   */
  public static Validity of(LocalDate from, LocalDate until) {
    ProblemList problems = new ProblemList();
    problems.require(until.isAfter(from), "Validity.until", "AFTER_FROM", until);
    problems.throwIfAny();
    return ImmutableValidity.of(from, Optional.of(until));
  }

  /**
   * Obtains the open-ended period that starts at {@link LocalDate#MIN}.
   *
   * @return the period covering every date
   */
  public static Validity always() {
    return of(LocalDate.MIN);
  }

  /**
   * Returns whether the given date is in this period.
   *
   * @param date the date
   * @return whether {@code from <= date < until}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from()) && until().map(date::isBefore).orElse(true);
  }

  /**
   * Returns whether this period and another share at least one day.
   *
   * @param other the other period
   * @return whether they overlap
   */
  public boolean overlaps(Validity other) {
    boolean thisStartsBeforeOtherEnds = other.until().map(from()::isBefore).orElse(true);
    boolean otherStartsBeforeThisEnds = until().map(other.from()::isBefore).orElse(true);
    return thisStartsBeforeOtherEnds && otherStartsBeforeThisEnds;
  }

  /**
   * Returns a copy of this period ending on the given date (exclusive).
   *
   * @param end the first day no longer in force
   * @return the new period
   * @throws InvalidValueException if {@code end} is not after {@link #from()}
   */
  public Validity endingAt(LocalDate end) {
    return of(from(), end);
  }

  /**
   * Returns the period as a half-open interval, such as {@code [2018-10-28, 2024-01-01)} or {@code
   * [2018-10-28, …)}.
   *
   * @return the period as text
   */
  @Override
  public String toString() {
    return "["
        + (from().equals(LocalDate.MIN) ? "…" : from().toString())
        + ", "
        + until().map(LocalDate::toString).orElse("…")
        + ")";
  }
}
