package org.dangong.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;

/**
 * Saturating date arithmetic: a date moved past the ends of the ISO calendar stops at {@link
 * LocalDate#MIN} or {@link LocalDate#MAX} instead of throwing. Engines use it for every due date,
 * deadline and window they compute from input dates, so that a date near the calendar's ends gives a
 * deadline "at the end of time" (never reached) rather than a {@link DateTimeException}.
 *
 * <p>Not API: {@code org.dangong.internal} is not exported.
 */
public final class Dates {
  private Dates() {}

  /**
   * Adds a period to a date, stopping at {@link LocalDate#MAX} (or {@link LocalDate#MIN} for a
   * negative period) when the exact result lies outside the calendar.
   *
   * @param date the date
   * @param period the period
   * @return {@code date.plus(period)}, or the end of the calendar it ran past
   */
  public static LocalDate plus(LocalDate date, Period period) {
    try {
      return date.plus(period);
    } catch (DateTimeException | ArithmeticException e) {
      return isBackwards(period) ? LocalDate.MIN : LocalDate.MAX;
    }
  }

  /**
   * Subtracts a period from a date, stopping at {@link LocalDate#MIN} (or {@link LocalDate#MAX} for
   * a negative period) when the exact result lies outside the calendar.
   *
   * @param date the date
   * @param period the period
   * @return {@code date.minus(period)}, or the end of the calendar it ran past
   */
  public static LocalDate minus(LocalDate date, Period period) {
    try {
      return date.minus(period);
    } catch (DateTimeException | ArithmeticException e) {
      return isBackwards(period) ? LocalDate.MAX : LocalDate.MIN;
    }
  }

  /**
   * Adds whole years to a date, stopping at the end of the calendar it runs past.
   *
   * @param date the date
   * @param years the years, may be negative
   * @return {@code date.plusYears(years)}, saturated
   */
  public static LocalDate plusYears(LocalDate date, long years) {
    try {
      return date.plusYears(years);
    } catch (DateTimeException | ArithmeticException e) {
      return years < 0 ? LocalDate.MIN : LocalDate.MAX;
    }
  }

  /**
   * Adds days to a date, stopping at the end of the calendar it runs past.
   *
   * @param date the date
   * @param days the days, may be negative
   * @return {@code date.plusDays(days)}, saturated
   */
  public static LocalDate plusDays(LocalDate date, long days) {
    try {
      return date.plusDays(days);
    } catch (DateTimeException | ArithmeticException e) {
      return days < 0 ? LocalDate.MIN : LocalDate.MAX;
    }
  }

  /**
   * Tells whether {@code date.plus(k × period)} exists in the calendar and is not after {@code
   * limit} — without overflowing, for any {@code k}.
   *
   * @param date the start
   * @param period the step, positive
   * @param k how many steps
   * @param limit the limit
   * @return true if the date {@code k} steps on is within the calendar and not after the limit
   */
  @SuppressWarnings("JavaPeriodGetDays") // the days part is what LocalDate.plus(Period) adds after the months
  public static boolean stepsWithin(LocalDate date, Period period, int k, LocalDate limit) {
    try {
      // as date.plus(period.multipliedBy(k)), but in long arithmetic: k × months may exceed an int
      long months = Math.multiplyExact(period.toTotalMonths(), (long) k);
      long days = (long) period.getDays() * k;
      return !date.plusMonths(months).plusDays(days).isAfter(limit);
    } catch (DateTimeException | ArithmeticException e) {
      return false;
    }
  }

  @SuppressWarnings("JavaPeriodGetDays") // the sign of the days part, after the months
  private static boolean isBackwards(Period period) {
    long months = period.toTotalMonths();
    return months != 0 ? months < 0 : period.getDays() < 0;
  }
}
