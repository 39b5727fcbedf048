package org.dangong.restructuring;

import org.dangong.model.InvalidValueException;
import org.dangong.model.Problem;

/**
 * Thrown when a {@link Restructuring} can never be carried out, listing <em>every</em> problem
 * found, each with its path, rule and offending value: a merger of an enterprise into itself or a
 * person allocated twice when the restructuring is built; an unknown enterprise or person, a closed
 * participant or a split that leaves people unallocated when it is checked against a jurisdiction.
 *
 * <p>For example {@code Split.allocations[P-7]: STAFF_ALLOCATED_TWICE (value: P-7)}. The rule codes
 * are listed in {@link Restructuring}.
 */
public class InvalidRestructuringException extends InvalidValueException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception for the given problems.
   *
   * @param problems the problems found, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidRestructuringException(Iterable<Problem> problems) {
    super(problems);
  }
}
