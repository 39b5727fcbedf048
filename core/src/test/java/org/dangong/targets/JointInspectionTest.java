package org.dangong.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangong.targets.CycleFixtures.AFTER;
import static org.dangong.targets.CycleFixtures.AUG;
import static org.dangong.targets.CycleFixtures.FEB;
import static org.dangong.targets.CycleFixtures.JUL;
import static org.dangong.targets.CycleFixtures.MIDYEAR;
import static org.dangong.targets.CycleFixtures.NATIONAL;
import static org.dangong.targets.CycleFixtures.act;
import static org.dangong.targets.CycleFixtures.cycle;
import static org.dangong.targets.CycleFixtures.inspection;
import static org.dangong.targets.CycleFixtures.party;
import static org.dangong.targets.CycleFixtures.u;
import static org.dangong.targets.CycleFixtures.union;
import static org.dangong.targets.CycleFixtures.unit;
import static org.dangong.targets.CycleFixtures.units;
import static org.dangong.targets.CycleFixtures.with;

import com.google.common.collect.ImmutableSet;
import java.util.Locale;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Verdict;
import org.dangong.policy.JointStage;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 同检查 and 同督导: one inspection (or supervision) covers both sides of a unit's targets. */
class JointInspectionTest {
  /** Two units, each with one party and one union target, set by one act. */
  private static WorkCycle.Builder twoUnits() {
    return cycle(unit("U-1"), unit("U-2"))
        .addDeployment(
            act(
                "D-1",
                FEB,
                party("P-1", "U-1"),
                union("N-1", "U-1"),
                party("P-2", "U-2"),
                union("N-2", "U-2")));
  }

  @Test
  @DisplayName(
      "SEED JOINT-DEPLOY 同检查: an inspection covering party and union targets is joint, and its"
          + " findings are reported")
  void inspectionOfBothSidesIsJoint() {
    Inspection check =
        inspection("I-1", JUL, units("U-1"), "P-1", "N-1").withFindings("工会经费收缴台账不全");
    CycleReport report = NATIONAL.evaluate(twoUnits().addInspection(check).build(), AFTER);

    Decision d = report.unit(u("U-1")).orElseThrow().stage(JointStage.INSPECTION).orElseThrow();
    assertThat(d.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(d.reasons())
        .extracting(Reason::messageKey)
        .containsExactly("reason.targets.joint-record", "reason.targets.findings");
    assertThat(d.render(Locale.SIMPLIFIED_CHINESE)).contains("工会经费收缴台账不全");
    assertThat(report.inspectedOnOneSideOnly()).isEmpty();
  }

  @Test
  @DisplayName(
      "SEED JOINT-DEPLOY 同检查: an inspection covering one side only is not joint, and the unit is"
          + " reported as inspected on one side only")
  void inspectionOfOneSideIsReported() {
    WorkCycle cycle =
        twoUnits()
            .addInspection(inspection("I-1", JUL, units("U-1", "U-2"), "P-1", "P-2", "N-2"))
            .build();
    CycleReport report = NATIONAL.evaluate(cycle, AFTER);

    Decision d = report.unit(u("U-1")).orElseThrow().stage(JointStage.INSPECTION).orElseThrow();
    assertThat(d.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(d.reasons())
        .extracting(Reason::messageKey)
        .containsExactly("reason.targets.one-sided-record");
    assertThat(d.render(Locale.ENGLISH)).contains("covers its party building targets only");
    assertThat(report.inspectedOnOneSideOnly()).containsExactly(u("U-1"));
    assertThat(report.unit(u("U-2")).orElseThrow().isJoint(JointStage.INSPECTION)).contains(true);
  }

  @Test
  @DisplayName(
      "SEED JOINT-DEPLOY 同检查: party and union inspected separately on different dates is not joint,"
          + " nor one-sided")
  void separateInspectionsAreNotJoint() {
    WorkCycle cycle =
        twoUnits()
            .addInspection(inspection("I-1", JUL, units("U-1"), "P-1"))
            .addInspection(inspection("I-2", AUG, units("U-1"), "N-1"))
            .addInspection(inspection("I-3", JUL, units("U-2"), "P-2"))
            .addInspection(inspection("I-4", JUL, units("U-2"), "N-2"))
            .build();
    CycleReport report = NATIONAL.evaluate(cycle, AFTER);

    Decision separate =
        report.unit(u("U-1")).orElseThrow().stage(JointStage.INSPECTION).orElseThrow();
    assertThat(separate.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(separate.reasons()).hasSize(2).allMatch(r -> r.parameters().size() == 1);
    Decision sameDay =
        report.unit(u("U-2")).orElseThrow().stage(JointStage.INSPECTION).orElseThrow();
    assertThat(sameDay.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(sameDay.reasons())
        .extracting(Reason::messageKey)
        .containsExactly("reason.targets.same-date-records");
    assertThat(report.inspectedOnOneSideOnly()).isEmpty();
  }

  @Test
  @DisplayName("Missing data is a finding: no inspection recorded")
  void noInspectionIsAFinding() {
    WorkCycle cycle = twoUnits().build();

    Decision running =
        NATIONAL
            .evaluate(cycle, MIDYEAR)
            .unit(u("U-1"))
            .orElseThrow()
            .stage(JointStage.INSPECTION)
            .orElseThrow();
    assertThat(running.verdict()).isEqualTo(Verdict.INFORMATIONAL);
    assertThat(running.reasons().get(0).messageKey()).isEqualTo("reason.targets.no-inspection");
    assertThat(running.render(Locale.SIMPLIFIED_CHINESE)).contains("未记录对该单位的检查");
    Decision over =
        NATIONAL
            .evaluate(cycle, AFTER)
            .unit(u("U-1"))
            .orElseThrow()
            .stage(JointStage.INSPECTION)
            .orElseThrow();
    assertThat(over.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
  }

  @Test
  @DisplayName("SEED LEAD-PLAN: a unit with party targets only cannot be inspected jointly")
  void partyOnlyUnitCannotBeInspectedJointly() {
    WorkCycle cycle =
        cycle(unit("U-1"))
            .addDeployment(act("D-1", FEB, party("P-1", "U-1")))
            .addInspection(inspection("I-1", JUL, units("U-1"), "P-1"))
            .build();
    CycleReport report = NATIONAL.evaluate(cycle, AFTER);

    Decision d = report.unit(u("U-1")).orElseThrow().stage(JointStage.INSPECTION).orElseThrow();
    assertThat(d.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(d.reasons())
        .extracting(Reason::messageKey)
        .containsExactly("reason.targets.no-union-target", "reason.targets.one-sided-record");
    assertThat(report.inspectedOnOneSideOnly()).containsExactly(u("U-1"));
  }

  @Test
  @DisplayName(
      "Other cities' 同督导: supervisions are judged like inspections, for the SUPERVISION stage only")
  void supervisionIsJudgedLikeInspection() {
    Policy otherCity =
        with(
            Policy.national(),
            Parameters.JOINT_STAGES,
            ImmutableSet.of(
                JointStage.PLANNING,
                JointStage.DEPLOYMENT,
                JointStage.SUPERVISION,
                JointStage.ASSESSMENT));
    WorkCycle cycle =
        twoUnits()
            .addInspection(
                inspection("S-1", JUL, units("U-1"), "P-1", "N-1")
                    .withKind(InspectionKind.SUPERVISION))
            .addInspection(
                inspection("S-2", JUL, units("U-2"), "N-2").withKind(InspectionKind.SUPERVISION))
            .build();

    CycleReport report = TargetEngine.of(otherCity).evaluate(cycle, AFTER);

    assertThat(report.unit(u("U-1")).orElseThrow().isJoint(JointStage.SUPERVISION)).contains(true);
    assertThat(report.unit(u("U-2")).orElseThrow().isJoint(JointStage.SUPERVISION)).contains(false);
    assertThat(report.unit(u("U-1")).orElseThrow().stage(JointStage.INSPECTION)).isEmpty();
    assertThat(report.supervisedOnOneSideOnly()).containsExactly(u("U-2"));
    assertThat(report.inspectedOnOneSideOnly()).isEmpty();
  }
}
