package org.dangong.appointment;

import com.google.common.collect.ImmutableList;
import org.dangong.decision.Decision;
import org.dangong.model.RegionId;
import org.immutables.value.Value;

/**
 * The staffing indicators of one region: its own figures (what is registered directly in it), the
 * figures rolled up over it and every region below it, and one decision per indicator on the
 * rolled-up figures.
 *
 * <p>The roll-up is exact: a region's {@link #rolledUp()} equals its {@link #own()} plus the
 * rolled-up figures of each of its children.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class RegionStaffing {
  RegionStaffing() {}

  /**
   * Returns the region.
   *
   * @return the region's id
   */
  @Value.Parameter
  public abstract RegionId region();

  /**
   * Returns the figures of what is registered directly in the region.
   *
   * @return the region's own figures
   */
  @Value.Parameter
  public abstract StaffingFigures own();

  /**
   * Returns the figures of the region and every region below it.
   *
   * @return the rolled-up figures
   */
  @Value.Parameter
  public abstract StaffingFigures rolledUp();

  /**
   * Returns the indicators on the rolled-up figures as informational decisions: the
   * cross-appointment rate ({@code CROSS-APPOINT.RATE}), the share of towns with a deputy-rank
   * union chair ({@code LEAD-TOWN.DEPUTY-RANK-SHARE}) and the share of chairs trained ({@code
   * LEAD-TRAIN.TRAINED-SHARE}), in that order.
   *
   * @return the three decisions
   */
  @Value.Parameter
  public abstract ImmutableList<Decision> decisions();

  static RegionStaffing create(
      RegionId region,
      StaffingFigures own,
      StaffingFigures rolledUp,
      ImmutableList<Decision> decisions) {
    return ImmutableRegionStaffing.of(region, own, rolledUp, decisions);
  }
}
