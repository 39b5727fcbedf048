package org.dangong.appointment;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.dangong.model.RegionId;
import org.immutables.value.Value;

/**
 * The staffing indicators of a jurisdiction on a date, by region with roll-up (CROSS-APPOINT,
 * LEAD-TOWN, LEAD-TRAIN).
 *
 * <pre>{@code
 * StaffingIndicators s = engine.indicators(jurisdiction, asOf);
 * Optional<BigDecimal> share =
 *     s.region(RegionId.of("R-wj")).map(RegionStaffing::rolledUp).flatMap(StaffingFigures::deputyRankPercent);
 * s.total().crossAppointmentPercent();
 * }</pre>
 *
 * <p>What counts where: an enterprise counts in the region it is registered in, a union chair in
 * the union's region, a town in itself. Only operating or restructuring non-public enterprises
 * count for cross-appointment (NONPUBLIC-OPINION is about them); an enterprise's party organisation
 * and union are those {@link AppointmentEngine} considers for it, and it is cross-appointed when
 * the secretary of the one chairs the other. Towns are regions of level {@code TOWN} (镇, as in the
 * seed's 27 of 66); a town's chair holds deputy rank when a town union of that region has a chair
 * with {@code chairHoldsDeputyRank}. Chairs are those of grassroots unions; a chair is trained when
 * they attended union chair training ending within {@code UNION_CHAIR_TRAINING_WINDOW} before the
 * date, the date itself and the window's first day included.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class StaffingIndicators {
  StaffingIndicators() {}

  /**
   * Returns the date of the indicators.
   *
   * @return the as-of date
   */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * Returns the indicators of every region, in region id order.
   *
   * @return the regions' indicators
   */
  @Value.Parameter
  public abstract ImmutableList<RegionStaffing> regions();

  /**
   * Returns the figures of the whole jurisdiction: the sum of the rolled-up figures of the root
   * regions.
   *
   * @return the total figures
   */
  @Value.Parameter
  public abstract StaffingFigures total();

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<RegionId, RegionStaffing> byRegion() {
    return regions().stream().collect(ImmutableMap.toImmutableMap(RegionStaffing::region, r -> r));
  }

  /**
   * Returns the indicators of one region.
   *
   * @param region the region
   * @return its indicators, if the region is in the jurisdiction
   */
  public final Optional<RegionStaffing> region(RegionId region) {
    return Optional.ofNullable(byRegion().get(region));
  }

  static StaffingIndicators create(
      LocalDate asOf, ImmutableList<RegionStaffing> regions, StaffingFigures total) {
    return ImmutableStaffingIndicators.of(asOf, regions, total);
  }
}
