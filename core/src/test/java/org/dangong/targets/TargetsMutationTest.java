package org.dangong.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.dangong.targets.CycleFixtures.AFTER;
import static org.dangong.targets.CycleFixtures.DEC;
import static org.dangong.targets.CycleFixtures.END;
import static org.dangong.targets.CycleFixtures.FEB;
import static org.dangong.targets.CycleFixtures.JUL;
import static org.dangong.targets.CycleFixtures.MAR;
import static org.dangong.targets.CycleFixtures.START;
import static org.dangong.targets.CycleFixtures.NATIONAL;
import static org.dangong.targets.CycleFixtures.act;
import static org.dangong.targets.CycleFixtures.assessment;
import static org.dangong.targets.CycleFixtures.cycle;
import static org.dangong.targets.CycleFixtures.dec;
import static org.dangong.targets.CycleFixtures.inspection;
import static org.dangong.targets.CycleFixtures.party;
import static org.dangong.targets.CycleFixtures.score;
import static org.dangong.targets.CycleFixtures.target;
import static org.dangong.targets.CycleFixtures.u;
import static org.dangong.targets.CycleFixtures.union;
import static org.dangong.targets.CycleFixtures.unit;
import static org.dangong.targets.CycleFixtures.units;
import static org.dangong.targets.CycleFixtures.with;
import static org.dangong.decision.ReasonLookup.keys;
import static org.dangong.decision.ReasonLookup.only;
import static org.dangong.decision.ReasonLookup.arg;
import static org.dangong.decision.ReasonLookup.number;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Verdict;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Jurisdiction;
import org.dangong.model.OrganizationId;
import org.dangong.model.PartyOrganization;
import org.dangong.model.Problem;
import org.dangong.policy.JointStage;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.PolicyValue;
import org.dangong.testkit.Jurisdictions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The engine's thresholds exactly at their values, and the details of its reasons: which
 * arguments they name and which policy values they applied.
 */
class TargetsMutationTest {

  /** A unit U-1 with one party and one union target of 10 points, set by D-1 and scored by A-1. */
  private static WorkCycle scored(String partyPoints, String unionPoints) {
    return cycle(unit("U-1"))
        .addDeployment(act("D-1", FEB, party("P-1", "U-1"), union("N-1", "U-1")))
        .addAssessment(
            assessment(
                "A-1", DEC, score("U-1", "P-1", partyPoints), score("U-1", "N-1", unionPoints)))
        .build();
  }

  private static UnitReport report(TargetEngine engine, WorkCycle cycle, LocalDate asOf) {
    return engine.evaluate(cycle, asOf).unit(u("U-1")).orElseThrow();
  }

  private static UnitReport report(WorkCycle cycle) {
    return report(NATIONAL, cycle, AFTER);
  }

  private static List<String> parameters(Reason r) {
    return r.parameters().stream().map(PolicyValue::parameter).map(p -> p.id()).toList();
  }

  private static Policy stages(JointStage... stages) {
    return with(Policy.national(), Parameters.JOINT_STAGES, ImmutableSet.copyOf(stages));
  }

  // ---- grades ----

  @Test
  @DisplayName(
      "JOINT_ASSESSMENT_EXCELLENT_MIN: a combined score of exactly 90 is 优秀, 89.5 is 良好")
  void excellentFromExactlyNinety() {
    UnitReport at = report(scored("9", "9"));
    assertThat(at.score().combined()).contains(dec("90.00"));
    assertThat(at.grade()).contains(AssessmentGrade.EXCELLENT);
    assertThat(at.score().uncappedGrade()).contains(AssessmentGrade.EXCELLENT);
    Reason grade = only(at.gradeDecision(), "reason.targets.grade");
    assertThat(arg(grade, "grade")).isEqualTo(AssessmentGrade.EXCELLENT);
    assertThat(number(grade, "combined")).isEqualByComparingTo("90");
    assertThat(parameters(grade))
        .containsExactly(
            "JOINT_ASSESSMENT_EXCELLENT_MIN",
            "JOINT_ASSESSMENT_GOOD_MIN",
            "JOINT_ASSESSMENT_PASS_MIN");

    UnitReport below = report(scored("9", "8.9"));
    assertThat(below.score().combined()).contains(dec("89.50"));
    assertThat(below.grade()).contains(AssessmentGrade.GOOD);
  }

  @Test
  @DisplayName("JOINT_ASSESSMENT_GOOD_MIN: a combined score of exactly 80 is 良好, 79.5 is 合格")
  void goodFromExactlyEighty() {
    UnitReport at = report(scored("8", "8"));
    assertThat(at.score().combined()).contains(dec("80.00"));
    assertThat(at.grade()).contains(AssessmentGrade.GOOD);
    assertThat(at.gradeDecision().verdict()).isEqualTo(Verdict.SATISFIED);

    UnitReport below = report(scored("8", "7.9"));
    assertThat(below.grade()).contains(AssessmentGrade.PASS);
  }

  @Test
  @DisplayName(
      "JOINT_ASSESSMENT_PASS_MIN: a combined score of exactly 60 is 合格 and a side of exactly 60"
          + " passes; 59.5 fails")
  void passFromExactlySixty() {
    UnitReport at = report(scored("6", "6"));
    assertThat(at.score().combined()).contains(dec("60.00"));
    assertThat(at.grade()).contains(AssessmentGrade.PASS);
    assertThat(at.score().party().passed()).isTrue();
    assertThat(at.score().union().passed()).isTrue();
    assertThat(at.score().capped()).isFalse();
    assertThat(at.gradeDecision().verdict()).isEqualTo(Verdict.SATISFIED);
    Decision joint = at.stage(JointStage.COMMENDATION).orElseThrow();
    assertThat(joint.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(keys(joint))
        .containsExactly("reason.targets.side-passes", "reason.targets.side-passes");
    Reason passes = joint.reasons().get(1);
    assertThat(arg(passes, "side")).isEqualTo(WorkSide.UNION);
    assertThat(number(passes, "score")).isEqualByComparingTo("60");
    assertThat(number(passes, "passMin")).isEqualByComparingTo("60");
    assertThat(parameters(passes)).containsExactly("JOINT_ASSESSMENT_PASS_MIN");

    UnitReport below = report(scored("6", "5.9"));
    assertThat(below.score().combined()).contains(dec("59.50"));
    assertThat(below.grade()).contains(AssessmentGrade.FAIL);
    assertThat(below.score().union().passed()).isFalse();
    assertThat(below.gradeDecision().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    // Already below 合格, the cap changes nothing and is not reported.
    assertThat(below.score().capped()).isFalse();
    assertThat(keys(below.gradeDecision()))
        .doesNotContain("reason.targets.union-fail-cap", "reason.targets.final-grade");
    Decision failing = below.stage(JointStage.COMMENDATION).orElseThrow();
    assertThat(failing.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    Reason fails = only(failing, "reason.targets.side-fails");
    assertThat(arg(fails, "side")).isEqualTo(WorkSide.UNION);
    assertThat(number(fails, "score")).isEqualByComparingTo("59");
    assertThat(number(fails, "passMin")).isEqualByComparingTo("60");
    assertThat(parameters(fails)).containsExactly("JOINT_ASSESSMENT_PASS_MIN");
  }

  @Test
  @DisplayName(
      "JOINT_ASSESSMENT_UNION_FAIL_CAPS_GRADE: a 良好 score with a failed union part becomes 合格;"
          + " a 合格 score is not reported as capped")
  void capOnlyWhereItLowersTheGrade() {
    UnitReport good = report(scored("10", "5.9")); // 79.5: 合格 uncapped already
    assertThat(good.score().uncappedGrade()).contains(AssessmentGrade.PASS);
    assertThat(good.score().capped()).isFalse();
    assertThat(keys(good.gradeDecision())).doesNotContain("reason.targets.union-fail-cap");

    Policy seventyThirty =
        with(
            with(Policy.national(), Parameters.JOINT_ASSESSMENT_PARTY_SHARE, 70),
            Parameters.JOINT_ASSESSMENT_UNION_SHARE,
            30);
    WorkCycle cycle = scored("10", "5");
    UnitReport capped = report(TargetEngine.of(seventyThirty), cycle, AFTER);
    assertThat(capped.score().combined()).contains(dec("85.00"));
    assertThat(capped.score().uncappedGrade()).contains(AssessmentGrade.GOOD);
    assertThat(capped.grade()).contains(AssessmentGrade.PASS);
    assertThat(capped.score().capped()).isTrue();
    Reason cap = only(capped.gradeDecision(), "reason.targets.union-fail-cap");
    assertThat(number(cap, "union")).isEqualByComparingTo("50");
    assertThat(number(cap, "passMin")).isEqualByComparingTo("60");
    assertThat(arg(cap, "cap")).isEqualTo(AssessmentGrade.PASS);
    assertThat(parameters(cap))
        .containsExactly(
            "JOINT_ASSESSMENT_UNION_FAIL_CAPS_GRADE", "JOINT_ASSESSMENT_PASS_MIN");
    assertThat(cap.citations()).contains(TargetRules.LEAD_PLAN_CLAUSE);
    Reason combined = only(capped.gradeDecision(), "reason.targets.combined-score");
    assertThat(number(combined, "combined")).isEqualByComparingTo("85");
    assertThat(number(combined, "party")).isEqualByComparingTo("100");
    assertThat(number(combined, "partyShare")).isEqualByComparingTo("70");
    assertThat(number(combined, "union")).isEqualByComparingTo("50");
    assertThat(number(combined, "unionShare")).isEqualByComparingTo("30");
    assertThat(parameters(combined))
        .containsExactly(
            "JOINT_STAGES", "JOINT_ASSESSMENT_PARTY_SHARE", "JOINT_ASSESSMENT_UNION_SHARE");
    Reason last = capped.gradeDecision().reasons().get(capped.gradeDecision().reasons().size() - 1);
    assertThat(last.messageKey()).isEqualTo("reason.targets.final-grade");
    assertThat(arg(last, "grade")).isEqualTo(AssessmentGrade.PASS);
    assertThat(capped.gradeDecision().verdict()).isEqualTo(Verdict.SATISFIED);

    UnitReport free =
        report(
            TargetEngine.of(
                with(seventyThirty, Parameters.JOINT_ASSESSMENT_UNION_FAIL_CAPS_GRADE, false)),
            cycle,
            AFTER);
    assertThat(free.grade()).contains(AssessmentGrade.GOOD);
    assertThat(free.score().capped()).isFalse();
    assertThat(keys(free.gradeDecision())).doesNotContain("reason.targets.final-grade");

    UnitReport notJoint =
        report(
            TargetEngine.of(stages(JointStage.DEPLOYMENT, JointStage.INSPECTION)),
            scored("8.5", "2"),
            AFTER);
    assertThat(notJoint.score().combined()).contains(dec("85.00"));
    assertThat(notJoint.grade()).contains(AssessmentGrade.GOOD);
    assertThat(notJoint.score().capped()).isFalse();
  }

  @Test
  @DisplayName(
      "JOINT_ASSESSMENT_UNION_SHARE: shares 1:2 weigh the union score double, rounded half up to"
          + " two decimals")
  void sharesWeighTheSides() {
    Policy oneTwo =
        with(
            with(Policy.national(), Parameters.JOINT_ASSESSMENT_PARTY_SHARE, 1),
            Parameters.JOINT_ASSESSMENT_UNION_SHARE,
            2);
    UnitReport r = report(TargetEngine.of(oneTwo), scored("10", "5"), AFTER);
    // (100 × 1 + 50 × 2) / 3 = 66.666…
    assertThat(r.score().combined()).contains(dec("66.67"));
    assertThat(r.score().party().score()).contains(dec("100.00"));
    assertThat(r.score().union().score()).contains(dec("50.00"));
  }

  // ---- veto items ----

  /** U-1 with a party target, a union target of weight 9 and a union veto item of weight 1. */
  private static WorkCycle withVetoItem(String vetoPoints) {
    Target veto = target("N-V", WorkSide.UNION, "1", "10", "U-1").withVeto(true);
    return cycle(unit("U-1"))
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
                score("U-1", "N-V", vetoPoints)))
        .build();
  }

  @Test
  @DisplayName(
      "JOINT_ASSESSMENT_VETO_ENABLED: a veto item scoring exactly the pass mark (60%) does not"
          + " veto; 55% does, and the veto reason names the item and its points")
  void vetoBelowThePassMarkOnly() {
    UnitReport at = report(withVetoItem("6"));
    assertThat(at.score().vetoed()).isFalse();
    TargetScore item = at.score().union().targets().get(1);
    assertThat(item.target()).isEqualTo(TargetId.of("N-V"));
    assertThat(item.veto()).isTrue();
    assertThat(item.vetoTriggered()).isFalse();
    assertThat(at.grade()).contains(AssessmentGrade.EXCELLENT);
    assertThat(keys(at.gradeDecision())).doesNotContain("reason.targets.veto");
    assertThat(at.commendation().commended()).isTrue();

    UnitReport below = report(withVetoItem("5.5"));
    assertThat(below.score().union().score()).contains(dec("95.50"));
    assertThat(below.score().vetoed()).isTrue();
    assertThat(below.score().union().targets().get(1).vetoTriggered()).isTrue();
    assertThat(below.score().union().targets().get(0).vetoTriggered()).isFalse();
    assertThat(below.score().uncappedGrade()).contains(AssessmentGrade.EXCELLENT);
    assertThat(below.grade()).contains(AssessmentGrade.FAIL);
    assertThat(below.gradeDecision().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    Reason last =
        below.gradeDecision().reasons().get(below.gradeDecision().reasons().size() - 1);
    assertThat(last.messageKey()).isEqualTo("reason.targets.final-grade");
    assertThat(arg(last, "grade")).isEqualTo(AssessmentGrade.FAIL);
    Reason r = only(below.gradeDecision(), "reason.targets.veto");
    assertThat(arg(r, "target")).isEqualTo("N-V");
    assertThat(arg(r, "title")).isEqualTo("工会建设目标 N-V");
    assertThat(number(r, "points")).isEqualByComparingTo("5.5");
    assertThat(number(r, "max")).isEqualByComparingTo("10");
    assertThat(parameters(r))
        .containsExactly("JOINT_ASSESSMENT_VETO_ENABLED", "JOINT_ASSESSMENT_PASS_MIN");
    Reason vetoed = only(below.commendation().decision(), "reason.targets.vetoed");
    assertThat(parameters(vetoed)).containsExactly("JOINT_ASSESSMENT_VETO_ENABLED");
    Decision stage = below.stage(JointStage.COMMENDATION).orElseThrow();
    assertThat(stage.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(keys(stage))
        .containsExactly(
            "reason.targets.side-passes", "reason.targets.side-passes", "reason.targets.vetoed");
    assertThat(parameters(stage.reasons().get(2))).containsExactly("JOINT_ASSESSMENT_VETO_ENABLED");
    assertThat(below.commendation().eligible()).isFalse();
  }

  @Test
  @DisplayName(
      "JOINT_ASSESSMENT_VETO_ENABLED: a veto item of a side that is not counted (no 同考核) vetoes"
          + " nothing")
  void vetoOfAnUncountedSide() {
    Target veto = target("N-V", WorkSide.UNION, "1", "10", "U-1").withVeto(true);
    WorkCycle cycle =
        cycle(unit("U-1"))
            .addDeployment(act("D-1", FEB, party("P-1", "U-1"), veto))
            .addAssessment(
                assessment("A-1", DEC, score("U-1", "P-1", "10"), score("U-1", "N-V", "0")))
            .build();
    UnitReport r =
        report(TargetEngine.of(stages(JointStage.DEPLOYMENT)), cycle, AFTER);
    assertThat(r.score().vetoed()).isFalse();
    assertThat(r.score().union().targets().get(0).vetoTriggered()).isFalse();
    assertThat(r.grade()).contains(AssessmentGrade.EXCELLENT);
    Reason notJoint = only(r.gradeDecision(), "reason.targets.combined-not-joint");
    assertThat(number(notJoint, "combined")).isEqualByComparingTo("100");
    assertThat(parameters(notJoint)).containsExactly("JOINT_STAGES");
    // Commendation is not joint either: only the counted (party) side must pass.
    assertThat(r.commendation().eligible()).isTrue();
    assertThat(r.commendation().commended()).isTrue();
  }

  // ---- commendation ----

  @Test
  @DisplayName(
      "JOINT_COMMENDATION_MIN_SCORE: a combined score of exactly 90 may be commended; 89.5 may"
          + " not, and the reason names both figures")
  void commendationFromExactlyTheMinimum() {
    UnitReport at = report(scored("9", "9"));
    assertThat(at.commendation().eligible()).isTrue();
    assertThat(at.commendation().commended()).isTrue();
    assertThat(at.commendation().rank()).contains(1);

    UnitReport below = report(scored("9", "8.9"));
    assertThat(below.commendation().eligible()).isFalse();
    assertThat(below.commendation().commended()).isFalse();
    Reason r = only(below.commendation().decision(), "reason.targets.below-commendation-score");
    assertThat(number(r, "combined")).isEqualByComparingTo("89.5");
    assertThat(number(r, "required")).isEqualByComparingTo("90");
    assertThat(parameters(r)).containsExactly("JOINT_COMMENDATION_MIN_SCORE");
  }

  @Test
  @DisplayName(
      "SEED JOINT-DEPLOY 同表彰: a unit with no target known yet is not eligible and is told it has"
          + " no target")
  void commendationNeedsATarget() {
    Policy partyOnly = stages(JointStage.DEPLOYMENT);
    // Assessed on a union target only, with 同考核 and 同表彰 off: the counted sides are {UNION}.
    WorkCycle cycle =
        cycle(unit("U-1"))
            .addDeployment(act("D-1", FEB, union("N-1", "U-1")))
            .addAssessment(assessment("A-1", DEC, score("U-1", "N-1", "10")))
            .build();
    UnitReport r = report(TargetEngine.of(partyOnly), cycle, AFTER);
    assertThat(r.score().combined()).contains(dec("100.00"));
    Reason one = only(r.gradeDecision(), "reason.targets.combined-one-side");
    assertThat(arg(one, "side")).isEqualTo(WorkSide.UNION);
    assertThat(number(one, "combined")).isEqualByComparingTo("100");
    Reason noParty = only(r.gradeDecision(), "reason.targets.side-no-targets");
    assertThat(arg(noParty, "side")).isEqualTo(WorkSide.PARTY);
    Reason sideScore = only(r.gradeDecision(), "reason.targets.side-score");
    assertThat(arg(sideScore, "side")).isEqualTo(WorkSide.UNION);
    assertThat(number(sideScore, "score")).isEqualByComparingTo("100");
    assertThat(number(sideScore, "count")).isEqualByComparingTo("1");
    assertThat(r.commendation().eligible()).isTrue();

    UnitReport joint = report(NATIONAL, cycle, AFTER);
    assertThat(joint.commendation().eligible()).isFalse();
    Reason missing = only(joint.commendation().decision(), "reason.targets.side-missing");
    assertThat(arg(missing, "side")).isEqualTo(WorkSide.PARTY);
    assertThat(missing.citations()).doesNotContain(TargetRules.LEAD_PLAN_CLAUSE);
  }

  // ---- as of a date ----

  @Test
  @DisplayName(
      "As of a date: records dated exactly on the as-of date count; the cycle is over only after"
          + " its last day")
  void recordsOnTheAsOfDateCount() {
    WorkCycle cycle =
        cycle(unit("U-1"))
            .addDeployment(act("D-1", FEB, party("P-1", "U-1"), union("N-1", "U-1")))
            .addInspection(inspection("I-1", JUL, units("U-1"), "P-1", "N-1"))
            .addAssessment(
                assessment("A-1", END, score("U-1", "P-1", "10"), score("U-1", "N-1", "10")))
            .build();

    UnitReport onTheAct = report(NATIONAL, cycle, FEB);
    assertThat(onTheAct.score().party().targets()).hasSize(1);
    assertThat(onTheAct.isJoint(JointStage.DEPLOYMENT)).contains(true);
    UnitReport beforeTheAct = report(NATIONAL, cycle, FEB.minusDays(1));
    assertThat(beforeTheAct.score().party().targets()).isEmpty();

    assertThat(report(NATIONAL, cycle, JUL).isJoint(JointStage.INSPECTION)).contains(true);
    Decision notYet = report(NATIONAL, cycle, JUL.minusDays(1)).stage(JointStage.INSPECTION).get();
    assertThat(notYet.verdict()).isEqualTo(Verdict.INFORMATIONAL);
    assertThat(keys(notYet))
        .containsExactly("reason.targets.no-inspection", "reason.targets.cycle-running");
    assertThat(arg(notYet.reasons().get(1), "end")).isEqualTo(END);

    UnitReport onTheLastDay = report(NATIONAL, cycle, END);
    assertThat(onTheLastDay.score().assessed()).isTrue();
    assertThat(onTheLastDay.grade()).contains(AssessmentGrade.EXCELLENT);
    UnitReport dayBefore = report(NATIONAL, cycle, END.minusDays(1));
    assertThat(dayBefore.score().assessed()).isFalse();
    // On the last day the cycle still runs: a missing assessment may still come.
    assertThat(dayBefore.gradeDecision().verdict()).isEqualTo(Verdict.INFORMATIONAL);
    assertThat(dayBefore.commendation().eligible()).isFalse();
    Decision noAssessment = dayBefore.stage(JointStage.COMMENDATION).orElseThrow();
    assertThat(noAssessment.verdict()).isEqualTo(Verdict.INFORMATIONAL);
    assertThat(keys(noAssessment))
        .containsExactly("reason.targets.not-assessed", "reason.targets.cycle-running");

    WorkCycle unassessed = cycle.toBuilder().removeRecordsIf(id -> id.value().equals("A-1")).build();
    assertThat(report(NATIONAL, unassessed, END).gradeDecision().verdict())
        .isEqualTo(Verdict.INFORMATIONAL);
    Decision over = report(NATIONAL, unassessed, END.plusDays(1)).gradeDecision();
    assertThat(over.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(keys(over)).containsExactly("reason.targets.not-assessed");
  }

  // ---- the stages ----

  @Test
  @DisplayName(
      "SEED JOINT-DEPLOY 同部署: union targets from an act without party targets are named as such,"
          + " acts in date order, and the unit is told it has no party target from an act")
  void unionOnlyActs() {
    WorkCycle cycle =
        cycle(unit("U-1"))
            .addDeployment(act("D-1", MAR, union("N-1", "U-1")))
            .addDeployment(act("D-2", FEB, union("N-2", "U-1")))
            .build();

    Decision d = report(cycle).stage(JointStage.DEPLOYMENT).orElseThrow();

    assertThat(d.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(keys(d))
        .containsExactly(
            "reason.targets.no-party-target-in",
            "reason.targets.one-sided-record",
            "reason.targets.one-sided-record");
    assertThat(arg(d.reasons().get(0), "kind")).isEqualTo(DeploymentKind.DEPLOYMENT);
    Reason first = d.reasons().get(1);
    assertThat(arg(first, "record")).isEqualTo("D-2");
    assertThat(arg(first, "date")).isEqualTo(FEB);
    assertThat(arg(first, "side")).isEqualTo(WorkSide.UNION);
    assertThat(arg(first, "body")).isEqualTo("中共吴江区委组织部");
    assertThat(arg(first, "title")).isEqualTo("关于印发2024年度党建和工会工作目标的通知");
    assertThat(arg(d.reasons().get(2), "record")).isEqualTo("D-1");
  }

  @Test
  @DisplayName(
      "Other cities' 同规划: a unit whose targets come from deployment acts only has no plan")
  void noPlanIsNamedAsSuch() {
    WorkCycle cycle =
        cycle(unit("U-1"))
            .addDeployment(act("D-1", FEB, party("P-1", "U-1"), union("N-1", "U-1")))
            .build();

    UnitReport r =
        report(TargetEngine.of(stages(JointStage.PLANNING, JointStage.DEPLOYMENT)), cycle, AFTER);

    Decision planning = r.stage(JointStage.PLANNING).orElseThrow();
    assertThat(planning.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(planning.ruleId()).isEqualTo(TargetRules.PLANNING.id());
    assertThat(keys(planning)).containsExactly("reason.targets.no-plan");
    assertThat(r.isJoint(JointStage.DEPLOYMENT)).contains(true);
  }

  @Test
  @DisplayName(
      "SEED JOINT-DEPLOY 同检查: records are judged in date order; one side's records alone do not"
          + " apply the same-date rule, both sides' do")
  void inspectionRecordsInDateOrder() {
    WorkCycle base =
        cycle(unit("U-1"))
            .addDeployment(act("D-1", FEB, party("P-1", "U-1"), union("N-1", "U-1")))
            .build();

    WorkCycle both =
        base.toBuilder()
            .addInspection(inspection("I-1", CycleFixtures.AUG, units("U-1"), "N-1"))
            .addInspection(inspection("I-2", JUL, units("U-1"), "P-1"))
            .build();
    Decision separate = report(both).stage(JointStage.INSPECTION).orElseThrow();
    assertThat(separate.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(separate.reasons())
        .extracting(r -> arg(r, "record"), r -> arg(r, "side"))
        .containsExactly(tuple("I-2", WorkSide.PARTY), tuple("I-1", WorkSide.UNION));
    assertThat(separate.reasons())
        .allSatisfy(
            r ->
                assertThat(parameters(r))
                    .containsExactly("JOINT_DEPLOY_SAME_DATE_COUNTS_AS_ONE"));

    Decision partyOnly =
        report(
                base.toBuilder()
                    .addInspection(inspection("I-1", JUL, units("U-1"), "P-1"))
                    .build())
            .stage(JointStage.INSPECTION)
            .orElseThrow();
    assertThat(keys(partyOnly)).containsExactly("reason.targets.one-sided-record");
    assertThat(partyOnly.reasons().get(0).parameters()).isEmpty();

    Decision unionOnly =
        report(
                base.toBuilder()
                    .addInspection(inspection("I-1", JUL, units("U-1"), "N-1"))
                    .build())
            .stage(JointStage.INSPECTION)
            .orElseThrow();
    assertThat(keys(unionOnly)).containsExactly("reason.targets.one-sided-record");
    assertThat(arg(unionOnly.reasons().get(0), "side")).isEqualTo(WorkSide.UNION);
    assertThat(unionOnly.reasons().get(0).parameters()).isEmpty();
  }

  @Test
  @DisplayName(
      "SEED JOINT-DEPLOY 同检查: a unit with union targets only cannot be inspected jointly and is"
          + " told it has no party target; a supervision is no inspection")
  void unionOnlyUnitAndSupervisions() {
    WorkCycle cycle =
        cycle(unit("U-1"))
            .addDeployment(act("D-1", FEB, union("N-1", "U-1")))
            .addInspection(inspection("I-1", JUL, units("U-1"), "N-1"))
            .build();
    Decision d = report(cycle).stage(JointStage.INSPECTION).orElseThrow();
    assertThat(d.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(keys(d))
        .containsExactly("reason.targets.no-party-target", "reason.targets.one-sided-record");

    WorkCycle supervised =
        cycle(unit("U-1"))
            .addDeployment(act("D-1", FEB, party("P-1", "U-1"), union("N-1", "U-1")))
            .addInspection(
                inspection("S-1", JUL, units("U-1"), "P-1", "N-1")
                    .withKind(InspectionKind.SUPERVISION))
            .build();
    CycleReport report = NATIONAL.evaluate(supervised, AFTER);
    Decision inspection =
        report.unit(u("U-1")).orElseThrow().stage(JointStage.INSPECTION).orElseThrow();
    assertThat(keys(inspection)).containsExactly("reason.targets.no-inspection");
    assertThat(report.inspectedOnOneSideOnly()).isEmpty();
    assertThat(report.supervisedOnOneSideOnly()).isEmpty();
  }

  @Test
  @DisplayName(
      "SEED JOINT-DEPLOY 同考核: assessments are judged in date order, whatever their ids")
  void assessmentRecordsInDateOrder() {
    WorkCycle cycle =
        cycle(unit("U-1"))
            .addDeployment(act("D-1", FEB, party("P-1", "U-1"), union("N-1", "U-1")))
            .addAssessment(assessment("A-1", DEC, score("U-1", "N-1", "10")))
            .addAssessment(assessment("A-2", LocalDate.of(2024, 11, 30), score("U-1", "P-1", "10")))
            .build();

    Decision d = report(cycle).stage(JointStage.ASSESSMENT).orElseThrow();

    assertThat(d.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(d.reasons())
        .extracting(r -> arg(r, "record"), r -> arg(r, "side"))
        .containsExactly(tuple("A-2", WorkSide.PARTY), tuple("A-1", WorkSide.UNION));
  }

  @Test
  @DisplayName(
      "SEED LEAD-PLAN: a missing union part is cited to LEAD-PLAN; a reason whose policy values"
          + " already cite JOINT-DEPLOY does not repeat it")
  void citationsAreNamedOnce() {
    WorkCycle partyOnly =
        cycle(unit("U-1"))
            .addDeployment(act("D-1", FEB, party("P-1", "U-1")))
            .addAssessment(assessment("A-1", DEC, score("U-1", "P-1", "10")))
            .build();
    Reason missing = only(report(partyOnly).commendation().decision(), "reason.targets.side-missing");
    assertThat(arg(missing, "side")).isEqualTo(WorkSide.UNION);
    assertThat(missing.citations())
        .containsExactly(TargetRules.JOINT_DEPLOY_CLAUSE, TargetRules.LEAD_PLAN_CLAUSE);

    UnitReport national = report(scored("9", "9"));
    Reason combined = only(national.gradeDecision(), "reason.targets.combined-score");
    assertThat(combined.citations()).isEmpty();
    assertThat(combined.allCitations()).extracting(Object::toString).contains("SEED JOINT-DEPLOY");
    Reason sideScore = national.gradeDecision().reasons().get(0);
    assertThat(sideScore.messageKey()).isEqualTo("reason.targets.side-score");
    assertThat(sideScore.citations()).containsExactly(TargetRules.JOINT_DEPLOY_CLAUSE);

    Policy localPass = with(Policy.national(), Parameters.JOINT_ASSESSMENT_PASS_MIN, 60);
    Reason passes =
        report(TargetEngine.of(localPass), scored("9", "9"), AFTER)
            .stage(JointStage.COMMENDATION)
            .orElseThrow()
            .reasons()
            .get(0);
    assertThat(passes.messageKey()).isEqualTo("reason.targets.side-passes");
    assertThat(passes.citations()).containsExactly(TargetRules.JOINT_DEPLOY_CLAUSE);
  }

  // ---- the commendation list ----

  @Test
  @DisplayName(
      "SEED JOINT-DEPLOY 同表彰: a unit kept out by a full regional quota, tied on combined score with"
          + " the unit admitted under that quota, is told the party-building score put it below")
  void tieUnderAFullQuotaBrokenByThePartyScore() {
    Policy oneNine =
        with(
            with(Policy.national(), Parameters.JOINT_ASSESSMENT_PARTY_SHARE, 1),
            Parameters.JOINT_ASSESSMENT_UNION_SHARE,
            9);
    WorkCycle cycle =
        cycle(unit("U-A", "R-1", "楼宇"), unit("U-B", "R-1", "园区"))
            .addDeployment(
                act(
                    "D-1",
                    FEB,
                    party("P-A", "U-A"),
                    union("N-A", "U-A"),
                    party("P-B", "U-B"),
                    union("N-B", "U-B")))
            .addAssessment(
                assessment(
                    "A-1",
                    DEC,
                    score("U-A", "P-A", "9"),
                    score("U-A", "N-A", "9"),
                    score("U-B", "P-B", "9.001"),
                    score("U-B", "N-B", "9")))
            .addQuota(Quota.forRegion(org.dangong.model.RegionId.of("R-1"), 1))
            .build();

    CycleReport report = TargetEngine.of(oneNine).evaluate(cycle, AFTER);

    UnitReport a = report.unit(u("U-A")).orElseThrow();
    UnitReport b = report.unit(u("U-B")).orElseThrow();
    assertThat(b.score().party().score()).contains(dec("90.01"));
    assertThat(a.score().combined()).isEqualTo(b.score().combined()).contains(dec("90.00"));
    assertThat(report.ranking()).containsExactly(u("U-B"), u("U-A"));
    assertThat(report.commended()).containsExactly(u("U-B"));
    Decision out = a.commendation().decision();
    assertThat(keys(out))
        .containsExactly(
            "reason.targets.ranked", "reason.targets.quota-full", "reason.targets.tie-at-cutoff");
    Reason full = out.reasons().get(1);
    assertThat(arg(full, "scope")).isEqualTo(QuotaScope.REGION);
    assertThat(arg(full, "key")).isEqualTo("R-1");
    assertThat(number(full, "places")).isEqualByComparingTo("1");
    Reason tie = out.reasons().get(2);
    assertThat(arg(tie, "other")).isEqualTo("U-B");
    assertThat(number(tie, "combined")).isEqualByComparingTo("90");
    assertThat(arg(tie, "key")).isEqualTo(RankingKey.PARTY_SCORE);
    assertThat(report.decisions())
        .containsExactlyElementsOf(
            report.units().stream().flatMap(r -> r.decisions().stream()).toList())
        .hasSize(2 * (4 + 2));
  }

  // ---- small types ----

  @Test
  @DisplayName("Ids and sides show themselves: UnitId[U-1], TargetId[P-1], RecordId[D-1]; other()")
  void idsAndSides() {
    assertThat(u("U-1")).hasToString("UnitId[U-1]");
    assertThat(TargetId.of("P-1")).hasToString("TargetId[P-1]");
    assertThat(RecordId.of("D-1")).hasToString("RecordId[D-1]");
    assertThat(WorkSide.PARTY.other()).isEqualTo(WorkSide.UNION);
    assertThat(WorkSide.UNION.other()).isEqualTo(WorkSide.PARTY);
  }

  @Test
  @DisplayName(
      "Unit.ledBy and allLedIn: one unit per party organisation, with its name, region and the"
          + " unions covering its enterprises")
  void unitsLedByPartyOrganisations() {
    int withUnions = 0;
    for (Jurisdiction j : Jurisdictions.jurisdictions().samples(7, 5)) {
      ImmutableList<Unit> all = Unit.allLedIn(j);
      assertThat(all)
          .extracting(Unit::id)
          .containsExactlyElementsOf(
              j.partyOrganizations().stream().map(o -> UnitId.of(o.id().value())).toList());
      for (PartyOrganization o : j.partyOrganizations()) {
        Unit unit = Unit.ledBy(j, o.id());
        assertThat(all).contains(unit);
        assertThat(unit.name()).isEqualTo(o.name());
        assertThat(unit.region()).contains(o.region());
        assertThat(unit.partyOrganization()).contains(o.id());
        Set<OrganizationId> unions = new TreeSet<>();
        o.coveredEnterprises()
            .forEach(e -> j.unionOrganizationsCovering(e).forEach(n -> unions.add(n.id())));
        assertThat(unit.unionOrganizations()).containsExactlyElementsOf(unions);
        withUnions += unions.isEmpty() ? 0 : 1;
      }
    }
    assertThat(withUnions).as("units with unions among the samples").isPositive();
  }

  @Test
  @DisplayName(
      "Texts: NOT_BLANK counts tabs and no-break spaces as blank, at most 200 characters, values over 40 characters"
          + " abbreviated; ids of 128 characters are accepted")
  void textsAndIds() {
    String forty = "x".repeat(39) + "\u0007";
    String fortyOne = "y".repeat(40) + "\u0007";
    WorkCycle.Builder bad =
        cycle(unit("U-1"))
            .addUnit(Unit.of(u("U-2"), "\t"))
            .addUnit(Unit.of(u("U-3"), forty))
            .addUnit(Unit.of(u("U-4"), fortyOne))
            .addUnit(Unit.of(u("U-5"), "z".repeat(200)))
            .addUnit(Unit.of(u("U-6"), "w".repeat(201)))
            .addUnit(Unit.of(u("U-7"), "\u00a0"));
    assertThatThrownBy(bad::build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path, Problem::rule, Problem::value)
                    .containsExactlyInAnyOrder(
                        tuple("WorkCycle.units[U-2].name", "NOT_BLANK", "\t"),
                        tuple("WorkCycle.units[U-2].name", "NO_CONTROL_CHARACTERS", "\t"),
                        tuple("WorkCycle.units[U-3].name", "NO_CONTROL_CHARACTERS", forty),
                        tuple(
                            "WorkCycle.units[U-4].name",
                            "NO_CONTROL_CHARACTERS",
                            "y".repeat(40) + "…(41 chars)"),
                        tuple(
                            "WorkCycle.units[U-6].name",
                            "AT_MOST_200_CHARACTERS",
                            "w".repeat(40) + "…(201 chars)"),
                        tuple("WorkCycle.units[U-7].name", "NOT_BLANK", "\u00a0")));
    assertThat(UnitId.of("u".repeat(128)).value()).hasSize(128);
    assertThatThrownBy(() -> UnitId.of("u".repeat(129)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::rule)
                    .containsExactly("ID_AT_MOST_128_CHARACTERS"));
    // A no-break space is no whitespace to Java, but a space character all the same.
    assertThatThrownBy(() -> UnitId.of("U\u00a01"))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path, Problem::rule, Problem::value)
                    .containsExactly(
                        tuple(
                            "UnitId.value",
                            "ID_NO_WHITESPACE_OR_CONTROL_CHARACTERS",
                            "U\u00a01")));

    ProblemCollector p = new ProblemCollector();
    assertThat(p.any()).isFalse();
    p.require(true, "path", "RULE", "value");
    assertThat(p.any()).isFalse();
    p.require(false, "path", "RULE", "value");
    assertThat(p.any()).isTrue();
  }

  // ---- building a cycle ----

  @Test
  @DisplayName(
      "WorkCycle.build: values exactly at the limits are accepted — a one-day cycle, records on the"
          + " act's date, 0 and full points, quotas and places of 0")
  void limitsAreAccepted() {
    WorkCycle c =
        WorkCycle.builder("2024年度", START, START)
            .addUnit(unit("U-1"))
            .addDeployment(
                act(
                    "D-1",
                    START,
                    target("P-1", WorkSide.PARTY, "0.5", "10", "U-1"),
                    target("N-1", WorkSide.UNION, "1", "0.5", "U-1")))
            .addInspection(inspection("I-1", START, units("U-1"), "P-1"))
            .addAssessment(
                assessment("A-1", START, score("U-1", "P-1", "0"), score("U-1", "N-1", "0.5")))
            .addQuota(Quota.forCategory("楼宇", 0))
            .commendationPlaces(0)
            .build();

    assertThat(c.start()).isEqualTo(START);
    assertThat(c.end()).isEqualTo(START);
    assertThat(c.commendationPlaces()).contains(0);
    assertThat(c.quotas()).containsExactly(Quota.forCategory("楼宇", 0));
    assertThat(c.inspectionsOf(u("U-1"))).extracting(Inspection::id).containsExactly(rec("I-1"));
    UnitReport r = NATIONAL.evaluate(c, START).unit(u("U-1")).orElseThrow();
    assertThat(r.score().party().score()).contains(dec("0.00"));
    assertThat(r.score().union().score()).contains(dec("100.00"));
  }

  @Test
  @DisplayName(
      "WorkCycle.build: every problem is named with its path, rule and the offending value")
  void problemsNameTheirValues() {
    Target noUnits =
        Target.builder()
            .id(TargetId.of("P-0"))
            .side(WorkSide.PARTY)
            .title("党建目标 P-0")
            .weight(BigDecimal.ONE)
            .maxPoints(BigDecimal.TEN)
            .build();
    WorkCycle.Builder bad =
        cycle(unit("U-1"), unit("U-2", "R-1", " "))
            .addDeployment(
                act(
                        "D-1",
                        MAR,
                        party("P-1", "U-1"),
                        union("N-1", "U-1"),
                        target("P-2", WorkSide.PARTY, "1", "0", "U-2").withTitle(" "),
                        noUnits)
                    .withIssuingBody(" "))
            .addInspection(inspection("I-1", FEB, units("U-1", "U-9"), "P-1", "N-1"))
            .addInspection(inspection("D-1", JUL, units(), "N-1").withBody(" "))
            .addInspection(inspection("I-2", JUL, units("U-1")).withTitle(" "))
            .addAssessment(
                assessment(
                    "A-1",
                    FEB,
                    score("U-1", "P-1", "10.5"),
                    score("U-1", "N-1", "-1"),
                    score("U-9", "P-1", "5"),
                    score("U-9", "X-1", "5"),
                    score("U-2", "X-2", "5"))
                    .withTitle(" ")
                    .withBody(" "))
            .addAssessment(assessment("D-1", DEC, score("U-2", "P-2", "0")))
            .addAssessment(assessment("A-2", DEC, score("U-1", "P-1", "10")))
            .addQuota(Quota.forCategory(" ", 1))
            .addQuota(Quota.forCategory("楼宇", 1))
            .addQuota(Quota.forRegion(org.dangong.model.RegionId.of("楼宇"), 1));

    String act = "WorkCycle.deployments[D-1]";
    String a1 = "WorkCycle.assessments[A-1]";
    assertThatThrownBy(bad::build)
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertProblems(e, act, a1));
  }

  private static void assertProblems(InvalidValueException e, String act, String a1) {
    assertThat(e.problems())
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactlyInAnyOrder(
            tuple("WorkCycle.units[U-2].category", "NOT_BLANK", " "),
            tuple(act + ".issuingBody", "NOT_BLANK", " "),
            tuple(act + ".targets[P-2].title", "NOT_BLANK", " "),
            tuple(act + ".targets[P-2].maxPoints", "POSITIVE", "0"),
            tuple(act + ".targets[P-0].units", "AT_LEAST_ONE_UNIT", "0"),
            tuple("WorkCycle.inspections[I-1].units", "UNKNOWN_UNIT", "U-9"),
            tuple(
                "WorkCycle.inspections[I-1].date",
                "NOT_BEFORE_DEPLOYMENT",
                "2024-02-20 is before D-1 of 2024-03-05"),
            tuple("WorkCycle.inspections[D-1]", "DUPLICATE_ID", "D-1"),
            tuple("WorkCycle.inspections[D-1].body", "NOT_BLANK", " "),
            tuple("WorkCycle.inspections[D-1].units", "AT_LEAST_ONE_UNIT", "0"),
            tuple(
                "WorkCycle.inspections[D-1].targets", "TARGET_NOT_SET_FOR_INSPECTED_UNITS", "N-1"),
            tuple("WorkCycle.inspections[I-2].targets", "AT_LEAST_ONE_TARGET", "0"),
            tuple("WorkCycle.inspections[I-2].units", "NO_COVERED_TARGET_OF_UNIT", "U-1"),
            tuple("WorkCycle.inspections[I-2].title", "NOT_BLANK", " "),
            tuple(a1 + ".body", "NOT_BLANK", " "),
            tuple(a1 + ".title", "NOT_BLANK", " "),
            tuple("WorkCycle.assessments[D-1]", "DUPLICATE_ID", "D-1"),
            tuple(a1 + ".scores[U-1/P-1].points", "POINTS_WITHIN_SCALE", "10.5 not in 0..10"),
            tuple(a1 + ".scores[U-1/N-1].points", "POINTS_WITHIN_SCALE", "-1 not in 0..10"),
            tuple(a1 + ".date", "NOT_BEFORE_DEPLOYMENT", "2024-02-20 is before D-1 of 2024-03-05"),
            tuple(a1 + ".scores[U-9/P-1].unit", "UNKNOWN_UNIT", "U-9"),
            tuple(a1 + ".scores[U-9/X-1].unit", "UNKNOWN_UNIT", "U-9"),
            tuple(a1 + ".scores[U-9/X-1].target", "UNKNOWN_TARGET", "X-1"),
            tuple(a1 + ".scores[U-2/X-2].target", "UNKNOWN_TARGET", "X-2"),
            tuple("WorkCycle.assessments[A-2].scores[U-1/P-1]", "DUPLICATE_SCORE", "U-1/P-1"),
            tuple("WorkCycle.quotas[CATEGORY: ].key", "NOT_BLANK", " "));
  }

  @Test
  @DisplayName(
      "WorkCycle: the bulk adders keep everything, in id order (quotas by scope and key), and the"
          + " lookups find it")
  void bulkAddersAndLookups() {
    WorkCycle c = twoOfEach().commendationPlaces(3).build();

    assertThat(c.name()).isEqualTo("2024年度");
    assertThat(c.start()).isEqualTo(START);
    assertThat(c.end()).isEqualTo(END);
    assertThat(c.units()).extracting(Unit::id).containsExactly(u("U-1"), u("U-2"));
    assertThat(c.deployments()).extracting(Deployment::id).containsExactly(rec("D-1"), rec("D-2"));
    assertThat(c.inspections()).extracting(Inspection::id).containsExactly(rec("I-1"), rec("I-2"));
    assertThat(c.assessments()).extracting(Assessment::id).containsExactly(rec("A-1"), rec("A-2"));
    assertThat(c.quotas())
        .containsExactly(
            Quota.forRegion(org.dangong.model.RegionId.of("R-1"), 1),
            Quota.forRegion(org.dangong.model.RegionId.of("R-2"), 2),
            Quota.forCategory("楼宇", 1));
    assertThat(c.commendationPlaces()).contains(3);
    assertThat(c.unit(u("U-2"))).map(Unit::name).contains("U-2 党支部及工会");
    assertThat(c.unit(u("U-9"))).isEmpty();
    assertThat(c.target(TargetId.of("N-2"))).map(Target::side).contains(WorkSide.UNION);
    assertThat(c.target(TargetId.of("X-1"))).isEmpty();
    assertThat(c.deploymentOf(TargetId.of("N-2"))).map(Deployment::id).contains(rec("D-2"));
    assertThat(c.deploymentOf(TargetId.of("X-1"))).isEmpty();
    assertThat(c.targetsOf(u("U-2")))
        .extracting(Target::id)
        .containsExactly(TargetId.of("N-2"), TargetId.of("P-1"));
    assertThat(c.inspectionsOf(u("U-1"))).extracting(Inspection::id).containsExactly(rec("I-1"));
    assertThat(c.inspectionsOf(u("U-2")))
        .extracting(Inspection::id)
        .containsExactly(rec("I-1"), rec("I-2"));
    assertThat(c.scoresOf(u("U-2")))
        .extracting(r -> r.assessment().id().value() + ":" + r.score().target().value())
        .containsExactly("A-1:P-1", "A-2:N-2");
    assertThat(c.toString())
        .isEqualTo(
            "WorkCycle[2024年度 2024-01-01..2024-12-31, units=2, deployments=2, inspections=2,"
                + " assessments=2, quotas=3]");
    assertThat(c.toBuilder().build()).isEqualTo(c);
    assertThat(WorkCycle.builder("2024年度", START, END).build().commendationPlaces())
        .isEmpty();
  }

  @Test
  @DisplayName(
      "WorkCycle.Builder.removeRecordsIf removes acts, inspections and assessments alike, and"
          + " nothing else")
  void removeRecordsOfEveryKind() {
    WorkCycle c = twoOfEach().build();

    WorkCycle earlier = c.toBuilder().removeRecordsIf(id -> id.value().endsWith("-2")).build();

    assertThat(earlier.deployments()).extracting(Deployment::id).containsExactly(rec("D-1"));
    assertThat(earlier.inspections()).extracting(Inspection::id).containsExactly(rec("I-1"));
    assertThat(earlier.assessments()).extracting(Assessment::id).containsExactly(rec("A-1"));
    assertThat(earlier.units()).hasSize(2);
    assertThat(earlier.quotas()).hasSize(3);
    assertThat(earlier.target(TargetId.of("N-2"))).isEmpty();
  }

  @Test
  @DisplayName("WorkCycle.equals: cycles differing in any one part are not equal")
  void equalityLooksAtEveryPart() {
    WorkCycle c = twoOfEach().build();
    WorkCycle same = twoOfEach().build();
    assertThat(c).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(c).isNotEqualTo("WorkCycle");
    List<WorkCycle> others =
        List.of(
            rebuilt(c, "2025年度", c.start(), c.end()),
            rebuilt(c, c.name(), c.start().plusDays(1), c.end()),
            rebuilt(c, c.name(), c.start(), c.end().plusDays(1)),
            twoOfEach().addUnit(unit("U-3")).build(),
            c.toBuilder().addDeployment(act("D-3", MAR, party("P-3", "U-1"))).build(),
            c.toBuilder().removeRecordsIf(id -> id.value().equals("I-2")).build(),
            c.toBuilder().removeRecordsIf(id -> id.value().equals("A-2")).build(),
            c.toBuilder().addQuota(Quota.forCategory("园区", 1)).build(),
            c.toBuilder().commendationPlaces(1).build());
    for (WorkCycle other : others) {
      assertThat(c).as("%s", other).isNotEqualTo(other);
      assertThat(c.hashCode()).as("%s", other).isNotEqualTo(other.hashCode());
    }
  }

  /** Two units, two acts, two inspections, two assessments and three quotas, added in bulk. */
  private static WorkCycle.Builder twoOfEach() {
    return WorkCycle.builder("2024年度", START, END)
        .addUnits(List.of(unit("U-2"), unit("U-1")))
        .addDeployments(
            List.of(
                act("D-2", MAR, union("N-2", "U-2")),
                act("D-1", FEB, party("P-1", "U-1", "U-2"), union("N-1", "U-1"))))
        .addInspections(
            List.of(
                inspection("I-2", JUL, units("U-2"), "N-2"),
                inspection("I-1", JUL, units("U-1", "U-2"), "P-1")))
        .addAssessments(
            List.of(
                assessment("A-2", DEC, score("U-2", "N-2", "8")),
                assessment("A-1", DEC, score("U-1", "P-1", "9"), score("U-2", "P-1", "7"))))
        .addQuotas(
            List.of(
                Quota.forCategory("楼宇", 1),
                Quota.forRegion(org.dangong.model.RegionId.of("R-2"), 2),
                Quota.forRegion(org.dangong.model.RegionId.of("R-1"), 1)));
  }

  private static WorkCycle rebuilt(WorkCycle c, String name, LocalDate start, LocalDate end) {
    WorkCycle.Builder b =
        WorkCycle.builder(name, start, end)
            .addUnits(c.units())
            .addDeployments(c.deployments())
            .addInspections(c.inspections())
            .addAssessments(c.assessments())
            .addQuotas(c.quotas());
    return b.build();
  }

  private static RecordId rec(String id) {
    return RecordId.of(id);
  }
}
