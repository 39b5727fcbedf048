package org.dangong.decision;

import org.dangong.model.Labelled;

/**
 * The outcome of a {@link Decision}.
 *
 * <p>A rule asking a yes/no question ("may this person chair the union?", "is this enterprise
 * compliant?") answers {@link #SATISFIED} or {@link #NOT_SATISFIED}; a rule that gives advice
 * ("一般不超过50人" exceeded) answers {@link #ADVISORY}; a rule that only reports a fact or an indicator
 * answers {@link #INFORMATIONAL}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Verdict implements Labelled {
  /** Yes: eligible, compliant, the condition holds (满足). */
  SATISFIED,
  /** No: ineligible, a violation, the condition fails (不满足). */
  NOT_SATISFIED,
  /** Advice: a recommended ("一般") threshold is not met, but nothing is violated (建议). */
  ADVISORY,
  /** For information only: a fact or indicator, neither yes nor no (提示). */
  INFORMATIONAL;

  /**
   * Returns whether this verdict is a yes.
   *
   * @return true for {@link #SATISFIED} only
   */
  public boolean isPositive() {
    return this == SATISFIED;
  }

  /**
   * Returns the key of this verdict's label, {@code enum.Verdict.<NAME>}.
   *
   * @return the message key
   */
  @Override
  public String messageKey() {
    return "enum.Verdict." + name();
  }
}
