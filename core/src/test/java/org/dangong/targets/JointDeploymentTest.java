package org.dangong.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangong.targets.CycleFixtures.AFTER;
import static org.dangong.targets.CycleFixtures.FEB;
import static org.dangong.targets.CycleFixtures.MAR;
import static org.dangong.targets.CycleFixtures.MIDYEAR;
import static org.dangong.targets.CycleFixtures.NATIONAL;
import static org.dangong.targets.CycleFixtures.act;
import static org.dangong.targets.CycleFixtures.cycle;
import static org.dangong.targets.CycleFixtures.party;
import static org.dangong.targets.CycleFixtures.plan;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 同部署 and 同规划: union-building targets written into the party's targets by the same acts. */
class JointDeploymentTest {

  private static Decision deployment(WorkCycle cycle, String unit, LocalDate asOf) {
    return NATIONAL
        .evaluate(cycle, asOf)
        .unit(u(unit))
        .orElseThrow()
        .stage(JointStage.DEPLOYMENT)
        .orElseThrow();
  }

  @Test
  @DisplayName("SEED JOINT-DEPLOY 同部署: party and union targets set by one act are deployed jointly")
  void oneActSettingBothSidesIsJointDeployment() {
    WorkCycle cycle =
        cycle(unit("U-1"))
            .addDeployment(act("D-1", FEB, party("P-1", "U-1"), union("N-1", "U-1")))
            .build();

    Decision d = deployment(cycle, "U-1", AFTER);

    assertThat(d.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(d.ruleId()).isEqualTo(TargetRules.DEPLOYMENT.id());
    assertThat(d.reasons())
        .extracting(Reason::messageKey)
        .containsExactly("reason.targets.joint-record");
    assertThat(d.citations()).contains(TargetRules.JOINT_DEPLOY_CLAUSE);
    assertThat(d.render(Locale.SIMPLIFIED_CHINESE)).contains("D-1", "同时涵盖其党建目标和工会建设目标");
    assertThat(d.render(Locale.ENGLISH))
        .contains("covers both its party-building and its union-building targets");
  }

  @Test
  @DisplayName("SEED LEAD-PLAN: a unit with party-building targets only is not jointly deployed")
  void partyTargetsOnlyIsNotJointDeployment() {
    WorkCycle cycle =
        cycle(unit("U-1"), unit("U-2"))
            .addDeployment(act("D-1", FEB, party("P-1", "U-1", "U-2"), union("N-2", "U-2")))
            .build();

    Decision d = deployment(cycle, "U-1", AFTER);

    assertThat(d.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(d.reasons())
        .extracting(Reason::messageKey)
        .containsExactly("reason.targets.no-union-target-in", "reason.targets.one-sided-record");
    assertThat(d.citations()).contains(TargetRules.LEAD_PLAN_CLAUSE);
    assertThat(deployment(cycle, "U-2", AFTER).verdict()).isEqualTo(Verdict.SATISFIED);
  }

  @Test
  @DisplayName(
      "SEED JOINT-DEPLOY: union targets issued by a separate act on another date are not deployed"
          + " jointly")
  void unionTargetsOfASeparateActAreNotJoint() {
    WorkCycle cycle =
        cycle(unit("U-1"))
            .addDeployment(act("D-1", FEB, party("P-1", "U-1")))
            .addDeployment(act("D-2", MAR, union("N-1", "U-1")))
            .build();

    Decision d = deployment(cycle, "U-1", AFTER);

    assertThat(d.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    Reason separate = d.reasons().get(0);
    assertThat(separate.messageKey()).isEqualTo("reason.targets.one-sided-record");
    assertThat(separate.argument("record").orElseThrow().value()).isEqualTo("D-2");
    assertThat(separate.parameters())
        .extracting(p -> p.parameter().id())
        .containsExactly(Parameters.JOINT_DEPLOY_SAME_DATE_COUNTS_AS_ONE.id());
  }

  @Test
  @DisplayName(
      "JOINT_DEPLOY_SAME_DATE_COUNTS_AS_ONE: a party act and a union act of one date count as one"
          + " act; switched off, they do not")
  void sameDateActsCountAsOneUnderThePolicy() {
    WorkCycle cycle =
        cycle(unit("U-1"))
            .addDeployment(act("D-1", FEB, party("P-1", "U-1")))
            .addDeployment(act("D-2", FEB, union("N-1", "U-1")))
            .build();

    Decision counted = deployment(cycle, "U-1", AFTER);
    assertThat(counted.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(counted.reasons())
        .extracting(Reason::messageKey)
        .containsExactly("reason.targets.same-date-records");
    assertThat(counted.reasons().get(0).parameters().get(0).value()).isEqualTo(true);

    Policy strict = with(Policy.national(), Parameters.JOINT_DEPLOY_SAME_DATE_COUNTS_AS_ONE, false);
    Decision separate =
        TargetEngine.of(strict)
            .evaluate(cycle, AFTER)
            .unit(u("U-1"))
            .orElseThrow()
            .stage(JointStage.DEPLOYMENT)
            .orElseThrow();
    assertThat(separate.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
  }

  @Test
  @DisplayName(
      "SEED JOINT-DEPLOY: no deployment act is a finding, to come while the cycle runs, a"
          + " shortcoming after it")
  void noDeploymentIsAFinding() {
    WorkCycle cycle =
        cycle(unit("U-1"), unit("U-2"))
            .addDeployment(act("D-1", FEB, party("P-2", "U-2"), union("N-2", "U-2")))
            .build();

    Decision running = deployment(cycle, "U-1", MIDYEAR);
    assertThat(running.verdict()).isEqualTo(Verdict.INFORMATIONAL);
    assertThat(running.reasons())
        .extracting(Reason::messageKey)
        .containsExactly("reason.targets.no-deployment", "reason.targets.cycle-running");
    Decision over = deployment(cycle, "U-1", AFTER);
    assertThat(over.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(over.reasons())
        .extracting(Reason::messageKey)
        .containsExactly("reason.targets.no-deployment");
  }

  @Test
  @DisplayName("As of a date: an act issued after the as-of date is not yet known")
  void actsAfterTheAsOfDateAreNotKnown() {
    WorkCycle cycle =
        cycle(unit("U-1"))
            .addDeployment(act("D-1", FEB, party("P-1", "U-1")))
            .addDeployment(act("D-2", MAR, party("P-2", "U-1"), union("N-1", "U-1")))
            .build();

    assertThat(deployment(cycle, "U-1", FEB).verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(deployment(cycle, "U-1", MAR).verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(NATIONAL.evaluate(cycle, FEB).unit(u("U-1")).orElseThrow().score().union().targets())
        .isEmpty();
  }

  @Test
  @DisplayName(
      "Other cities (同规划、同部署、同督导、同考核): plans are judged for joint planning, and only the policy's"
          + " stages are evaluated")
  void planningIsEvaluatedOnlyUnderAPolicyThatNamesIt() {
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
        cycle(unit("U-1"))
            .addDeployment(plan("PL-1", FEB, party("P-1", "U-1"), union("N-1", "U-1")))
            .addDeployment(act("D-1", MAR, party("P-2", "U-1")))
            .build();

    UnitReport report =
        TargetEngine.of(otherCity).evaluate(cycle, AFTER).unit(u("U-1")).orElseThrow();

    assertThat(report.stages().keySet())
        .containsExactly(
            JointStage.PLANNING,
            JointStage.DEPLOYMENT,
            JointStage.SUPERVISION,
            JointStage.ASSESSMENT);
    assertThat(report.isJoint(JointStage.PLANNING)).contains(true);
    assertThat(report.isJoint(JointStage.DEPLOYMENT)).contains(false);
    assertThat(report.isJoint(JointStage.INSPECTION)).isEmpty();
    assertThat(report.isJoint(JointStage.COMMENDATION)).isEmpty();
    UnitReport suzhou = NATIONAL.evaluate(cycle, AFTER).unit(u("U-1")).orElseThrow();
    assertThat(suzhou.stages().keySet())
        .containsExactly(
            JointStage.DEPLOYMENT,
            JointStage.INSPECTION,
            JointStage.ASSESSMENT,
            JointStage.COMMENDATION);
    assertThat(suzhou.score().union().targets())
        .extracting(TargetScore::target)
        .extracting(TargetId::value)
        .containsExactly("N-1");
  }
}
