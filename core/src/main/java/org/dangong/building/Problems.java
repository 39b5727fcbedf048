package org.dangong.building;

import com.google.common.collect.ImmutableList;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Problem;

/** Collects every validation problem of one value before failing; never shared between threads. */
final class Problems {
  private final String prefix;
  private final ImmutableList.Builder<Problem> problems = ImmutableList.builder();
  private boolean any;

  Problems(String prefix) {
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
