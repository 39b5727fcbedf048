package org.dangong.policy;

import com.google.common.collect.ImmutableList;
import org.dangong.model.InvalidValueException;
import org.immutables.value.Value;

/**
 * One entry of a {@link Policy}'s timeline: the value of a parameter, the citations it comes from
 * and the period it is in force.
 *
 * <p>For example, {@code Policy.national().entry(Parameters.BRANCH_COMMITTEE_MIN_FULL_MEMBERS,
 * date)} gives the value 7, cited as {@code BRANCH-REG Art. 20}, in force from 2018-10-28. Engines
 * put the entries they used into their decisions' reasons, so every decision shows the thresholds
 * it applied.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the value type of the parameter
 */
@Value.Immutable(builder = false, copy = false)
public abstract class PolicyValue<T> {
  PolicyValue() {}

  /**
   * Returns the parameter.
   *
   * @return the parameter
   */
  @Value.Parameter
  public abstract PolicyParameter<T> parameter();

  /**
   * Returns the value.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract T value();

  /**
   * Returns the citations of the value, the primary one first.
   *
   * @return the citations, never empty
   */
  @Value.Parameter
  public abstract ImmutableList<Citation> citations();

  /**
   * Returns the period in which the value is in force.
   *
   * @return the validity
   */
  @Value.Parameter
  public abstract Validity validity();

  /**
   * Returns the primary citation.
   *
   * @return the first of {@link #citations()}
   */
  public Citation citation() {
    return citations().get(0);
  }

  /**
   * Obtains an entry.
   *
   * <p>Whether the value meets the parameter's constraint is checked when a {@link Policy} is
   * built, together with every other entry, so that one exception lists every problem.
   *
   * @param <T> the value type of the parameter
   * @param parameter the parameter
   * @param value the value
   * @param citations the citations, the primary one first
   * @param validity the period in force
   * @return the entry
   * @throws InvalidValueException if there is no citation or the value is not of the parameter's
   *     value type
   */
  public static <T> PolicyValue<T> of(
      PolicyParameter<T> parameter,
      T value,
      Iterable<? extends Citation> citations,
      Validity validity) {
    ImmutableList<Citation> list = ImmutableList.copyOf(citations);
    ProblemList problems = new ProblemList();
    String path = "PolicyValue." + parameter.id();
    problems.require(!list.isEmpty(), path + ".citations", "AT_LEAST_ONE_CITATION", list);
    problems.require(
        parameter.valueType().isInstance(value),
        path + ".value",
        "INSTANCE_OF_" + parameter.valueType().getSimpleName(),
        value);
    problems.throwIfAny();
    return ImmutablePolicyValue.of(parameter, value, list, validity);
  }

  /**
   * Returns a copy of this entry with another validity.
   *
   * @param newValidity the new period in force
   * @return the new entry
   */
  PolicyValue<T> withValidity(Validity newValidity) {
    return ImmutablePolicyValue.of(parameter(), value(), citations(), newValidity);
  }

  /**
   * Returns the entry as text, such as {@code BRANCH_MIN_FULL_MEMBERS=3 [2018-10-28, …) (BRANCH-REG
   * Art. 4)}.
   *
   * @return the entry as text
   */
  @Override
  public String toString() {
    return parameter().id() + "=" + value() + " " + validity() + " (" + citation() + ")";
  }
}
