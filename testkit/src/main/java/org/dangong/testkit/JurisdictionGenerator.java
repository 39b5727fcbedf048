package org.dangong.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.dangong.model.Cluster;
import org.dangong.model.ClusterId;
import org.dangong.model.ClusterKind;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Ownership;
import org.dangong.model.PartyStage;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.model.RegionLevel;

/**
 * A generator of whole, consistent {@link Jurisdiction}s, configured fluently; obtain one with
 * {@link Jurisdictions#jurisdictions()}.
 *
 * <pre>{@code
 * JurisdictionGenerator g = Jurisdictions.jurisdictions()
 *     .counties(1, 3)
 *     .townsPerCounty(2, 4)
 *     .enterprises(5, 20)
 *     .peoplePerEnterprise(0, 15)
 *     .coverageMix(0.5, 0.2, 0.2, 0.1)
 *     .ownershipMix(Mix.of(Ownership.PRIVATE, 8).and(Ownership.FOREIGN_INVESTED, 2))
 *     .referenceDate(LocalDate.of(2026, 6, 30));
 * Jurisdiction j = g.generate(42);             // the same for the same seed, always
 * }</pre>
 *
 * <h2>What a jurisdiction contains</h2>
 *
 * <ul>
 *   <li><b>Regions</b>: a city (the root, ids {@code R0…}), county-level regions under it (县级市,
 *       区, 开发区; {@link #counties(int, int)}) and towns (镇) and subdistricts (街道) under those
 *       ({@link #townsPerCounty(int, int)}, {@link #subdistrictShare(double)}), with Chinese names.
 *   <li><b>Regional organisations</b>: a federation of trade unions (总工会) for the city and each
 *       county-level region; a non-public-economy party working committee (非公经济党工委) for the
 *       city and most county-level regions ({@link #workingCommitteeShare(double)}); a union for
 *       every town and subdistrict, some of whose chairs hold same-level deputy rank ({@link
 *       #deputyRankShare(double)}) and a few of which are vacant; a union work coordinator on most
 *       subdistricts ({@link #coordinatorShare(double)}); retirees with retained memberships.
 *   <li><b>Clusters</b> ({@link #clusters(int, int)}): building areas, parks and intermediaries,
 *       most with a joint party organisation and a union federation founded together
 *       (SYNC-CLUSTER), some with the party organisation only.
 *   <li><b>Enterprises</b> ({@link #enterprises(int, int)}, {@link #ownershipMix(Mix)}), each
 *       with {@link #peoplePerEnterprise(int, int)} people employed — an executive (often also an
 *       investor), sometimes an investor or deputy, a head of human resources, staff, now and then
 *       a foreign national or a close relative of the executive. Party stages follow {@link
 *       #partyStageMix(Mix)} with a density varying by enterprise, so that some have three full
 *       members or more and others fewer; pipelines (applicants, activists, development targets)
 *       carry dated stages and trainings.
 *   <li><b>Coverage</b> drawn from {@link #coverageMix(Mix)}: an enterprise with three full members
 *       or more gets its own branch (a general branch from 50, a primary committee from 100; now and
 *       then a branch with fewer), others join a joint branch of their region (two to five
 *       enterprises) or their cluster's party organisation. Secretaries are members employed by a
 *       covered enterprise, sometimes the investor; a few posts are vacant, mostly with the date
 *       the vacancy began ({@link #vacancyShare(double)}). An enterprise with 25 staff or more gets
 *       its own union committee; smaller ones a committee, an organiser, a joint committee or their
 *       cluster's federation. Chairs are sometimes the party secretary (一肩挑), sometimes another
 *       member, the head of human resources, a relative of the executive, an executive or a
 *       foreigner (the cases CHAIR-RULES Art. 6 bars), and often trained; most staff of a covered
 *       enterprise are union members ({@link #unionMemberShare(double)}).
 *   <li><b>Assignments</b>: party-building instructors on some enterprises (more often where there
 *       is no party organisation), usually with a union-building instructor beside them
 *       (DUAL-LEAD-2), not always ({@link #instructorShare(double)}).
 *   <li><b>Dates</b> relative to {@link #referenceDate(LocalDate)}, never the clock: terms of 3 or
 *       5 years of which about a third have expired, probations some of which are overdue.
 * </ul>
 *
 * <p>Ids are numbered ({@code E001}, {@code P0001}, {@code O001}, {@code R01-02}, {@code C1}) and
 * unique. The generator shrinks with {@link Jurisdictions#shrinker()} and describes failing values
 * with {@link Jurisdictions#describe(Jurisdiction)}.
 *
 * <p>This class is immutable and thread-safe; each option returns a new generator.
 */
public final class JurisdictionGenerator implements Generator<Jurisdiction> {
  /** The settings; copied, changed and frozen by each option, never changed afterwards. */
  private static final class Config implements Cloneable {
    int minCounties = 1;
    int maxCounties = 2;
    int minTowns = 1;
    int maxTowns = 3;
    double subdistrictShare = 0.4;
    int minClusters = 0;
    int maxClusters = 2;
    double clusterShare = 0.2;
    int minEnterprises = 1;
    int maxEnterprises = 8;
    int minPeople = 0;
    int maxPeople = 10;
    Mix<Coverage> coverageMix = Jurisdictions.seedCoverageMix();
    Mix<Ownership> ownershipMix = Enterprises.suzhouOwnershipMix();
    Mix<PartyStage> stageMix = PartyStandings.defaultStageMix();
    int minAge = 18;
    int maxAge = 65;
    double unionMemberShare = 0.85;
    double vacancyShare = 0.05;
    double instructorShare = 0.15;
    double coordinatorShare = 0.85;
    double workingCommitteeShare = 0.85;
    double deputyRankShare = 0.4;
    LocalDate referenceDate = Dates.DEFAULT_REFERENCE_DATE;

    Config copy() {
      try {
        return (Config) super.clone();
      } catch (CloneNotSupportedException e) {
        throw new AssertionError(e);
      }
    }
  }

  static final JurisdictionGenerator DEFAULT = new JurisdictionGenerator(new Config());

  private final Config config;

  private JurisdictionGenerator(Config config) {
    this.config = config;
  }

  private JurisdictionGenerator with(Consumer<Config> change) {
    Config copy = config.copy();
    change.accept(copy);
    return new JurisdictionGenerator(copy);
  }

  /**
   * Returns a generator whose jurisdictions have between {@code min} and {@code max} county-level
   * regions (县级市, 区 and 开发区) under the city; default 1 to 2.
   *
   * @param min the fewest, at least 0
   * @param max the most
   * @return the new generator
   * @throws IllegalArgumentException if {@code min < 0} or {@code min > max}
   */
  public JurisdictionGenerator counties(int min, int max) {
    Ranges.checkCount("counties", min, max);
    return with(c -> {
      c.minCounties = min;
      c.maxCounties = max;
    });
  }

  /**
   * Returns a generator whose county-level regions each have between {@code min} and {@code max}
   * town-level regions (镇 and 街道); default 1 to 3. Without town-level regions, enterprises lie in
   * the county-level regions (or the city).
   *
   * @param min the fewest, at least 0
   * @param max the most
   * @return the new generator
   * @throws IllegalArgumentException if {@code min < 0} or {@code min > max}
   */
  public JurisdictionGenerator townsPerCounty(int min, int max) {
    Ranges.checkCount("townsPerCounty", min, max);
    return with(c -> {
      c.minTowns = min;
      c.maxTowns = max;
    });
  }

  /**
   * Returns a generator in which the given share of town-level regions are subdistricts (街道)
   * rather than towns (镇); default 0.4.
   *
   * @param share the share, from 0 to 1
   * @return the new generator
   * @throws IllegalArgumentException if the share is outside [0, 1]
   */
  public JurisdictionGenerator subdistrictShare(double share) {
    Ranges.checkShare("subdistrictShare", share);
    return with(c -> c.subdistrictShare = share);
  }

  /**
   * Returns a generator whose jurisdictions have between {@code min} and {@code max} clusters
   * (building areas, parks, intermediaries); default 0 to 2.
   *
   * @param min the fewest, at least 0
   * @param max the most
   * @return the new generator
   * @throws IllegalArgumentException if {@code min < 0} or {@code min > max}
   */
  public JurisdictionGenerator clusters(int min, int max) {
    Ranges.checkCount("clusters", min, max);
    return with(c -> {
      c.minClusters = min;
      c.maxClusters = max;
    });
  }

  /**
   * Returns a generator in which the given share of enterprises belongs to a cluster, when there
   * are clusters; default 0.2.
   *
   * @param share the share, from 0 to 1
   * @return the new generator
   * @throws IllegalArgumentException if the share is outside [0, 1]
   */
  public JurisdictionGenerator clusterShare(double share) {
    Ranges.checkShare("clusterShare", share);
    return with(c -> c.clusterShare = share);
  }

  /**
   * Returns a generator whose jurisdictions have between {@code min} and {@code max} enterprises;
   * default 1 to 8.
   *
   * @param min the fewest, at least 0
   * @param max the most
   * @return the new generator
   * @throws IllegalArgumentException if {@code min < 0} or {@code min > max}
   */
  public JurisdictionGenerator enterprises(int min, int max) {
    Ranges.checkCount("enterprises", min, max);
    return with(c -> {
      c.minEnterprises = min;
      c.maxEnterprises = max;
    });
  }

  /**
   * Returns a generator whose enterprises each employ between {@code min} and {@code max} people
   * the jurisdiction knows individually (the headcount may be larger); default 0 to 10.
   *
   * @param min the fewest, at least 0
   * @param max the most
   * @return the new generator
   * @throws IllegalArgumentException if {@code min < 0} or {@code min > max}
   */
  public JurisdictionGenerator peoplePerEnterprise(int min, int max) {
    Ranges.checkCount("peoplePerEnterprise", min, max);
    return with(c -> {
      c.minPeople = min;
      c.maxPeople = max;
    });
  }

  /**
   * Returns a generator whose enterprises are covered by party organisations and unions in the
   * given mix; default {@link Jurisdictions#seedCoverageMix()}.
   *
   * <pre>{@code
   * Jurisdictions.jurisdictions().coverageMix(Mix.of(Coverage.NEITHER, 1));   // nothing built yet
   * }</pre>
   *
   * @param mix the coverage cases and their weights
   * @return the new generator
   */
  public JurisdictionGenerator coverageMix(Mix<Coverage> mix) {
    return with(c -> c.coverageMix = mix);
  }

  /**
   * Returns a generator whose enterprises are covered in the given proportions — a shorthand for
   * {@link #coverageMix(Mix)}.
   *
   * <pre>{@code
   * Jurisdictions.jurisdictions().coverageMix(0.66, 0.13, 0.15, 0.06);   // the seed's mix
   * }</pre>
   *
   * @param partyAndUnion the weight of enterprises with both
   * @param partyOnly the weight of enterprises with a party organisation only
   * @param unionOnly the weight of enterprises with a union only
   * @param neither the weight of enterprises with neither
   * @return the new generator
   * @throws IllegalArgumentException if a weight is negative or all are 0
   */
  public JurisdictionGenerator coverageMix(double partyAndUnion, double partyOnly, double unionOnly, double neither) {
    Coverage[] cases = {Coverage.PARTY_AND_UNION, Coverage.PARTY_ONLY, Coverage.UNION_ONLY, Coverage.NEITHER};
    double[] weights = {partyAndUnion, partyOnly, unionOnly, neither};
    Mix<Coverage> mix = null;
    for (int i = 0; i < cases.length; i++) {
      if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
        throw new IllegalArgumentException("coverageMix: a weight must be at least 0 and finite: " + weights[i]);
      }
      if (weights[i] > 0) {
        mix = mix == null ? Mix.of(cases[i], weights[i]) : mix.and(cases[i], weights[i]);
      }
    }
    if (mix == null) {
      throw new IllegalArgumentException("coverageMix: at least one weight must be positive");
    }
    return coverageMix(mix);
  }

  /**
   * Returns a generator whose enterprises' ownership follows the given mix; default {@link
   * Enterprises#suzhouOwnershipMix()}.
   *
   * @param mix the ownership types and their weights
   * @return the new generator
   */
  public JurisdictionGenerator ownershipMix(Mix<Ownership> mix) {
    return with(c -> c.ownershipMix = mix);
  }

  /**
   * Returns a generator whose employees' party stages follow the given mix on average (each
   * enterprise is denser or sparser); default {@link PartyStandings#defaultStageMix()}.
   *
   * @param mix the stages and their weights
   * @return the new generator
   */
  public JurisdictionGenerator partyStageMix(Mix<PartyStage> mix) {
    return with(c -> c.stageMix = mix);
  }

  /**
   * Returns a generator whose employees are aged between {@code min} and {@code max} on the
   * reference date (executives at least 30 where the range allows); default 18 to 65. Officials
   * and retirees keep their own ages.
   *
   * @param min the lowest age, at least 16
   * @param max the highest age, at most 120
   * @return the new generator
   * @throws IllegalArgumentException if {@code min < 16}, {@code max > 120} or {@code min > max}
   */
  public JurisdictionGenerator ages(int min, int max) {
    PersonGenerator.checkAges(min, max);
    return with(c -> {
      c.minAge = min;
      c.maxAge = max;
    });
  }

  /**
   * Returns a generator in which the given share of the staff of union-covered enterprises are
   * union members; default 0.85.
   *
   * @param share the share, from 0 to 1
   * @return the new generator
   * @throws IllegalArgumentException if the share is outside [0, 1]
   */
  public JurisdictionGenerator unionMemberShare(double share) {
    Ranges.checkShare("unionMemberShare", share);
    return with(c -> c.unionMemberShare = share);
  }

  /**
   * Returns a generator in which about the given share of secretary and chair posts is vacant;
   * default 0.05. Posts are also vacant where nobody could hold them.
   *
   * @param share the share, from 0 to 1
   * @return the new generator
   * @throws IllegalArgumentException if the share is outside [0, 1]
   */
  public JurisdictionGenerator vacancyShare(double share) {
    Ranges.checkShare("vacancyShare", share);
    return with(c -> c.vacancyShare = share);
  }

  /**
   * Returns a generator with party-building instructors on roughly the given share of enterprises
   * (more where there is no party organisation, fewer where there is); default 0.15.
   *
   * @param share the base share, from 0 to 0.5
   * @return the new generator
   * @throws IllegalArgumentException if the share is outside [0, 0.5]
   */
  public JurisdictionGenerator instructorShare(double share) {
    if (!(share >= 0 && share <= 0.5)) {
      throw new IllegalArgumentException("instructorShare must be between 0 and 0.5: " + share);
    }
    return with(c -> c.instructorShare = share);
  }

  /**
   * Returns a generator with a union work coordinator on the given share of subdistricts;
   * default 0.85.
   *
   * @param share the share, from 0 to 1
   * @return the new generator
   * @throws IllegalArgumentException if the share is outside [0, 1]
   */
  public JurisdictionGenerator coordinatorShare(double share) {
    Ranges.checkShare("coordinatorShare", share);
    return with(c -> c.coordinatorShare = share);
  }

  /**
   * Returns a generator with a non-public-economy party working committee on the given share of
   * county-level regions (the city always has one); default 0.85.
   *
   * @param share the share, from 0 to 1
   * @return the new generator
   * @throws IllegalArgumentException if the share is outside [0, 1]
   */
  public JurisdictionGenerator workingCommitteeShare(double share) {
    Ranges.checkShare("workingCommitteeShare", share);
    return with(c -> c.workingCommitteeShare = share);
  }

  /**
   * Returns a generator in which the chairs of the given share of town unions hold same-level
   * deputy rank (LEAD-TOWN; 27 of 66 in the seed); default 0.4.
   *
   * @param share the share, from 0 to 1
   * @return the new generator
   * @throws IllegalArgumentException if the share is outside [0, 1]
   */
  public JurisdictionGenerator deputyRankShare(double share) {
    Ranges.checkShare("deputyRankShare", share);
    return with(c -> c.deputyRankShare = share);
  }

  /**
   * Returns a generator whose dates are relative to the given reference date; default {@link
   * Dates#DEFAULT_REFERENCE_DATE}. Use the same date as the {@code asOf} of the engines under test.
   *
   * @param date the reference date
   * @return the new generator
   */
  public JurisdictionGenerator referenceDate(LocalDate date) {
    return with(c -> c.referenceDate = date);
  }

  /**
   * Returns the reference date the generated dates are relative to.
   *
   * @return the reference date
   */
  public LocalDate referenceDate() {
    return config.referenceDate;
  }

  @Override
  public Jurisdiction next(RandomGenerator random) {
    Config c = config;
    Population.Settings s = new Population.Settings();
    s.referenceDate = c.referenceDate;
    s.stageMix = c.stageMix;
    s.minAge = c.minAge;
    s.maxAge = c.maxAge;
    s.unionMemberShare = c.unionMemberShare;
    s.vacancyShare = c.vacancyShare;
    s.instructorShare = c.instructorShare;
    s.coordinatorShare = c.coordinatorShare;
    s.workingCommitteeShare = c.workingCommitteeShare;
    long expectedPeople = (long) c.maxEnterprises * (c.maxPeople + 2) + 30L * (c.maxCounties + 1) * (c.maxTowns + 1);
    s.personIdWidth = Math.max(4, digits(expectedPeople));
    s.enterpriseIdWidth = Math.max(3, digits(c.maxEnterprises));
    s.organizationIdWidth = Math.max(3, digits(3L * c.maxEnterprises + 4L * (c.maxCounties + 1) * (c.maxTowns + 1)));
    Population population = new Population(random, s);

    Region city =
        Region.builder()
            .id(RegionId.of("R0"))
            .name(Names.CITIES.get(random.nextInt(Names.CITIES.size())))
            .level(RegionLevel.CITY)
            .build();
    population.addRegion(city, false);
    List<Region> counties = new ArrayList<>();
    List<Region> towns = new ArrayList<>();
    int countyCount = Ranges.between(random, c.minCounties, c.maxCounties);
    int[] nameOffsets = {random.nextInt(16), random.nextInt(16), random.nextInt(16)};
    int[] used = new int[3];
    int townName = random.nextInt(Names.TOWN_STEMS.size());
    for (int k = 1; k <= countyCount; k++) {
      double p = random.nextDouble();
      int kind = p < 0.4 ? 0 : p < 0.9 ? 1 : 2;
      RegionLevel level =
          kind == 0 ? RegionLevel.COUNTY_LEVEL_CITY : kind == 1 ? RegionLevel.DISTRICT : RegionLevel.DEVELOPMENT_ZONE;
      String countyId = "R" + Population.pad("", k, 2);
      Region county =
          Region.builder()
              .id(RegionId.of(countyId))
              .name(Regions.name(level, nameOffsets[kind] + used[kind]++))
              .level(level)
              .parent(city.id())
              .build();
      population.addRegion(county, false);
      counties.add(county);
      int townCount = Ranges.between(random, c.minTowns, c.maxTowns);
      for (int t = 1; t <= townCount; t++) {
        RegionLevel townLevel = Ranges.chance(random, c.subdistrictShare) ? RegionLevel.SUBDISTRICT : RegionLevel.TOWN;
        Region town =
            Region.builder()
                .id(RegionId.of(countyId + "-" + Population.pad("", t, 2)))
                .name(Regions.name(townLevel, townName++))
                .level(townLevel)
                .parent(county.id())
                .build();
        boolean deputyRank = townLevel == RegionLevel.TOWN && Ranges.chance(random, c.deputyRankShare);
        population.addRegion(town, deputyRank);
        towns.add(town);
      }
    }
    List<Region> places = !towns.isEmpty() ? towns : !counties.isEmpty() ? counties : List.of(city);

    List<Cluster> clusters = new ArrayList<>();
    int clusterCount = Ranges.between(random, c.minClusters, c.maxClusters);
    for (int k = 1; k <= clusterCount; k++) {
      ClusterKind kind = Ranges.any(random, ClusterKind.class);
      Region region =
          kind.isIntermediary()
              ? (counties.isEmpty() ? city : counties.get(random.nextInt(counties.size())))
              : places.get(random.nextInt(places.size()));
      Cluster cluster =
          Cluster.builder()
              .id(ClusterId.of("C" + k))
              .name(Clusters.name(kind, region.name(), k))
              .kind(kind)
              .region(region.id())
              .build();
      population.addCluster(cluster);
      clusters.add(cluster);
    }

    int enterprises = Ranges.between(random, c.minEnterprises, c.maxEnterprises);
    int nameOffset = random.nextInt(3800);
    for (int i = 0; i < enterprises; i++) {
      Region region = places.get(random.nextInt(places.size()));
      ClusterId clusterId = null;
      if (!clusters.isEmpty() && Ranges.chance(random, c.clusterShare)) {
        Cluster cluster = clusters.get(random.nextInt(clusters.size()));
        clusterId = cluster.id();
        if (!cluster.kind().isIntermediary()) {
          region = places.stream().filter(r -> r.id().equals(cluster.region())).findFirst().orElse(region);
        }
      }
      population.addEnterprise(
          Names.enterprise(nameOffset + i),
          region.id(),
          clusterId,
          c.ownershipMix.next(random),
          c.coverageMix.next(random),
          Ranges.between(random, c.minPeople, c.maxPeople));
    }
    return population.finish();
  }

  private static int digits(long n) {
    return Long.toString(Math.max(1, n)).length();
  }

  @Override
  public Shrinker<Jurisdiction> shrinker() {
    return Jurisdictions.shrinker();
  }

  @Override
  public String describe(Jurisdiction value) {
    return Jurisdictions.describe(value);
  }
}
