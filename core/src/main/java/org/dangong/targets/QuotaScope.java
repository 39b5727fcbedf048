package org.dangong.targets;

import org.dangong.model.Labelled;

/**
 * What a commendation {@link Quota} limits: the units of one region or the units of one category.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum QuotaScope implements Labelled {
  /** The units whose {@link Unit#region()} is the quota's region (exactly, not its sub-regions). */
  REGION,
  /** The units whose {@link Unit#category()} is the quota's category. */
  CATEGORY;

  /**
   * Returns the key of this scope's label, {@code enum.QuotaScope.<NAME>}.
   *
   * @return the message key
   */
  @Override
  public String messageKey() {
    return "enum.QuotaScope." + name();
  }
}
