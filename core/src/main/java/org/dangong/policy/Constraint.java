package org.dangong.policy;

import com.google.common.collect.ImmutableSet;
import java.time.Period;
import java.util.function.Predicate;

/**
 * A check that a policy value makes sense, with the stable rule code reported when it does not.
 *
 * @param <T> the value type
 */
final class Constraint<T> {
  private final String rule;
  private final Predicate<? super T> test;

  private Constraint(String rule, Predicate<? super T> test) {
    this.rule = rule;
    this.test = test;
  }

  String rule() {
    return rule;
  }

  boolean test(T value) {
    return test.test(value);
  }

  static Constraint<Object> any() {
    return new Constraint<>("ANY", v -> true);
  }

  static Constraint<Integer> atLeast(int minimum) {
    return new Constraint<>(
        minimum == 0 ? "NOT_NEGATIVE" : "AT_LEAST_" + minimum, v -> v >= minimum);
  }

  static Constraint<Period> positivePeriod() {
    return new Constraint<>(
        "POSITIVE_PERIOD", p -> !p.isNegative() && !p.isZero() && allComponentsNotNegative(p));
  }

  static Constraint<Period> notNegativePeriod() {
    return new Constraint<>("NOT_NEGATIVE_PERIOD", Constraint::allComponentsNotNegative);
  }

  static Constraint<Ratio> properShare() {
    return new Constraint<>("RATIO_ABOVE_0_AT_MOST_1", Ratio::isProperShare);
  }

  static <E> Constraint<ImmutableSet<E>> notEmptySetOf(Class<E> elementType) {
    return new Constraint<>(
        "NOT_EMPTY_SET_OF_" + elementType.getSimpleName().toUpperCase(java.util.Locale.ROOT),
        s -> !s.isEmpty() && s.stream().allMatch(elementType::isInstance));
  }

  static Constraint<ImmutableSet<Integer>> notEmptySetAllAtLeast(int minimum) {
    return new Constraint<>(
        "NOT_EMPTY_ALL_AT_LEAST_" + minimum,
        s -> !s.isEmpty() && s.stream().allMatch(v -> v >= minimum));
  }

  private static boolean allComponentsNotNegative(Period p) {
    return p.getYears() >= 0 && p.getMonths() >= 0 && p.getDays() >= 0;
  }
}
