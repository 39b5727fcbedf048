package org.dangong.model;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;

/**
 * Collects every validation problem of one value before failing, so that an exception names all of
 * them at once. Used inside {@code @Value.Check} methods; never shared between threads.
 */
final class Problems {
  private final String prefix;
  private final ImmutableList.Builder<Problem> problems = ImmutableList.builder();
  private boolean any;

  Problems(String prefix) {
    this.prefix = prefix;
  }

  @CanIgnoreReturnValue
  Problems require(boolean condition, String field, String rule, Object value) {
    if (!condition) {
      add(field, rule, value);
    }
    return this;
  }

  void add(String field, String rule, Object value) {
    problems.add(Problem.of(prefix + "." + field, rule, String.valueOf(value)));
    any = true;
  }

  ImmutableList<Problem> list() {
    return problems.build();
  }

  void throwIfAny() {
    if (any) {
      throw new InvalidValueException(problems.build());
    }
  }
}
