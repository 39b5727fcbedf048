package org.dangong.appointment;

import org.dangong.model.Labelled;

/**
 * The two directions of a cross-appointment (交叉任职, 一肩挑) that NONPUBLIC-OPINION names.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum CrossAppointmentDirection implements Labelled {
  /**
   * The party organisation's secretary also chairs the union (书记兼任工会主席); encouraged for secretaries
   * who are not investors.
   */
  SECRETARY_AS_UNION_CHAIR,
  /** The union chair, a party member, also heads the party organisation (工会主席担任党组织书记). */
  UNION_CHAIR_AS_SECRETARY;

  /**
   * Returns the key of this direction's label, {@code enum.CrossAppointmentDirection.<NAME>}.
   *
   * @return the message key
   */
  @Override
  public String messageKey() {
    return "enum.CrossAppointmentDirection." + name();
  }
}
