package org.dangong.model;

import com.google.common.collect.ImmutableList;

/**
 * Thrown by {@link Jurisdiction.Builder#build()} when the snapshot is not referentially sound,
 * listing <em>every</em> problem found (path, rule, offending value) — never only the first, and
 * never with a half-built jurisdiction left behind.
 */
public final class InvalidJurisdictionException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for the given problems.
   *
   * @param problems the problems found, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidJurisdictionException(Iterable<Problem> problems) {
    super(ImmutableList.copyOf(problems), "invalid jurisdiction");
  }
}
