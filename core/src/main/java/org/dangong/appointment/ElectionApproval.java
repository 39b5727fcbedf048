package org.dangong.appointment;

import org.dangong.model.Labelled;

/**
 * Whether the candidates of a union chair election were approved by a body that must approve them
 * (CHAIR-RULES Art. 7–11: the enterprise party organisation and the higher union).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ElectionApproval implements Labelled {
  /** The body approved the candidates (已批准). */
  GRANTED,
  /** The body refused its approval (未批准). */
  REFUSED,
  /** The body has not yet decided (待批准). */
  PENDING,
  /**
   * There is no such body: an enterprise without a party organisation, whose union chair is led by
   * the higher union alone (CHAIR-RULES Art. 20). Never valid for the higher union itself.
   */
  NOT_APPLICABLE;

  /**
   * Returns the key of this value's label, {@code enum.ElectionApproval.<NAME>}.
   *
   * @return the message key
   */
  @Override
  public String messageKey() {
    return "enum.ElectionApproval." + name();
  }

  /**
   * Tells whether this value lets the election go ahead: granted, or not applicable.
   *
   * @return true for {@link #GRANTED} and {@link #NOT_APPLICABLE}
   */
  public boolean allowsElection() {
    return this == GRANTED || this == NOT_APPLICABLE;
  }
}
