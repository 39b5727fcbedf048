package org.dangong.recommendation;

import com.google.common.collect.ImmutableList;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Problem;

/** Collects every structural problem of one value before throwing; used in {@code @Value.Check}. */
final class Structure {
  private final String prefix;
  private final ImmutableList.Builder<Problem> problems = ImmutableList.builder();
  private boolean any;

  Structure(String prefix) {
    this.prefix = prefix;
  }

  void require(boolean condition, String field, String rule, Object value) {
    if (!condition) {
      problems.add(Problem.of(prefix + "." + field, rule, String.valueOf(value)));
      any = true;
    }
  }

  void throwIfAny() {
    if (any) {
      throw new InvalidValueException(problems.build());
    }
  }
}
