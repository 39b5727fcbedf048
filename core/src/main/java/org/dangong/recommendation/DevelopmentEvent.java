package org.dangong.recommendation;

import org.dangong.model.PersonId;

/**
 * An event of a person's {@link MembershipDevelopment}: one step of DEVELOP-REG's timeline, or of
 * the union's recommendation (推优, DUAL-REC-2) that starts it.
 *
 * <p>The person is referred to by id; facts the guards need about people at the time (the
 * applicant's birth date and union membership, the introducers' standing) are parameters of the
 * events that need them.
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class DevelopmentEvent extends WorkflowEvent {
  DevelopmentEvent() {}

  /**
   * Returns the person being developed.
   *
   * @return the person's id
   */
  public abstract PersonId person();
}
