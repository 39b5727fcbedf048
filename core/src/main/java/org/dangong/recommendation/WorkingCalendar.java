package org.dangong.recommendation;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;

/**
 * Which days are working days (工作日), for periods counted in working days such as the local
 * publicity (公示) of a development target.
 *
 * <p>{@link #weekends()} treats Monday to Friday as working days. {@link #of(Iterable, Iterable)}
 * adds the official holidays (法定节假日) the caller supplies and the weekend days that are worked in
 * exchange (调休); the library reads no calendar itself. Any other rule can be plugged in by
 * implementing {@link #isWorkingDay(LocalDate)}:
 *
 * <pre>{@code
 * WorkingCalendar calendar = WorkingCalendar.of(
 *     List.of(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2)),   // 国庆节
 *     List.of(LocalDate.of(2024, 10, 12)));                             // a Saturday worked
 * LocalDate last = calendar.lastWorkingDay(LocalDate.of(2024, 9, 30), 5); // 2024-10-08
 * }</pre>
 *
 * <p>Implementations must be immutable, thread-safe and pure, and should implement {@code equals}
 * so that workflows holding equal calendars are equal. The calendars of this interface are.
 */
public interface WorkingCalendar {
  /** How far {@link #lastWorkingDay(LocalDate, int)} looks for one working day before giving up. */
  int SEARCH_LIMIT_DAYS = 3660;

  /**
   * Tells whether a date is a working day.
   *
   * @param date the date
   * @return true for a working day
   */
  boolean isWorkingDay(LocalDate date);

  /**
   * Returns the last day of a period of working days that starts on a date: the {@code
   * workingDays}-th working day counted from {@code start}, {@code start} included if it is a
   * working day.
   *
   * <p>For example, with {@link #weekends()}, 5 working days from Monday 2024-03-04 end on Friday
   * 2024-03-08, and from Saturday 2024-03-02 also on 2024-03-08.
   *
   * @param start the first day of the period
   * @param workingDays the number of working days, at least 1
   * @return the last working day of the period; {@link LocalDate#MAX} if the period would run past
   *     the end of the calendar
   * @throws IllegalArgumentException if {@code workingDays} is less than 1
   * @throws IllegalStateException if the calendar has no working day within {@value
   *     #SEARCH_LIMIT_DAYS} days of the previous one
   */
  default LocalDate lastWorkingDay(LocalDate start, int workingDays) {
    if (workingDays < 1) {
      throw new IllegalArgumentException("workingDays must be at least 1: " + workingDays);
    }
    LocalDate day = start;
    int counted = 0;
    int sinceLast = 0;
    while (true) {
      if (isWorkingDay(day)) {
        counted++;
        sinceLast = 0;
        if (counted == workingDays) {
          return day;
        }
      } else if (++sinceLast > SEARCH_LIMIT_DAYS) {
        throw new IllegalStateException(
            "no working day within " + SEARCH_LIMIT_DAYS + " days of " + day);
      }
      if (day.equals(LocalDate.MAX)) {
        return day; // the period runs past the end of the calendar: it ends there
      }
      day = day.plusDays(1);
    }
  }

  /**
   * Counts the working days from one date to another, both included.
   *
   * <p>This default asks {@link #isWorkingDay(LocalDate)} day by day, so its time grows with the
   * length of the range; the calendars of {@link #weekends()} and {@link #of(Iterable, Iterable)}
   * count in time proportional to their holidays and worked weekend days within the range, even
   * from {@link LocalDate#MIN} to {@link LocalDate#MAX}.
   *
   * @param from the first day
   * @param to the last day
   * @return the number of working days, 0 when {@code to} is before {@code from}
   */
  default long workingDaysBetween(LocalDate from, LocalDate to) {
    long count = 0;
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
      if (day.equals(LocalDate.MAX)) {
        break; // the last day of the calendar has no next day
      }
    }
    return count;
  }

  /**
   * Returns the calendar in which Monday to Friday are working days and weekends are not.
   *
   * @return the calendar
   */
  static WorkingCalendar weekends() {
    return StandardCalendar.create(ImmutableSortedSet.of(), ImmutableSortedSet.of());
  }

  /**
   * Returns the calendar of weekends plus the given official holidays, with the given weekend days
   * worked in exchange (调休).
   *
   * @param holidays the official holidays: not working days even on a weekday
   * @param workedWeekendDays weekend days that are working days
   * @return the calendar
   * @throws org.dangong.model.InvalidValueException if a date is both a holiday and a worked day
   */
  static WorkingCalendar of(Iterable<LocalDate> holidays, Iterable<LocalDate> workedWeekendDays) {
    return StandardCalendar.create(
        ImmutableSortedSet.copyOf(holidays), ImmutableSortedSet.copyOf(workedWeekendDays));
  }
}
