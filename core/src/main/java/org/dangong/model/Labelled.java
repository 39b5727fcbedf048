package org.dangong.model;

/**
 * A user-visible constant with a label in Simplified Chinese and in English.
 *
 * <p>Every enum that a report or a rendered decision shows implements this interface; its {@link
 * #messageKey()} names the label in the library's message bundles, for example {@code
 * enum.PartyForm.JOINT_BRANCH} → "联合党支部" / "joint party branch". The rendering is done by
 * {@code org.dangong.decision.Labels}.
 */
public interface Labelled {
  /**
   * Returns the key of this constant's label in the message bundles.
   *
   * @return the key, such as {@code enum.PartyForm.JOINT_BRANCH}
   */
  String messageKey();
}
