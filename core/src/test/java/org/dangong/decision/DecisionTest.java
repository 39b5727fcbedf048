package org.dangong.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dangong.model.EnterpriseId;
import org.dangong.model.InvalidValueException;
import org.dangong.policy.Citation;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.PolicyValue;
import org.dangong.policy.Source;
import org.junit.jupiter.api.Test;

class DecisionTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);
  private static final RuleId RULE = RuleId.of("SYNC-BUILD.BRANCH-NEEDS-THREE");
  private static final Citation ART_20 =
      Citation.of(Source.BRANCH_REG, "Art. 20", "有正式党员7人以上的党支部，应当设立党支部委员会。");
  private static final PolicyValue<Integer> MINIMUM =
      Policy.national().entry(Parameters.BRANCH_MIN_FULL_MEMBERS, AS_OF);

  /** BRANCH-REG Art. 4: an enterprise with 2 full members cannot found a branch of its own. */
  private static Decision twoFullMembers() {
    return Decision.of(
        RULE,
        Subject.enterprise(EnterpriseId.of("E-1")),
        Verdict.NOT_SATISFIED,
        AS_OF,
        List.of(
            Reason.of(
                    "reason.below-threshold",
                    Argument.number("actual", 2),
                    Argument.number("required", 3))
                .using(MINIMUM),
            Reason.of(
                    "reason.within-maximum",
                    Argument.number("actual", 2),
                    Argument.number("maximum", 7))
                .citing(ART_20, MINIMUM.citation())));
  }

  @Test
  void rendersInEnglish() {
    assertThat(twoFullMembers().render(Locale.ENGLISH))
        .isEqualTo(
            """
            Rule SYNC-BUILD.BRANCH-NEEDS-THREE
            Subject: enterprise E-1
            Verdict: not satisfied
            As of: 2024-03-01
            Reasons:
            1. 2 is below the required minimum of 3.
               Parameter: full members needed to found a party branch = 3 \
            (BRANCH-REG Art. 4; PARTY-CONST Art. 30)
               Citations: BRANCH-REG Art. 4; PARTY-CONST Art. 30
            2. 2 is within the maximum of 7.
               Citations: BRANCH-REG Art. 20; BRANCH-REG Art. 4""");
  }

  @Test
  void rendersInSimplifiedChinese() {
    assertThat(twoFullMembers().render(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo(
            """
            规则 SYNC-BUILD.BRANCH-NEEDS-THREE
            对象：企业 E-1
            结论：不满足
            日期：2024年3月1日
            理由：
            1. 实际为2，低于最低要求3。
               参数：成立党支部所需正式党员人数 = 3（BRANCH-REG Art. 4；PARTY-CONST Art. 30）
               依据：BRANCH-REG Art. 4；PARTY-CONST Art. 30
            2. 实际为2，未超过上限7。
               依据：BRANCH-REG Art. 20；BRANCH-REG Art. 4""");
  }

  @Test
  void everyChineseLocaleGivesChineseAndEveryOtherEnglish() {
    Decision d = twoFullMembers();
    String zh = d.render(Locale.SIMPLIFIED_CHINESE);
    assertThat(d.render(Locale.CHINESE)).isEqualTo(zh);
    assertThat(d.render(Locale.forLanguageTag("zh"))).isEqualTo(zh);
    assertThat(d.render(Locale.TRADITIONAL_CHINESE)).isEqualTo(zh);
    String en = d.render(Locale.ENGLISH);
    assertThat(d.render(Locale.FRENCH)).isEqualTo(en);
    assertThat(d.render(Locale.ROOT)).isEqualTo(en);
    assertThat(d.render(Locale.US)).isEqualTo(en);
  }

  @Test
  void theDefaultLocaleDoesNotChangeTheResult() {
    Decision d = twoFullMembers();
    String en = d.render(Locale.ENGLISH);
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      assertThat(d.render(Locale.FRENCH)).isEqualTo(en);
      assertThat(d.render(Locale.ENGLISH)).isEqualTo(en);
      assertThat(Labels.label(Verdict.SATISFIED, Locale.GERMAN)).isEqualTo("satisfied");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void citationsAreEveryReasonsDeduplicatedInOrder() {
    assertThat(twoFullMembers().citations())
        .extracting(Citation::toString)
        .containsExactly("BRANCH-REG Art. 4", "PARTY-CONST Art. 30", "BRANCH-REG Art. 20");
  }

  @Test
  void onlySatisfiedIsPositive() {
    assertThat(twoFullMembers().isPositive()).isFalse();
    Decision yes =
        Decision.of(
            Rule.of(RULE, List.of("SYNC-BUILD"), List.of()),
            Subject.of(SubjectKind.UNIT, "U-1"),
            Verdict.SATISFIED,
            AS_OF,
            Reason.of(
                "reason.meets-threshold",
                Argument.number("actual", 3),
                Argument.number("required", 3)));
    assertThat(yes.isPositive()).isTrue();
    assertThat(yes.ruleId()).isEqualTo(RULE);
    assertThat(Verdict.ADVISORY.isPositive()).isFalse();
    assertThat(Verdict.INFORMATIONAL.isPositive()).isFalse();
  }

  @Test
  void aDecisionNeedsAReason() {
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class,
            () ->
                Decision.of(
                    RULE,
                    Subject.enterprise(EnterpriseId.of("E-1")),
                    Verdict.SATISFIED,
                    AS_OF,
                    List.of()));
    assertThat(e.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.rule()).isEqualTo("AT_LEAST_ONE_REASON"));
  }

  @Test
  void aRuleWithATitleShowsIt() {
    // No engine rule exists yet in the foundation: a rule without a title shows its id only,
    // and with a title (from the bundles) the pattern puts it after the id.
    assertThat(Texts.format("decision.rule", Locale.ENGLISH, "X.Y", "Title"))
        .isEqualTo("Rule X.Y: Title");
    assertThat(Texts.format("decision.rule", Locale.CHINESE, "X.Y", "标题"))
        .isEqualTo("规则 X.Y：标题");
  }

  @Test
  void subjectsForEveryKindOfId() {
    assertThat(Subject.enterprise(EnterpriseId.of("E-1"))).hasToString("ENTERPRISE[E-1]");
    assertThat(Subject.person(org.dangong.model.PersonId.of("P-1")).kind())
        .isEqualTo(SubjectKind.PERSON);
    assertThat(Subject.organization(org.dangong.model.OrganizationId.of("O-1")).kind())
        .isEqualTo(SubjectKind.ORGANIZATION);
    assertThat(Subject.partyOrganization(org.dangong.model.OrganizationId.of("O-1")).kind())
        .isEqualTo(SubjectKind.PARTY_ORGANIZATION);
    assertThat(Subject.unionOrganization(org.dangong.model.OrganizationId.of("O-1")).kind())
        .isEqualTo(SubjectKind.UNION_ORGANIZATION);
    assertThat(Subject.region(org.dangong.model.RegionId.of("R-1")).id()).isEqualTo("R-1");
    assertThat(Subject.cluster(org.dangong.model.ClusterId.of("C-1")).kind())
        .isEqualTo(SubjectKind.CLUSTER);
    assertThat(Subject.of(SubjectKind.WORKFLOW, "W-1"))
        .isEqualTo(Subject.of(SubjectKind.WORKFLOW, "W-1"));
    assertThat(Subject.of(SubjectKind.ENTERPRISE, "E-2"))
        .isGreaterThan(Subject.of(SubjectKind.ENTERPRISE, "E-1"));
    InvalidValueException e =
        catchThrowableOfType(
            InvalidValueException.class, () -> Subject.of(SubjectKind.UNIT, "a b"));
    assertThat(e.problems())
        .extracting(p -> p.rule())
        .containsExactly("ID_NO_WHITESPACE_OR_CONTROL_CHARACTERS");
  }
}
