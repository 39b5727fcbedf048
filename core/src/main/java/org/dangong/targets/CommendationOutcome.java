package org.dangong.targets;

import java.util.Optional;
import org.dangong.decision.Decision;
import org.immutables.value.Value;

/**
 * Where a unit stands on the cycle's commendation list (表彰名单): whether it is eligible, its rank
 * among the eligible units, whether it is commended, and the decision that says why — including the
 * reasons for a unit left out.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(copy = false)
public abstract class CommendationOutcome {
  CommendationOutcome() {}

  /**
   * Tells whether the unit may be commended: assessed, the required sides passing, no veto, and the
   * combined score at the commendation minimum.
   *
   * @return true if eligible
   */
  public abstract boolean eligible();

  /**
   * Returns the unit's rank among the eligible units, 1 for the first.
   *
   * @return the rank, or empty when not eligible
   */
  public abstract Optional<Integer> rank();

  /**
   * Tells whether the unit is on the commendation list.
   *
   * @return true if commended
   */
  public abstract boolean commended();

  /**
   * Returns the decision of rule {@code JOINT-DEPLOY.COMMENDATION-LIST} about the unit.
   *
   * @return the decision, with a reason for every condition not met
   */
  public abstract Decision decision();
}
