package org.dangong.recommendation;

import com.google.common.collect.ImmutableSortedMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.immutables.value.Value;

/**
 * Statistics of recommendations and membership development over a period {@code [from, until)}:
 * activists recommended by the union (推优, DUAL-REC-2) and by party members, by region and year, and
 * the conversion rates along the pipeline.
 *
 * <ul>
 *   <li>{@link #total()}, {@link #byRegion()}, {@link #byYear()}: activists determined in the
 *       period, by channel — the seed reports 1,190 union-recommended activists citywide; {@link
 *       #rolledUp(Jurisdiction)} adds each region's descendants to it.
 *   <li>{@link #unionNominations()}: the union's nominations (推优) in the period, accepted or not.
 *   <li>{@link #pipeline()}: the cohort of applications received in the period, and how far each
 *       got; {@link #pipeline(RecommendationChannel)} restricts it to the activists of one channel.
 * </ul>
 *
 * <p>A development whose region is unknown counts in the totals but in no region. Work is linear in
 * the number of developments.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class RecommendationStatistics {
  RecommendationStatistics() {}

  /**
   * Returns the first day of the period.
   *
   * @return the start, inclusive
   */
  @Value.Parameter
  public abstract LocalDate from();

  /**
   * Returns the first day after the period.
   *
   * @return the end, exclusive
   */
  @Value.Parameter
  public abstract LocalDate until();

  /**
   * Returns the activists determined in the period, by channel.
   *
   * @return the counts
   */
  @Value.Parameter
  public abstract ChannelCounts total();

  /**
   * Returns the activists determined in the period by the region of their development (that of the
   * employer at the application), without descendants.
   *
   * @return the counts by region, in region id order
   */
  @Value.Parameter
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<RegionId, ChannelCounts> byRegion();

  /**
   * Returns the activists determined in the period by the year of the determination.
   *
   * @return the counts by year
   */
  @Value.Parameter
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<Integer, ChannelCounts> byYear();

  /**
   * Returns the union's nominations (推优) made in the period, whatever became of them.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract long unionNominations();

  /**
   * Returns the pipeline of the applications received in the period.
   *
   * @return the pipeline
   */
  @Value.Parameter
  public abstract Pipeline pipeline();

  /**
   * Returns the pipeline of the activists of one channel among the applications received in the
   * period.
   *
   * @return the pipeline of the union channel
   */
  @Value.Parameter
  abstract Pipeline unionPipeline();

  @Value.Parameter
  abstract Pipeline memberPipeline();

  /**
   * Computes the statistics of some developments over a period.
   *
   * @param developments the developments, such as those of a {@link DevelopmentRegister}
   * @param from the first day of the period
   * @param until the first day after it
   * @return the statistics
   * @throws IllegalArgumentException if {@code until} is not after {@code from}
   */
  public static RecommendationStatistics of(
      Iterable<MembershipDevelopment> developments, LocalDate from, LocalDate until) {
    if (!until.isAfter(from)) {
      throw new IllegalArgumentException("until must be after from: " + from + ", " + until);
    }
    ChannelCounts total = ChannelCounts.of(0, 0);
    Map<RegionId, ChannelCounts> byRegion = new TreeMap<>();
    Map<Integer, ChannelCounts> byYear = new TreeMap<>();
    long nominations = 0;
    List<MembershipDevelopment> cohort = new ArrayList<>();
    List<MembershipDevelopment> unionCohort = new ArrayList<>();
    List<MembershipDevelopment> memberCohort = new ArrayList<>();
    for (MembershipDevelopment d : developments) {
      if (d.dateOf(WorkflowStep.UNION_NOMINATION).filter(x -> within(x, from, until)).isPresent()) {
        nominations++;
      }
      Optional<LocalDate> activist = d.dateOf(WorkflowStep.ACTIVIST_DETERMINATION);
      Optional<RecommendationChannel> channel = d.channel();
      if (activist.isPresent() && channel.isPresent() && within(activist.get(), from, until)) {
        ChannelCounts one = ChannelCounts.one(channel.get());
        total = total.plus(one);
        d.region().ifPresent(r -> byRegion.merge(r, one, ChannelCounts::plus));
        byYear.merge(activist.get().getYear(), one, ChannelCounts::plus);
      }
      if (d.dateOf(WorkflowStep.APPLICATION).filter(x -> within(x, from, until)).isPresent()) {
        cohort.add(d);
        if (channel.isPresent()) {
          (channel.get() == RecommendationChannel.UNION_RECOMMENDATION ? unionCohort : memberCohort)
              .add(d);
        }
      }
    }
    return ImmutableRecommendationStatistics.of(
        from,
        until,
        total,
        byRegion,
        byYear,
        nominations,
        Pipeline.from(cohort),
        Pipeline.from(unionCohort),
        Pipeline.from(memberCohort));
  }

  private static boolean within(LocalDate date, LocalDate from, LocalDate until) {
    return !date.isBefore(from) && date.isBefore(until);
  }

  /**
   * Returns the pipeline of the activists of one channel among the applications received in the
   * period: how many of those recommended by the union (or by members) became development targets,
   * were admitted and became full members.
   *
   * @param channel the channel
   * @return the pipeline
   */
  public final Pipeline pipeline(RecommendationChannel channel) {
    return channel == RecommendationChannel.UNION_RECOMMENDATION
        ? unionPipeline()
        : memberPipeline();
  }

  /**
   * Returns the activists determined in the period by region, each region with its descendants: a
   * town's counts are in its district's and its city's. Regions the jurisdiction does not know are
   * counted in themselves only.
   *
   * @param jurisdiction the regions
   * @return the counts by region, in region id order
   */
  public final ImmutableSortedMap<RegionId, ChannelCounts> rolledUp(Jurisdiction jurisdiction) {
    Map<RegionId, ChannelCounts> rolled = new TreeMap<>();
    for (Map.Entry<RegionId, ChannelCounts> entry : byRegion().entrySet()) {
      rolled.merge(entry.getKey(), entry.getValue(), ChannelCounts::plus);
      if (jurisdiction.region(entry.getKey()).isPresent()) {
        for (Region ancestor : jurisdiction.ancestors(entry.getKey())) {
          rolled.merge(ancestor.id(), entry.getValue(), ChannelCounts::plus);
        }
      }
    }
    return ImmutableSortedMap.copyOf(rolled);
  }

  /**
   * Returns the counts of one region with its descendants.
   *
   * @param jurisdiction the regions
   * @param region the region
   * @return the counts, zero if none
   */
  public final ChannelCounts in(Jurisdiction jurisdiction, RegionId region) {
    return rolledUp(jurisdiction).getOrDefault(region, ChannelCounts.of(0, 0));
  }

  /**
   * Returns the statistics in short.
   *
   * @return the statistics as text
   */
  @Override
  public String toString() {
    return "RecommendationStatistics["
        + from()
        + ", "
        + until()
        + ", "
        + total()
        + ", "
        + byRegion().size()
        + " regions]";
  }
}
