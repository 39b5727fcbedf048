package org.dangong.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Saturating date arithmetic: exact inside the calendar, and at its ends the end the arithmetic ran
 * past — decided by the direction of the step, months first, then days.
 */
class DatesTest {
  private static final LocalDate MIN = LocalDate.MIN;
  private static final LocalDate MAX = LocalDate.MAX;
  private static final LocalDate D = LocalDate.of(2024, 2, 29);

  @Test
  @DisplayName("Inside the calendar every operation is exact")
  void exactInside() {
    assertThat(Dates.plus(D, Period.of(1, 1, 1))).isEqualTo(LocalDate.of(2025, 3, 30));
    assertThat(Dates.minus(D, Period.ofMonths(1))).isEqualTo(LocalDate.of(2024, 1, 29));
    assertThat(Dates.plusYears(D, -4)).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(Dates.plusDays(D, -29)).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(Dates.plus(MAX, Period.ZERO)).isEqualTo(MAX);
  }

  @Test
  @DisplayName("Adding a period stops at the end it runs past: forward at MAX, backward at MIN")
  void plusSaturates() {
    assertThat(Dates.plus(MAX, Period.ofDays(1))).isEqualTo(MAX);
    assertThat(Dates.plus(MIN, Period.ofDays(-1))).isEqualTo(MIN);
    assertThat(Dates.plus(MIN, Period.ofMonths(-1))).isEqualTo(MIN);
    // The months decide the direction; the days count only when there are no months.
    assertThat(Dates.plus(MAX, Period.of(0, 1, -5))).isEqualTo(MAX);
    assertThat(Dates.plus(MIN, Period.of(0, -1, 5))).isEqualTo(MIN);
    assertThat(Dates.plus(MAX, Period.of(Integer.MAX_VALUE, Integer.MAX_VALUE, 0))).isEqualTo(MAX);
  }

  @Test
  @DisplayName("Subtracting a period stops at the end it runs past: a negative period runs forward")
  void minusSaturates() {
    assertThat(Dates.minus(MIN, Period.ofDays(1))).isEqualTo(MIN);
    assertThat(Dates.minus(MAX, Period.ofDays(-1))).isEqualTo(MAX);
    assertThat(Dates.minus(MAX, Period.of(0, -1, 5))).isEqualTo(MAX);
    assertThat(Dates.minus(MIN, Period.of(0, 1, -5))).isEqualTo(MIN);
  }

  @Test
  @DisplayName("Whole years and days saturate in the direction of their sign, even at the ends of long")
  void yearsAndDaysSaturate() {
    assertThat(Dates.plusYears(MAX, 1)).isEqualTo(MAX);
    assertThat(Dates.plusYears(MIN, -1)).isEqualTo(MIN);
    assertThat(Dates.plusYears(D, Long.MAX_VALUE)).isEqualTo(MAX);
    assertThat(Dates.plusYears(D, Long.MIN_VALUE)).isEqualTo(MIN);
    assertThat(Dates.plusDays(MAX, 1)).isEqualTo(MAX);
    assertThat(Dates.plusDays(MIN, -1)).isEqualTo(MIN);
    assertThat(Dates.plusDays(D, Long.MAX_VALUE)).isEqualTo(MAX);
    assertThat(Dates.plusDays(D, Long.MIN_VALUE)).isEqualTo(MIN);
  }

  @Test
  @DisplayName("stepsWithin: k steps of months and days, compared with the limit, for any k")
  void stepsWithin() {
    Period threeDays = Period.ofDays(3);
    assertThat(Dates.stepsWithin(D, threeDays, 2, D.plusDays(6))).isTrue();
    assertThat(Dates.stepsWithin(D, threeDays, 2, D.plusDays(5))).isFalse();
    Period sixMonths = Period.ofMonths(6);
    assertThat(Dates.stepsWithin(D, sixMonths, 2, LocalDate.of(2025, 2, 28))).isTrue();
    assertThat(Dates.stepsWithin(D, sixMonths, 2, LocalDate.of(2025, 2, 27))).isFalse();
    assertThat(Dates.stepsWithin(D, Period.of(0, 1, 1), 3, LocalDate.of(2024, 5, 31))).as("5-29 + 3 days").isFalse();
    assertThat(Dates.stepsWithin(D, Period.of(0, 1, 1), 3, LocalDate.of(2024, 6, 1))).isTrue();
    // Beyond the calendar, or beyond what a long holds: never within.
    assertThat(Dates.stepsWithin(D, sixMonths, Integer.MAX_VALUE, MAX)).isFalse();
    assertThat(Dates.stepsWithin(D, Period.ofMonths(Integer.MAX_VALUE), Integer.MAX_VALUE, MAX)).isFalse();
  }
}
