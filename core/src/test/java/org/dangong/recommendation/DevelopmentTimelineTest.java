package org.dangong.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dangong.recommendation.Fixtures.ACTIVIST;
import static org.dangong.recommendation.Fixtures.APPLICANT;
import static org.dangong.recommendation.Fixtures.APPLIED;
import static org.dangong.recommendation.Fixtures.APPROVED;
import static org.dangong.recommendation.Fixtures.BRANCH;
import static org.dangong.recommendation.Fixtures.DISCIPLINED;
import static org.dangong.recommendation.Fixtures.FULL_A;
import static org.dangong.recommendation.Fixtures.FULL_B;
import static org.dangong.recommendation.Fixtures.HIGHER;
import static org.dangong.recommendation.Fixtures.INTRODUCED;
import static org.dangong.recommendation.Fixtures.MEETING;
import static org.dangong.recommendation.Fixtures.PRE_REVIEWED;
import static org.dangong.recommendation.Fixtures.PROBATION_END;
import static org.dangong.recommendation.Fixtures.REVIEW_1;
import static org.dangong.recommendation.Fixtures.STRANGER;
import static org.dangong.recommendation.Fixtures.TARGET;
import static org.dangong.recommendation.Fixtures.TRAINED;
import static org.dangong.recommendation.Fixtures.application;
import static org.dangong.recommendation.Fixtures.argument;
import static org.dangong.recommendation.Fixtures.developed;
import static org.dangong.recommendation.Fixtures.disciplined;
import static org.dangong.recommendation.Fixtures.fullMember;
import static org.dangong.recommendation.Fixtures.fullPath;
import static org.dangong.recommendation.Fixtures.months;
import static org.dangong.recommendation.Fixtures.number;
import static org.dangong.recommendation.Fixtures.pathToActivist;
import static org.dangong.recommendation.Fixtures.pathToProbation;
import static org.dangong.recommendation.Fixtures.pathToTarget;
import static org.dangong.recommendation.Fixtures.probationer;
import static org.dangong.recommendation.Fixtures.rejected;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Verdict;
import org.dangong.model.InvalidValueException;
import org.dangong.policy.Parameters;
import org.dangong.policy.Ratio;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The membership-development timeline of DEVELOP-REG that a 推优 recommendation starts. */
class DevelopmentTimelineTest {

  /** The path up to the given number of events of the standard path to the target stage. */
  private static MembershipDevelopment upTo(List<DevelopmentEvent> path, int events) {
    return developed(path.subList(0, events));
  }

  @Test
  @DisplayName(
      "DEVELOP-REG: the standard path makes a full member, each step audited under its clause")
  void standardPath() {
    MembershipDevelopment s = developed(fullPath());
    assertThat(s.stage()).isEqualTo(DevelopmentStage.FULL_MEMBER);
    assertThat(s.isMember()).isTrue();
    assertThat(s.auditTrail()).hasSize(fullPath().size());
    assertThat(s.auditTrail())
        .allSatisfy(a -> assertThat(a.decision().verdict()).isEqualTo(Verdict.SATISFIED));
    AuditEntry conversion = s.auditTrail().get(s.auditTrail().size() - 1);
    assertThat(conversion.step()).isEqualTo(WorkflowStep.CONVERSION);
    assertThat(conversion.decidedBy()).isEqualTo(BRANCH);
    assertThat(conversion.date()).isEqualTo(PROBATION_END);
    assertThat(conversion.citations().toString()).contains("DEVELOP-REG Art. 32");
    assertThat(conversion.decision().render(Locale.SIMPLIFIED_CHINESE)).contains("预备党员转正", "预备期已于");
    assertThat(s.obligations(PROBATION_END.plusYears(1))).isEmpty();
    assertThat(s.auditTrail().get(0).sequence()).isEqualTo(1);
  }

  @Nested
  class Talk {
    @Test
    @DisplayName("DEVELOP-REG Art. 7: the talk is due within one month of the application")
    void dueWithinAMonth() {
      MembershipDevelopment s = developed(List.of(application()));
      Obligation talk = s.obligations(APPLIED.plusDays(10)).get(0);
      assertThat(talk.kind()).isEqualTo(ObligationKind.TALK_WITH_APPLICANT);
      assertThat(talk.due()).contains(LocalDate.of(2022, 4, 1));
      assertThat(talk.status()).isEqualTo(ObligationStatus.DUE);
      assertThat(talk.parameters().get(0).parameter())
          .isEqualTo(Parameters.APPLICATION_TALK_WITHIN);
      Obligation overdue = s.obligations(LocalDate.of(2022, 4, 15)).get(0);
      assertThat(overdue.isOverdue()).isTrue();
      assertThat(overdue.overdueDays()).isEqualTo(14);
      assertThat(overdue.overdueBy()).isEqualTo(Period.ofDays(14));
      assertThat(overdue.toDecision().render(Locale.SIMPLIFIED_CHINESE)).contains("已超期14天");
    }

    @Test
    @DisplayName("DEVELOP-REG Art. 7: a talk after the month is recorded with advice, not rejected")
    void lateTalk() {
      MembershipDevelopment s =
          developed(
              List.of(
                  application(), ApplicantTalked.of(LocalDate.of(2022, 4, 11), APPLICANT, BRANCH)));
      Decision audit = s.auditTrail().get(1).decision();
      assertThat(audit.verdict()).isEqualTo(Verdict.ADVISORY);
      assertThat(argument(audit.reasons().get(1), "days")).isEqualTo(number(10));
      assertThat(s.obligations(LocalDate.of(2022, 4, 11))).isEmpty();
    }
  }

  @Nested
  class Cultivation {
    @Test
    @DisplayName("DEVELOP-REG Art. 11: an activist's review is due every six months from the last")
    void reviewsEverySixMonths() {
      MembershipDevelopment activist = upTo(pathToActivist(), 6);
      Obligation first = activist.obligations(ACTIVIST).get(0);
      assertThat(first.kind()).isEqualTo(ObligationKind.REVIEW_ACTIVIST);
      assertThat(first.due()).contains(ACTIVIST.plusMonths(6));
      MembershipDevelopment reviewed = upTo(pathToActivist(), 7);
      assertThat(reviewed.obligations(REVIEW_1).get(0).due()).contains(REVIEW_1.plusMonths(6));
      assertThat(reviewed.obligations(REVIEW_1.plusMonths(7)).get(0).overdueBy())
          .isEqualTo(Period.ofMonths(1));
    }

    @Test
    @DisplayName(
        "DEVELOP-REG Art. 13: exactly one year as activist is enough to become a development"
            + " target")
    void exactlyOneYear() {
      MembershipDevelopment activist = developed(pathToActivist());
      assertThat(TARGET).isEqualTo(ACTIVIST.plusYears(1));
      Transition<MembershipDevelopment> t =
          activist.apply(DevelopmentTargetDetermined.of(TARGET, APPLICANT, BRANCH));
      assertThat(t.isAccepted()).isTrue();
      assertThat(t.state().stage()).isEqualTo(DevelopmentStage.DEVELOPMENT_TARGET);
    }

    @Test
    @DisplayName("DEVELOP-REG Art. 13: one year less a day as activist is not enough")
    void oneYearLessADay() {
      MembershipDevelopment activist = developed(pathToActivist().subList(0, 7));
      Decision d =
          rejected(
              activist,
              activist.apply(
                  DevelopmentTargetDetermined.of(TARGET.minusDays(1), APPLICANT, BRANCH)),
              "DUAL-REC-2.CULTIVATION-PERIOD");
      Reason r = d.reasons().get(0);
      assertThat(argument(r, "earliest")).isEqualTo(TARGET);
      assertThat(argument(r, "required")).isEqualTo(Period.ofYears(1));
      assertThat(d.render(Locale.ENGLISH)).contains("is too early", "DEVELOP-REG Art. 13");
    }

    @Test
    @DisplayName(
        "DEVELOP-REG Art. 11: a target after a year with only one review of the two due is"
            + " rejected")
    void reviewsMissing() {
      ImmutableList<DevelopmentEvent> oneReview =
          ImmutableList.<DevelopmentEvent>builder().addAll(pathToActivist().subList(0, 7)).build();
      MembershipDevelopment activist = developed(oneReview);
      Decision d =
          rejected(
              activist,
              activist.apply(DevelopmentTargetDetermined.of(TARGET, APPLICANT, BRANCH)),
              "DUAL-REC-2.ACTIVIST-REVIEW");
      assertThat(argument(d.reasons().get(0), "actual")).isEqualTo(number(1));
      assertThat(argument(d.reasons().get(0), "required")).isEqualTo(number(2));
    }

    @Test
    @DisplayName(
        "DEVELOP-REG Art. 8: an activist not yet filed with the higher committee does not become a"
            + " target")
    void notFiled() {
      ImmutableList<DevelopmentEvent> unfiled =
          ImmutableList.<DevelopmentEvent>builder()
              .addAll(pathToActivist().subList(0, 5))
              .addAll(pathToActivist().subList(6, 8))
              .build();
      MembershipDevelopment activist = developed(unfiled);
      Decision d =
          rejected(
              activist,
              activist.apply(DevelopmentTargetDetermined.of(TARGET, APPLICANT, BRANCH)),
              "DUAL-REC.EVENT-IN-SEQUENCE");
      assertThat(argument(d.reasons().get(0), "required")).isEqualTo(WorkflowStep.ACTIVIST_FILING);
    }
  }

  @Nested
  class Introducers {
    private MembershipDevelopment target() {
      return upTo(pathToTarget(), 10);
    }

    @Test
    @DisplayName("DEVELOP-REG Art. 14: two full members introduce")
    void twoFullMembers() {
      MembershipDevelopment s = upTo(pathToTarget(), 11);
      assertThat(s.introducers()).containsExactlyInAnyOrder(FULL_A, FULL_B);
    }

    @Test
    @DisplayName("DEVELOP-REG Art. 14: a probationary member does not introduce")
    void probationaryIntroducer() {
      MembershipDevelopment s = target();
      Decision d =
          rejected(
              s,
              s.apply(
                  IntroducersAssigned.of(
                      INTRODUCED, APPLICANT, BRANCH, List.of(fullMember(FULL_A), probationer()))),
              "DUAL-REC-2.INTRODUCERS");
      assertThat(d.reasons().get(0).messageKey())
          .isEqualTo("reason.recommendation.introducer-not-full-member");
    }

    @Test
    @DisplayName("DEVELOP-REG Art. 14: a member under 留党察看 does not introduce")
    void disciplinedIntroducer() {
      MembershipDevelopment s = target();
      Decision d =
          rejected(
              s,
              s.apply(
                  IntroducersAssigned.of(
                      INTRODUCED, APPLICANT, BRANCH, List.of(fullMember(FULL_A), disciplined()))),
              "DUAL-REC-2.INTRODUCERS");
      assertThat(argument(d.reasons().get(0), "introducer")).isEqualTo(DISCIPLINED.value());
    }

    @Test
    @DisplayName("DEVELOP-REG Art. 14: one introducer is not enough")
    void oneIntroducer() {
      MembershipDevelopment s = target();
      Decision d =
          rejected(
              s,
              s.apply(
                  IntroducersAssigned.of(
                      INTRODUCED, APPLICANT, BRANCH, List.of(fullMember(FULL_A)))),
              "DUAL-REC-2.INTRODUCERS");
      assertThat(d.reasons().get(0).messageKey()).isEqualTo("reason.below-threshold");
      assertThat(d.reasons().get(0).parameters().get(0).parameter())
          .isEqualTo(Parameters.INTRODUCERS_REQUIRED);
    }

    @Test
    @DisplayName("DUAL-REC.KNOWN-PERSON: an introducer the jurisdiction does not know is rejected")
    void unknownIntroducer() {
      var j =
          Fixtures.world(Fixtures.chair(org.dangong.model.PartyStanding.none()), fullMember(FULL_A))
              .build();
      MembershipDevelopment s = target();
      rejected(
          s,
          s.apply(
              IntroducersAssigned.from(
                  j, APPLICANT, List.of(FULL_A, STRANGER), INTRODUCED, BRANCH)),
          "DUAL-REC.KNOWN-PERSON");
    }
  }

  @Nested
  class TrainingAndPreReview {
    private MembershipDevelopment beforeTraining() {
      return upTo(pathToTarget(), 12);
    }

    @Test
    @DisplayName("DEVELOP-REG Art. 17: two days and 23 class hours of training are not enough")
    void tooShort() {
      MembershipDevelopment s = beforeTraining();
      Decision d =
          rejected(
              s,
              s.apply(TrainingCompleted.of(TRAINED, APPLICANT, HIGHER, 2, 23)),
              "DUAL-REC-2.TRAINING");
      assertThat(d.reasons().get(0).parameters())
          .<Object>extracting(p -> p.parameter())
          .containsExactly(Parameters.TRAINING_MIN_DAYS, Parameters.TRAINING_MIN_HOURS);
    }

    @Test
    @DisplayName("DEVELOP-REG Art. 17: 24 class hours over two days are enough")
    void hoursSuffice() {
      assertThat(
              beforeTraining()
                  .apply(TrainingCompleted.of(TRAINED, APPLICANT, HIGHER, 2, 24))
                  .isAccepted())
          .isTrue();
    }

    @Test
    @DisplayName(
        "DEVELOP-REG Art. 19: the pre-review needs the filing, introducers, political review and"
            + " training")
    void preReviewNeedsItsSteps() {
      MembershipDevelopment s = upTo(pathToTarget(), 9);
      Transition<MembershipDevelopment> t =
          s.apply(PreReviewCompleted.of(PRE_REVIEWED, APPLICANT, HIGHER));
      Decision d = rejected(s, t, "DUAL-REC.EVENT-IN-SEQUENCE");
      assertThat(d.reasons())
          .extracting(r -> r.argument("required").orElseThrow().value())
          .containsExactly(
              WorkflowStep.TARGET_FILING,
              WorkflowStep.INTRODUCERS,
              WorkflowStep.POLITICAL_REVIEW,
              WorkflowStep.TRAINING);
      assertThat(s.obligations(PRE_REVIEWED))
          .extracting(Obligation::kind)
          .containsExactlyInAnyOrder(
              ObligationKind.FILE_DEVELOPMENT_TARGET,
              ObligationKind.ASSIGN_INTRODUCERS,
              ObligationKind.CONDUCT_POLITICAL_REVIEW,
              ObligationKind.GIVE_TRAINING);
    }

    @Test
    @DisplayName(
        "DEVELOP-REG Art. 19: a target leaving the unit within three months of the pre-review is"
            + " not admitted")
    void leavingSoon() {
      MembershipDevelopment s = upTo(pathToTarget(), 13);
      LocalDate leaving = PRE_REVIEWED.plusMonths(3);
      rejected(
          s,
          s.apply(PreReviewCompleted.of(PRE_REVIEWED, APPLICANT, HIGHER, Optional.of(leaving))),
          "DUAL-REC-2.PRE-REVIEW");
      assertThat(
              s.apply(
                      PreReviewCompleted.of(
                          PRE_REVIEWED, APPLICANT, HIGHER, Optional.of(leaving.plusDays(1))))
                  .isAccepted())
          .isTrue();
    }
  }

  @Nested
  class BranchMeeting {
    private MembershipDevelopment target() {
      return developed(pathToTarget());
    }

    @Test
    @DisplayName(
        "DEVELOP-REG: a vote with exactly half of the full members entitled voting yes fails")
    void exactlyHalfFails() {
      MembershipDevelopment s = target();
      Decision d =
          rejected(
              s,
              s.apply(AdmissionVoted.of(MEETING, APPLICANT, BRANCH, 10, 8, 4, 1)),
              "DUAL-REC-2.ADMISSION-MAJORITY");
      Reason r = d.reasons().get(0);
      assertThat(argument(r, "part")).isEqualTo(number(5));
      assertThat(argument(r, "whole")).isEqualTo(number(10));
      assertThat(argument(r, "required")).isEqualTo(Ratio.moreThan(1, 2));
      assertThat(d.render(Locale.ENGLISH)).contains("5 of 10 does not reach more than 1/2");
    }

    @Test
    @DisplayName("DEVELOP-REG: written yes votes of absent members count toward the majority")
    void writtenVotesCount() {
      Transition<MembershipDevelopment> t =
          target().apply(AdmissionVoted.of(MEETING, APPLICANT, BRANCH, 10, 6, 4, 2));
      assertThat(t.isAccepted()).isTrue();
      assertThat(t.state().stage()).isEqualTo(DevelopmentStage.ADMITTED);
    }

    @Test
    @DisplayName(
        "DEVELOP-REG: a meeting with exactly half of those entitled present is not quorate")
    void quorum() {
      MembershipDevelopment s = target();
      rejected(
          s,
          s.apply(AdmissionVoted.of(MEETING, APPLICANT, BRANCH, 10, 5, 5, 1)),
          "DUAL-REC-2.MEETING-QUORUM");
    }

    @Test
    @DisplayName("DEVELOP-REG: impossible vote counts are structurally invalid")
    void impossibleCounts() {
      assertThatThrownBy(() -> AdmissionVoted.of(MEETING, APPLICANT, BRANCH, 5, 6, 7, 1))
          .isInstanceOf(InvalidValueException.class)
          .satisfies(
              e ->
                  assertThat(((InvalidValueException) e).problems())
                      .extracting(p -> p.rule())
                      .containsExactly("AT_MOST_ENTITLED", "AT_MOST_PRESENT", "AT_MOST_ABSENT"));
    }
  }

  @Nested
  class Approval {
    private MembershipDevelopment admitted() {
      return developed(pathToProbation().subList(0, pathToProbation().size() - 1));
    }

    @Test
    @DisplayName("DEVELOP-REG: approval is due within three months of the branch meeting")
    void dueInThreeMonths() {
      MembershipDevelopment s = admitted();
      Obligation o = s.obligations(MEETING).get(0);
      assertThat(o.kind()).isEqualTo(ObligationKind.APPROVE_ADMISSION);
      assertThat(o.due()).contains(MEETING.plusMonths(3));
      Decision d =
          rejected(
              s,
              s.apply(AdmissionApproved.of(MEETING.plusMonths(3).plusDays(1), APPLICANT, HIGHER)),
              "DUAL-REC-2.APPROVAL");
      assertThat(argument(d.reasons().get(0), "days")).isEqualTo(number(1));
    }

    @Test
    @DisplayName("DEVELOP-REG: an extended approval may take up to six months, not more")
    void extendedToSix() {
      MembershipDevelopment extended =
          admitted().apply(ApprovalExtended.of(MEETING.plusMonths(2), APPLICANT, HIGHER)).state();
      assertThat(extended.obligations(MEETING).get(0).due()).contains(MEETING.plusMonths(6));
      assertThat(
              extended
                  .apply(AdmissionApproved.of(MEETING.plusMonths(6), APPLICANT, HIGHER))
                  .isAccepted())
          .isTrue();
      rejected(
          extended,
          extended.apply(
              AdmissionApproved.of(MEETING.plusMonths(6).plusDays(1), APPLICANT, HIGHER)),
          "DUAL-REC-2.APPROVAL");
      rejected(
          extended,
          extended.apply(ApprovalExtended.of(MEETING.plusMonths(2), APPLICANT, HIGHER)),
          "DUAL-REC.EVENT-IN-SEQUENCE");
    }

    @Test
    @DisplayName("DEVELOP-REG: the approval can only be extended within the three months")
    void lateExtension() {
      MembershipDevelopment s = admitted();
      rejected(
          s,
          s.apply(ApprovalExtended.of(MEETING.plusMonths(3).plusDays(1), APPLICANT, HIGHER)),
          "DUAL-REC-2.APPROVAL");
    }

    @Test
    @DisplayName("DEVELOP-REG: a refused admission ends the development")
    void refused() {
      MembershipDevelopment s =
          admitted().apply(AdmissionRefused.of(APPROVED, APPLICANT, HIGHER)).state();
      assertThat(s.stage()).isEqualTo(DevelopmentStage.NOT_APPROVED);
      assertThat(s.obligations(APPROVED)).isEmpty();
    }
  }

  @Nested
  class Probation {
    private MembershipDevelopment probationary() {
      return developed(pathToProbation());
    }

    @Test
    @DisplayName(
        "DEVELOP-REG Art. 32: probation is one year from the branch meeting; conversion a day early"
            + " is rejected")
    void conversionAtTheEnd() {
      MembershipDevelopment s = probationary();
      assertThat(s.stage()).isEqualTo(DevelopmentStage.PROBATIONARY);
      assertThat(s.probationEnd()).contains(PROBATION_END);
      Obligation o = s.obligations(APPROVED).get(0);
      assertThat(o.kind()).isEqualTo(ObligationKind.DECIDE_AT_PROBATION_END);
      assertThat(o.status()).isEqualTo(ObligationStatus.UPCOMING);
      assertThat(s.obligations(PROBATION_END).get(0).status()).isEqualTo(ObligationStatus.DUE);
      assertThat(s.obligations(PROBATION_END.plusDays(3)).get(0).overdueDays()).isEqualTo(3);
      rejected(
          s,
          s.apply(ProbationConverted.of(PROBATION_END.minusDays(1), APPLICANT, BRANCH)),
          "DUAL-REC-2.PROBATION");
    }

    @Test
    @DisplayName("DEVELOP-REG Art. 32: an extension of five months is rejected")
    void fiveMonths() {
      MembershipDevelopment s = probationary();
      Decision d =
          rejected(
              s,
              s.apply(ProbationExtended.of(PROBATION_END, APPLICANT, BRANCH, months(5))),
              "DUAL-REC-2.PROBATION-EXTENSION");
      Reason r = d.reasons().get(0);
      assertThat(r.messageKey()).isEqualTo("reason.recommendation.extension-out-of-range");
      assertThat(argument(r, "minimum")).isEqualTo(Period.ofMonths(6));
      assertThat(d.render(Locale.SIMPLIFIED_CHINESE)).contains("延长5个月，不在6个月至12个月之间");
    }

    @Test
    @DisplayName("DEVELOP-REG Art. 32: thirteen months is too long, six and twelve are allowed")
    void range() {
      MembershipDevelopment s = probationary();
      rejected(
          s,
          s.apply(ProbationExtended.of(PROBATION_END, APPLICANT, BRANCH, months(13))),
          "DUAL-REC-2.PROBATION-EXTENSION");
      assertThat(
              s.apply(ProbationExtended.of(PROBATION_END, APPLICANT, BRANCH, months(6)))
                  .isAccepted())
          .isTrue();
      assertThat(
              s.apply(ProbationExtended.of(PROBATION_END, APPLICANT, BRANCH, Period.ofYears(1)))
                  .isAccepted())
          .isTrue();
    }

    @Test
    @DisplayName(
        "DEVELOP-REG Art. 32: a second extension is rejected; conversion follows the extended end")
    void secondExtension() {
      MembershipDevelopment extended =
          probationary()
              .apply(ProbationExtended.of(PROBATION_END, APPLICANT, BRANCH, months(6)))
              .state();
      LocalDate newEnd = PROBATION_END.plusMonths(6);
      assertThat(extended.probationEnd()).contains(newEnd);
      assertThat(extended.extensions()).isEqualTo(1);
      Decision d =
          rejected(
              extended,
              extended.apply(ProbationExtended.of(newEnd, APPLICANT, BRANCH, months(6))),
              "DUAL-REC-2.PROBATION-EXTENSION");
      assertThat(d.reasons().get(0).messageKey())
          .isEqualTo("reason.recommendation.extensions-exhausted");
      rejected(
          extended,
          extended.apply(ProbationConverted.of(newEnd.minusDays(1), APPLICANT, BRANCH)),
          "DUAL-REC-2.PROBATION");
      assertThat(extended.apply(ProbationConverted.of(newEnd, APPLICANT, BRANCH)).state().stage())
          .isEqualTo(DevelopmentStage.FULL_MEMBER);
    }

    @Test
    @DisplayName(
        "DEVELOP-REG Art. 32: an extension is decided at the end of the probation, not before")
    void extensionBeforeTheEnd() {
      MembershipDevelopment s = probationary();
      rejected(
          s,
          s.apply(ProbationExtended.of(PROBATION_END.minusMonths(1), APPLICANT, BRANCH, months(6))),
          "DUAL-REC-2.PROBATION-EXTENSION");
    }

    @Test
    @DisplayName(
        "DEVELOP-REG Art. 32: the probationary status may be cancelled at any time of the"
            + " probation")
    void cancellation() {
      MembershipDevelopment s =
          probationary()
              .apply(ProbationCancelled.of(APPROVED.plusMonths(2), APPLICANT, BRANCH))
              .state();
      assertThat(s.stage()).isEqualTo(DevelopmentStage.PROBATION_CANCELLED);
      assertThat(s.isMember()).isFalse();
    }

    @Test
    @DisplayName("DEVELOP-REG Art. 32: a zero or negative extension is structurally invalid")
    void invalidExtension() {
      assertThatThrownBy(() -> ProbationExtended.of(PROBATION_END, APPLICANT, BRANCH, Period.ZERO))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("POSITIVE_PERIOD");
    }
  }

  @Test
  @DisplayName("DUAL-REC-2: a person may withdraw before membership, not after")
  void withdrawal() {
    MembershipDevelopment activist = developed(pathToActivist());
    assertThat(activist.apply(DevelopmentWithdrawn.of(TARGET, APPLICANT, BRANCH)).state().stage())
        .isEqualTo(DevelopmentStage.WITHDRAWN);
    MembershipDevelopment probationary = developed(pathToProbation());
    rejected(
        probationary,
        probationary.apply(DevelopmentWithdrawn.of(PROBATION_END, APPLICANT, BRANCH)),
        "DUAL-REC.EVENT-IN-SEQUENCE");
  }

  @Test
  @DisplayName("DUAL-REC-2: a policy with another probation changes the end of probation")
  void localPolicy() {
    var policy =
        Fixtures.NATIONAL.with(
            Parameters.PROBATION_PERIOD,
            Period.ofMonths(18),
            org.dangong.policy.Citation.of(
                org.dangong.policy.Source.LOCAL, "test", "an 18-month probation"),
            LocalDate.of(2020, 1, 1));
    MembershipDevelopment s = developed(policy, WorkingCalendar.weekends(), pathToProbation());
    assertThat(s.probationEnd()).contains(MEETING.plusMonths(18));
  }

  @Test
  @DisplayName("DUAL-REC-2: a political review before the target stage is out of sequence")
  void politicalReviewTooEarly() {
    MembershipDevelopment activist = developed(pathToActivist());
    rejected(
        activist,
        activist.apply(PoliticalReviewCompleted.of(TARGET, APPLICANT, BRANCH)),
        "DUAL-REC.EVENT-IN-SEQUENCE");
    assertThat(INTRODUCED).isAfter(TARGET);
  }
}
