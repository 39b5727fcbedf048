package org.dangong.recommendation;

import org.dangong.model.EnterpriseId;

/**
 * An event of a union chair's {@link ChairCandidacy} to head the party organisation of an
 * enterprise that has a union but no party organisation (DUAL-REC-1).
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class CandidacyEvent extends WorkflowEvent {
  CandidacyEvent() {}

  /**
   * Returns the enterprise whose party organisation is to be founded.
   *
   * @return the enterprise's id
   */
  public abstract EnterpriseId enterprise();
}
