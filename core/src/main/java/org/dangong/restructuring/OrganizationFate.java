package org.dangong.restructuring;

import org.dangong.model.Labelled;

/**
 * What happens to a party or union organisation in a restructuring (党工组织的设置).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum OrganizationFate implements Labelled {
  /** The organisation continues, possibly with changed coverage, posts or higher organisation. */
  CONTINUED,
  /** The organisation covers no enterprise any more and is merged into another one (合并). */
  MERGED,
  /** The organisation covers no enterprise any more and is dissolved (撤销). */
  DISSOLVED,
  /** A new organisation is to be founded (组建). */
  TO_BE_FOUNDED;

  @Override
  public String messageKey() {
    return "enum.OrganizationFate." + name();
  }

  /**
   * Tells whether the organisation exists after the restructuring.
   *
   * @return true for {@link #CONTINUED} and {@link #TO_BE_FOUNDED}
   */
  public boolean existsAfter() {
    return this == CONTINUED || this == TO_BE_FOUNDED;
  }
}
