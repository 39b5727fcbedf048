package org.dangong.building;

import org.dangong.model.Labelled;

/**
 * How a non-public enterprise is covered by a union (工会组织覆盖), UNION-LAW Art. 11.
 *
 * <p>An enterprise covered by several unions takes the first of these constants that applies: its
 * own committee, a joint committee, an organiser, then a federation.
 */
public enum UnionCoverage implements Labelled {
  /** Its own grassroots union committee (单独建立基层工会委员会). */
  OWN_COMMITTEE,
  /** A joint grassroots union of several employers (联合基层工会). */
  JOINT_COMMITTEE,
  /** A union organiser elected instead of a committee (工会组织员). */
  ORGANIZER,
  /**
   * A union federation (工会联合会) covering the enterprise, listed or through the building area or
   * intermediary it belongs to (SYNC-CLUSTER).
   */
  FEDERATION,
  /** No union (未建工会). */
  NONE;

  @Override
  public String messageKey() {
    return "enum.UnionCoverage." + name();
  }

  /**
   * Tells whether a union covers the enterprise.
   *
   * @return true unless {@link #NONE}
   */
  public boolean isCovered() {
    return this != NONE;
  }
}
