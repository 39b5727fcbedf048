package org.dangong.model;

/**
 * The operating status of an {@link Enterprise}.
 */
public enum EnterpriseStatus implements Labelled {
  /** Operating normally (正常经营). */
  OPERATING,
  /** Being restructured (改制中): merged, split or changing ownership (SYNC-RESTRUCTURE). */
  RESTRUCTURING,
  /** Closed or bankrupt (关闭、破产). */
  CLOSED;

  @Override
  public String messageKey() {
    return "enum.EnterpriseStatus." + name();
  }
}
