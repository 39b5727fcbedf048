package org.dangong.restructuring;

import org.dangong.decision.Decision;
import org.immutables.value.Value;

/**
 * The counts of a {@link RestructuringPlan} that show nobody is lost: every person in the party or
 * the pipeline who is affected ends up kept, transferred or pending; every affected union member
 * ends up an active member, a retained member or transferred to a union outside the jurisdiction.
 *
 * <p>For example: 12 party people in = 3 kept + 8 transferred + 1 pending; 40 union members in = 31
 * active + 7 retained + 2 outside. {@link #isBalanced()} checks both sums.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Reconciliation {
  Reconciliation() {}

  /**
   * Returns the party members and people in the pipeline affected (one party transfer each).
   *
   * @return the count
   */
  public abstract int partyIn();

  /**
   * Returns those whose relation stays where it was.
   *
   * @return the count
   */
  public abstract int partyKept();

  /**
   * Returns those whose relation goes to another organisation of the jurisdiction.
   *
   * @return the count
   */
  public abstract int partyTransferred();

  /**
   * Returns those whose relation awaits a holder designated by the higher party organisation.
   *
   * @return the count
   */
  public abstract int partyPending();

  /**
   * Returns the union members affected (one membership transfer each).
   *
   * @return the count
   */
  public abstract int unionIn();

  /**
   * Returns those who are active members afterwards.
   *
   * @return the count
   */
  public abstract int unionActive();

  /**
   * Returns those who keep a retained membership (保留会籍) afterwards.
   *
   * @return the count
   */
  public abstract int unionRetained();

  /**
   * Returns those whose membership goes to a union outside the jurisdiction.
   *
   * @return the count
   */
  public abstract int unionOutside();

  /**
   * Returns the decision stating the counts, of rule {@link RestructuringRules#RECONCILIATION}.
   *
   * @return the decision
   */
  public abstract Decision decision();

  /**
   * Tells whether the counts reconcile: party in = kept + transferred + pending, and union in =
   * active + retained + outside.
   *
   * @return true if nobody is lost
   */
  public final boolean isBalanced() {
    return partyIn() == partyKept() + partyTransferred() + partyPending()
        && unionIn() == unionActive() + unionRetained() + unionOutside();
  }
}
