package org.dangong.model;

/** Validation of the text of typed ids. */
final class Ids {
  static final int MAX_LENGTH = 128;

  private Ids() {}

  static void check(String type, String value) {
    Problems problems = new Problems(type);
    problems.require(!value.isEmpty(), "value", "ID_NOT_EMPTY", value);
    problems.require(value.length() <= MAX_LENGTH, "value", "ID_AT_MOST_128_CHARACTERS", value);
    boolean clean = value.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c));
    problems.require(clean, "value", "ID_NO_WHITESPACE_OR_CONTROL_CHARACTERS", value);
    problems.throwIfAny();
  }
}
