package org.dangong.model;

/**
 * The kind of a {@link Cluster}: a building area or an intermediary in which small enterprises are
 * covered together by a joint party organisation and a union federation (SYNC-CLUSTER).
 */
public enum ClusterKind implements Labelled {
  /** An office building or building area (楼宇). */
  BUILDING,
  /** A science park (科技园). */
  SCIENCE_PARK,
  /** A logistics centre (物流中心). */
  LOGISTICS_CENTRE,
  /** A business district (商务区). */
  BUSINESS_DISTRICT,
  /** A talent market (人才市场), an intermediary that may also hold party members' relations. */
  TALENT_MARKET,
  /** A private-enterprise association (民营企业协会), an intermediary. */
  PRIVATE_ENTERPRISE_ASSOCIATION;

  @Override
  public String messageKey() {
    return "enum.ClusterKind." + name();
  }

  /**
   * Tells whether this kind is an intermediary organisation (中介机构) rather than a building area.
   *
   * @return true for talent markets and private-enterprise associations
   */
  public boolean isIntermediary() {
    return this == TALENT_MARKET || this == PRIVATE_ENTERPRISE_ASSOCIATION;
  }
}
