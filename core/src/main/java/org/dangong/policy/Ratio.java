package org.dangong.policy;

import com.google.common.math.LongMath;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Labelled;
import org.immutables.value.Value;

/**
 * A vote threshold such as "more than half" ({@code Ratio.moreThan(1, 2)}) or "at least two thirds"
 * ({@code Ratio.atLeast(2, 3)}).
 *
 * <p>{@link #isMetBy(long, long)} compares exactly, in integer arithmetic without overflow: 5 of 10
 * does not meet "more than half", 6 of 9 meets "at least two thirds". The fraction is kept in
 * lowest terms, so {@code Ratio.atLeast(4, 6)} equals {@code Ratio.atLeast(2, 3)}.
 *
 * <p>A ratio need not lie in (0, 1]; a {@link Policy} rejects vote thresholds outside it at build
 * time, naming the parameter.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Ratio {
  Ratio() {}

  /** Whether a threshold is strict ("more than") or inclusive ("at least"). */
  public enum Bound implements Labelled {
    /** Strict: the share must be greater than the fraction ("more than half", 过半数). */
    MORE_THAN,
    /** Inclusive: the share may equal the fraction ("at least two thirds", 不少于三分之二). */
    AT_LEAST;

    /**
     * Returns the key of this bound's label, {@code enum.Ratio.Bound.<NAME>}.
     *
     * @return the message key
     */
    @Override
    public String messageKey() {
      return "enum.Ratio.Bound." + name();
    }
  }

  /**
   * Returns the numerator of the fraction, in lowest terms.
   *
   * @return the numerator, not negative
   */
  @Value.Parameter
  public abstract long numerator();

  /**
   * Returns the denominator of the fraction, in lowest terms.
   *
   * @return the denominator, positive
   */
  @Value.Parameter
  public abstract long denominator();

  /**
   * Returns whether the threshold is strict or inclusive.
   *
   * @return the bound
   */
  @Value.Parameter
  public abstract Bound bound();

  /**
   * Obtains a strict threshold: the share must be greater than {@code numerator/denominator}.
   *
   * @param numerator the numerator, not negative
   * @param denominator the denominator, positive
   * @return the threshold, such as "more than 1/2"
   * @throws InvalidValueException if the numerator is negative or the denominator not positive
   */
  public static Ratio moreThan(long numerator, long denominator) {
    return of(numerator, denominator, Bound.MORE_THAN);
  }

  /**
   * Obtains an inclusive threshold: the share must be at least {@code numerator/denominator}.
   *
   * @param numerator the numerator, not negative
   * @param denominator the denominator, positive
   * @return the threshold, such as "at least 2/3"
   * @throws InvalidValueException if the numerator is negative or the denominator not positive
   */
  public static Ratio atLeast(long numerator, long denominator) {
    return of(numerator, denominator, Bound.AT_LEAST);
  }

  /**
   * Obtains a threshold.
   *
   * @param numerator the numerator, not negative
   * @param denominator the denominator, positive
   * @param bound whether the threshold is strict or inclusive
   * @return the threshold, its fraction in lowest terms
   * @throws InvalidValueException if the numerator is negative or the denominator not positive
   */
  public static Ratio of(long numerator, long denominator, Bound bound) {
    ProblemList problems = new ProblemList();
    problems.require(numerator >= 0, "Ratio.numerator", "NOT_NEGATIVE", numerator);
    problems.require(denominator > 0, "Ratio.denominator", "POSITIVE", denominator);
    problems.throwIfAny();
    long gcd = numerator == 0 ? denominator : LongMath.gcd(numerator, denominator);
    return ImmutableRatio.of(numerator / gcd, denominator / gcd, bound);
  }

  /**
   * Returns whether {@code part} out of {@code whole} meets this threshold.
   *
   * <p>For example, with "more than 1/2", 6 of 10 meets it and 5 of 10 does not; with "at least
   * 2/3", 6 of 9 meets it. The comparison {@code part × denominator} against {@code numerator ×
   * whole} is exact for every {@code long}, with no overflow.
   *
   * @param part the votes or attendees counted
   * @param whole the total they are a share of
   * @return whether the threshold is met; false when {@code whole} is zero or negative, or {@code
   *     part} is negative
   */
  public boolean isMetBy(long part, long whole) {
    if (whole <= 0 || part < 0) {
      return false;
    }
    int comparison = compareProducts(part, denominator(), numerator(), whole);
    return bound() == Bound.MORE_THAN ? comparison > 0 : comparison >= 0;
  }

  /**
   * Returns whether this fraction lies in (0, 1], the range that makes sense for a vote threshold.
   *
   * @return whether {@code 0 < numerator/denominator <= 1}
   */
  public boolean isProperShare() {
    return numerator() > 0 && numerator() <= denominator();
  }

  /** Compares a × b with c × d exactly, as signed 128-bit products. */
  private static int compareProducts(long a, long b, long c, long d) {
    long high1 = Math.multiplyHigh(a, b);
    long high2 = Math.multiplyHigh(c, d);
    if (high1 != high2) {
      return Long.compare(high1, high2);
    }
    return Long.compareUnsigned(a * b, c * d);
  }

  /**
   * Returns the threshold in English, such as {@code more than 1/2} or {@code at least 2/3}.
   *
   * @return the threshold as text
   */
  @Override
  public String toString() {
    return (bound() == Bound.MORE_THAN ? "more than " : "at least ")
        + numerator()
        + "/"
        + denominator();
  }
}
