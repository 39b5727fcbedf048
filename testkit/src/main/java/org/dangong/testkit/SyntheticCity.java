package org.dangong.testkit;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.dangong.model.Cluster;
import org.dangong.model.ClusterId;
import org.dangong.model.ClusterKind;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Ownership;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.model.RegionLevel;

/**
 * A deterministic synthetic city shaped like the seed's Suzhou, for examples, benchmarks and
 * city-scale tests; obtain one with {@link Cities#suzhouLike()}.
 *
 * <pre>{@code
 * Jurisdiction city = Cities.suzhouLike().generate(42);                       // 2,000 enterprises
 * Jurisdiction big = Cities.suzhouLike().enterprises(1_000_000).generate(42); // ~20 million people
 * }</pre>
 *
 * <h2>What the city contains</h2>
 *
 * <ul>
 *   <li><b>Regions</b> (ids are administrative codes, such as {@code R320583} for 昆山市): 苏州市;
 *       four county-level cities (张家港市, 常熟市, 太仓市, 昆山市); five districts (姑苏区, 虎丘区,
 *       吴中区, 相城区, 吴江区); two development zones (苏州工业园区 under the city, 昆山经济技术开发区
 *       under 昆山市); {@value #TOWNS} towns (镇) and {@value #SUBDISTRICTS} subdistricts (街道), with
 *       their real names.
 *   <li><b>Regional organisations</b>: 苏州市总工会 and a federation of trade unions for each
 *       county-level region; the city's non-public-economy working committee (市委非公经济工委) and
 *       one for most county-level regions; a union for each town and subdistrict, of which exactly
 *       {@value #DEPUTY_RANK_TOWN_CHAIRS} of the {@value #TOWNS} town unions have a chair with
 *       same-level deputy rank (LEAD-TOWN); union work coordinators on most subdistricts; retirees
 *       with retained memberships.
 *   <li><b>Clusters</b>: the city's talent market (苏州人才市场) and private-enterprise association
 *       (苏州市民营企业协会), a talent market in 昆山 and 张家港, and one building area, science
 *       park, logistics centre or business district per hundred enterprises (at least ten), most
 *       with a joint party organisation and a union federation founded together (SYNC-CLUSTER).
 *   <li><b>Enterprises</b>: as many as asked ({@link #enterprises(int)}, default 2,000), spread
 *       over the towns and subdistricts by the economic weight of their county (昆山 and 工业园区
 *       heaviest); ownership mostly private, some foreign-invested and Hong Kong/Macao/Taiwan
 *       -invested, joint ventures, joint-stock companies, restructured former state enterprises,
 *       and a few state-owned and collective ones ({@link Enterprises#suzhouOwnershipMix()}); about
 *       15% in building areas or intermediaries; names such as "华信电子有限公司".
 *   <li><b>People</b>: on average {@link #meanPeoplePerEnterprise(double)} (default 20) per
 *       enterprise, most enterprises small and a few with hundreds of staff; party members,
 *       pipelines, union memberships, relatives and trainings as described for {@link
 *       JurisdictionGenerator}.
 *   <li><b>Coverage</b>: about 79% of non-public enterprises covered by a party organisation (own
 *       branch or joint branch; the seed's city reached 78.7%), about 81% by a union, 6% by neither
 *       ({@link Jurisdictions#seedCoverageMix()}); state-owned and collective enterprises mostly by
 *       both.
 * </ul>
 *
 * <p>The same seed and the same options always give an equal jurisdiction, in the same order.
 * Generation is linear in the number of enterprises and shares names and dates between people, so
 * a city of a million enterprises (about twenty million people) fits in a heap of about 12 GB;
 * ids are zero-padded so that the order of generation is already the order of ids.
 *
 * <p>This class is immutable and thread-safe; each option returns a new city.
 */
public final class SyntheticCity implements Generator<Jurisdiction> {
  /** The number of towns (镇) in the city, as in the seed. */
  public static final int TOWNS = 66;

  /** The number of subdistricts (街道) in the city. */
  public static final int SUBDISTRICTS = 32;

  /** The number of town unions whose chair holds same-level deputy rank, as in the seed. */
  public static final int DEPUTY_RANK_TOWN_CHAIRS = 27;

  /** The default number of enterprises. */
  public static final int DEFAULT_ENTERPRISES = 2_000;

  static final SyntheticCity SUZHOU_LIKE =
      new SyntheticCity(
          DEFAULT_ENTERPRISES,
          20,
          Dates.DEFAULT_REFERENCE_DATE,
          Jurisdictions.seedCoverageMix(),
          Enterprises.suzhouOwnershipMix());

  /** A county-level region of the city: code, name, level, parent code, towns, subdistricts, weight. */
  private static final class County {
    final String code;
    final String name;
    final RegionLevel level;
    final String parent;
    final ImmutableList<String> towns;
    final ImmutableList<String> subdistricts;
    final double weight;

    County(String code, String name, RegionLevel level, String parent, String towns, String subdistricts, double weight) {
      this.code = code;
      this.name = name;
      this.level = level;
      this.parent = parent;
      this.towns = split(towns);
      this.subdistricts = split(subdistricts);
      this.weight = weight;
    }

    private static ImmutableList<String> split(String names) {
      return names.isEmpty() ? ImmutableList.of() : ImmutableList.copyOf(names.split(" "));
    }
  }

  private static final String CITY_CODE = "320500";

  private static final ImmutableList<County> COUNTIES =
      ImmutableList.of(
          new County("320582", "张家港市", RegionLevel.COUNTY_LEVEL_CITY, CITY_CODE,
              "杨舍镇 塘桥镇 金港镇 锦丰镇 乐余镇 凤凰镇 南丰镇 大新镇 后塍镇", "", 10),
          new County("320581", "常熟市", RegionLevel.COUNTY_LEVEL_CITY, CITY_CODE,
              "虞山镇 梅李镇 海虞镇 古里镇 沙家浜镇 支塘镇 董浜镇 辛庄镇 尚湖镇 碧溪镇 徐市镇", "琴川街道 莫城街道 东南街道", 12),
          new County("320585", "太仓市", RegionLevel.COUNTY_LEVEL_CITY, CITY_CODE,
              "城厢镇 沙溪镇 浏河镇 浮桥镇 璜泾镇 双凤镇 陆渡镇", "娄东街道", 6),
          new County("320583", "昆山市", RegionLevel.COUNTY_LEVEL_CITY, CITY_CODE,
              "玉山镇 巴城镇 周市镇 陆家镇 花桥镇 淀山湖镇 张浦镇 周庄镇 千灯镇 锦溪镇 陆杨镇", "", 14),
          new County("320591", "昆山经济技术开发区", RegionLevel.DEVELOPMENT_ZONE, "320583", "", "蓬朗街道", 5),
          new County("320509", "吴江区", RegionLevel.DISTRICT, CITY_CODE,
              "松陵镇 同里镇 平望镇 盛泽镇 七都镇 震泽镇 桃源镇 黎里镇 汾湖镇", "江陵街道 横扇街道 八坼街道", 12),
          new County("320506", "吴中区", RegionLevel.DISTRICT, CITY_CODE,
              "甪直镇 木渎镇 胥口镇 东山镇 光福镇 金庭镇 临湖镇 横泾镇", "长桥街道 越溪街道 郭巷街道 城南街道 香山街道", 10),
          new County("320507", "相城区", RegionLevel.DISTRICT, CITY_CODE,
              "望亭镇 黄埭镇 渭塘镇 阳澄湖镇 北桥镇", "元和街道 太平街道 黄桥街道 澄阳街道", 6),
          new County("320505", "虎丘区", RegionLevel.DISTRICT, CITY_CODE,
              "通安镇 东渚镇 浒墅关镇 镇湖镇", "枫桥街道 狮山街道 横塘街道", 8),
          new County("320508", "姑苏区", RegionLevel.DISTRICT, CITY_CODE,
              "", "平江街道 沧浪街道 金阊街道 双塔街道 观前街道 虎丘街道 白洋湾街道 吴门桥街道", 4),
          new County("320571", "苏州工业园区", RegionLevel.DEVELOPMENT_ZONE, CITY_CODE,
              "唯亭镇 胜浦镇", "娄葑街道 斜塘街道 湖西街道 湖东街道", 13));

  private final int enterprises;
  private final double meanPeople;
  private final LocalDate referenceDate;
  private final Mix<Coverage> coverageMix;
  private final Mix<Ownership> ownershipMix;

  private SyntheticCity(
      int enterprises, double meanPeople, LocalDate referenceDate, Mix<Coverage> coverageMix, Mix<Ownership> ownershipMix) {
    this.enterprises = enterprises;
    this.meanPeople = meanPeople;
    this.referenceDate = referenceDate;
    this.coverageMix = coverageMix;
    this.ownershipMix = ownershipMix;
  }

  /**
   * Returns a city with the given number of enterprises — the size of the city.
   *
   * <pre>{@code
   * Cities.suzhouLike().enterprises(100_000).generate(1);   // for a benchmark
   * }</pre>
   *
   * @param count the number of enterprises, 0 to 10,000,000
   * @return the new city
   * @throws IllegalArgumentException if the count is out of range
   */
  public SyntheticCity enterprises(int count) {
    if (count < 0 || count > 10_000_000) {
      throw new IllegalArgumentException("enterprises must be between 0 and 10,000,000: " + count);
    }
    return new SyntheticCity(count, meanPeople, referenceDate, coverageMix, ownershipMix);
  }

  /**
   * Returns the number of enterprises of this city.
   *
   * @return the number of enterprises
   */
  public int size() {
    return enterprises;
  }

  /**
   * Returns a city whose enterprises employ the given number of known people on average; most
   * enterprises have fewer, a few have ten times as many.
   *
   * @param mean the mean, from 1 to 200
   * @return the new city
   * @throws IllegalArgumentException if the mean is out of range
   */
  public SyntheticCity meanPeoplePerEnterprise(double mean) {
    if (!(mean >= 1 && mean <= 200)) {
      throw new IllegalArgumentException("meanPeoplePerEnterprise must be between 1 and 200: " + mean);
    }
    return new SyntheticCity(enterprises, mean, referenceDate, coverageMix, ownershipMix);
  }

  /**
   * Returns a city whose dates are relative to the given reference date; default {@link
   * Dates#DEFAULT_REFERENCE_DATE}.
   *
   * @param date the reference date
   * @return the new city
   */
  public SyntheticCity referenceDate(LocalDate date) {
    return new SyntheticCity(enterprises, meanPeople, date, coverageMix, ownershipMix);
  }

  /**
   * Returns a city whose non-public enterprises are covered in the given mix; default {@link
   * Jurisdictions#seedCoverageMix()}.
   *
   * @param mix the coverage cases and their weights
   * @return the new city
   */
  public SyntheticCity coverageMix(Mix<Coverage> mix) {
    return new SyntheticCity(enterprises, meanPeople, referenceDate, mix, ownershipMix);
  }

  /**
   * Returns a city whose enterprises' ownership follows the given mix; default {@link
   * Enterprises#suzhouOwnershipMix()}.
   *
   * @param mix the ownership types and their weights
   * @return the new city
   */
  public SyntheticCity ownershipMix(Mix<Ownership> mix) {
    return new SyntheticCity(enterprises, meanPeople, referenceDate, coverageMix, mix);
  }

  @Override
  public Jurisdiction next(RandomGenerator random) {
    Population.Settings s = new Population.Settings();
    s.referenceDate = referenceDate;
    s.workingCommitteeShare = 0.9;
    s.coordinatorShare = 0.9;
    s.vacancyShare = 0.04;
    s.enterpriseIdWidth = Math.max(6, digits(enterprises));
    s.personIdWidth = Math.max(7, digits((long) (enterprises * meanPeople * 3) + 10_000));
    s.organizationIdWidth = Math.max(6, digits(3L * enterprises + 1_000));
    Population population = new Population(random, s);

    Region city =
        Region.builder().id(RegionId.of("R" + CITY_CODE)).name("苏州市").level(RegionLevel.CITY).build();
    population.addRegion(city, false);

    // Exactly DEPUTY_RANK_TOWN_CHAIRS of the towns, chosen by the seed.
    boolean[] deputyRank = new boolean[TOWNS];
    int[] order = new int[TOWNS];
    for (int i = 0; i < TOWNS; i++) {
      order[i] = i;
    }
    for (int i = TOWNS - 1; i > 0; i--) {
      int k = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[k];
      order[k] = t;
    }
    for (int i = 0; i < DEPUTY_RANK_TOWN_CHAIRS; i++) {
      deputyRank[order[i]] = true;
    }

    List<Region> places = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    int town = 0;
    for (County c : COUNTIES) {
      Region county =
          Region.builder()
              .id(RegionId.of("R" + c.code))
              .name(c.name)
              .level(c.level)
              .parent(RegionId.of("R" + c.parent))
              .build();
      population.addRegion(county, false);
      int places0 = places.size();
      for (int i = 0; i < c.subdistricts.size(); i++) {
        Region r = townLevel(county, c.subdistricts.get(i), RegionLevel.SUBDISTRICT, 1 + i);
        population.addRegion(r, false);
        places.add(r);
      }
      for (int i = 0; i < c.towns.size(); i++) {
        Region r = townLevel(county, c.towns.get(i), RegionLevel.TOWN, 101 + i);
        population.addRegion(r, deputyRank[town++]);
        places.add(r);
      }
      int n = places.size() - places0;
      for (int i = 0; i < n; i++) {
        weights.add(c.weight / n * (0.5 + random.nextDouble()));
      }
    }
    double[] cumulative = new double[weights.size()];
    double total = 0;
    for (int i = 0; i < cumulative.length; i++) {
      total += weights.get(i);
      cumulative[i] = total;
    }

    // Clusters: intermediaries, then building areas in proportion to the size of the city.
    List<Cluster> intermediaries = new ArrayList<>();
    List<Cluster> buildings = new ArrayList<>();
    int[] clusterNumber = {0};
    intermediaries.add(cluster(population, clusterNumber, "苏州人才市场", ClusterKind.TALENT_MARKET, city.id()));
    intermediaries.add(
        cluster(population, clusterNumber, "苏州市民营企业协会", ClusterKind.PRIVATE_ENTERPRISE_ASSOCIATION, city.id()));
    intermediaries.add(cluster(population, clusterNumber, "昆山人才市场", ClusterKind.TALENT_MARKET, RegionId.of("R320583")));
    intermediaries.add(cluster(population, clusterNumber, "张家港人才市场", ClusterKind.TALENT_MARKET, RegionId.of("R320582")));
    ClusterKind[] areaKinds = {
      ClusterKind.BUILDING, ClusterKind.SCIENCE_PARK, ClusterKind.LOGISTICS_CENTRE, ClusterKind.BUSINESS_DISTRICT
    };
    int areas = Math.max(10, enterprises / 100);
    for (int i = 0; i < areas; i++) {
      Region region = places.get(pick(random, cumulative, total));
      ClusterKind kind = areaKinds[random.nextInt(areaKinds.length)];
      String name = Clusters.name(kind, region.name(), 1 + clusterNumber[0]);
      buildings.add(cluster(population, clusterNumber, name, kind, region.id()));
    }

    double scale = meanPeople / 17.7;
    for (int i = 0; i < enterprises; i++) {
      int index = pick(random, cumulative, total);
      Region region = places.get(index);
      ClusterId clusterId = null;
      double p = random.nextDouble();
      if (p < 0.12) {
        Cluster area = buildings.get(random.nextInt(buildings.size()));
        clusterId = area.id();
        region = places.stream().filter(r -> r.id().equals(area.region())).findFirst().orElse(region);
      } else if (p < 0.15) {
        clusterId = intermediaries.get(random.nextInt(intermediaries.size())).id();
      }
      Ownership ownership = ownershipMix.next(random);
      Coverage coverage =
          ownership.isNonPublic() || random.nextDouble() < 0.1
              ? coverageMix.next(random)
              : Coverage.PARTY_AND_UNION;
      population.addEnterprise(
          Names.enterprise(i), region.id(), clusterId, ownership, coverage, people(random, scale));
    }
    return population.finish();
  }

  private static Region townLevel(Region county, String name, RegionLevel level, int number) {
    return Region.builder()
        .id(RegionId.of(county.id().value() + "-" + Population.pad("", number, 3)))
        .name(name)
        .level(level)
        .parent(county.id())
        .build();
  }

  private static Cluster cluster(Population population, int[] number, String name, ClusterKind kind, RegionId region) {
    Cluster cluster =
        Cluster.builder()
            .id(ClusterId.of(Population.pad("C", ++number[0], 4)))
            .name(name)
            .kind(kind)
            .region(region)
            .build();
    population.addCluster(cluster);
    return cluster;
  }

  private static int pick(RandomGenerator random, double[] cumulative, double total) {
    double point = random.nextDouble() * total;
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumulative[mid] > point) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  /** Known people of an enterprise: mostly small, some medium, a few large; mean 17.7 × scale. */
  private static int people(RandomGenerator random, double scale) {
    double p = random.nextDouble();
    int raw;
    if (p < 0.6) {
      raw = 1 + random.nextInt(10);
    } else if (p < 0.88) {
      raw = 10 + random.nextInt(21);
    } else if (p < 0.98) {
      raw = 30 + random.nextInt(51);
    } else {
      raw = 80 + random.nextInt(171);
    }
    return (int) Math.round(raw * scale);
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
