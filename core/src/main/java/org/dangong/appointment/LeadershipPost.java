package org.dangong.appointment;

import org.dangong.model.Labelled;

/**
 * A leadership post in a party or union organisation (领导职务), in the order in which {@link
 * CandidateRanking} prefers a candidate who already holds one: the party secretary first, then the
 * union chair, then their deputies, then committee members.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum LeadershipPost implements Labelled {
  /** The secretary of a party organisation (党组织书记). */
  PARTY_SECRETARY,
  /** The chair of a union (工会主席), or the organiser of a union with an organiser (工会组织员). */
  UNION_CHAIR,
  /** A deputy secretary of a party organisation (党组织副书记). */
  PARTY_DEPUTY_SECRETARY,
  /** A vice chair of a union (工会副主席). */
  UNION_VICE_CHAIR,
  /** A member of a party committee (党组织委员). */
  PARTY_COMMITTEE_MEMBER,
  /** A member of a union committee (工会委员会委员). */
  UNION_COMMITTEE_MEMBER;

  /**
   * Returns the key of this post's label, {@code enum.LeadershipPost.<NAME>}.
   *
   * @return the message key
   */
  @Override
  public String messageKey() {
    return "enum.LeadershipPost." + name();
  }

  /**
   * Tells whether this is a post in a union.
   *
   * @return true for the union chair, vice chairs and committee members
   */
  public boolean isUnionPost() {
    return this == UNION_CHAIR || this == UNION_VICE_CHAIR || this == UNION_COMMITTEE_MEMBER;
  }
}
