package org.dangong.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.base.Strings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How a problem is shown to people, whatever the hostile input it reports. */
class ProblemTest {

  @Test
  @DisplayName("A short value is shown as given")
  void shortValue() {
    Problem p = Problem.of("Enterprise[E-1].femaleHeadcount", "FEMALE_AT_MOST_HEADCOUNT", "30");
    assertThat(p).hasToString("Enterprise[E-1].femaleHeadcount: FEMALE_AT_MOST_HEADCOUNT (value: 30)");
  }

  @Test
  @DisplayName("A value of up to 120 code points is shown whole; a longer one is cut there, with its length")
  void longValues() {
    String at = Strings.repeat("x", 120);
    assertThat(Problem.of("p", "R", at).toString()).isEqualTo("p: R (value: " + at + ")");
    String over = Strings.repeat("x", 121);
    assertThat(Problem.of("p", "R", over).toString())
        .isEqualTo("p: R (value: " + at + "…(121 code points))");
    String huge = Strings.repeat("名", 1_000_000);
    Problem p = Problem.of("Person.name", "TOO_LONG", huge);
    assertThat(p.toString()).hasSize("Person.name: TOO_LONG (value: ".length() + 120 + "…(1000000 code points))".length());
    assertThat(p.value()).as("the value itself is kept whole").isEqualTo(huge);
    assertThat(Problem.of(over, "R", "v").toString()).startsWith(at + "…(121 code points): R");
  }

  @Test
  @DisplayName("A value is cut between code points, never inside a surrogate pair")
  void surrogatePairs() {
    String emoji = "😀"; // two UTF-16 units, one code point
    String value = Strings.repeat(emoji, 121);
    assertThat(Problem.of("p", "R", value).toString())
        .isEqualTo("p: R (value: " + Strings.repeat(emoji, 120) + "…(121 code points))");
  }

  @Test
  @DisplayName("Control characters are escaped, so a message stays on its line")
  void controlCharacters() {
    Problem p = Problem.of("a\nb", "R", "x\ny\tz\r\u0000\u007f\u0085!");
    assertThat(p.toString()).isEqualTo("a\\nb: R (value: x\\ny\\tz\\r\\u0000\\u007f\\u0085!)");
    assertThat(p.toString()).doesNotContain("\n", "\r", "\t");
    assertThat(p.value()).isEqualTo("x\ny\tz\r\u0000\u007f\u0085!");
  }

  @Test
  @DisplayName("An exception's message shows its problems abbreviated and escaped")
  void inExceptionMessages() {
    String name = Strings.repeat("a", 500) + "\n";
    InvalidValueException e =
        new InvalidValueException(java.util.List.of(Problem.of("Region[R-1].name", "TOO_LONG", name)));
    assertThat(e.getMessage())
        .isEqualTo(
            "invalid value, 1 problem:\n  Region[R-1].name: TOO_LONG (value: "
                + Strings.repeat("a", 120)
                + "…(501 code points))");
    assertThat(e.problems().get(0).value()).isEqualTo(name);
  }
}
