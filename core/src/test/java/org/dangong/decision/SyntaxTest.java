package org.dangong.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written syntax checks accept exactly what the documented regular expressions accept:
 * every string of up to six characters over an alphabet with one character of each class, and
 * the library's real keys and names.
 */
class SyntaxTest {
  private static final Pattern KEY =
      Pattern.compile("[a-z][A-Za-z0-9-]*(\\.[A-Za-z0-9][A-Za-z0-9_-]*)+");
  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
  private static final char[] ALPHABET = {'a', 'Z', '7', '-', '_', '.', 'é', ' '};

  @Test
  void agreesWithTheRegularExpressionsOnEveryShortString() {
    List<String> all = new ArrayList<>();
    all.add("");
    for (int length = 1; length <= 6; length++) {
      grow(new StringBuilder(), length, all);
    }
    int keys = 0;
    int names = 0;
    for (String s : all) {
      assertThat(Syntax.isMessageKey(s)).as("key %s", s).isEqualTo(KEY.matcher(s).matches());
      assertThat(Syntax.isLowerCamel(s)).as("name %s", s).isEqualTo(NAME.matcher(s).matches());
      keys += Syntax.isMessageKey(s) ? 1 : 0;
      names += Syntax.isLowerCamel(s) ? 1 : 0;
    }
    assertThat(all).hasSize(1 + 8 + 64 + 512 + 4096 + 32768 + 262144);
    assertThat(keys).isPositive();
    assertThat(names).isPositive();
  }

  @Test
  void acceptsTheLibrarysKeysAndNamesAndRejectsNearMisses() {
    assertThat(Syntax.isMessageKey("building.reason.jointBranchRequired")).isTrue();
    assertThat(Syntax.isMessageKey("enum.PartyForm.BRANCH")).isTrue();
    assertThat(Syntax.isMessageKey("a-b.c_d-e.7")).isTrue();
    assertThat(Syntax.isMessageKey("building")).isFalse();
    assertThat(Syntax.isMessageKey("building.")).isFalse();
    assertThat(Syntax.isMessageKey("building..x")).isFalse();
    assertThat(Syntax.isMessageKey("a_b.c")).isFalse();
    assertThat(Syntax.isMessageKey("Building.x")).isFalse();
    assertThat(Syntax.isMessageKey("a._x")).isFalse();
    assertThat(Syntax.isLowerCamel("fullMembers")).isTrue();
    assertThat(Syntax.isLowerCamel("full-members")).isFalse();
    assertThat(Syntax.isLowerCamel("Full")).isFalse();
  }

  private static void grow(StringBuilder prefix, int length, List<String> out) {
    if (prefix.length() == length) {
      out.add(prefix.toString());
      return;
    }
    for (char c : ALPHABET) {
      prefix.append(c);
      grow(prefix, length, out);
      prefix.setLength(prefix.length() - 1);
    }
  }
}
