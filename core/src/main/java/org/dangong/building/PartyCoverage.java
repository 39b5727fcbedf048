package org.dangong.building;

import org.dangong.model.Labelled;

/**
 * How a non-public enterprise is covered by a party organisation (党组织覆盖), BRANCH-REG Art. 4–5.
 *
 * <p>An enterprise covered by several organisations takes the strongest: its own organisation beats
 * a joint one.
 */
public enum PartyCoverage implements Labelled {
  /**
   * Its own organisation (单独建立党组织): a party branch, or a general branch or primary committee that
   * covers this enterprise alone.
   */
  OWN_ORGANIZATION,
  /**
   * A joint organisation (联合党组织): a joint branch (联合党支部, BRANCH-REG Art. 5), or a general branch or
   * primary committee covering several units, such as a building area's.
   */
  JOINT_ORGANIZATION,
  /** No party organisation (未建党组织). */
  NONE;

  @Override
  public String messageKey() {
    return "enum.PartyCoverage." + name();
  }

  /**
   * Tells whether a party organisation covers the enterprise.
   *
   * @return true unless {@link #NONE}
   */
  public boolean isCovered() {
    return this != NONE;
  }
}
