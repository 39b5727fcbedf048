package org.dangong.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.google.common.base.Strings;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dangong.model.EnterpriseId;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Problem;
import org.dangong.policy.Citation;
import org.dangong.policy.Parameters;
import org.dangong.policy.Source;
import org.junit.jupiter.api.Test;

/**
 * Boundaries, messages and text forms of the decision package that the rendering tests leave
 * implicit; each case pins one behaviour a plausible slip in the code would change.
 */
class DecisionMutationTest {
  private static final Citation ART_4 =
      Citation.of(Source.BRANCH_REG, "Art. 4", "凡是有正式党员3人以上的，都应当成立党支部。");

  private static List<Problem> problemsOf(Runnable action) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, action::run);
    assertThat(e).as("expected an InvalidValueException").isNotNull();
    return e.problems();
  }

  @Test
  void aSubjectIdOfExactly128CharactersIsAccepted() {
    String longest = Strings.repeat("E", 128);
    assertThat(Subject.of(SubjectKind.ENTERPRISE, longest).id()).isEqualTo(longest);
    assertThat(problemsOf(() -> Subject.of(SubjectKind.ENTERPRISE, longest + "E")))
        .extracting(Problem::path, Problem::rule)
        .containsExactly(tuple("Subject.id", "ID_AT_MOST_128_CHARACTERS"));
  }

  @Test
  void anEmptySubjectIdIsRejectedWithItsRule() {
    assertThat(problemsOf(() -> Subject.of(SubjectKind.ENTERPRISE, "")))
        .extracting(Problem::path, Problem::rule)
        .containsExactly(tuple("Subject.id", "ID_NOT_EMPTY"));
  }

  @Test
  void aRuleIdOfExactly128CharactersIsAccepted() {
    String longest = "R" + Strings.repeat("-A", 63) + "B";
    assertThat(longest).hasSize(128);
    assertThat(RuleId.of(longest).value()).isEqualTo(longest);
    assertThat(problemsOf(() -> RuleId.of(longest + "C")))
        .extracting(Problem::rule)
        .containsExactly("AT_MOST_128_CHARACTERS");
  }

  @Test
  void onlyARuleWithNeitherCitationNorPracticeIsReportedUncited() {
    Rule cited = Rule.of(RuleId.of("TEST.CITED"), List.of(), List.of(ART_4));
    Rule practised = Rule.of(RuleId.of("TEST.PRACTISED"), List.of("SYNC-BUILD"), List.of());
    Rule bare = Rule.of(RuleId.of("TEST.BARE"), List.of(), List.of());
    assertThat(
            RuleCatalog.of(List.of(cited, practised, bare)).completenessProblems(List.of()))
        .filteredOn(p -> p.rule().equals("CITATION_OR_PRACTICE"))
        .extracting(Problem::path)
        .containsExactly("rule[TEST.BARE]");
  }

  @Test
  void constantsAreDescribedByTypeAndNameOthersByTheirText() {
    assertThat(Labels.describe(Verdict.NOT_SATISFIED)).isEqualTo("Verdict.NOT_SATISFIED");
    assertThat(Labels.describe(Parameters.BRANCH_MIN_FULL_MEMBERS))
        .isEqualTo("BRANCH_MIN_FULL_MEMBERS");
  }

  @Test
  void numbersKeepTheirChoiceAndNumberFormats() {
    Reason reason =
        Reason.of(
            "reason.targets.side-score",
            Argument.text("side", "party"),
            Argument.number("score", 80),
            Argument.number("count", 2));
    assertThat(reason.message(Locale.ENGLISH))
        .isEqualTo("Score of party: 80 of 100 from 2 weighted targets.");
  }

  @Test
  void aMalformedPatternIsShownAsWritten() {
    assertThat(Texts.format("no.such.key {", Locale.ENGLISH)).isEqualTo("no.such.key {");
  }

  @Test
  void tabsAndLineBreaksAreBlank() {
    assertThat(ProblemList.isBlank("\t\n")).isTrue();
    assertThat(ProblemList.isBlank(" \u3000")).isTrue();
    assertThat(ProblemList.isBlank("\u00A0\u202F")).as("non-breaking spaces").isTrue();
    assertThat(ProblemList.isBlank(" x ")).isFalse();
  }

  @Test
  void valuesReadInShort() {
    Rule rule = Rule.of(RuleId.of("TEST.CITED"), List.of(), List.of(ART_4));
    assertThat(rule).hasToString("Rule[TEST.CITED]");
    assertThat(RuleCatalog.of(List.of(rule))).hasToString("RuleCatalog[1 rules]");
    Argument actual = Argument.number("actual", 2);
    assertThat(actual).hasToString("actual=2");
    assertThat(Reason.of("reason.below-threshold", actual, Argument.number("required", 3)))
        .hasToString("reason.below-threshold[actual=2, required=3]");
    Decision decision =
        Decision.of(
            RuleId.of("TEST.CITED"),
            Subject.enterprise(EnterpriseId.of("E-1")),
            Verdict.SATISFIED,
            LocalDate.of(2024, 3, 1),
            List.of(Reason.of("reason.below-threshold", actual, Argument.number("required", 3))));
    assertThat(decision)
        .hasToString(
            "Decision[TEST.CITED, "
                + Subject.enterprise(EnterpriseId.of("E-1"))
                + ", SATISFIED, 2024-03-01]");
    assertThat(decision.toString()).contains("E-1");
  }
}
