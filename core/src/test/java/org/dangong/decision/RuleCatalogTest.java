package org.dangong.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Problem;
import org.dangong.policy.Citation;
import org.dangong.policy.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RuleCatalogTest {
  private static final Citation ART_6 =
      Citation.of(Source.CHAIR_RULES, "Art. 6", "人力资源部门负责人…不得作为本企业工会主席候选人。");
  private static final Rule HR_HEAD =
      Rule.of(
          RuleId.of("TEST.CHAIR-BARRED-HR-HEAD"),
          List.of("CROSS-APPOINT"),
          List.of(ART_6));
  private static final Rule BRANCH =
      Rule.of(RuleId.of("TEST.SYNC-BUILD-BRANCH"), List.of("SYNC-BUILD"), List.of());

  @ParameterizedTest
  @ValueSource(strings = {"CROSS-APPOINT.CHAIR-BARRED-HR-HEAD", "DUAL-REC-2", "A", "A1.B2-C3.D"})
  void wellFormedRuleIds(String text) {
    assertThat(RuleId.of(text).value()).isEqualTo(text);
    assertThat(RuleId.of(text).titleKey()).isEqualTo("rule." + text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "cross-appoint",
        "CROSS--APPOINT",
        "CROSS-",
        "-CROSS",
        ".A",
        "A.",
        "A..B",
        "A B",
        "1A",
        "A_B",
        "Ä"
      })
  void malformedRuleIdsAreRejected(String text) {
    InvalidValueException e =
        catchThrowableOfType(InvalidValueException.class, () -> RuleId.of(text));
    assertThat(e.problems())
        .extracting(Problem::path, Problem::rule)
        .containsExactly(tuple("RuleId.value", "UPPER_CASE_SEGMENTS_SEPARATED_BY_DOTS"));
  }

  @Test
  void overlongRuleIdsAreRejected() {
    assertThat(
            catchThrowableOfType(InvalidValueException.class, () -> RuleId.of("A".repeat(129)))
                .problems())
        .extracting(Problem::rule)
        .containsExactly("AT_MOST_128_CHARACTERS");
  }

  @Test
  void rulesAreSortedAndFoundById() {
    RuleCatalog catalog = RuleCatalog.of(List.of(BRANCH, HR_HEAD));
    assertThat(catalog.rules()).containsExactly(HR_HEAD, BRANCH);
    assertThat(catalog.rule(RuleId.of("TEST.SYNC-BUILD-BRANCH"))).contains(BRANCH);
    assertThat(catalog.rule(RuleId.of("SYNC-BUILD.OTHER"))).isEmpty();
    assertThat(catalog.size()).isEqualTo(2);
    assertThat(catalog).isEqualTo(RuleCatalog.of(List.of(HR_HEAD, BRANCH)));
  }

  @Test
  void duplicateIdsAreRejected() {
    Rule again = Rule.of(HR_HEAD.id(), List.of(), List.of(ART_6));
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class,
            () -> RuleCatalog.of(List.of(HR_HEAD, BRANCH, again, BRANCH)));
    assertThat(e.problems())
        .extracting(Problem::path, Problem::rule)
        .containsExactly(
            tuple("RuleCatalog[TEST.CHAIR-BARRED-HR-HEAD]", "UNIQUE_RULE_ID"),
            tuple("RuleCatalog[TEST.SYNC-BUILD-BRANCH]", "UNIQUE_RULE_ID"));
  }

  @Test
  void practicesMustBeThoseOfTheSeed() {
    assertThat(Rule.seedPractices())
        .hasSize(17)
        .contains("CROSS-APPOINT", "DUAL-REC-2", "MUTUAL-U2P");
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class,
            () -> Rule.of(RuleId.of("X"), List.of("CROSS-APOINT"), List.of()));
    assertThat(e.problems()).extracting(Problem::rule).containsExactly("KNOWN_SEED_PRACTICE");
  }

  @Test
  void completenessNamesUntitledAndUncitedRules() {
    Rule bare = Rule.of(RuleId.of("TEST.BARE"), List.of(), List.of());
    RuleCatalog catalog = RuleCatalog.of(List.of(HR_HEAD, bare));
    assertThat(catalog.missingTranslations())
        .extracting(Problem::path, Problem::rule)
        .containsExactly(
            tuple("rule[TEST.BARE]", "MISSING_TRANSLATION_ZH"),
            tuple("rule[TEST.BARE]", "MISSING_TRANSLATION_EN"),
            tuple("rule[TEST.CHAIR-BARRED-HR-HEAD]", "MISSING_TRANSLATION_ZH"),
            tuple("rule[TEST.CHAIR-BARRED-HR-HEAD]", "MISSING_TRANSLATION_EN"));
    assertThat(catalog.completenessProblems(List.of(Verdict.values())))
        .extracting(Problem::path, Problem::rule)
        .contains(tuple("rule[TEST.BARE]", "CITATION_OR_PRACTICE"))
        .doesNotContain(tuple("rule[TEST.CHAIR-BARRED-HR-HEAD]", "CITATION_OR_PRACTICE"))
        .hasSize(5);
  }
}
