package org.dangong.recommendation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Problem;
import org.immutables.value.Value;

/** The calendars of {@link WorkingCalendar#weekends()} and {@link WorkingCalendar#of}. */
@Value.Immutable(builder = false, copy = false)
abstract class StandardCalendar implements WorkingCalendar {
  /** Epoch day 4, 1970-01-05, is a Monday. */
  private static final long A_MONDAY = 4;

  @Value.Parameter
  @Value.NaturalOrder
  abstract ImmutableSortedSet<LocalDate> holidays();

  @Value.Parameter
  @Value.NaturalOrder
  abstract ImmutableSortedSet<LocalDate> workedWeekendDays();

  static StandardCalendar create(
      ImmutableSortedSet<LocalDate> holidays, ImmutableSortedSet<LocalDate> workedWeekendDays) {
    ImmutableList.Builder<Problem> problems = ImmutableList.builder();
    for (LocalDate both : Sets.intersection(holidays, workedWeekendDays)) {
      problems.add(
          Problem.of("WorkingCalendar.workedWeekendDays", "NOT_ALSO_A_HOLIDAY", both.toString()));
    }
    ImmutableList<Problem> found = problems.build();
    if (!found.isEmpty()) {
      throw new InvalidValueException(found);
    }
    return ImmutableStandardCalendar.of(holidays, workedWeekendDays);
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    if (holidays().contains(date)) {
      return false;
    }
    if (workedWeekendDays().contains(date)) {
      return true;
    }
    return isWeekday(date);
  }

  /**
   * Counts in time proportional to the holidays and worked weekend days within the range, whatever
   * its length: the weekdays by arithmetic on epoch days, then each holiday on a weekday taken off
   * and each worked weekend day added.
   */
  @Override
  public long workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return 0;
    }
    long count = weekdaysBefore(to.toEpochDay() + 1) - weekdaysBefore(from.toEpochDay());
    for (LocalDate holiday : holidays().subSet(from, true, to, true)) {
      if (isWeekday(holiday)) {
        count--;
      }
    }
    for (LocalDate worked : workedWeekendDays().subSet(from, true, to, true)) {
      if (!isWeekday(worked)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The number of Mondays to Fridays from {@link #A_MONDAY} up to, not including, an epoch day;
   * negative before it. The difference of two values counts the weekdays between them.
   */
  private static long weekdaysBefore(long epochDay) {
    long days = epochDay - A_MONDAY;
    return 5 * Math.floorDiv(days, 7) + Math.min(Math.floorMod(days, 7), 5);
  }

  private static boolean isWeekday(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  @Override
  public String toString() {
    return "WorkingCalendar[weekends, "
        + holidays().size()
        + " holidays, "
        + workedWeekendDays().size()
        + " worked weekend days]";
  }
}
