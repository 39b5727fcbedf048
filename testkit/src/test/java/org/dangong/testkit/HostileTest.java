package org.dangong.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The hostile generators are deterministic and reach the edges they promise. */
class HostileTest {
  @Test
  void sameSeedSameValues() {
    assertThat(Hostile.strings().samples(5, 50)).isEqualTo(Hostile.strings().samples(5, 50));
    assertThat(Hostile.dates().samples(5, 50)).isEqualTo(Hostile.dates().samples(5, 50));
    assertThat(Hostile.counts().samples(5, 50)).isEqualTo(Hostile.counts().samples(5, 50));
    assertThat(Hostile.periods().samples(5, 50)).isEqualTo(Hostile.periods().samples(5, 50));
  }

  @Test
  void stringsReachTheEdges() {
    ImmutableList<String> s = Hostile.strings().samples(1, 400);
    assertThat(s).contains("", "\u0000", "\uD800").anyMatch(x -> x.length() == Hostile.ENORMOUS_LENGTH);
    assertThat(s).anyMatch(x -> x.length() > 1 && x.codePoints().anyMatch(Character::isISOControl));
  }

  @Test
  void datesLieNearTheEndsOfTheCalendar() {
    ImmutableList<LocalDate> d = Hostile.dates().samples(1, 400);
    assertThat(d).contains(LocalDate.MIN, LocalDate.MAX);
    assertThat(d)
        .allMatch(x -> x.isBefore(LocalDate.MIN.plusYears(41)) || x.isAfter(LocalDate.MAX.minusYears(41))
            || (x.getYear() >= 1970 && x.getYear() <= 2024));
    assertThat(Hostile.datesOrOrdinary(0).samples(1, 50)).allMatch(x -> Math.abs(x.getYear() - 2026) <= 5);
    assertThatThrownBy(() -> Hostile.datesOrOrdinary(1.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void countsAndPeriodsReachTheEnds() {
    assertThat(Hostile.counts().samples(1, 400)).contains(Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE);
    assertThat(Hostile.periods().samples(1, 400)).contains(Period.ZERO, Period.ofYears(Integer.MAX_VALUE));
  }
}
