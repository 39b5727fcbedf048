package org.dangong.restructuring;

import org.dangong.model.Labelled;

/**
 * Where a person's party organisational relation (组织关系) goes in a restructuring, and why: the route
 * of one {@link PartyTransfer}.
 *
 * <p>The routes are tried in this order for a person who works after the restructuring: the party
 * organisation of the new employer (continued, to be founded, or a joint branch it joins), then a
 * holder of last resort (a talent market's party organisation, then the region's non-public-economy
 * party working committee). A person who leaves employment keeps the relation where it was if that
 * organisation continues, follows it if it is merged, and otherwise goes to a holder of last
 * resort.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PartyRoute implements Labelled {
  /** The relation stays with the organisation that holds it. */
  KEPT,
  /** To the continuing party organisation of the person's employer after the restructuring. */
  TO_EMPLOYER_ORGANIZATION,
  /** To the party organisation to be founded in the employer (BRANCH-REG Art. 4). */
  TO_FOUNDED_ORGANIZATION,
  /** To a joint branch the employer joins (BRANCH-REG Art. 5). */
  TO_JOINT_BRANCH,
  /** With the person's former organisation into the organisation it is merged into. */
  TO_MERGED_ORGANIZATION,
  /** To the party organisation of a talent market (人才市场), as holder of last resort. */
  TO_TALENT_MARKET,
  /** To the region's non-public-economy party working committee, as holder of last resort. */
  TO_WORKING_COMMITTEE,
  /**
   * No organisation in the jurisdiction can hold it: the higher party organisation must designate
   * one.
   */
  PENDING;

  @Override
  public String messageKey() {
    return "enum.PartyRoute." + name();
  }

  /**
   * Tells whether this route leaves the relation where it was.
   *
   * @return true for {@link #KEPT}
   */
  public boolean isKept() {
    return this == KEPT;
  }

  /**
   * Tells whether the relation ends up with a holder of last resort rather than an organisation
   * covering the person's employer.
   *
   * @return true for {@link #TO_TALENT_MARKET} and {@link #TO_WORKING_COMMITTEE}
   */
  public boolean isLastResort() {
    return this == TO_TALENT_MARKET || this == TO_WORKING_COMMITTEE;
  }
}
