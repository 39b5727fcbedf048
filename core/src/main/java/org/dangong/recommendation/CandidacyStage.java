package org.dangong.recommendation;

import org.dangong.model.Labelled;

/**
 * Where a union chair's {@link ChairCandidacy} (DUAL-REC-1) stands.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CandidacyStage implements Labelled {
  /** Nothing has been proposed yet. */
  NOT_STARTED,
  /** The union chair has been proposed as candidate. */
  PROPOSED,
  /** The union committee has endorsed the proposal. */
  ENDORSED,
  /** The proposal has been submitted to the higher party organisation. */
  SUBMITTED,
  /** The higher party organisation is examining the candidate. */
  UNDER_EXAMINATION,
  /** The higher party organisation has accepted the candidate. */
  ACCEPTED,
  /** The higher party organisation has rejected the candidate. */
  REJECTED,
  /** The founding meeting elected the candidate. */
  ELECTED,
  /** The founding meeting did not elect the candidate. */
  NOT_ELECTED;

  /**
   * Tells whether the candidacy has ended: rejected, elected or not elected.
   *
   * @return true for the final stages
   */
  public boolean isFinal() {
    return this == REJECTED || this == ELECTED || this == NOT_ELECTED;
  }

  /**
   * Returns the key of this stage's label, {@code enum.CandidacyStage.<NAME>}.
   *
   * @return the message key
   */
  @Override
  public String messageKey() {
    return "enum.CandidacyStage." + name();
  }
}
