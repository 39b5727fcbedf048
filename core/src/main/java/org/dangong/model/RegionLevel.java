package org.dangong.model;

/**
 * The level of a {@link Region} in the administrative tree (行政区划层级).
 *
 * <p>Town-level regions ({@link #TOWN} 镇 and {@link #SUBDISTRICT} 街道) carry the town and
 * subdistrict unions; county-level regions carry the non-public-economy party working committees
 * (SYNC-NETWORK).
 */
public enum RegionLevel implements Labelled {
  /** A city (市), such as the prefecture-level city of the seed. */
  CITY,
  /** A county-level city (县级市). */
  COUNTY_LEVEL_CITY,
  /** An urban district (区). */
  DISTRICT,
  /** A town (镇). */
  TOWN,
  /** A subdistrict (街道), the urban counterpart of a town. */
  SUBDISTRICT,
  /** A development zone (开发区) administered at county level. */
  DEVELOPMENT_ZONE;

  @Override
  public String messageKey() {
    return "enum.RegionLevel." + name();
  }

  /**
   * Tells whether this level is county level: a county-level city, a district or a development
   * zone.
   *
   * @return true for county-level regions
   */
  public boolean isCountyLevel() {
    return this == COUNTY_LEVEL_CITY || this == DISTRICT || this == DEVELOPMENT_ZONE;
  }

  /**
   * Tells whether this level is town level: a town (镇) or a subdistrict (街道).
   *
   * @return true for town-level regions
   */
  public boolean isTownLevel() {
    return this == TOWN || this == SUBDISTRICT;
  }
}
