package org.dangong.building;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.dangong.decision.Decision;
import org.dangong.model.ClusterId;
import org.dangong.model.EnterpriseId;
import org.dangong.model.RegionId;
import org.immutables.value.Value;

/**
 * A proposed joint party branch (联合党支部, BRANCH-REG Art. 5) of units that have no party organisation
 * and fewer full members than their own branch needs.
 *
 * <p>Units are grouped by building area or intermediary first, then by their town or subdistrict,
 * then by the county-level region above it; a group has at most {@code JOINT_BRANCH_MAX_UNITS}
 * units (5) and is {@linkplain #formable() formable} once its units together have {@code
 * BRANCH_MIN_FULL_MEMBERS} full members (3); otherwise it is reported with its {@linkplain
 * #shortfall() shortfall}. Each group's {@link #decision()} explains it.
 *
 * <pre>{@code
 * for (JointBranchProposal p : report.jointBranchProposals()) {
 *   p.enterprises();   // [E003, E007, E011]
 *   p.formable();      // true: 4 full members together
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class JointBranchProposal {
  JointBranchProposal() {}

  /**
   * Returns what holds the units together.
   *
   * @return the basis
   */
  public abstract GroupingBasis basis();

  /**
   * Returns the building area or intermediary of the group, for a group by cluster.
   *
   * @return the cluster's id, present when {@link #basis()} is {@link GroupingBasis#CLUSTER}
   */
  public abstract Optional<ClusterId> cluster();

  /**
   * Returns the region of the group: the region grouped in, or the cluster's region.
   *
   * @return the region's id
   */
  public abstract RegionId region();

  /**
   * Returns the number of the group among the groups of the same cluster or region, from 1.
   *
   * @return the sequence number
   */
  public abstract int sequence();

  /**
   * Returns the units of the group, in id order.
   *
   * @return the enterprises' ids, at least one
   */
  public abstract ImmutableList<EnterpriseId> enterprises();

  /**
   * Returns the full members (正式党员) of the units together.
   *
   * @return the count
   */
  public abstract int fullMembers();

  /**
   * Tells whether the group reaches the minimum of full members, so that it can found a joint
   * branch now.
   *
   * @return true when formable
   */
  public abstract boolean formable();

  /**
   * Returns how many more full members the group needs before it can found a joint branch.
   *
   * @return 0 when {@link #formable()}, else the difference to the minimum
   */
  public abstract int shortfall();

  /**
   * Tells whether units of the group could not be grouped in their own town or subdistrict and were
   * grouped in the region above.
   *
   * @return true for a group formed in a parent region
   */
  public abstract boolean escalated();

  /**
   * Returns the decision that explains the group: {@link BuildingRules#JOINT_BRANCH_PROPOSAL},
   * advisory when formable, not satisfied when short of full members.
   *
   * @return the decision
   */
  public abstract Decision decision();

  /**
   * Returns the number of units.
   *
   * @return the size of {@link #enterprises()}
   */
  public final int units() {
    return enterprises().size();
  }
}
