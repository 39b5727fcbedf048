package org.dangong.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangong.testkit.Generator;
import org.dangong.testkit.Hostile;
import org.dangong.testkit.PropertyRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link WorkingCalendar#workingDaysBetween} of the standard calendars, which counts by arithmetic,
 * agrees with counting day by day, and adds up over any split of a range — also across the whole
 * calendar, where counting day by day would never finish.
 */
class WorkingDaysCountPropertyTest {

  /** A calendar with some holidays and worked weekend days, and a range within a few years. */
  record Case(WorkingCalendar calendar, LocalDate from, LocalDate to) {}

  private static final LocalDate ORIGIN = LocalDate.of(2023, 1, 1);

  private static Generator<Case> cases() {
    return random -> {
      List<LocalDate> holidays = new ArrayList<>();
      List<LocalDate> worked = new ArrayList<>();
      int marked = random.nextInt(40);
      for (int i = 0; i < marked; i++) {
        LocalDate day = ORIGIN.plusDays(random.nextInt(1200));
        if (holidays.contains(day) || worked.contains(day)) {
          continue;
        }
        (random.nextBoolean() ? holidays : worked).add(day);
      }
      LocalDate from = ORIGIN.plusDays(random.nextInt(-30, 1200));
      LocalDate to = from.plusDays(random.nextInt(-3, 900));
      return new Case(WorkingCalendar.of(holidays, worked), from, to);
    };
  }

  /** The same calendar without its fast count: the interface's day-by-day default. */
  private static WorkingCalendar dayByDay(WorkingCalendar calendar) {
    return calendar::isWorkingDay;
  }

  @Test
  @DisplayName("Counting by arithmetic gives the day-by-day count, holidays and worked weekends included")
  void agreesWithCountingDayByDay() {
    PropertyRunner.forAll(cases())
        .samples(300)
        .check(
            c ->
                assertThat(c.calendar().workingDaysBetween(c.from(), c.to()))
                    .as("%s from %s to %s", c.calendar(), c.from(), c.to())
                    .isEqualTo(dayByDay(c.calendar()).workingDaysBetween(c.from(), c.to())));
  }

  @Test
  @DisplayName("Near the ends of the calendar the count agrees with counting day by day")
  void agreesAtTheEndsOfTheCalendar() {
    WorkingCalendar weekends = WorkingCalendar.weekends();
    for (int days = 0; days < 15; days++) {
      LocalDate lastDays = LocalDate.MAX.minusDays(days);
      LocalDate firstDays = LocalDate.MIN.plusDays(days);
      assertThat(weekends.workingDaysBetween(lastDays, LocalDate.MAX))
          .isEqualTo(dayByDay(weekends).workingDaysBetween(lastDays, LocalDate.MAX));
      assertThat(weekends.workingDaysBetween(LocalDate.MIN, firstDays))
          .isEqualTo(dayByDay(weekends).workingDaysBetween(LocalDate.MIN, firstDays));
    }
  }

  @Test
  @DisplayName("A range split anywhere in the calendar counts the sum of its parts; a week has five")
  void addsUpOverTheWholeCalendar() {
    WorkingCalendar calendar =
        WorkingCalendar.of(List.of(LocalDate.of(2024, 10, 1)), List.of(LocalDate.of(2024, 9, 29)));
    long whole = calendar.workingDaysBetween(LocalDate.MIN, LocalDate.MAX);
    Generator<LocalDate> dates = Hostile.datesOrOrdinary(0.5);
    PropertyRunner.forAll(dates)
        .samples(300)
        .check(
            split -> {
              if (split.equals(LocalDate.MAX)) {
                assertThat(calendar.workingDaysBetween(LocalDate.MIN, split)).isEqualTo(whole);
                return;
              }
              assertThat(
                      calendar.workingDaysBetween(LocalDate.MIN, split)
                          + calendar.workingDaysBetween(split.plusDays(1), LocalDate.MAX))
                  .isEqualTo(whole);
              if (split.isAfter(LocalDate.MAX.minusDays(6))) {
                return; // no whole week from here
              }
              assertThat(calendar.workingDaysBetween(split, split.plusDays(6)))
                  .as("the week from %s", split)
                  .isEqualTo(
                      split.isAfter(LocalDate.of(2024, 9, 22)) && split.isBefore(LocalDate.of(2024, 10, 2))
                          ? dayByDay(calendar).workingDaysBetween(split, split.plusDays(6))
                          : 5);
            });
  }

  @Test
  @DisplayName("Known counts: a week, the year 2024, a holiday on a weekday and on a Sunday, an empty range")
  void knownCounts() {
    WorkingCalendar weekends = WorkingCalendar.weekends();
    assertThat(weekends.workingDaysBetween(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 8))).isEqualTo(5);
    assertThat(weekends.workingDaysBetween(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 3))).isZero();
    assertThat(weekends.workingDaysBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isEqualTo(262);
    assertThat(weekends.workingDaysBetween(LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 4))).isZero();
    WorkingCalendar national =
        WorkingCalendar.of(
            List.of(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 6)), // a Tuesday, a Sunday
            List.of(LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 2))); // a Sunday, a Wednesday
    assertThat(national).hasToString("WorkingCalendar[weekends, 2 holidays, 2 worked weekend days]");
    // 30 Sep – 6 Oct 2024: five weekdays, less the Tuesday holiday, plus the worked Sunday before.
    assertThat(national.workingDaysBetween(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 6))).isEqualTo(4);
    assertThat(national.workingDaysBetween(LocalDate.of(2024, 9, 29), LocalDate.of(2024, 10, 6))).isEqualTo(5);
    assertThat(national.workingDaysBetween(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 1))).isZero();
    assertThat(national.workingDaysBetween(LocalDate.of(2024, 10, 6), LocalDate.of(2024, 10, 6))).isZero();
    assertThat(national.workingDaysBetween(LocalDate.of(2024, 9, 29), LocalDate.of(2024, 9, 29))).isEqualTo(1);
  }
}
