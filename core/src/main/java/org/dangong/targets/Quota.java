package org.dangong.targets;

import org.dangong.model.RegionId;
import org.immutables.value.Value;

/**
 * A limit on how many units of one region or one category the cycle's commendation list may hold.
 *
 * <pre>{@code
 * Quota wujiang = Quota.forRegion(RegionId.of("R-wj"), 3);
 * Quota buildings = Quota.forCategory("楼宇", 1);
 * }</pre>
 *
 * <p>A unit is commended only if every quota that applies to it has a place left when its turn in
 * the ranking comes (see {@link TargetEngine}). A region quota applies to the units whose {@link
 * Unit#region()} is that region exactly. Places must not be negative, and a region or category has
 * at most one quota: checked when the {@link WorkCycle} is built.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Quota {
  Quota() {}

  /**
   * Returns what the quota limits.
   *
   * @return the scope
   */
  @Value.Parameter
  public abstract QuotaScope scope();

  /**
   * Returns the region's id text or the category.
   *
   * @return the key
   */
  @Value.Parameter
  public abstract String key();

  /**
   * Returns how many units the quota admits.
   *
   * @return the places, not negative in a valid cycle
   */
  @Value.Parameter
  public abstract int places();

  /**
   * Obtains a quota for the units of a region.
   *
   * @param region the region
   * @param places how many of its units may be commended
   * @return the quota
   */
  public static Quota forRegion(RegionId region, int places) {
    return ImmutableQuota.of(QuotaScope.REGION, region.value(), places);
  }

  /**
   * Obtains a quota for the units of a category.
   *
   * @param category the category, as in {@link Unit#category()}
   * @param places how many of its units may be commended
   * @return the quota
   */
  public static Quota forCategory(String category, int places) {
    return ImmutableQuota.of(QuotaScope.CATEGORY, category, places);
  }

  /**
   * Tells whether the quota applies to a unit.
   *
   * @param unit the unit
   * @return true if the unit is of the quota's region or category
   */
  public boolean appliesTo(Unit unit) {
    return scope() == QuotaScope.REGION
        ? unit.region().map(r -> r.value().equals(key())).orElse(false)
        : unit.category().map(key()::equals).orElse(false);
  }
}
