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
