package org.dangong.building;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.dangong.model.RegionId;
import org.dangong.model.RegionLevel;
import org.immutables.value.Value;

/**
 * The counts of one region: its own ({@link #direct()}: enterprises registered in it, and the
 * region itself as a town, subdistrict or county-level region) and rolled up with everything below
 * it ({@link #total()}).
 *
 * <pre>{@code
 * RegionStatistics wujiang = report.region(RegionId.of("R01")).orElseThrow();
 * wujiang.total().partyCovered().percent();   // Optional[79.3]
 * }</pre>
 *
 * <p>{@code total()} equals {@code direct()} plus the totals of the {@link #children()}, at every
 * level.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RegionStatistics {
  RegionStatistics() {}

  /**
   * Returns the region.
   *
   * @return the region's id
   */
  public abstract RegionId region();

  /**
   * Returns the region's level.
   *
   * @return the level
   */
  public abstract RegionLevel level();

  /**
   * Returns the parent region, if it is within the evaluated scope.
   *
   * @return the parent's id, if any
   */
  public abstract Optional<RegionId> parent();

  /**
   * Returns the sub-regions, in id order.
   *
   * @return the children's ids
   */
  public abstract ImmutableList<RegionId> children();

  /**
   * Returns the region's own counts, without its sub-regions.
   *
   * @return the counts
   */
  public abstract BuildingCounts direct();

  /**
   * Returns the counts of the region and everything below it.
   *
   * @return the rolled-up counts
   */
  public abstract BuildingCounts total();
}
