package org.dangong.model;

import org.immutables.value.Value;

/**
 * Identifies an enterprise (企业) within a {@link Jurisdiction}.
 *
 * <p>An id is an opaque, case-sensitive text chosen by the caller, for example {@code "E-0042"}:
 * 1 to 128 characters, none of them whitespace or control characters. Ids
 * compare by their text, which gives every report its deterministic order.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false, prehash = true)
public abstract class EnterpriseId implements Comparable<EnterpriseId> {
  EnterpriseId() {}

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
  public static EnterpriseId of(String value) {
    Ids.check("EnterpriseId", value);
    return ImmutableEnterpriseId.of(value);
  }

  @Override
  public int compareTo(EnterpriseId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return "EnterpriseId[" + value() + "]";
  }
}
