package org.dangong.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Boundaries, messages and value semantics of the policy package that the scenario tests leave
 * implicit; each case pins one behaviour a plausible slip in the code would change.
 */
class PolicyMutationTest {
  private static final Policy NATIONAL = Policy.national();
  private static final Citation LOCAL = Citation.of(Source.LOCAL, "Art. 1", "本地规定。");
  private static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);
  private static final LocalDate Y2022 = LocalDate.of(2022, 1, 1);

  private static List<Problem> problemsOf(Runnable action) {
    InvalidValueException e =
        catchThrowableOfType(InvalidValueException.class, action::run);
    assertThat(e).as("expected an InvalidValueException").isNotNull();
    return e.problems();
  }

  @Test
  @DisplayName("BRANCH-REG Art. 20: a branch minimum equal to the committee minimum is in order")
  void orderedParametersMayBeEqual() {
    Policy equal =
        NATIONAL.toBuilder()
            .set(Parameters.BRANCH_MIN_FULL_MEMBERS, 7, LOCAL)
            .set(Parameters.BRANCH_COMMITTEE_MIN_FULL_MEMBERS, 7, LOCAL)
            .build();
    assertThat(equal.value(Parameters.BRANCH_MIN_FULL_MEMBERS, Y2020)).isEqualTo(7);
  }

  @Test
  @DisplayName("DEVELOP-REG approval: an approval deadline equal to its maximum is in order")
  void orderedPeriodsMayBeEqual() {
    Policy equal =
        NATIONAL.with(
            Parameters.ADMISSION_APPROVAL_WITHIN, Period.ofMonths(6), LOCAL, LocalDate.MIN);
    assertThat(equal.value(Parameters.ADMISSION_APPROVAL_WITHIN, Y2020))
        .isEqualTo(Period.ofMonths(6));
    assertThatThrownBy(
            () ->
                NATIONAL.with(
                    Parameters.ADMISSION_APPROVAL_WITHIN, Period.ofMonths(7), LOCAL, Y2020))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("AT_MOST_ADMISSION_APPROVAL_MAX");
  }

  @Test
  void anOrderViolationIsReportedOnTheEarliestDateItHolds() {
    List<Problem> problems =
        problemsOf(
            () ->
                NATIONAL.toBuilder()
                    .set(Parameters.BRANCH_MIN_FULL_MEMBERS, 3, LOCAL)
                    .set(Parameters.BRANCH_MIN_FULL_MEMBERS, 8, LOCAL, Y2022)
                    .set(Parameters.BRANCH_COMMITTEE_MIN_FULL_MEMBERS, 7, LOCAL)
                    .set(Parameters.BRANCH_COMMITTEE_MIN_FULL_MEMBERS, 2, LOCAL, Y2020)
                    .set(Parameters.BRANCH_COMMITTEE_MIN_FULL_MEMBERS, 7, LOCAL, Y2020.plusYears(1))
                    .build());
    assertThat(problems)
        .containsExactly(
            Problem.of(
                "Policy.BRANCH_MIN_FULL_MEMBERS",
                "AT_MOST_BRANCH_COMMITTEE_MIN_FULL_MEMBERS",
                "3 > BRANCH_COMMITTEE_MIN_FULL_MEMBERS 2 on 2020-01-01"));
  }

  @Test
  void aParameterWithItsOwnProblemIsNotAlsoCheckedForOrder() {
    // 9 > 7 would break the order, but the closed timeline is the only problem reported.
    PolicyValue<Integer> closed =
        PolicyValue.of(
            Parameters.BRANCH_MIN_FULL_MEMBERS,
            9,
            List.of(LOCAL),
            Validity.of(LocalDate.MIN, Y2020));
    List<Problem> problems =
        problemsOf(
            () ->
                NATIONAL.toBuilder()
                    .replace(Parameters.BRANCH_MIN_FULL_MEMBERS, List.of(closed))
                    .build());
    assertThat(problems).extracting(Problem::rule).containsExactly("LAST_VALIDITY_OPEN_ENDED");
  }

  @Test
  void replaceRejectsAnEntryOfAnotherParameter() {
    PolicyValue<Integer> other = NATIONAL.entry(Parameters.BRANCH_TERM_YEARS, Y2020);
    @SuppressWarnings("unchecked")
    PolicyValue<Integer> cast = (PolicyValue<Integer>) (PolicyValue<?>) other;
    Policy.Builder builder = NATIONAL.toBuilder();
    assertThatThrownBy(() -> builder.replace(Parameters.BRANCH_MIN_FULL_MEMBERS, List.of(cast)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entry of BRANCH_TERM_YEARS in the timeline of BRANCH_MIN_FULL_MEMBERS");
  }

  @Test
  void aParameterOutsideThePolicyIsRejectedByName() {
    PolicyParameter<Integer> stranger =
        new PolicyParameter<>(
            "STRANGER", Integer.class, Constraint.atLeast(0), 1, ImmutableList.of(LOCAL));
    assertThatThrownBy(() -> NATIONAL.timeline(stranger))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no such parameter in this policy: STRANGER");
    assertThat(NATIONAL.parameters()).doesNotContain(stranger);
  }

  @Test
  void parameterDefinitionsAreCheckedWhenDeclared() {
    ImmutableList<Citation> cited = ImmutableList.of(LOCAL);
    assertThatThrownBy(
            () -> new PolicyParameter<>("lower_case", Integer.class, Constraint.any(), 1, cited))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad parameter id: lower_case");
    assertThatThrownBy(
            () -> new PolicyParameter<Object>("WRONG_TYPE", Integer.class, Constraint.any(), "1", cited))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad national default of WRONG_TYPE: 1");
    assertThatThrownBy(
            () -> new PolicyParameter<>("TOO_SMALL", Integer.class, Constraint.atLeast(2), 1, cited))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bad national default of TOO_SMALL: 1");
    assertThatThrownBy(
            () ->
                new PolicyParameter<>(
                    "UNCITED", Integer.class, Constraint.any(), 1, ImmutableList.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parameter without a citation: UNCITED");
    assertThat(
            new PolicyParameter<>("WELL_FORMED", Integer.class, Constraint.atLeast(1), 1, cited)
                .id())
        .isEqualTo("WELL_FORMED");
  }

  @Test
  void aParameterReadsAsItsId() {
    assertThat(Parameters.BRANCH_MIN_FULL_MEMBERS).hasToString("BRANCH_MIN_FULL_MEMBERS");
  }

  @Test
  void constraintRulesNameTheirBound() {
    assertThat(Constraint.atLeast(0).rule()).isEqualTo("NOT_NEGATIVE");
    assertThat(Constraint.atLeast(1).rule()).isEqualTo("AT_LEAST_1");
    assertThat(Constraint.atLeast(0).test(0)).isTrue();
    assertThat(Constraint.atLeast(0).test(-1)).isFalse();
  }

  @Test
  @DisplayName("UNION-LAW Art. 16: every union term must be at least the minimum, exactly-at included")
  void unionTermsAllAtLeastTheMinimum() {
    Constraint<ImmutableSet<Integer>> terms = Constraint.notEmptySetAllAtLeast(3);
    assertThat(terms.rule()).isEqualTo("NOT_EMPTY_ALL_AT_LEAST_3");
    assertThat(terms.test(ImmutableSet.of(3, 5))).isTrue();
    assertThat(terms.test(ImmutableSet.of(2, 5))).isFalse();
    assertThat(terms.test(ImmutableSet.of())).isFalse();
    List<Problem> problems =
        problemsOf(() -> NATIONAL.with(Parameters.UNION_TERM_YEARS, ImmutableSet.of(0, 3), LOCAL, Y2020));
    assertThat(problems)
        .extracting(Problem::path, Problem::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Policy.UNION_TERM_YEARS", "NOT_EMPTY_ALL_AT_LEAST_1"));
  }

  @Test
  void distinctPoliciesHashDifferentlyAndEqualOnesAlike() {
    List<Policy> variants =
        List.of(
            NATIONAL,
            NATIONAL.with(Parameters.BRANCH_MIN_FULL_MEMBERS, 4, LOCAL, Y2020),
            NATIONAL.with(Parameters.BRANCH_MIN_FULL_MEMBERS, 5, LOCAL, Y2020),
            NATIONAL.with(Parameters.BRANCH_TERM_YEARS, 5, LOCAL, Y2022));
    Set<Integer> hashes = new HashSet<>();
    variants.forEach(p -> hashes.add(p.hashCode()));
    assertThat(hashes).hasSize(variants.size());
    assertThat(NATIONAL.with(Parameters.BRANCH_MIN_FULL_MEMBERS, 4, LOCAL, Y2020).hashCode())
        .isEqualTo(variants.get(1).hashCode());
  }

  @Test
  void aPolicyReadsAsItsEntriesSeparatedByCommas() {
    String text = NATIONAL.toString();
    assertThat(text)
        .startsWith("Policy[")
        .endsWith(")]")
        .doesNotStartWith("Policy[, ")
        .contains("BRANCH_MIN_FULL_MEMBERS=3 [")
        .contains("(BRANCH-REG Art. 4), ");
    Policy twoEntries = NATIONAL.with(Parameters.BRANCH_TERM_YEARS, 5, LOCAL, Y2022);
    assertThat(twoEntries.toString())
        .contains("BRANCH_TERM_YEARS=5 [2022-01-01, …) (LOCAL Art. 1)");
  }

  @Test
  void anEntryReadsAsIdValuePeriodAndCitation() {
    PolicyValue<Integer> entry =
        PolicyValue.of(
            Parameters.BRANCH_MIN_FULL_MEMBERS, 4, List.of(LOCAL), Validity.of(Y2020, Y2022));
    assertThat(entry)
        .hasToString("BRANCH_MIN_FULL_MEMBERS=4 [2020-01-01, 2022-01-01) (" + LOCAL + ")");
  }

  @Test
  void anEntryWithoutCitationIsRejectedByPathAndRule() {
    List<Problem> problems =
        problemsOf(
            () ->
                PolicyValue.of(
                    Parameters.BRANCH_MIN_FULL_MEMBERS, 4, List.of(), Validity.always()));
    assertThat(problems)
        .extracting(Problem::path, Problem::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "PolicyValue.BRANCH_MIN_FULL_MEMBERS.citations", "AT_LEAST_ONE_CITATION"));
  }

  @Test
  void blankNotesAndTabsAreRejected() {
    assertThat(problemsOf(() -> LOCAL.withNote(" \u3000")))
        .extracting(Problem::path, Problem::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Citation.note", "NOT_BLANK"));
    assertThat(problemsOf(() -> Citation.of(Source.LOCAL, "\t\n", "条文")))
        .extracting(Problem::path, Problem::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Citation.article", "NOT_BLANK"));
    assertThat(LOCAL.withNote("note").note()).contains("note");
  }

  @Test
  void aShareOfNothingOrOfANegativeWholeNeverMeetsAThreshold() {
    assertThat(Ratio.atLeast(0, 1).isMetBy(0, 0)).isFalse();
    assertThat(Ratio.moreThan(1, 2).isMetBy(1, -2)).isFalse();
    assertThat(Ratio.atLeast(0, 1).isMetBy(-1, 3)).isFalse();
    assertThat(Ratio.atLeast(0, 1).isMetBy(0, 3)).isTrue();
  }

  @Test
  void nonBreakingSpacesAreBlankToo() {
    assertThat(problemsOf(() -> Citation.of(Source.LOCAL, "Art. 1", "\u00A0\u202F")))
        .extracting(Problem::path, Problem::rule)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Citation.clause", "NOT_BLANK"));
  }

  @Test
  void labelledConstantsHaveStableMessageKeys() {
    assertThat(Source.BRANCH_REG.messageKey()).isEqualTo("enum.Source.BRANCH_REG");
    assertThat(Source.BRANCH_REG.englishTitle())
        .isEqualTo("Regulations on the Work of Branches of the Communist Party of China (Trial)");
    assertThat(Ratio.Bound.MORE_THAN.messageKey()).isEqualTo("enum.Ratio.Bound.MORE_THAN");
    assertThat(JointStage.DEPLOYMENT.messageKey()).isEqualTo("enum.JointStage.DEPLOYMENT");
  }
}
