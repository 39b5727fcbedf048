package org.dangong.restructuring;

import org.dangong.model.Labelled;

/**
 * Where a person's union membership (会籍) goes in a restructuring: the route of one {@link
 * MembershipTransfer}. Membership follows the labour relation (UNION-CONST Art. 5; MEMBERSHIP-RULES
 * Art. 3); a retired or unemployed member keeps a retained membership (UNION-CONST Art. 8).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum MembershipRoute implements Labelled {
  /** The membership stays with the union that holds it (its status may become retained). */
  KEPT,
  /** To the continuing union of the person's employer after the restructuring. */
  TO_EMPLOYER_UNION,
  /** To the union to be founded in the employer (UNION-LAW Art. 11). */
  TO_FOUNDED_UNION,
  /** With the person's former union into the union it is merged into. */
  TO_MERGED_UNION,
  /** To the higher union, because the former union is dissolved with its employer. */
  TO_HIGHER_UNION,
  /** To a union outside the jurisdiction: no higher union of the dissolved one is in it. */
  TO_UNION_OUTSIDE;

  @Override
  public String messageKey() {
    return "enum.MembershipRoute." + name();
  }
}
