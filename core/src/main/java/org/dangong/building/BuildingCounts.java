package org.dangong.building;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Coverage counts and network counts of a region, or of a region with everything below it: how many
 * non-public enterprises are covered and how, and how far the network reaches (SYNC-NETWORK,
 * LEAD-TOWN, LEAD-TRAIN).
 *
 * <pre>{@code
 * BuildingCounts city = report.region(RegionId.of("R0")).orElseThrow().total();
 * city.partyCovered();                        // 1574/2000 non-public enterprises in scope
 * city.enterprises(Quadrant.NEITHER);          // 120
 * city.townChairDeputyRank();                  // 27/66
 * }</pre>
 *
 * <p>Every count is a whole number and counts add up: the total of a region is its own counts
 * {@link #plus(BuildingCounts) plus} the totals of its sub-regions, so a city's total is the sum of
 * its parts. Rates are {@link Share}s of counts, never rounded before they are added. Closed
 * enterprises are counted as such and left out of every coverage count and rate.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BuildingCounts {
  private static final int NON_PUBLIC = 0;
  private static final int CLOSED = 1;
  private static final int PARTY = 2;
  private static final int UNION = PARTY + 3;
  private static final int QUADRANT = UNION + 5;
  private static final int TOWNS = QUADRANT + 4;
  private static final int TOWNS_WITH_DEPUTY_RANK = TOWNS + 1;
  private static final int SUBDISTRICTS = TOWNS + 2;
  private static final int SUBDISTRICTS_WITH_COORDINATOR = TOWNS + 3;
  private static final int COUNTY_LEVEL = TOWNS + 4;
  private static final int COUNTY_LEVEL_WITH_COMMITTEE = TOWNS + 5;
  private static final int CHAIRS = TOWNS + 6;
  private static final int TRAINED_CHAIRS = TOWNS + 7;
  private static final int SIZE = TOWNS + 8;

  private static final BuildingCounts EMPTY = new BuildingCounts(new long[SIZE]);

  private final long[] values;

  private BuildingCounts(long[] values) {
    this.values = values;
  }

  private static int index(PartyCoverage coverage) {
    switch (coverage) {
      case OWN_ORGANIZATION:
        return PARTY;
      case JOINT_ORGANIZATION:
        return PARTY + 1;
      case NONE:
      default:
        return PARTY + 2;
    }
  }

  private static int index(UnionCoverage coverage) {
    switch (coverage) {
      case OWN_COMMITTEE:
        return UNION;
      case JOINT_COMMITTEE:
        return UNION + 1;
      case ORGANIZER:
        return UNION + 2;
      case FEDERATION:
        return UNION + 3;
      case NONE:
      default:
        return UNION + 4;
    }
  }

  private static int index(Quadrant quadrant) {
    switch (quadrant) {
      case BOTH:
        return QUADRANT;
      case PARTY_ONLY:
        return QUADRANT + 1;
      case UNION_ONLY:
        return QUADRANT + 2;
      case NEITHER:
      default:
        return QUADRANT + 3;
    }
  }

  /**
   * Returns counts that are all zero.
   *
   * @return the empty counts
   */
  public static BuildingCounts empty() {
    return EMPTY;
  }

  /**
   * Returns the non-public enterprises counted, closed ones included.
   *
   * @return the count
   */
  public long nonPublicEnterprises() {
    return values[NON_PUBLIC];
  }

  /**
   * Returns the closed non-public enterprises, which are out of the scope of building.
   *
   * @return the count
   */
  public long closedEnterprises() {
    return values[CLOSED];
  }

  /**
   * Returns the non-public enterprises in scope: those not closed. Every coverage count and rate is
   * of these.
   *
   * @return the count
   */
  public long inScopeEnterprises() {
    return values[NON_PUBLIC] - values[CLOSED];
  }

  /**
   * Returns the enterprises in scope with the given party coverage.
   *
   * @param coverage the coverage
   * @return the count
   */
  public long enterprises(PartyCoverage coverage) {
    return values[index(coverage)];
  }

  /**
   * Returns the enterprises in scope with the given union coverage.
   *
   * @param coverage the coverage
   * @return the count
   */
  public long enterprises(UnionCoverage coverage) {
    return values[index(coverage)];
  }

  /**
   * Returns the enterprises in scope in the given quadrant.
   *
   * @param quadrant the quadrant
   * @return the count
   */
  public long enterprises(Quadrant quadrant) {
    return values[index(quadrant)];
  }

  /**
   * Returns the share of enterprises in scope covered by a party organisation, own or joint.
   *
   * @return the share
   */
  public Share partyCovered() {
    return Share.of(inScopeEnterprises() - enterprises(PartyCoverage.NONE), inScopeEnterprises());
  }

  /**
   * Returns the share of enterprises in scope covered by a union of any form.
   *
   * @return the share
   */
  public Share unionCovered() {
    return Share.of(inScopeEnterprises() - enterprises(UnionCoverage.NONE), inScopeEnterprises());
  }

  /**
   * Returns the share of enterprises in scope covered by both.
   *
   * @return the share
   */
  public Share bothCovered() {
    return Share.of(enterprises(Quadrant.BOTH), inScopeEnterprises());
  }

  /**
   * Returns the towns (镇) counted.
   *
   * @return the count
   */
  public long towns() {
    return values[TOWNS];
  }

  /**
   * Returns the share of towns whose union chair holds same-level deputy rank (LEAD-TOWN; 27 of 66
   * in the seed).
   *
   * @return the share
   */
  public Share townChairDeputyRank() {
    return Share.of(values[TOWNS_WITH_DEPUTY_RANK], values[TOWNS]);
  }

  /**
   * Returns the subdistricts (街道) counted.
   *
   * @return the count
   */
  public long subdistricts() {
    return values[SUBDISTRICTS];
  }

  /**
   * Returns the share of subdistricts with a union work coordinator (SYNC-NETWORK).
   *
   * @return the share
   */
  public Share subdistrictsWithCoordinator() {
    return Share.of(values[SUBDISTRICTS_WITH_COORDINATOR], values[SUBDISTRICTS]);
  }

  /**
   * Returns the county-level regions counted.
   *
   * @return the count
   */
  public long countyLevelRegions() {
    return values[COUNTY_LEVEL];
  }

  /**
   * Returns the share of county-level regions with a non-public-economy party working committee
   * (SYNC-NETWORK).
   *
   * @return the share
   */
  public Share countyLevelRegionsWithWorkingCommittee() {
    return Share.of(values[COUNTY_LEVEL_WITH_COMMITTEE], values[COUNTY_LEVEL]);
  }

  /**
   * Returns the share of enterprise union chairs trained within the policy's window (LEAD-TRAIN).
   *
   * @return the share: trained chairs of all chairs counted
   */
  public Share trainedChairs() {
    return Share.of(values[TRAINED_CHAIRS], values[CHAIRS]);
  }

  /**
   * Returns these counts and the other's added together.
   *
   * @param other the other counts
   * @return the sum
   */
  public BuildingCounts plus(BuildingCounts other) {
    long[] sum = new long[SIZE];
    for (int i = 0; i < SIZE; i++) {
      sum[i] = values[i] + other.values[i];
    }
    return new BuildingCounts(sum);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof BuildingCounts counts && Arrays.equals(values, counts.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  /**
   * Returns the counts as text, such as {@code BuildingCounts[enterprises=12, closed=1, party=9/11,
   * union=8/11, both=7/11, …]}.
   *
   * @return the counts as text
   */
  @Override
  public String toString() {
    return "BuildingCounts[enterprises="
        + nonPublicEnterprises()
        + ", closed="
        + closedEnterprises()
        + ", party="
        + partyCovered()
        + ", union="
        + unionCovered()
        + ", both="
        + bothCovered()
        + ", deputyRankTowns="
        + townChairDeputyRank()
        + ", coordinators="
        + subdistrictsWithCoordinator()
        + ", workingCommittees="
        + countyLevelRegionsWithWorkingCommittee()
        + ", trainedChairs="
        + trainedChairs()
        + "]";
  }

  /** Collects counts; mutable, never shared between threads. */
  static final class Tally {
    private final long[] values = new long[SIZE];

    void enterprise(EnterpriseAssessment a) {
      values[NON_PUBLIC]++;
      if (!a.inScope()) {
        values[CLOSED]++;
        return;
      }
      values[index(a.partyCoverage())]++;
      values[index(a.unionCoverage())]++;
      values[index(a.quadrant())]++;
    }

    void town(boolean deputyRank) {
      values[TOWNS]++;
      if (deputyRank) {
        values[TOWNS_WITH_DEPUTY_RANK]++;
      }
    }

    void subdistrict(boolean coordinator) {
      values[SUBDISTRICTS]++;
      if (coordinator) {
        values[SUBDISTRICTS_WITH_COORDINATOR]++;
      }
    }

    void countyLevel(boolean workingCommittee) {
      values[COUNTY_LEVEL]++;
      if (workingCommittee) {
        values[COUNTY_LEVEL_WITH_COMMITTEE]++;
      }
    }

    void chair(boolean trained) {
      values[CHAIRS]++;
      if (trained) {
        values[TRAINED_CHAIRS]++;
      }
    }

    BuildingCounts build() {
      return new BuildingCounts(values.clone());
    }
  }
}
