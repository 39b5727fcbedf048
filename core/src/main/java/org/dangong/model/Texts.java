package org.dangong.model;

/** Checks of free-text attributes such as names. */
final class Texts {
  static final int MAX_NAME_LENGTH = 200;

  private Texts() {}

  static void requireName(Problems problems, String field, String value) {
    problems.require(!value.isBlank(), field, "NOT_BLANK", value);
    problems.require(value.length() <= MAX_NAME_LENGTH, field, "AT_MOST_200_CHARACTERS", abbreviate(value));
    problems.require(
        value.codePoints().noneMatch(Character::isISOControl), field, "NO_CONTROL_CHARACTERS", abbreviate(value));
  }

  static String abbreviate(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "…(" + value.length() + " chars)";
  }
}
