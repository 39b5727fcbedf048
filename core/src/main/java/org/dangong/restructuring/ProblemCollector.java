package org.dangong.restructuring;

import com.google.common.collect.ImmutableList;
import org.dangong.model.Problem;

/** Collects every problem of a restructuring before failing; never shared between threads. */
final class ProblemCollector {
  private final ImmutableList.Builder<Problem> problems = ImmutableList.builder();
  private boolean any;

  void require(boolean condition, String path, String rule, Object value) {
    if (!condition) {
      add(path, rule, value);
    }
  }

  void add(String path, String rule, Object value) {
    problems.add(Problem.of(path, rule, String.valueOf(value)));
    any = true;
  }

  ImmutableList<Problem> list() {
    return problems.build();
  }

  void throwIfAny() {
    if (any) {
      throw new InvalidRestructuringException(problems.build());
    }
  }
}
