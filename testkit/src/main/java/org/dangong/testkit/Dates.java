package org.dangong.testkit;

import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * Generators of dates, and the reference date every generator of this package is relative to.
 *
 * <p>No generator reads the clock: "two years ago" always means two years before a reference date,
 * {@link #DEFAULT_REFERENCE_DATE} unless configured (for example with {@link
 * JurisdictionGenerator#referenceDate(LocalDate)}). Use the same date as the {@code asOf} of the
 * engines under test, so that "expired terms" and "overdue conversions" mean what the generator
 * meant.
 *
 * <pre>{@code
 * Generator<LocalDate> lastYear = Dates.between(LocalDate.of(2025, 7, 1), Dates.DEFAULT_REFERENCE_DATE);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Dates {
  /** The default reference date of every generator: 30 June 2026. */
  public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2026, 6, 30);

  private Dates() {}

  /**
   * Returns a generator of dates between two dates, both included, each equally likely. It
   * shrinks toward {@code from}.
   *
   * <pre>{@code
   * LocalDate d = Dates.between(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)).generate(1);
   * }</pre>
   *
   * @param from the earliest date
   * @param to the latest date
   * @return the generator
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public static Generator<LocalDate> between(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("between: " + to + " is before " + from);
    }
    Generator<LocalDate> plain = random -> Ranges.date(random, from, to);
    Shrinker<Integer> days = Shrinkers.integersToward(0);
    return plain.withShrinker(
        date -> {
          long offset = date.toEpochDay() - from.toEpochDay();
          return offset == 0
              ? Stream.empty()
              : days.candidates((int) offset).map(d -> from.plusDays(d));
        });
  }
}
