package org.dangong.testkit;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.random.RandomGenerator;

/**
 * Generators of hostile values — the inputs a careless or malicious caller may hand a builder or an
 * engine: empty, blank and enormous strings, control characters, unpaired surrogates, dates at and
 * around {@link LocalDate#MIN} and {@link LocalDate#MAX}, negative and overflowing counts, and
 * periods large enough to carry any date past the end of the calendar.
 *
 * <p>Unlike the other generators of this package these values are <em>not</em> valid domain values:
 * they are for robustness properties, which check that a builder either builds a valid value or
 * throws its one documented exception naming every problem, and that an engine never fails with an
 * undocumented exception:
 *
 * <pre>{@code
 * PropertyRunner.forAll(Hostile.strings())
 *     .samples(200)
 *     .check(name -> {
 *       try {
 *         Region r = Region.builder().id(RegionId.of("R-1")).name(name)
 *             .level(RegionLevel.TOWN).build();
 *         assertThat(r.name()).isEqualTo(name);
 *       } catch (InvalidValueException e) {
 *         assertThat(e.problems()).isNotEmpty();
 *       }
 *     });
 * }</pre>
 *
 * <p>About half of the values of each generator are drawn from a fixed list of edge cases (listed
 * in each method's description), the rest at random from the hostile range, so that even a few
 * samples meet the edges. None of the generators shrinks: an edge case is already minimal.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Hostile {
  /** The length of the longest generated string: {@value}, far above every length limit. */
  public static final int ENORMOUS_LENGTH = 100_000;

  private static final ImmutableList<String> EDGE_STRINGS =
      ImmutableList.of(
          "",
          " ",
          "\t",
          "\n",
          "\u0000",
          "\u0007bell",
          "a\u0000b",
          "\u3000",
          "\u200B",
          "\uFEFF",
          "\uD800",
          "\uDC00",
          "x\uD83Dy",
          "\uD83D\uDE00",
          "\u202Eevil",
          "R-1 ",
          "名字",
          "x".repeat(129),
          "名".repeat(ENORMOUS_LENGTH));

  private static final ImmutableList<LocalDate> EDGE_DATES =
      ImmutableList.of(
          LocalDate.MIN,
          LocalDate.MIN.plusDays(1),
          LocalDate.MIN.plusYears(1),
          LocalDate.MIN.plusYears(30),
          LocalDate.MAX,
          LocalDate.MAX.minusDays(1),
          LocalDate.MAX.minusMonths(1),
          LocalDate.MAX.minusYears(1),
          LocalDate.MAX.minusYears(30),
          LocalDate.of(LocalDate.MAX.getYear(), 2, 28),
          LocalDate.EPOCH,
          LocalDate.of(2024, 2, 29),
          LocalDate.of(2023, 8, 31));

  private static final ImmutableList<Integer> EDGE_COUNTS =
      ImmutableList.of(
          Integer.MIN_VALUE,
          Integer.MIN_VALUE + 1,
          -1_000_000,
          -2,
          -1,
          0,
          1,
          2,
          1_000_000,
          Integer.MAX_VALUE / 2 + 1,
          Integer.MAX_VALUE - 1,
          Integer.MAX_VALUE);

  private static final ImmutableList<Period> EDGE_PERIODS =
      ImmutableList.of(
          Period.ZERO,
          Period.ofDays(-1),
          Period.ofDays(1),
          Period.ofMonths(-1),
          Period.ofMonths(1),
          Period.ofYears(1),
          Period.ofDays(Integer.MAX_VALUE),
          Period.ofDays(Integer.MIN_VALUE),
          Period.ofMonths(Integer.MAX_VALUE),
          Period.ofYears(Integer.MAX_VALUE),
          Period.ofYears(Integer.MIN_VALUE),
          Period.of(1, -13, 40));

  private Hostile() {}

  /**
   * Returns a generator of hostile strings: half from the edge cases (the empty string, blanks, tab,
   * newline, NUL and other control characters, the ideographic space, zero-width and byte-order
   * marks, lone high and low surrogates, a right-to-left override, a trailing space, a string of
   * 129 characters and one of {@value #ENORMOUS_LENGTH}), half random mixes of such characters with
   * letters and Chinese characters, of length 0 to 300.
   *
   * <pre>{@code
   * String s = Hostile.strings().generate(7);
   * }</pre>
   *
   * @return the generator
   */
  public static Generator<String> strings() {
    return random -> {
      if (random.nextBoolean()) {
        return EDGE_STRINGS.get(random.nextInt(EDGE_STRINGS.size()));
      }
      int length = random.nextInt(301);
      StringBuilder s = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        s.append(hostileChar(random));
      }
      return s.toString();
    };
  }

  private static char hostileChar(RandomGenerator random) {
    return switch (random.nextInt(6)) {
      case 0 -> (char) random.nextInt(0x20); // C0 controls
      case 1 -> (char) (0xD800 + random.nextInt(0x800)); // a lone surrogate
      case 2 -> (char) (0x4E00 + random.nextInt(0x5200)); // a CJK ideograph
      case 3 -> "\u3000\u200B\uFEFF\u00A0\u202E\u007F".charAt(random.nextInt(6));
      default -> (char) ('a' + random.nextInt(26));
    };
  }

  /**
   * Returns a generator of hostile dates: half from the edge cases ({@link LocalDate#MIN} and
   * {@link LocalDate#MAX} and the days, months and years around them, 28 February of the last
   * year, the epoch, a leap day and a 31st of a month), half uniformly from within 40 years of
   * either end of the calendar.
   *
   * <pre>{@code
   * LocalDate d = Hostile.dates().generate(7);
   * }</pre>
   *
   * @return the generator
   */
  public static Generator<LocalDate> dates() {
    long nearMin = LocalDate.MIN.plusYears(40).toEpochDay();
    long nearMax = LocalDate.MAX.minusYears(40).toEpochDay();
    return random -> {
      if (random.nextBoolean()) {
        return EDGE_DATES.get(random.nextInt(EDGE_DATES.size()));
      }
      return random.nextBoolean()
          ? LocalDate.ofEpochDay(random.nextLong(LocalDate.MIN.toEpochDay(), nearMin + 1))
          : LocalDate.ofEpochDay(random.nextLong(nearMax, LocalDate.MAX.toEpochDay() + 1));
    };
  }

  /**
   * Returns a generator of hostile counts: half from the edge cases ({@link Integer#MIN_VALUE},
   * {@link Integer#MAX_VALUE} and the values next to them, half of the largest int plus one — whose
   * double overflows —, −1 000 000, −2, −1, 0, 1, 2 and 1 000 000), half any int at all.
   *
   * <pre>{@code
   * int n = Hostile.counts().generate(7);
   * }</pre>
   *
   * @return the generator
   */
  public static Generator<Integer> counts() {
    return random ->
        random.nextBoolean() ? EDGE_COUNTS.get(random.nextInt(EDGE_COUNTS.size())) : random.nextInt();
  }

  /**
   * Returns a generator of hostile periods: half from the edge cases (zero, one day, month or year
   * either way, {@link Integer#MAX_VALUE} days, months and years, {@link Integer#MIN_VALUE} days and
   * years, and a period of mixed signs), half with random years, months and days of any sign.
   *
   * <pre>{@code
   * Period p = Hostile.periods().generate(7);
   * }</pre>
   *
   * @return the generator
   */
  public static Generator<Period> periods() {
    return random ->
        random.nextBoolean()
            ? EDGE_PERIODS.get(random.nextInt(EDGE_PERIODS.size()))
            : Period.of(random.nextInt(), random.nextInt(), random.nextInt());
  }

  /**
   * Returns a generator of dates that are either hostile ({@link #dates()}) or ordinary (within a
   * few years of {@link Dates#DEFAULT_REFERENCE_DATE}), each with the given probability — for
   * properties that need a mix of both so that an engine gets past its first checks.
   *
   * <pre>{@code
   * LocalDate d = Hostile.datesOrOrdinary(0.5).generate(7);
   * }</pre>
   *
   * @param probabilityOfHostile the probability of a hostile date, between 0 and 1
   * @return the generator
   * @throws IllegalArgumentException if the probability is not between 0 and 1
   */
  public static Generator<LocalDate> datesOrOrdinary(double probabilityOfHostile) {
    if (!(probabilityOfHostile >= 0 && probabilityOfHostile <= 1)) {
      throw new IllegalArgumentException("probability must be between 0 and 1: " + probabilityOfHostile);
    }
    Generator<LocalDate> hostile = dates();
    Generator<LocalDate> ordinary =
        Dates.between(
            Dates.DEFAULT_REFERENCE_DATE.minusYears(5), Dates.DEFAULT_REFERENCE_DATE.plusYears(5));
    return random -> random.nextDouble() < probabilityOfHostile ? hostile.next(random) : ordinary.next(random);
  }
}
