package org.dangong.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.stream.Stream;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Problem;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 3, 1);
  private static final Policy NATIONAL = Policy.national();
  private static final Citation SUZHOU =
      Citation.of(Source.LOCAL, "Art. 3", "女职工二十人以上的，建立工会女职工委员会。")
          .withNote("hypothetical local rule for the test");

  /** Every national default with the citations rules.md gives for it, primary first. */
  static Stream<Arguments> nationalDefaults() {
    return Stream.of(
        Arguments.of(
            Parameters.BRANCH_MIN_FULL_MEMBERS, 3, "[BRANCH-REG Art. 4, PARTY-CONST Art. 30]"),
        Arguments.of(Parameters.BRANCH_COMMITTEE_MIN_FULL_MEMBERS, 7, "[BRANCH-REG Art. 20]"),
        Arguments.of(Parameters.BRANCH_ADVISORY_MAX_MEMBERS, 50, "[BRANCH-REG Art. 4]"),
        Arguments.of(Parameters.GENERAL_BRANCH_MIN_MEMBERS, 50, "[PARTY-CONST Art. 30]"),
        Arguments.of(Parameters.PRIMARY_COMMITTEE_MIN_MEMBERS, 100, "[PARTY-CONST Art. 30]"),
        Arguments.of(Parameters.JOINT_BRANCH_MAX_UNITS, 5, "[BRANCH-REG Art. 5]"),
        Arguments.of(
            Parameters.SECRETARY_MIN_PARTY_STANDING, Period.ofYears(1), "[BRANCH-REG Art. 23]"),
        Arguments.of(Parameters.BRANCH_TERM_YEARS, 3, "[TERM-OPINION §1, BRANCH-REG Art. 21]"),
        Arguments.of(Parameters.PRIMARY_COMMITTEE_TERM_YEARS, 5, "[TERM-OPINION §1]"),
        Arguments.of(Parameters.ELECTION_POSTPONEMENT_MAX, Period.ofYears(1), "[TERM-OPINION §2]"),
        Arguments.of(Parameters.APPLICANT_MIN_AGE, 18, "[DEVELOP-REG Art. 5]"),
        Arguments.of(
            Parameters.APPLICATION_TALK_WITHIN, Period.ofMonths(1), "[DEVELOP-REG Art. 7]"),
        Arguments.of(
            Parameters.ACTIVIST_REVIEW_INTERVAL, Period.ofMonths(6), "[DEVELOP-REG Art. 11]"),
        Arguments.of(
            Parameters.ACTIVIST_MIN_CULTIVATION, Period.ofYears(1), "[DEVELOP-REG Art. 13]"),
        Arguments.of(Parameters.INTRODUCERS_REQUIRED, 2, "[DEVELOP-REG Art. 14]"),
        Arguments.of(Parameters.TRAINING_MIN_DAYS, 3, "[DEVELOP-REG Art. 17]"),
        Arguments.of(Parameters.TRAINING_MIN_HOURS, 24, "[DEVELOP-REG Art. 17]"),
        Arguments.of(
            Parameters.PRE_REVIEW_LEAVING_WINDOW, Period.ofMonths(3), "[DEVELOP-REG Art. 19]"),
        Arguments.of(
            Parameters.ADMISSION_MEETING_QUORUM,
            Ratio.moreThan(1, 2),
            "[DEVELOP-REG branch general meeting]"),
        Arguments.of(
            Parameters.ADMISSION_VOTE_MAJORITY,
            Ratio.moreThan(1, 2),
            "[DEVELOP-REG branch general meeting]"),
        Arguments.of(
            Parameters.ADMISSION_APPROVAL_WITHIN, Period.ofMonths(3), "[DEVELOP-REG approval]"),
        Arguments.of(
            Parameters.ADMISSION_APPROVAL_MAX, Period.ofMonths(6), "[DEVELOP-REG approval]"),
        Arguments.of(Parameters.PROBATION_PERIOD, Period.ofYears(1), "[DEVELOP-REG Art. 32]"),
        Arguments.of(
            Parameters.PROBATION_EXTENSION_MIN, Period.ofMonths(6), "[DEVELOP-REG Art. 32]"),
        Arguments.of(
            Parameters.PROBATION_EXTENSION_MAX, Period.ofMonths(12), "[DEVELOP-REG Art. 32]"),
        Arguments.of(Parameters.PROBATION_MAX_EXTENSIONS, 1, "[DEVELOP-REG Art. 32]"),
        Arguments.of(Parameters.ADMISSION_PUBLICITY_ENABLED, false, "[LOCAL 公示]"),
        Arguments.of(Parameters.ADMISSION_PUBLICITY_WORKING_DAYS, 5, "[LOCAL 公示]"),
        Arguments.of(Parameters.UNION_COMMITTEE_MIN_MEMBERS, 25, "[UNION-LAW Art. 11]"),
        Arguments.of(Parameters.FULL_TIME_CHAIR_MIN_STAFF, 200, "[UNION-LAW Art. 14]"),
        Arguments.of(Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF, 10, "[UNION-LAW Art. 11]"),
        Arguments.of(Parameters.UNION_TERM_YEARS, ImmutableSet.of(3, 5), "[UNION-LAW Art. 16]"),
        Arguments.of(Parameters.CHAIR_CANDIDATES_EXCEED_SEATS, true, "[CHAIR-RULES Art. 7–11]"),
        Arguments.of(
            Parameters.CHAIR_PUBLICITY_PERIOD, Period.ofDays(7), "[CHAIR-RULES Art. 7–11]"),
        Arguments.of(
            Parameters.CHAIR_ELECTION_QUORUM, Ratio.atLeast(2, 3), "[CHAIR-RULES Art. 14–16]"),
        Arguments.of(
            Parameters.CHAIR_ELECTION_MAJORITY, Ratio.moreThan(1, 2), "[CHAIR-RULES Art. 14–16]"),
        Arguments.of(
            Parameters.CHAIR_VACANCY_FILL_WITHIN, Period.ofMonths(3), "[CHAIR-RULES Art. 18]"),
        Arguments.of(
            Parameters.JOINT_STAGES,
            ImmutableSet.of(
                JointStage.DEPLOYMENT,
                JointStage.INSPECTION,
                JointStage.ASSESSMENT,
                JointStage.COMMENDATION),
            "[SEED JOINT-DEPLOY]"),
        Arguments.of(
            Parameters.UNION_CHAIR_TRAINING_WINDOW, Period.ofYears(3), "[SEED LEAD-TRAIN]"),
        Arguments.of(Parameters.JOINT_DEPLOY_SAME_DATE_COUNTS_AS_ONE, true, "[SEED JOINT-DEPLOY]"),
        // added with the engines
        Arguments.of(Parameters.BRANCH_FOUNDING_REPLY_WITHIN, Period.ofMonths(1), "[BRANCH-REG founding procedure]"),
        Arguments.of(Parameters.SYNC_BUILD_NEW_ENTERPRISE_WINDOW, Period.ofYears(1), "[SEED SYNC-BUILD]"),
        Arguments.of(Parameters.CHAIR_MUST_BE_UNION_MEMBER, true, "[MEMBERSHIP-RULES Art. 3]"),
        Arguments.of(Parameters.PARTY_HEAD_MUST_WORK_IN_COVERED_ENTERPRISE, true, "[BRANCH-REG Art. 4–5]"),
        Arguments.of(Parameters.JOINT_ASSESSMENT_PARTY_SHARE, 50, "[SEED JOINT-DEPLOY]"),
        Arguments.of(Parameters.JOINT_ASSESSMENT_UNION_SHARE, 50, "[SEED JOINT-DEPLOY]"),
        Arguments.of(Parameters.JOINT_ASSESSMENT_PASS_MIN, 60, "[SEED JOINT-DEPLOY]"),
        Arguments.of(Parameters.JOINT_ASSESSMENT_GOOD_MIN, 80, "[SEED JOINT-DEPLOY]"),
        Arguments.of(Parameters.JOINT_ASSESSMENT_EXCELLENT_MIN, 90, "[SEED JOINT-DEPLOY]"),
        Arguments.of(Parameters.JOINT_ASSESSMENT_UNION_FAIL_CAPS_GRADE, true, "[SEED JOINT-DEPLOY]"),
        Arguments.of(Parameters.JOINT_ASSESSMENT_VETO_ENABLED, true, "[SEED JOINT-DEPLOY]"),
        Arguments.of(Parameters.JOINT_COMMENDATION_MIN_SCORE, 90, "[SEED JOINT-DEPLOY]"));
  }

  @ParameterizedTest(name = "{0} = {1} ({2})")
  @MethodSource("nationalDefaults")
  void nationalDefaultsAreTheValuesOfTheRegulationsWithTheirCitations(
      PolicyParameter<?> parameter, Object expected, String citations) {
    PolicyValue<?> entry = NATIONAL.entry(parameter, AS_OF);
    assertThat(entry.value()).isEqualTo(expected);
    assertThat(entry.citations().toString()).isEqualTo(citations);
    assertThat(entry.parameter()).isEqualTo(parameter);
    assertThat(parameter.nationalDefault()).isEqualTo(expected);
  }

  @Test
  void everyParameterHasANationalDefaultInTheTable() {
    List<Object> tabled = nationalDefaults().map(a -> a.get()[0]).toList();
    assertThat(tabled).containsExactlyInAnyOrderElementsOf(Parameters.all());
    assertThat(NATIONAL.parameters()).containsExactlyElementsOf(Parameters.all());
  }

  @Test
  void notesSayWhatIsNotLaw() {
    assertThat(NATIONAL.entry(Parameters.GENERAL_BRANCH_MIN_MEMBERS, AS_OF).citation().note())
        .hasValueSatisfying(n -> assertThat(n).contains("not enterprise law").contains("机关"));
    assertThat(NATIONAL.entry(Parameters.PRIMARY_COMMITTEE_MIN_MEMBERS, AS_OF).citation().note())
        .hasValueSatisfying(n -> assertThat(n).contains("not enterprise law").contains("100"));
    assertThat(
            NATIONAL.entry(Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF, AS_OF).citation().note())
        .hasValueSatisfying(n -> assertThat(n).contains("not law"));
    assertThat(NATIONAL.entry(Parameters.JOINT_STAGES, AS_OF).citation().note())
        .hasValueSatisfying(n -> assertThat(n).contains("Local practice (Suzhou), not law"));
    assertThat(NATIONAL.entry(Parameters.ADMISSION_PUBLICITY_ENABLED, AS_OF).citation().note())
        .hasValueSatisfying(n -> assertThat(n).contains("off by default"));
  }

  @Test
  void nationalValuesAreInForceFromTheirClausesEffectiveDate() {
    assertThat(NATIONAL.entry(Parameters.BRANCH_COMMITTEE_MIN_FULL_MEMBERS, AS_OF).validity())
        .isEqualTo(Validity.of(LocalDate.of(2018, 10, 28)));
    assertThat(NATIONAL.entry(Parameters.UNION_COMMITTEE_MIN_MEMBERS, AS_OF).validity())
        .isEqualTo(Validity.of(LocalDate.of(2021, 12, 24)));
    // TERM-OPINION: rules.md gives only the year, so the first day of it.
    assertThat(NATIONAL.entry(Parameters.BRANCH_TERM_YEARS, AS_OF).validity())
        .isEqualTo(Validity.of(LocalDate.of(2018, 1, 1)));
    // The seed has no date: in force from the beginning.
    assertThat(NATIONAL.entry(Parameters.JOINT_STAGES, AS_OF).validity())
        .isEqualTo(Validity.always());
  }

  @Test
  void beforeTheFirstValueIsInForceTheEarliestValueApplies() {
    LocalDate before = LocalDate.of(2000, 1, 1);
    assertThat(NATIONAL.value(Parameters.BRANCH_COMMITTEE_MIN_FULL_MEMBERS, before)).isEqualTo(7);
    assertThat(NATIONAL.extendedBackAt(before))
        .contains(Parameters.BRANCH_COMMITTEE_MIN_FULL_MEMBERS);
    assertThat(NATIONAL.extendedBackAt(before)).doesNotContain(Parameters.JOINT_STAGES);
    assertThat(NATIONAL.extendedBackAt(AS_OF)).isEmpty();
  }

  @Nested
  class LocalVariants {
    private final LocalDate from = LocalDate.of(2024, 1, 1);
    private final Policy local =
        NATIONAL.toBuilder()
            .set(Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF, 20, SUZHOU, from)
            .build();

    @Test
    void aLocalVariantChangesOneValueAndNothingElse() {
      for (PolicyParameter<?> parameter : Parameters.all()) {
        if (!parameter.equals(Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF)) {
          assertThat(local.timeline(parameter))
              .as(parameter.id())
              .isEqualTo(NATIONAL.timeline(parameter));
        }
      }
      assertThat(local).isNotEqualTo(NATIONAL);
      assertThat(NATIONAL.value(Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF, AS_OF)).isEqualTo(10);
    }

    @Test
    void theValueInForceChangesAtTheBoundary() {
      assertThat(local.value(Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF, from.minusDays(1)))
          .isEqualTo(10);
      assertThat(local.value(Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF, from)).isEqualTo(20);
      assertThat(local.entry(Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF, from).citation())
          .isEqualTo(SUZHOU);
      assertThat(
              local
                  .entry(Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF, from.minusDays(1))
                  .citation()
                  .source())
          .isEqualTo(Source.UNION_LAW);
      assertThat(local.timeline(Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF))
          .extracting(PolicyValue::validity)
          .containsExactly(Validity.of(LocalDate.of(2021, 12, 24), from), Validity.of(from));
    }

    @Test
    void settingAnEarlierDateSupersedesLaterValues() {
      Policy earlier =
          local.toBuilder()
              .set(
                  Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF,
                  15,
                  SUZHOU,
                  LocalDate.of(2023, 1, 1))
              .build();
      assertThat(earlier.timeline(Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF))
          .extracting(PolicyValue::value)
          .containsExactly(10, 15);
      assertThat(earlier.value(Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF, AS_OF)).isEqualTo(15);
    }

    @Test
    void settingForAllTimeReplacesTheTimeline() {
      Policy always =
          NATIONAL.toBuilder().set(Parameters.JOINT_BRANCH_MAX_UNITS, 3, SUZHOU).build();
      assertThat(always.timeline(Parameters.JOINT_BRANCH_MAX_UNITS))
          .singleElement()
          .satisfies(v -> assertThat(v.validity()).isEqualTo(Validity.always()))
          .satisfies(v -> assertThat(v.value()).isEqualTo(3));
    }

    @Test
    void withIsShorthandForTheBuilder() {
      assertThat(NATIONAL.with(Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF, 20, SUZHOU, from))
          .isEqualTo(local);
    }

    @Test
    void equalContentMeansEqualPolicies() {
      Policy again =
          NATIONAL.toBuilder()
              .set(Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF, 20, SUZHOU, from)
              .build();
      assertThat(again).isEqualTo(local).hasSameHashCodeAs(local);
      assertThat(NATIONAL.toBuilder().build()).isEqualTo(NATIONAL).hasSameHashCodeAs(NATIONAL);
      Policy otherValue =
          NATIONAL.with(Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF, 21, SUZHOU, from);
      Policy otherDate =
          NATIONAL.with(Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF, 20, SUZHOU, from.plusDays(1));
      Policy otherCitation =
          NATIONAL.with(
              Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF, 20, SUZHOU.withNote("other"), from);
      assertThat(List.of(otherValue, otherDate, otherCitation)).doesNotContain(local);
    }
  }

  @Nested
  class Validation {
    private final LocalDate from = LocalDate.of(2024, 1, 1);

    @Test
    void everyBadParameterIsNamedInOneException() {
      InvalidValueException e =
          catchThrowableOfType(
              InvalidValueException.class,
              () ->
                  NATIONAL.toBuilder()
                      .set(Parameters.JOINT_BRANCH_MAX_UNITS, 1, SUZHOU, from)
                      .set(Parameters.TRAINING_MIN_HOURS, -1, SUZHOU, from)
                      .build());
      assertThat(e.problems())
          .extracting(Problem::path, Problem::rule)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("Policy.JOINT_BRANCH_MAX_UNITS", "AT_LEAST_2"),
              org.assertj.core.groups.Tuple.tuple("Policy.TRAINING_MIN_HOURS", "NOT_NEGATIVE"));
      assertThat(e.problems()).allSatisfy(p -> assertThat(p.value()).contains("[2024-01-01, …)"));
    }

    @Test
    void relatedParametersMustBeInOrder() {
      InvalidValueException e =
          catchThrowableOfType(
              InvalidValueException.class,
              () ->
                  NATIONAL.toBuilder()
                      .set(Parameters.PROBATION_EXTENSION_MIN, Period.ofMonths(18), SUZHOU, from)
                      .set(Parameters.ADMISSION_APPROVAL_WITHIN, Period.ofMonths(9), SUZHOU, from)
                      .build());
      assertThat(e.problems())
          .extracting(Problem::path, Problem::rule)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(
                  "Policy.PROBATION_EXTENSION_MIN", "AT_MOST_PROBATION_EXTENSION_MAX"),
              org.assertj.core.groups.Tuple.tuple(
                  "Policy.ADMISSION_APPROVAL_WITHIN", "AT_MOST_ADMISSION_APPROVAL_MAX"));
    }

    @Test
    void orderIsCheckedOnEveryDateNotOnlyToday() {
      // The maximum drops below the minimum only from 2030 on.
      InvalidValueException e =
          catchThrowableOfType(
              InvalidValueException.class,
              () ->
                  NATIONAL.with(
                      Parameters.PROBATION_EXTENSION_MAX,
                      Period.ofMonths(3),
                      SUZHOU,
                      LocalDate.of(2030, 1, 1)));
      assertThat(e.problems())
          .singleElement()
          .satisfies(p -> assertThat(p.path()).isEqualTo("Policy.PROBATION_EXTENSION_MIN"))
          .satisfies(p -> assertThat(p.value()).contains("2030-01-01"));
    }

    @Test
    void ratiosMustLieInTheUnitInterval() {
      InvalidValueException e =
          catchThrowableOfType(
              InvalidValueException.class,
              () ->
                  NATIONAL.toBuilder()
                      .set(Parameters.ADMISSION_VOTE_MAJORITY, Ratio.moreThan(3, 2), SUZHOU, from)
                      .set(Parameters.CHAIR_ELECTION_QUORUM, Ratio.atLeast(0, 1), SUZHOU, from)
                      .build());
      assertThat(e.problems())
          .extracting(Problem::path)
          .containsExactly("Policy.ADMISSION_VOTE_MAJORITY", "Policy.CHAIR_ELECTION_QUORUM");
      assertThat(e.problems()).extracting(Problem::rule).containsOnly("RATIO_ABOVE_0_AT_MOST_1");
      // A whole share (1/1) is a sensible threshold: unanimity.
      assertThat(
              NATIONAL
                  .with(Parameters.CHAIR_ELECTION_QUORUM, Ratio.atLeast(1, 1), SUZHOU, from)
                  .value(Parameters.CHAIR_ELECTION_QUORUM, from))
          .isEqualTo(Ratio.atLeast(1, 1));
    }

    @Test
    void periodsAndSetsAreChecked() {
      InvalidValueException e =
          catchThrowableOfType(
              InvalidValueException.class,
              () ->
                  NATIONAL.toBuilder()
                      .set(Parameters.PROBATION_PERIOD, Period.ZERO, SUZHOU, from)
                      .set(
                          Parameters.SECRETARY_MIN_PARTY_STANDING,
                          Period.ofMonths(-1),
                          SUZHOU,
                          from)
                      .set(Parameters.UNION_TERM_YEARS, ImmutableSet.of(), SUZHOU, from)
                      .set(Parameters.JOINT_STAGES, ImmutableSet.of(), SUZHOU, from)
                      .build());
      assertThat(e.problems())
          .extracting(Problem::path, Problem::rule)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("Policy.PROBATION_PERIOD", "POSITIVE_PERIOD"),
              org.assertj.core.groups.Tuple.tuple(
                  "Policy.SECRETARY_MIN_PARTY_STANDING", "NOT_NEGATIVE_PERIOD"),
              org.assertj.core.groups.Tuple.tuple(
                  "Policy.UNION_TERM_YEARS", "NOT_EMPTY_ALL_AT_LEAST_1"),
              org.assertj.core.groups.Tuple.tuple(
                  "Policy.JOINT_STAGES", "NOT_EMPTY_SET_OF_JOINTSTAGE"));
    }

    @Test
    void overlappingGappedClosedAndEmptyTimelinesAreRejected() {
      LocalDate y2000 = LocalDate.of(2000, 1, 1);
      LocalDate y2010 = LocalDate.of(2010, 1, 1);
      LocalDate y2012 = LocalDate.of(2012, 1, 1);
      InvalidValueException e =
          catchThrowableOfType(
              InvalidValueException.class,
              () ->
                  NATIONAL.toBuilder()
                      // overlaps the national value, which is open-ended
                      .add(
                          PolicyValue.of(
                              Parameters.APPLICANT_MIN_AGE, 16, List.of(SUZHOU), Validity.of(from)))
                      .replace(
                          Parameters.INTRODUCERS_REQUIRED,
                          List.of(
                              PolicyValue.of(
                                  Parameters.INTRODUCERS_REQUIRED,
                                  2,
                                  List.of(SUZHOU),
                                  Validity.of(y2000, y2010)),
                              PolicyValue.of(
                                  Parameters.INTRODUCERS_REQUIRED,
                                  3,
                                  List.of(SUZHOU),
                                  Validity.of(y2012))))
                      .replace(
                          Parameters.TRAINING_MIN_DAYS,
                          List.of(
                              PolicyValue.of(
                                  Parameters.TRAINING_MIN_DAYS,
                                  3,
                                  List.of(SUZHOU),
                                  Validity.of(y2000, y2010))))
                      .replace(Parameters.TRAINING_MIN_HOURS, List.of())
                      .build());
      assertThat(e.problems())
          .extracting(Problem::path, Problem::rule)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple(
                  "Policy.APPLICANT_MIN_AGE", "NO_OVERLAPPING_VALIDITY"),
              org.assertj.core.groups.Tuple.tuple(
                  "Policy.INTRODUCERS_REQUIRED", "NO_GAP_IN_VALIDITY"),
              org.assertj.core.groups.Tuple.tuple(
                  "Policy.TRAINING_MIN_DAYS", "LAST_VALIDITY_OPEN_ENDED"),
              org.assertj.core.groups.Tuple.tuple("Policy.TRAINING_MIN_HOURS", "MISSING_VALUE"));
    }

    @Test
    void aContiguousReplacedTimelineIsAccepted() {
      LocalDate y2010 = LocalDate.of(2010, 1, 1);
      Policy policy =
          NATIONAL.toBuilder()
              .replace(
                  Parameters.INTRODUCERS_REQUIRED,
                  List.of(
                      PolicyValue.of(
                          Parameters.INTRODUCERS_REQUIRED, 3, List.of(SUZHOU), Validity.of(y2010)),
                      PolicyValue.of(
                          Parameters.INTRODUCERS_REQUIRED,
                          2,
                          List.of(SUZHOU),
                          Validity.of(LocalDate.MIN, y2010))))
              .build();
      assertThat(policy.value(Parameters.INTRODUCERS_REQUIRED, y2010.minusDays(1))).isEqualTo(2);
      assertThat(policy.value(Parameters.INTRODUCERS_REQUIRED, y2010)).isEqualTo(3);
    }

    @Test
    void aValueOfTheWrongTypeIsRejectedAtOnce() {
      @SuppressWarnings({"unchecked", "rawtypes"})
      PolicyParameter<Object> raw = (PolicyParameter) Parameters.APPLICANT_MIN_AGE;
      assertThatThrownBy(() -> NATIONAL.toBuilder().set(raw, "eighteen", SUZHOU, from))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("PolicyValue.APPLICANT_MIN_AGE.value")
          .hasMessageContaining("INSTANCE_OF_Integer");
    }
  }
}
