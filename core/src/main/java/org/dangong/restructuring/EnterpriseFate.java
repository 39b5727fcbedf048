package org.dangong.restructuring;

import org.dangong.model.Labelled;

/**
 * What happens to an enterprise in a restructuring.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum EnterpriseFate implements Labelled {
  /** The enterprise continues, possibly with another ownership or headcount. */
  CONTINUES,
  /** The enterprise closes (its status becomes {@code CLOSED}): absorbed, split up or shut down. */
  CLOSES,
  /** The enterprise is founded as a successor. */
  FOUNDED;

  @Override
  public String messageKey() {
    return "enum.EnterpriseFate." + name();
  }
}
