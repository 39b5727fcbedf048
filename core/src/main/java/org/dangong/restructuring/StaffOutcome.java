package org.dangong.restructuring;

import org.dangong.model.Labelled;

/**
 * What happens to one person's labour relation (劳动关系) in a restructuring.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum StaffOutcome implements Labelled {
  /** The person stays with the same employer. */
  STAYS,
  /** The labour relation moves to another enterprise. */
  MOVES,
  /** The person retires. */
  RETIRES,
  /** The person becomes unemployed. */
  BECOMES_UNEMPLOYED;

  @Override
  public String messageKey() {
    return "enum.StaffOutcome." + name();
  }

  /**
   * Tells whether the person is employed after the restructuring.
   *
   * @return true for {@link #STAYS} and {@link #MOVES}
   */
  public boolean isEmployed() {
    return this == STAYS || this == MOVES;
  }
}
