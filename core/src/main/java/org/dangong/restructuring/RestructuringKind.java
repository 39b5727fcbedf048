package org.dangong.restructuring;

import org.dangong.model.Labelled;

/**
 * The kind of a {@link Restructuring} (企业改制的方式): merger, split, closure, change of ownership or
 * transfer of staff.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum RestructuringKind implements Labelled {
  /** Several enterprises merge into one, existing or newly founded (合并): see {@link Merger}. */
  MERGER,
  /**
   * One enterprise splits into several, with the staff allocated among them (分立): see {@link
   * Split}.
   */
  SPLIT,
  /** An enterprise closes or goes bankrupt (关闭、破产): see {@link Closure}. */
  CLOSURE,
  /**
   * An enterprise's ownership changes, such as state-owned to private (改制): see {@link
   * OwnershipChange}.
   */
  OWNERSHIP_CHANGE,
  /** Staff move from one enterprise to another (人员划转): see {@link StaffTransfer}. */
  STAFF_TRANSFER;

  @Override
  public String messageKey() {
    return "enum.RestructuringKind." + name();
  }
}
