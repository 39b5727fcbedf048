package org.dangong.model;

/**
 * The form of a {@link UnionOrganization} (工会组织形式), UNION-LAW Art. 11.
 */
public enum UnionForm implements Labelled {
  /** A grassroots union committee of one enterprise (基层工会委员会). */
  ENTERPRISE_COMMITTEE,
  /** A joint grassroots union of several employers (联合基层工会). */
  JOINT_COMMITTEE,
  /** A single union organiser elected instead of a committee (工会组织员). */
  ORGANIZER,
  /** A federation of grassroots unions (基层工会联合会), such as in a building area (SYNC-CLUSTER). */
  FEDERATION,
  /** A town or subdistrict union (乡镇（街道）工会). */
  TOWN_UNION,
  /** A city or county federation of trade unions (总工会). */
  CITY_FEDERATION;

  @Override
  public String messageKey() {
    return "enum.UnionForm." + name();
  }

  /**
   * Tells whether this form covers enterprises directly: an enterprise committee, a joint
   * committee, an organiser or a federation.
   *
   * @return true for the grassroots forms
   */
  public boolean isGrassroots() {
    return this == ENTERPRISE_COMMITTEE
        || this == JOINT_COMMITTEE
        || this == ORGANIZER
        || this == FEDERATION;
  }
}
