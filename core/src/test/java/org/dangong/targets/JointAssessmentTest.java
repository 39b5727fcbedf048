package org.dangong.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangong.targets.CycleFixtures.AFTER;
import static org.dangong.targets.CycleFixtures.DEC;
import static org.dangong.targets.CycleFixtures.FEB;
import static org.dangong.targets.CycleFixtures.MIDYEAR;
import static org.dangong.targets.CycleFixtures.NATIONAL;
import static org.dangong.targets.CycleFixtures.act;
import static org.dangong.targets.CycleFixtures.assessment;
import static org.dangong.targets.CycleFixtures.cycle;
import static org.dangong.targets.CycleFixtures.dec;
import static org.dangong.targets.CycleFixtures.party;
import static org.dangong.targets.CycleFixtures.score;
import static org.dangong.targets.CycleFixtures.target;
import static org.dangong.targets.CycleFixtures.u;
import static org.dangong.targets.CycleFixtures.union;
import static org.dangong.targets.CycleFixtures.unit;
import static org.dangong.targets.CycleFixtures.with;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Locale;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Verdict;
import org.dangong.policy.JointStage;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.Source;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 同考核: scores with their breakdown, the combined score, grades, the union cap and veto items. */
class JointAssessmentTest {
  /** A city weighing party building 80 and union building 20. */
  private static final Policy EIGHTY_TWENTY =
      with(
          with(Policy.national(), Parameters.JOINT_ASSESSMENT_PARTY_SHARE, 80),
          Parameters.JOINT_ASSESSMENT_UNION_SHARE,
          20);

  private static UnitReport report(TargetEngine engine, WorkCycle cycle) {
    return engine.evaluate(cycle, AFTER).unit(u("U-1")).orElseThrow();
  }

  @Test
  @DisplayName(
      "SEED JOINT-DEPLOY 同考核: every score comes with its breakdown per target — points, weight,"
          + " cap, citation")
  void scoresComeWithTheirBreakdown() {
    WorkCycle cycle =
        cycle(unit("U-1"))
            .addDeployment(
                act(
                    "D-1",
                    FEB,
                    target("P-1", WorkSide.PARTY, "3", "10", "U-1"),
                    target("P-2", WorkSide.PARTY, "1", "10", "U-1"),
                    target("N-1", WorkSide.UNION, "2", "20", "U-1"),
                    target("N-2", WorkSide.UNION, "2", "10", "U-1")))
            .addAssessment(
                assessment(
                    "A-1",
                    DEC,
                    score("U-1", "P-1", "10"),
                    score("U-1", "P-2", "6"),
                    score("U-1", "N-1", "8"),
                    score("U-1", "N-2", "5")))
            .build();

    UnitReport r = report(NATIONAL, cycle);
    UnitScore s = r.score();

    assertThat(s.party().score()).contains(dec("90.00"));
    assertThat(s.union().score()).contains(dec("45.00"));
    assertThat(s.combined()).contains(dec("67.50"));
    assertThat(s.grade()).contains(AssessmentGrade.PASS);
    assertThat(s.capped()).isFalse();
    assertThat(s.party().targets())
        .extracting(TargetScore::contribution)
        .containsExactly(dec("75.00"), dec("15.00"));
    TargetScore n1 = s.union().targets().get(0);
    assertThat(n1.target()).isEqualTo(TargetId.of("N-1"));
    assertThat(n1.points()).contains(dec("8"));
    assertThat(n1.maxPoints()).isEqualTo(dec("20"));
    assertThat(n1.weight()).isEqualTo(dec("2"));
    assertThat(n1.percent()).isEqualTo(dec("40.00"));
    assertThat(n1.contribution()).isEqualTo(dec("20.00"));
    assertThat(n1.assessment()).contains(RecordId.of("A-1"));
    assertThat(n1.citation().source()).isEqualTo(Source.LOCAL);
    assertThat(n1.citation().article()).isEqualTo("关于印发2024年度党建和工会工作目标的通知");
    assertThat(n1.citation().effective()).contains(FEB);
    Decision grade = r.gradeDecision();
    assertThat(grade.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(grade.reasons())
        .extracting(Reason::messageKey)
        .containsExactly(
            "reason.targets.side-score",
            "reason.targets.side-score",
            "reason.targets.combined-score",
            "reason.targets.grade");
    assertThat(grade.render(Locale.SIMPLIFIED_CHINESE)).contains("综合得分67.5分", "合格");
    assertThat(grade.render(Locale.ENGLISH)).contains("Combined score 67.5", "pass");
    Decision joint = r.stage(JointStage.ASSESSMENT).orElseThrow();
    assertThat(joint.verdict()).isEqualTo(Verdict.SATISFIED);
  }

  @Test
  @DisplayName(
      "JOINT_ASSESSMENT_UNION_FAIL_CAPS_GRADE: an excellent party score with a failed union score"
          + " is graded 合格 at most")
  void failedUnionPartCapsAnExcellentGrade() {
    WorkCycle cycle =
        cycle(unit("U-1"))
            .addDeployment(act("D-1", FEB, party("P-1", "U-1"), union("N-1", "U-1")))
            .addAssessment(
                assessment("A-1", DEC, score("U-1", "P-1", "10"), score("U-1", "N-1", "5.5")))
            .build();

    UnitReport capped = report(TargetEngine.of(EIGHTY_TWENTY), cycle);
    assertThat(capped.score().combined()).contains(dec("91.00"));
    assertThat(capped.score().uncappedGrade()).contains(AssessmentGrade.EXCELLENT);
    assertThat(capped.grade()).contains(AssessmentGrade.PASS);
    assertThat(capped.score().capped()).isTrue();
    assertThat(capped.gradeDecision().reasons())
        .extracting(Reason::messageKey)
        .contains("reason.targets.union-fail-cap", "reason.targets.final-grade");
    assertThat(capped.stage(JointStage.COMMENDATION).orElseThrow().verdict())
        .isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(capped.commendation().eligible()).isFalse();

    Policy noCap = with(EIGHTY_TWENTY, Parameters.JOINT_ASSESSMENT_UNION_FAIL_CAPS_GRADE, false);
    UnitReport uncapped = report(TargetEngine.of(noCap), cycle);
    assertThat(uncapped.grade()).contains(AssessmentGrade.EXCELLENT);
    assertThat(uncapped.commendation().eligible()).isFalse();
  }

  @Test
  @DisplayName(
      "JOINT_ASSESSMENT_UNION_FAIL_CAPS_GRADE: a unit with party targets only is graded 合格 at most")
  void missingUnionPartCapsTheGrade() {
    WorkCycle cycle =
        cycle(unit("U-1"))
            .addDeployment(act("D-1", FEB, party("P-1", "U-1")))
            .addAssessment(assessment("A-1", DEC, score("U-1", "P-1", "10")))
            .build();

    UnitReport r = report(NATIONAL, cycle);

    assertThat(r.score().combined()).contains(dec("100.00"));
    assertThat(r.grade()).contains(AssessmentGrade.PASS);
    assertThat(r.gradeDecision().reasons())
        .extracting(Reason::messageKey)
        .contains(
            "reason.targets.side-no-targets",
            "reason.targets.combined-one-side",
            "reason.targets.union-missing-cap");
    assertThat(r.isJoint(JointStage.ASSESSMENT)).contains(false);
    assertThat(r.commendation().decision().reasons())
        .extracting(Reason::messageKey)
        .containsExactly("reason.targets.side-missing");
  }

  @Test
  @DisplayName(
      "JOINT_ASSESSMENT_VETO_ENABLED: a failed veto item (一票否决) fails the unit whatever its score")
  void vetoItemFailsTheUnit() {
    Target veto = target("N-V", WorkSide.UNION, "1", "10", "U-1").withVeto(true);
    WorkCycle cycle =
        cycle(unit("U-1"))
            .addDeployment(
                act(
                    "D-1",
                    FEB,
                    party("P-1", "U-1"),
                    target("N-1", WorkSide.UNION, "9", "10", "U-1"),
                    veto))
            .addAssessment(
                assessment(
                    "A-1",
                    DEC,
                    score("U-1", "P-1", "10"),
                    score("U-1", "N-1", "10"),
                    score("U-1", "N-V", "0")))
            .build();

    UnitReport vetoed = report(NATIONAL, cycle);
    assertThat(vetoed.score().combined()).contains(dec("95.00"));
    assertThat(vetoed.score().vetoed()).isTrue();
    assertThat(vetoed.grade()).contains(AssessmentGrade.FAIL);
    assertThat(vetoed.gradeDecision().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(vetoed.gradeDecision().reasons())
        .extracting(Reason::messageKey)
        .contains("reason.targets.veto");
    assertThat(vetoed.commendation().decision().reasons())
        .extracting(Reason::messageKey)
        .containsExactly("reason.targets.vetoed");

    Policy noVeto = with(Policy.national(), Parameters.JOINT_ASSESSMENT_VETO_ENABLED, false);
    UnitReport counted = report(TargetEngine.of(noVeto), cycle);
    assertThat(counted.grade()).contains(AssessmentGrade.EXCELLENT);
    assertThat(counted.commendation().commended()).isTrue();
  }

  @Test
  @DisplayName(
      "Missing data is a finding: a target nobody scored counts as 0 and is named; a unit nobody"
          + " assessed has no grade")
  void unscoredTargetsAndUnassessedUnits() {
    WorkCycle cycle =
        cycle(unit("U-1"), unit("U-2"))
            .addDeployment(
                act(
                    "D-1",
                    FEB,
                    party("P-1", "U-1", "U-2"),
                    party("P-2", "U-1"),
                    union("N-1", "U-1", "U-2")))
            .addAssessment(
                assessment("A-1", DEC, score("U-1", "P-1", "10"), score("U-1", "N-1", "10")))
            .build();
    CycleReport report = NATIONAL.evaluate(cycle, AFTER);

    UnitReport partly = report.unit(u("U-1")).orElseThrow();
    assertThat(partly.score().party().score()).contains(dec("50.00"));
    TargetScore p2 = partly.score().party().targets().get(1);
    assertThat(p2.points()).isEmpty();
    assertThat(p2.countedPoints()).isEqualTo(dec("0"));
    assertThat(partly.gradeDecision().reasons())
        .filteredOn(r -> r.messageKey().equals("reason.targets.unscored"))
        .singleElement()
        .satisfies(r -> assertThat(r.argument("target").orElseThrow().value()).isEqualTo("P-2"));

    UnitReport none = report.unit(u("U-2")).orElseThrow();
    assertThat(none.score().assessed()).isFalse();
    assertThat(none.grade()).isEmpty();
    assertThat(none.score().party().score()).isEmpty();
    assertThat(none.gradeDecision().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(none.gradeDecision().reasons().get(0).messageKey())
        .isEqualTo("reason.targets.not-assessed");
    assertThat(none.commendation().eligible()).isFalse();
    UnitReport midyear = NATIONAL.evaluate(cycle, MIDYEAR).unit(u("U-1")).orElseThrow();
    assertThat(midyear.score().assessed()).isFalse();
    assertThat(midyear.gradeDecision().verdict()).isEqualTo(Verdict.INFORMATIONAL);
  }

  @Test
  @DisplayName(
      "SEED JOINT-DEPLOY 同考核: party and union scored by assessments of different dates are not"
          + " assessed jointly")
  void separateAssessmentsAreNotJoint() {
    LocalDate nov = LocalDate.of(2024, 11, 30);
    WorkCycle cycle =
        cycle(unit("U-1"))
            .addDeployment(act("D-1", FEB, party("P-1", "U-1"), union("N-1", "U-1")))
            .addAssessment(assessment("A-1", nov, score("U-1", "P-1", "10")))
            .addAssessment(assessment("A-2", DEC, score("U-1", "N-1", "10")))
            .build();

    UnitReport r = report(NATIONAL, cycle);

    assertThat(r.isJoint(JointStage.ASSESSMENT)).contains(false);
    assertThat(r.stage(JointStage.ASSESSMENT).orElseThrow().reasons())
        .extracting(Reason::messageKey)
        .containsExactly("reason.targets.one-sided-record", "reason.targets.one-sided-record");
    assertThat(r.grade()).contains(AssessmentGrade.EXCELLENT);
  }

  @Test
  @DisplayName(
      "JOINT_STAGES without 同考核: the combined score is the party-building score and the union part"
          + " caps nothing")
  void withoutJointAssessmentThePartyScoreDecides() {
    Policy separate =
        with(
            Policy.national(),
            Parameters.JOINT_STAGES,
            ImmutableSet.of(JointStage.DEPLOYMENT, JointStage.INSPECTION));
    WorkCycle cycle =
        cycle(unit("U-1"))
            .addDeployment(act("D-1", FEB, party("P-1", "U-1"), union("N-1", "U-1")))
            .addAssessment(
                assessment("A-1", DEC, score("U-1", "P-1", "10"), score("U-1", "N-1", "3")))
            .build();

    UnitReport r = report(TargetEngine.of(separate), cycle);

    assertThat(r.score().combined()).contains(dec("100.00"));
    assertThat(r.score().union().score()).contains(dec("30.00"));
    assertThat(r.grade()).contains(AssessmentGrade.EXCELLENT);
    assertThat(r.gradeDecision().reasons())
        .extracting(Reason::messageKey)
        .contains("reason.targets.combined-not-joint");
    assertThat(r.stage(JointStage.ASSESSMENT)).isEmpty();
    assertThat(r.commendation().commended()).isTrue();
  }
}
