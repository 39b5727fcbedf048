package org.dangong.decision;

import java.util.regex.Pattern;
import org.dangong.model.InvalidValueException;
import org.immutables.value.Value;

/**
 * The stable identifier of a {@link Rule}, such as {@code CROSS-APPOINT.CHAIR-BARRED-HR-HEAD}.
 *
 * <p>An id is one or more segments separated by dots; each segment is upper-case letters and
 * digits, starting with a letter, in words joined by single hyphens. By convention the first
 * segment is the seed practice the rule belongs to. Ids never change once published: callers store
 * and match on them. Ids compare by their text.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false, prehash = true)
public abstract class RuleId implements Comparable<RuleId> {
  private static final Pattern SEGMENT = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)*");
  private static final Pattern ID =
      Pattern.compile(SEGMENT.pattern() + "(\\." + SEGMENT.pattern() + ")*");
  private static final int MAX_LENGTH = 128;

  RuleId() {}

  /**
   * Returns the text of this id.
   *
   * @return the text, such as {@code CROSS-APPOINT.CHAIR-BARRED-HR-HEAD}
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Obtains an id from its text.
   *
   * @param value the text, such as {@code CROSS-APPOINT.CHAIR-BARRED-HR-HEAD}
   * @return the id
   * @throws InvalidValueException if the text is longer than 128 characters or is not dot-separated
   *     segments of upper-case letters, digits and single hyphens, each starting with a letter
   */
  public static RuleId of(String value) {
    ProblemList problems = new ProblemList();
    problems.require(value.length() <= MAX_LENGTH, "RuleId.value", "AT_MOST_128_CHARACTERS", value);
    problems.require(
        ID.matcher(value).matches(),
        "RuleId.value",
        "UPPER_CASE_SEGMENTS_SEPARATED_BY_DOTS",
        value);
    problems.throwIfAny();
    return ImmutableRuleId.of(value);
  }

  /**
   * Returns the key of the rule's title in the message bundles, {@code rule.<ID>}.
   *
   * @return the title key, such as {@code rule.CROSS-APPOINT.CHAIR-BARRED-HR-HEAD}
   */
  public String titleKey() {
    return "rule." + value();
  }

  @Override
  public int compareTo(RuleId other) {
    return value().compareTo(other.value());
  }

  /**
   * Returns the text of this id.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return value();
  }
}
