package org.dangong.model;

/**
 * The status of a person's union membership (会籍).
 */
public enum MembershipStatus implements Labelled {
  /** An active member at the union of their employer (在册会员). */
  ACTIVE,
  /** A retained membership (保留会籍) of a retired or unemployed person, UNION-CONST Art. 8. */
  RETAINED;

  @Override
  public String messageKey() {
    return "enum.MembershipStatus." + name();
  }
}
