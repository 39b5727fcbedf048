package org.dangong.targets;

import org.dangong.model.InvalidValueException;
import org.immutables.value.Value;

/**
 * Identifies a deployment act, an inspection or an assessment of a work cycle (its document number,
 * 文号, or any other unique key).
 *
 * <p>An id is an opaque, case-sensitive text chosen by the caller, for example {@code "D-2024-1"}:
 * 1 to 128 characters, none of them whitespace or control characters. Ids compare by their text,
 * which gives every report its deterministic order.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false, prehash = true)
public abstract class RecordId implements Comparable<RecordId> {
  RecordId() {}

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
  public static RecordId of(String value) {
    ProblemCollector.checkId("RecordId", value);
    return ImmutableRecordId.of(value);
  }

  /**
   * Compares ids by their text.
   *
   * @param other the other id
   * @return the comparison of the texts
   */
  @Override
  public int compareTo(RecordId other) {
    return value().compareTo(other.value());
  }

  /**
   * Returns the id as text, such as {@code RecordId[D-2024-1]}.
   *
   * @return the id as text
   */
  @Override
  public String toString() {
    return "RecordId[" + value() + "]";
  }
}
