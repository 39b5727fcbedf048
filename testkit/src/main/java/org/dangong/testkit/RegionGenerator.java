package org.dangong.testkit;

import java.util.random.RandomGenerator;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.model.RegionLevel;

/**
 * A generator of single {@link Region}s, configured fluently; obtain one with {@link
 * Regions#regions()}.
 *
 * <pre>{@code
 * RegionGenerator towns = Regions.regions()
 *     .levels(Mix.uniform(RegionLevel.TOWN, RegionLevel.SUBDISTRICT))
 *     .parentShare(1.0);
 * Region r = towns.generate(7);   // a town or subdistrict with a parent id
 * }</pre>
 *
 * <p>The parent is only an id: it refers to nothing. Use {@link Jurisdictions#jurisdictions()} for
 * regions that form a tree.
 *
 * <p>This class is immutable and thread-safe; each option returns a new generator.
 */
public final class RegionGenerator implements Generator<Region> {
  static final RegionGenerator DEFAULT =
      new RegionGenerator(
          Mix.of(RegionLevel.CITY, 1)
              .and(RegionLevel.COUNTY_LEVEL_CITY, 2)
              .and(RegionLevel.DISTRICT, 3)
              .and(RegionLevel.DEVELOPMENT_ZONE, 1)
              .and(RegionLevel.TOWN, 6)
              .and(RegionLevel.SUBDISTRICT, 4),
          0.9);

  private final Mix<RegionLevel> levels;
  private final double parentShare;

  private RegionGenerator(Mix<RegionLevel> levels, double parentShare) {
    this.levels = levels;
    this.parentShare = parentShare;
  }

  /**
   * Returns a generator with the given mix of levels.
   *
   * <pre>{@code
   * Regions.regions().levels(Mix.of(RegionLevel.DISTRICT, 1));
   * }</pre>
   *
   * @param mix the levels and their weights
   * @return the new generator
   */
  public RegionGenerator levels(Mix<RegionLevel> mix) {
    return new RegionGenerator(mix, parentShare);
  }

  /**
   * Returns a generator in which the given share of regions that are not cities has a parent.
   * Cities never have one.
   *
   * <pre>{@code
   * Regions.regions().parentShare(0);   // only roots
   * }</pre>
   *
   * @param share the share, from 0 to 1
   * @return the new generator
   * @throws IllegalArgumentException if the share is outside [0, 1]
   */
  public RegionGenerator parentShare(double share) {
    Ranges.checkShare("parentShare", share);
    return new RegionGenerator(levels, share);
  }

  @Override
  public Region next(RandomGenerator random) {
    RegionLevel level = levels.next(random);
    RegionId id = Identifiers.regionIds().next(random);
    Region.Builder b = Region.builder().id(id).name(Regions.name(level, random.nextInt(200))).level(level);
    if (level != RegionLevel.CITY && Ranges.chance(random, parentShare)) {
      RegionId parent = Identifiers.regionIds().next(random);
      b.parent(parent.equals(id) ? RegionId.of(id.value().equals("R-ROOT") ? "R-TOP" : "R-ROOT") : parent);
    }
    return b.build();
  }

  @Override
  public String describe(Region value) {
    return Descriptions.region(value);
  }
}
