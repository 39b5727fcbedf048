package org.dangong.testkit;

/**
 * Which organisations cover an enterprise — the four cases the building practices distinguish
 * (SYNC-BUILD, MUTUAL-P2U, MUTUAL-U2P, DUAL-LEAD-1). A {@link JurisdictionGenerator} draws each
 * enterprise's case from a {@link Mix} of these.
 *
 * <pre>{@code
 * Mix<Coverage> mostlyCovered = Mix.of(Coverage.PARTY_AND_UNION, 8).and(Coverage.NEITHER, 2);
 * }</pre>
 */
public enum Coverage {
  /** Covered by a party organisation and a union (党工组织均已建立). */
  PARTY_AND_UNION,
  /** Covered by a party organisation only (建党未建会, MUTUAL-P2U). */
  PARTY_ONLY,
  /** Covered by a union only (建会未建党, MUTUAL-U2P and DUAL-REC-1). */
  UNION_ONLY,
  /** Covered by neither (党工组织均未建立). */
  NEITHER;

  /**
   * Tells whether a party organisation covers the enterprise: its own or a joint one.
   *
   * @return true for {@link #PARTY_AND_UNION} and {@link #PARTY_ONLY}
   */
  public boolean hasParty() {
    return this == PARTY_AND_UNION || this == PARTY_ONLY;
  }

  /**
   * Tells whether a union covers the enterprise: its own committee or organiser, a joint committee
   * or a federation.
   *
   * @return true for {@link #PARTY_AND_UNION} and {@link #UNION_ONLY}
   */
  public boolean hasUnion() {
    return this == PARTY_AND_UNION || this == UNION_ONLY;
  }
}
