package org.dangong.building;

import org.dangong.model.Labelled;

/**
 * Which of the two organisations cover an enterprise: the four cases the building practices
 * distinguish (SYNC-BUILD, MUTUAL-P2U, MUTUAL-U2P).
 */
public enum Quadrant implements Labelled {
  /** Both a party organisation and a union (党工组织均已建立). */
  BOTH,
  /** A party organisation but no union (建党未建会): MUTUAL-P2U, DUAL-LEAD-1. */
  PARTY_ONLY,
  /** A union but no party organisation (建会未建党): MUTUAL-U2P, DUAL-REC-1, DUAL-REC-2. */
  UNION_ONLY,
  /** Neither (党工组织均未建立): SYNC-BUILD. */
  NEITHER;

  @Override
  public String messageKey() {
    return "enum.Quadrant." + name();
  }

  /**
   * Returns the quadrant of the given coverage.
   *
   * @param party the party coverage
   * @param union the union coverage
   * @return the quadrant
   */
  public static Quadrant of(PartyCoverage party, UnionCoverage union) {
    if (party.isCovered()) {
      return union.isCovered() ? BOTH : PARTY_ONLY;
    }
    return union.isCovered() ? UNION_ONLY : NEITHER;
  }
}
