package org.dangong.restructuring;

import org.dangong.model.Labelled;

/**
 * Why a person leaves employment in a restructuring without a new employer: retirement or
 * unemployment. Either way the union membership is retained (保留会籍, UNION-CONST Art. 8).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Departure implements Labelled {
  /** The person retires (退休). */
  RETIREMENT,
  /** The person becomes unemployed (失业、下岗). */
  UNEMPLOYMENT;

  @Override
  public String messageKey() {
    return "enum.Departure." + name();
  }
}
