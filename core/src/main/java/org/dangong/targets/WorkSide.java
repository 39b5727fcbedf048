package org.dangong.targets;

import org.dangong.model.Labelled;

/**
 * The side of a unit's work a {@link Target} belongs to: party building (党建) or union building
 * (工建). Under JOINT-DEPLOY the two sides are deployed, inspected, assessed and commended together.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum WorkSide implements Labelled {
  /** Party building (党建): the work of the unit's party organisation. */
  PARTY,
  /** Union building (工建): the work of the union(s) the party organisation leads. */
  UNION;

  /**
   * Returns the other side.
   *
   * @return {@link #UNION} for {@link #PARTY} and the reverse
   */
  public WorkSide other() {
    return this == PARTY ? UNION : PARTY;
  }

  /**
   * Returns the key of this side's label, {@code enum.WorkSide.<NAME>}.
   *
   * @return the message key
   */
  @Override
  public String messageKey() {
    return "enum.WorkSide." + name();
  }
}
