package org.dangong.model;

import org.immutables.value.Value;

/**
 * One thing wrong with an input value: where ({@link #path()}), which rule it breaks ({@link
 * #rule()}) and the offending value ({@link #value()}).
 *
 * <p>For example, an enterprise whose female headcount exceeds its headcount gives the problem
 * {@code Enterprise[E-1].femaleHeadcount: FEMALE_AT_MOST_HEADCOUNT (value: 30)}. Rules are stable
 * upper-case codes that callers may match on; paths and values are for people.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Problem {
  Problem() {}

  /**
   * Returns where the problem is, as a dotted path such as {@code persons[P-7].employment.employer}.
   *
   * @return the path
   */
  @Value.Parameter
  public abstract String path();

  /**
   * Returns the stable code of the rule that the value breaks, such as {@code UNKNOWN_REFERENCE}.
   *
   * @return the rule code
   */
  @Value.Parameter
  public abstract String rule();

  /**
   * Returns the offending value as text.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Obtains a problem.
   *
   * @param path where the problem is
   * @param rule the stable code of the broken rule
   * @param value the offending value as text
   * @return the problem
   */
  public static Problem of(String path, String rule, String value) {
    return ImmutableProblem.of(path, rule, value);
  }

  @Override
  public String toString() {
    return path() + ": " + rule() + " (value: " + value() + ")";
  }
}
