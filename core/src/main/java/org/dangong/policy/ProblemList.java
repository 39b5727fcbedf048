package org.dangong.policy;

import com.google.common.collect.ImmutableList;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Problem;

/** Collects every validation problem of one value before failing; never shared between threads. */
final class ProblemList {
  private final ImmutableList.Builder<Problem> problems = ImmutableList.builder();
  private int size;

  void require(boolean condition, String path, String rule, Object value) {
    if (!condition) {
      add(path, rule, value);
    }
  }

  void add(String path, String rule, Object value) {
    problems.add(Problem.of(path, rule, String.valueOf(value)));
    size++;
  }

  int size() {
    return size;
  }

  void throwIfAny() {
    if (size > 0) {
      throw new InvalidValueException(problems.build());
    }
  }

  static boolean isBlank(String text) {
    return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }
}
