package org.dangong.appointment;

import org.dangong.model.Labelled;

/**
 * What an {@link AuditFinding} reports.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AuditFindingKind implements Labelled {
  /** A post holder whom a bar excludes from the post they hold today (任职不符合条件). */
  BAR_BREACHED,
  /** A vacant chair or secretary post, and how long it has been open (职务空缺). */
  VACANCY,
  /** A term that has ended without a new election (任期届满未换届). */
  TERM_EXPIRED;

  /**
   * Returns the key of this kind's label, {@code enum.AuditFindingKind.<NAME>}.
   *
   * @return the message key
   */
  @Override
  public String messageKey() {
    return "enum.AuditFindingKind." + name();
  }
}
