package org.dangong.model;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * One thing wrong with an input value: where ({@link #path()}), which rule it breaks ({@link
 * #rule()}) and the offending value ({@link #value()}).
 *
 * <p>For example, an enterprise whose female headcount exceeds its headcount gives the problem
 * {@code Enterprise[E-1].femaleHeadcount: FEMALE_AT_MOST_HEADCOUNT (value: 30)}. Rules are stable
 * upper-case codes that callers may match on; paths and values are for people.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Problem {
  Problem() {}

  /**
   * Returns where the problem is, as a dotted path such as {@code persons[P-7].employment.employer}.
   *
   * @return the path
   */
  @Value.Parameter
  public abstract String path();

  /**
   * Returns the stable code of the rule that the value breaks, such as {@code UNKNOWN_REFERENCE}.
   *
   * @return the rule code
   */
  @Value.Parameter
  public abstract String rule();

  /**
   * Returns the offending value as text.
   *
   * @return the value
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Obtains a problem.
   *
   * @param path where the problem is
   * @param rule the stable code of the broken rule
   * @param value the offending value as text
   * @return the problem
   */
  public static Problem of(String path, String rule, String value) {
    return ImmutableProblem.of(path, rule, value);
  }

  /** The most code points of a path or value that {@link #toString()} shows. */
  static final int SHOWN_CODE_POINTS = 120;

  /**
   * Returns the problem as one line for people: {@code path: RULE (value: value)}.
   *
   * <p>A hostile input must not make an unreadable or misleading message, so the path and the
   * value are shown abbreviated to their first {@value #SHOWN_CODE_POINTS} code points, followed by
   * {@code …(N code points)} with the full length, and control characters are escaped ({@code \n},
   * {@code \t}, {@code \r}, otherwise {@code \}{@code uXXXX}). {@link #path()} and {@link
   * #value()} return the texts as given.
   *
   * @return the problem on one line
   */
  @Override
  public String toString() {
    return shown(path()) + ": " + rule() + " (value: " + shown(value()) + ")";
  }

  private static String shown(String text) {
    int length = text.codePointCount(0, text.length());
    boolean longer = length > SHOWN_CODE_POINTS;
    String head = longer ? text.substring(0, text.offsetByCodePoints(0, SHOWN_CODE_POINTS)) : text;
    StringBuilder b = new StringBuilder(head.length() + 24);
    head.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                  if (Character.isISOControl(c)) {
                    b.append(String.format(Locale.ROOT, "\\u%04x", c));
                  } else {
                    b.appendCodePoint(c);
                  }
                }
              }
            });
    if (longer) {
      b.append("…(").append(length).append(" code points)");
    }
    return b.toString();
  }
}
