package org.dangong.restructuring;

import org.dangong.model.Labelled;

/**
 * A leadership post of a party or union organisation that can fall vacant in a restructuring.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum OrganizationPost implements Labelled {
  /** Secretary of a party organisation (书记). */
  SECRETARY,
  /** Deputy secretary of a party organisation (副书记). */
  DEPUTY_SECRETARY,
  /** Member of a party committee (委员). */
  PARTY_COMMITTEE_MEMBER,
  /** Chair of a union (工会主席), or its organiser. */
  CHAIR,
  /** Vice chair of a union (副主席). */
  VICE_CHAIR,
  /** Member of a union committee (委员). */
  UNION_COMMITTEE_MEMBER;

  @Override
  public String messageKey() {
    return "enum.OrganizationPost." + name();
  }

  /**
   * Tells whether this is a post of a party organisation.
   *
   * @return true for {@link #SECRETARY}, {@link #DEPUTY_SECRETARY} and {@link
   *     #PARTY_COMMITTEE_MEMBER}
   */
  public boolean isParty() {
    return this == SECRETARY || this == DEPUTY_SECRETARY || this == PARTY_COMMITTEE_MEMBER;
  }

  /**
   * Tells whether this post heads its organisation.
   *
   * @return true for {@link #SECRETARY} and {@link #CHAIR}
   */
  public boolean isHead() {
    return this == SECRETARY || this == CHAIR;
  }
}
