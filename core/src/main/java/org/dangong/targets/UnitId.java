package org.dangong.targets;

import org.dangong.model.InvalidValueException;
import org.immutables.value.Value;

/**
 * Identifies a unit of a work cycle — a party organisation and the union(s) it leads, by enterprise
 * or region.
 *
 * <p>An id is an opaque, case-sensitive text chosen by the caller, for example {@code "U-1"}: 1 to
 * 128 characters, none of them whitespace or control characters. Ids compare by their text, which
 * gives every report its deterministic order.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false, prehash = true)
public abstract class UnitId implements Comparable<UnitId> {
  UnitId() {}

  /**
   * Returns the text of this id.
   *
   * @return the text, never empty
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Obtains an id from its text.
   *
   * @param value the text, 1 to 128 characters without whitespace or control characters
   * @return the id
   * @throws InvalidValueException if the text is empty, too long or contains whitespace or control
   *     characters
   */
  public static UnitId of(String value) {
    ProblemCollector.checkId("UnitId", value);
    return ImmutableUnitId.of(value);
  }

  /**
   * Compares ids by their text.
   *
   * @param other the other id
   * @return the comparison of the texts
   */
  @Override
  public int compareTo(UnitId other) {
    return value().compareTo(other.value());
  }

  /**
   * Returns the id as text, such as {@code UnitId[U-1]}.
   *
   * @return the id as text
   */
  @Override
  public String toString() {
    return "UnitId[" + value() + "]";
  }
}
