package org.dangong.policy;

import com.google.common.collect.ImmutableList;
import java.util.regex.Pattern;
import org.dangong.model.Labelled;

/**
 * A typed key of a {@link Policy}: one threshold or local choice, such as {@link
 * Parameters#BRANCH_MIN_FULL_MEMBERS} (3 full members found a party branch).
 *
 * <p>Each parameter has a stable {@link #id()} equal to its constant's name in {@link Parameters},
 * a value type, a constraint that rejects nonsense values when a policy is built (for example
 * {@code AT_LEAST_2} for the number of units in a joint branch), its national default with the
 * citations it comes from, and a title in the message bundles under {@link #messageKey()}.
 *
 * <p>Parameters are defined only as constants of {@link Parameters}; two parameters are equal when
 * their ids are.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the parameter's values, such as {@code Integer}, {@code Period}, {@code
 *     Ratio}, {@code Boolean} or an {@code ImmutableSet}
 */
public final class PolicyParameter<T> implements Labelled, Comparable<PolicyParameter<?>> {
  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

  private final String id;
  private final Class<?> valueType;
  private final Constraint<? super T> constraint;
  private final T nationalDefault;
  private final ImmutableList<Citation> nationalCitations;

  PolicyParameter(
      String id,
      Class<?> valueType,
      Constraint<? super T> constraint,
      T nationalDefault,
      ImmutableList<Citation> nationalCitations) {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("bad parameter id: " + id);
    }
    if (!valueType.isInstance(nationalDefault) || !constraint.test(nationalDefault)) {
      throw new IllegalArgumentException("bad national default of " + id + ": " + nationalDefault);
    }
    if (nationalCitations.isEmpty()) {
      throw new IllegalArgumentException("parameter without a citation: " + id);
    }
    this.id = id;
    this.valueType = valueType;
    this.constraint = constraint;
    this.nationalDefault = nationalDefault;
    this.nationalCitations = nationalCitations;
  }

  /**
   * Returns the stable id, such as {@code BRANCH_MIN_FULL_MEMBERS}.
   *
   * @return the id: upper-case letters, digits and underscores
   */
  public String id() {
    return id;
  }

  /**
   * Returns the class that every value of this parameter is an instance of.
   *
   * @return the value class, such as {@code Integer.class} or {@code ImmutableSet.class}
   */
  public Class<?> valueType() {
    return valueType;
  }

  /**
   * Returns the stable code of the constraint on values, such as {@code AT_LEAST_2}, {@code
   * POSITIVE_PERIOD} or {@code RATIO_ABOVE_0_AT_MOST_1}; it is the rule of the problem reported
   * when a policy is built with a value that breaks it.
   *
   * @return the constraint's rule code
   */
  public String constraint() {
    return constraint.rule();
  }

  /**
   * Returns whether a value is of the right type and meets this parameter's constraint.
   *
   * @param value the value
   * @return whether a policy would accept it
   */
  public boolean accepts(Object value) {
    if (!valueType.isInstance(value)) {
      return false;
    }
    @SuppressWarnings("unchecked") // checked against valueType just above
    T typed = (T) value;
    return constraint.test(typed);
  }

  /**
   * Returns the value in force under national rules, as in {@link Policy#national()}.
   *
   * @return the national default
   */
  public T nationalDefault() {
    return nationalDefault;
  }

  /**
   * Returns the citations of the national default, the primary one first.
   *
   * @return the citations, never empty
   */
  public ImmutableList<Citation> nationalCitations() {
    return nationalCitations;
  }

  /**
   * Returns the key of this parameter's title in the message bundles, {@code parameter.<ID>}.
   *
   * @return the message key
   */
  @Override
  public String messageKey() {
    return "parameter." + id;
  }

  /**
   * Compares parameters by id.
   *
   * @param other the other parameter
   * @return the comparison of the ids
   */
  @Override
  public int compareTo(PolicyParameter<?> other) {
    return id.compareTo(other.id);
  }

  @Override
  public boolean equals(@org.jspecify.annotations.Nullable Object other) {
    return other instanceof PolicyParameter<?> parameter && id.equals(parameter.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  @Override
  public String toString() {
    return id;
  }
}
