package org.dangong.testkit;

import org.dangong.model.Region;
import org.dangong.model.RegionLevel;

/**
 * Entry point for generators of {@link Region}s, one at a time; whole region trees come with
 * {@link Jurisdictions#jurisdictions()} and {@link Cities#suzhouLike()}.
 *
 * <pre>{@code
 * Region town = Regions.regions().levels(Mix.of(RegionLevel.TOWN, 1)).generate(42);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Regions {
  private Regions() {}

  /**
   * Returns a generator of single regions of every level, with Chinese names fitting the level
   * (such as 昆山市, 吴江区, 同里镇 or 娄葑街道) and, except for cities, usually a parent id.
   *
   * @return the generator
   */
  public static RegionGenerator regions() {
    return RegionGenerator.DEFAULT;
  }

  /**
   * Returns a Chinese name fitting a region level, such as 张家港市 for a county-level city.
   *
   * @param level the level
   * @param index which name of the level's list, any non-negative number
   * @return the name
   */
  static String name(RegionLevel level, int index) {
    switch (level) {
      case CITY:
        return pick(Names.CITIES, index, "市");
      case COUNTY_LEVEL_CITY:
        return pick(Names.COUNTY_CITIES, index, "市");
      case DISTRICT:
        return pick(Names.DISTRICTS, index, "区");
      case DEVELOPMENT_ZONE:
        return pick(Names.ZONES, index, "区");
      case SUBDISTRICT:
        return pick(Names.TOWN_STEMS, index, "") + "街道";
      case TOWN:
      default:
        return pick(Names.TOWN_STEMS, index, "") + "镇";
    }
  }

  private static String pick(java.util.List<String> names, int index, String suffix) {
    int round = index / names.size();
    String name = names.get(index % names.size());
    if (round == 0) {
      return name;
    }
    // After the list is used up, number the names: 同里二镇 would be odd, 同里3 is clear enough.
    return suffix.isEmpty()
        ? name + (round + 1)
        : name.substring(0, name.length() - suffix.length()) + (round + 1) + suffix;
  }
}
