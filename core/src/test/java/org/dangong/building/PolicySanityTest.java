package org.dangong.building;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Problem;
import org.dangong.policy.Citation;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.PolicyParameter;
import org.dangong.policy.Source;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A policy that makes no sense for the building engine is rejected when it is built, naming the
 * parameter — so the engine never sees it.
 */
class PolicySanityTest {
  private static final Citation LOCAL =
      Citation.of(Source.LOCAL, "Art. 1", "本地规定").withNote("test");

  /** Every count the building engine reads. */
  private static final List<PolicyParameter<Integer>> COUNTS =
      List.of(
          Parameters.BRANCH_MIN_FULL_MEMBERS,
          Parameters.BRANCH_COMMITTEE_MIN_FULL_MEMBERS,
          Parameters.BRANCH_ADVISORY_MAX_MEMBERS,
          Parameters.GENERAL_BRANCH_MIN_MEMBERS,
          Parameters.PRIMARY_COMMITTEE_MIN_MEMBERS,
          Parameters.JOINT_BRANCH_MAX_UNITS,
          Parameters.UNION_COMMITTEE_MIN_MEMBERS,
          Parameters.FULL_TIME_CHAIR_MIN_STAFF,
          Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF,
          Parameters.APPLICANT_MIN_AGE);

  /** Every period the building engine reads. */
  private static final List<PolicyParameter<Period>> PERIODS =
      List.of(
          Parameters.SECRETARY_MIN_PARTY_STANDING,
          Parameters.UNION_CHAIR_TRAINING_WINDOW,
          Parameters.SYNC_BUILD_NEW_ENTERPRISE_WINDOW,
          Parameters.ELECTION_POSTPONEMENT_MAX);

  private static InvalidValueException rejection(Policy.Builder builder) {
    try {
      builder.build();
    } catch (InvalidValueException e) {
      return e;
    }
    throw new AssertionError("the policy was accepted");
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 5: a joint branch of fewer than two units is rejected, naming"
          + " JOINT_BRANCH_MAX_UNITS")
  void jointBranchBelowTwoUnits() {
    assertThatExceptionOfType(InvalidValueException.class)
        .isThrownBy(
            () ->
                Policy.national().with(Parameters.JOINT_BRANCH_MAX_UNITS, 1, LOCAL, LocalDate.MIN))
        .satisfies(
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path, Problem::rule)
                    .containsExactly(tuple("Policy.JOINT_BRANCH_MAX_UNITS", "AT_LEAST_2")));
    Policy two =
        Policy.national().toBuilder().set(Parameters.JOINT_BRANCH_MAX_UNITS, 2, LOCAL).build();
    assertThat(two.value(Parameters.JOINT_BRANCH_MAX_UNITS, Town.AS_OF)).isEqualTo(2);
  }

  @Test
  @DisplayName("Every negative threshold the engine reads is rejected, naming its parameter")
  void negativeCounts() {
    for (PolicyParameter<Integer> parameter : COUNTS) {
      InvalidValueException e = rejection(Policy.national().toBuilder().set(parameter, -1, LOCAL));
      assertThat(e.problems())
          .extracting(Problem::path)
          .as(parameter.id())
          .contains("Policy." + parameter.id());
    }
  }

  @Test
  @DisplayName("Negative periods, and empty windows, are rejected, naming their parameter")
  void badPeriods() {
    for (PolicyParameter<Period> parameter : PERIODS) {
      InvalidValueException e =
          rejection(Policy.national().toBuilder().set(parameter, Period.ofDays(-1), LOCAL));
      assertThat(e.problems())
          .extracting(Problem::path)
          .as(parameter.id())
          .contains("Policy." + parameter.id());
    }
    InvalidValueException zero =
        rejection(
            Policy.national().toBuilder()
                .set(Parameters.SYNC_BUILD_NEW_ENTERPRISE_WINDOW, Period.ZERO, LOCAL));
    assertThat(zero.problems())
        .extracting(Problem::path, Problem::rule)
        .containsExactly(tuple("Policy.SYNC_BUILD_NEW_ENTERPRISE_WINDOW", "POSITIVE_PERIOD"));
  }

  @Test
  @DisplayName("Thresholds out of order, and several problems at once, are all named")
  void everyProblemAtOnce() {
    InvalidValueException e =
        rejection(
            Policy.national().toBuilder()
                .set(Parameters.BRANCH_MIN_FULL_MEMBERS, 8, LOCAL)
                .set(Parameters.UNION_COMMITTEE_MIN_MEMBERS, 0, LOCAL)
                .set(Parameters.PRIMARY_COMMITTEE_MIN_MEMBERS, 40, LOCAL));
    assertThat(e.problems())
        .extracting(Problem::path, Problem::rule)
        .contains(
            tuple("Policy.BRANCH_MIN_FULL_MEMBERS", "AT_MOST_BRANCH_COMMITTEE_MIN_FULL_MEMBERS"),
            tuple("Policy.UNION_COMMITTEE_MIN_MEMBERS", "AT_LEAST_1"),
            tuple("Policy.GENERAL_BRANCH_MIN_MEMBERS", "AT_MOST_PRIMARY_COMMITTEE_MIN_MEMBERS"));
  }
}
