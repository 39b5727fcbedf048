package org.dangong.targets;

import com.google.common.collect.ImmutableList;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Problem;

/**
 * Collects every problem of a work cycle's input before failing, so that one exception names them
 * all; never shared between threads.
 */
final class ProblemCollector {
  static final int MAX_TEXT_LENGTH = 200;
  private static final int MAX_ID_LENGTH = 128;

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

  /**
   * Checks a free text such as a name or a document title: not blank, short, no control characters.
   */
  void requireText(String path, String value) {
    require(!isBlank(value), path, "NOT_BLANK", value);
    require(value.length() <= MAX_TEXT_LENGTH, path, "AT_MOST_200_CHARACTERS", abbreviate(value));
    require(
        value.codePoints().noneMatch(Character::isISOControl),
        path,
        "NO_CONTROL_CHARACTERS",
        abbreviate(value));
  }

  boolean any() {
    return any;
  }

  void throwIfAny() {
    if (any) {
      throw new InvalidValueException(problems.build());
    }
  }

  /** Checks the text of a typed id as the model's ids are checked, and throws on a bad one. */
  static void checkId(String type, String value) {
    ProblemCollector p = new ProblemCollector();
    p.require(!value.isEmpty(), type + ".value", "ID_NOT_EMPTY", value);
    p.require(value.length() <= MAX_ID_LENGTH, type + ".value", "ID_AT_MOST_128_CHARACTERS", value);
    p.require(
        value
            .codePoints()
            .noneMatch(
                c ->
                    Character.isWhitespace(c)
                        || Character.isISOControl(c)
                        || Character.isSpaceChar(c)),
        type + ".value",
        "ID_NO_WHITESPACE_OR_CONTROL_CHARACTERS",
        value);
    p.throwIfAny();
  }

  static boolean isBlank(String text) {
    return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  private static String abbreviate(String value) {
    return value.length() <= 40
        ? value
        : value.substring(0, 40) + "…(" + value.length() + " chars)";
  }
}
