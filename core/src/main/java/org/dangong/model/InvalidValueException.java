package org.dangong.model;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;

/**
 * Thrown when a value can never be valid, listing <em>every</em> problem found, each with its path,
 * rule and offending value.
 *
 * <p>This is for structurally invalid input only (a negative headcount, an id with a space in it).
 * Business outcomes such as "this person may not chair the union" are never exceptions: they are
 * returned decisions.
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Every problem found, in the order found. */
  @SuppressWarnings("serial") // ImmutableList of serializable values
  private final ImmutableList<Problem> problems;

  /**
   * Creates an exception for the given problems.
   *
   * @param problems the problems found, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidValueException(Iterable<Problem> problems) {
    this(ImmutableList.copyOf(problems), "invalid value");
  }

  InvalidValueException(ImmutableList<Problem> problems, String what) {
    super(message(problems, what));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidValueException needs at least one problem");
    }
    this.problems = problems;
  }

  private static String message(ImmutableList<Problem> problems, String what) {
    return what
        + ", "
        + problems.size()
        + (problems.size() == 1 ? " problem:" : " problems:")
        + problems.stream().map(p -> "\n  " + p).collect(Collectors.joining());
  }

  /**
   * Returns every problem found, in the order they were found.
   *
   * @return the problems, never empty
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }
}
