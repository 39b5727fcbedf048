package org.dangong.testkit;

import java.time.LocalDate;

/**
 * Shares {@link LocalDate} instances for the days of 1900–2099, so that a synthetic city of
 * millions of people does not hold millions of equal dates. The table is built once and never
 * changes; sharing immutable values is invisible to callers.
 */
final class DateCache {
  private static final long FIRST = LocalDate.of(1900, 1, 1).toEpochDay();
  private static final long LAST = LocalDate.of(2099, 12, 31).toEpochDay();
  private static final LocalDate[] DATES = new LocalDate[(int) (LAST - FIRST + 1)];

  static {
    for (int i = 0; i < DATES.length; i++) {
      DATES[i] = LocalDate.ofEpochDay(FIRST + i);
    }
  }

  private DateCache() {}

  static LocalDate of(long epochDay) {
    if (epochDay < FIRST || epochDay > LAST) {
      return LocalDate.ofEpochDay(epochDay);
    }
    return DATES[(int) (epochDay - FIRST)];
  }

  static LocalDate of(LocalDate date) {
    return of(date.toEpochDay());
  }
}
