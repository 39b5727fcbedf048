package org.dangong.model;

/**
 * The form of a {@link PartyOrganization} (党组织形式), PARTY-CONST Art. 30 and BRANCH-REG Art. 4–5.
 */
public enum PartyForm implements Labelled {
  /** A party branch (党支部) of one unit. */
  BRANCH,
  /** A joint party branch (联合党支部) of several small units, BRANCH-REG Art. 5. */
  JOINT_BRANCH,
  /** A general party branch (党总支). */
  GENERAL_BRANCH,
  /** A primary party committee (基层党委). */
  PRIMARY_COMMITTEE,
  /** A non-public-economy party working committee (非公经济党工委) of a region (SYNC-NETWORK). */
  NON_PUBLIC_WORKING_COMMITTEE;

  @Override
  public String messageKey() {
    return "enum.PartyForm." + name();
  }

  /**
   * Tells whether this form is a grassroots organisation of enterprises rather than a regional
   * working committee.
   *
   * @return true for every form except {@link #NON_PUBLIC_WORKING_COMMITTEE}
   */
  public boolean isGrassroots() {
    return this != NON_PUBLIC_WORKING_COMMITTEE;
  }
}
