package org.dangong.testkit;

import org.dangong.model.Cluster;
import org.dangong.model.ClusterKind;

/**
 * Entry point for generators of {@link Cluster}s: building areas, parks and intermediaries
 * (SYNC-CLUSTER), one at a time.
 *
 * <pre>{@code
 * Cluster c = Clusters.clusters().generate(42);   // e.g. "周庄科技园", a SCIENCE_PARK
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Clusters {
  private Clusters() {}

  /**
   * Returns a generator of single clusters of every kind, each in a region given only by its id.
   *
   * @return the generator
   */
  public static Generator<Cluster> clusters() {
    return random -> {
      ClusterKind kind = Ranges.any(random, ClusterKind.class);
      String place = Names.TOWN_STEMS.get(random.nextInt(Names.TOWN_STEMS.size()));
      return Cluster.builder()
          .id(Identifiers.clusterIds().next(random))
          .name(name(kind, place, 1 + random.nextInt(9)))
          .kind(kind)
          .region(Identifiers.regionIds().next(random))
          .build();
    };
  }

  /** A Chinese name for a cluster of the given kind in the given place. */
  static String name(ClusterKind kind, String place, int number) {
    switch (kind) {
      case BUILDING:
        return place + number + "号商务楼宇";
      case SCIENCE_PARK:
        return place + "科技园";
      case LOGISTICS_CENTRE:
        return place + "物流中心";
      case BUSINESS_DISTRICT:
        return place + "商务区";
      case TALENT_MARKET:
        return place + "人才市场";
      case PRIVATE_ENTERPRISE_ASSOCIATION:
      default:
        return place + "民营企业协会";
    }
  }
}
