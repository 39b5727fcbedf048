package org.dangong.building;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.dangong.model.InvalidValueException;
import org.immutables.value.Value;

/**
 * A share of a whole, such as the 27 of 66 towns whose union chair holds same-level deputy rank
 * (LEAD-TOWN), kept as the two whole numbers so that nothing is lost to rounding and shares of
 * regions add up.
 *
 * <pre>{@code
 * Share towns = Share.of(27, 66);
 * towns.percent();            // Optional[40.9]
 * towns.plus(Share.of(3, 4)); // 30/70
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Share {
  Share() {}

  /**
   * Returns the part counted.
   *
   * @return the part, between 0 and {@link #whole()}
   */
  @Value.Parameter
  public abstract long part();

  /**
   * Returns the whole the part is a share of.
   *
   * @return the whole, at least 0
   */
  @Value.Parameter
  public abstract long whole();

  /**
   * Obtains a share.
   *
   * @param part the part counted
   * @param whole the whole
   * @return the share
   * @throws InvalidValueException if the part is negative or greater than the whole
   */
  public static Share of(long part, long whole) {
    Problems p = new Problems("Share");
    p.require(part >= 0, "part", "NOT_NEGATIVE", part);
    p.require(part <= whole, "part", "AT_MOST_WHOLE", part);
    p.throwIfAny();
    return ImmutableShare.of(part, whole);
  }

  /**
   * Tells whether the share is defined, that is, whether the whole is not empty.
   *
   * @return true if {@link #whole()} is positive
   */
  public boolean isDefined() {
    return whole() > 0;
  }

  /**
   * Returns the share as a fraction with four decimal places, rounded half to even; {@code 27/66}
   * gives {@code 0.4091}.
   *
   * @return the fraction, or empty when the whole is 0
   */
  public Optional<BigDecimal> fraction() {
    return isDefined()
        ? Optional.of(
            BigDecimal.valueOf(part())
                .divide(BigDecimal.valueOf(whole()), 4, RoundingMode.HALF_EVEN))
        : Optional.empty();
  }

  /**
   * Returns the share in percent with one decimal place, rounded half to even; {@code 27/66} gives
   * {@code 40.9}.
   *
   * @return the percentage, or empty when the whole is 0
   */
  public Optional<BigDecimal> percent() {
    return isDefined()
        ? Optional.of(
            BigDecimal.valueOf(part())
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole()), 1, RoundingMode.HALF_EVEN))
        : Optional.empty();
  }

  /**
   * Returns the share of two wholes put together: parts and wholes added.
   *
   * @param other the other share
   * @return the sum
   */
  public Share plus(Share other) {
    return ImmutableShare.of(part() + other.part(), whole() + other.whole());
  }

  /**
   * Returns the share as text, such as {@code 27/66}.
   *
   * @return the share as text
   */
  @Override
  public String toString() {
    return part() + "/" + whole();
  }
}
