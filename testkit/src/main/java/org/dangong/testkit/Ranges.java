package org.dangong.testkit;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.random.RandomGenerator;

/** Argument checks and random draws shared by the generators. */
final class Ranges {
  private Ranges() {}

  static void check(String what, int min, int max) {
    if (min > max) {
      throw new IllegalArgumentException(what + ": min " + min + " is greater than max " + max);
    }
  }

  static void checkCount(String what, int min, int max) {
    if (min < 0) {
      throw new IllegalArgumentException(what + ": min must not be negative: " + min);
    }
    check(what, min, max);
  }

  static void checkShare(String what, double share) {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException(what + " must be between 0 and 1: " + share);
    }
  }

  static int between(RandomGenerator random, int min, int max) {
    return min == max ? min : (int) random.nextLong(min, (long) max + 1);
  }

  /** One of the constants of an enum, each equally likely. */
  static <E extends Enum<E>> E any(RandomGenerator random, Class<E> type) {
    List<E> constants = List.copyOf(EnumSet.allOf(type));
    return constants.get(random.nextInt(constants.size()));
  }

  static boolean chance(RandomGenerator random, double probability) {
    return probability > 0 && random.nextDouble() < probability;
  }

  /** A date between two dates, both included; {@code from} when {@code to} is before it. */
  static LocalDate date(RandomGenerator random, LocalDate from, LocalDate to) {
    long days = to.toEpochDay() - from.toEpochDay();
    if (days <= 0) {
      return from;
    }
    return DateCache.of(from.toEpochDay() + random.nextLong(days + 1));
  }

  /** A date between {@code maxDaysAgo} and {@code minDaysAgo} days before {@code ref}. */
  static LocalDate daysBefore(RandomGenerator random, LocalDate ref, long minDaysAgo, long maxDaysAgo) {
    long back = maxDaysAgo <= minDaysAgo ? minDaysAgo : random.nextLong(minDaysAgo, maxDaysAgo + 1);
    return DateCache.of(ref.toEpochDay() - back);
  }

  static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
