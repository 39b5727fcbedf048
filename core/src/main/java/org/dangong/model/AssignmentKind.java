package org.dangong.model;

/**
 * The kind of an {@link Assignment} of a person to an enterprise or region.
 */
public enum AssignmentKind implements Labelled {
  /** A party-building instructor (党建工作指导员). */
  PARTY_BUILDING_INSTRUCTOR,
  /** A union-building instructor (工建工作指导员), DUAL-LEAD-2. */
  UNION_BUILDING_INSTRUCTOR,
  /** A union work coordinator (工会工作协理员) of a subdistrict, SYNC-NETWORK. */
  UNION_WORK_COORDINATOR;

  @Override
  public String messageKey() {
    return "enum.AssignmentKind." + name();
  }
}
