package org.dangong.recommendation;

import org.dangong.model.Labelled;

/**
 * The status of an {@link Obligation} on its as-of date.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ObligationStatus implements Labelled {
  /** Not yet possible: the earliest date has not come (for example the end of probation). */
  UPCOMING,
  /** Outstanding, with no deadline set by the regulations. */
  PENDING,
  /** Outstanding, with a deadline that has not passed. */
  DUE,
  /** Outstanding after its deadline. */
  OVERDUE;

  /**
   * Returns the key of this status's label, {@code enum.ObligationStatus.<NAME>}.
   *
   * @return the message key
   */
  @Override
  public String messageKey() {
    return "enum.ObligationStatus." + name();
  }
}
