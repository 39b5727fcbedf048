package org.dangong.model;

import org.immutables.value.Value;

/**
 * Identifies a region (行政区域) within a {@link Jurisdiction}.
 *
 * <p>An id is an opaque, case-sensitive text chosen by the caller, for example {@code "R-0042"}:
 * 1 to 128 characters, none of them whitespace or control characters. Ids
 * compare by their text, which gives every report its deterministic order.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false, prehash = true)
public abstract class RegionId implements Comparable<RegionId> {
  RegionId() {}

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
   * @param value the text, 1 to 128 characters without whitespace or control
   *     characters
   * @return the id
   * @throws InvalidValueException if the text is empty, too long or contains whitespace or control
   *     characters
   */
  public static RegionId of(String value) {
    Ids.check("RegionId", value);
    return ImmutableRegionId.of(value);
  }

  @Override
  public int compareTo(RegionId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return "RegionId[" + value() + "]";
  }
}
