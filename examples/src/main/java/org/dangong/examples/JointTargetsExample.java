package org.dangong.examples;

import static org.dangong.examples.ExampleArgs.text;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.dangong.decision.Labels;
import org.dangong.policy.Policy;
import org.dangong.targets.Assessment;
import org.dangong.targets.CycleReport;
import org.dangong.targets.Deployment;
import org.dangong.targets.Inspection;
import org.dangong.targets.RecordId;
import org.dangong.targets.Score;
import org.dangong.targets.Target;
import org.dangong.targets.TargetEngine;
import org.dangong.targets.TargetId;
import org.dangong.targets.Unit;
import org.dangong.targets.UnitId;
import org.dangong.targets.UnitReport;
import org.dangong.targets.WorkCycle;
import org.dangong.targets.WorkSide;

/**
 * 四同 over one year (JOINT-DEPLOY: 同部署、同检查、同考核、同表彰): the district deploys a party-building
 * and a union-building target to two enterprises at once, inspects both sides of one enterprise but
 * only the party side of the other, assesses both, grades them and commends only the one whose two
 * sides both pass.
 *
 * <p>Run: {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=org.dangong.examples.JointTargetsExample [-Dexec.args="--lang en"]}.
 */
public final class JointTargetsExample {
  static final UnitId WEIDE = UnitId.of("U-weide");
  static final UnitId YONGDING = UnitId.of("U-yongding");
  static final LocalDate AS_OF = LocalDate.of(2025, 1, 15);

  private JointTargetsExample() {}

  /**
   * Runs the example.
   *
   * @param args {@code [--lang zh|en]}
   */
  public static void main(String[] args) {
    run(System.out, ExampleArgs.locale(args));
  }

  /**
   * Builds the cycle, evaluates it and prints each unit's decisions.
   *
   * @param out where to print
   * @param locale the language of the decisions
   */
  static void run(PrintStream out, Locale locale) {
    CycleReport report = TargetEngine.of(Policy.national()).evaluate(cycle(), AS_OF);
    // GUIDE-BEGIN joint-targets-report
    for (UnitReport unit : report.units()) {
      out.println("== " + unit.unit().name());
      // one decision per joint stage of the policy: deployment, inspection, assessment, commendation
      unit.stages().forEach((stage, decision) ->
          out.println(Labels.label(stage, locale) + ": " + Labels.label(decision.verdict(), locale)));
      out.println(unit.gradeDecision().render(locale));
      out.println(unit.commendation().decision().render(locale));
    }
    out.println(report.commended()); // [UnitId[U-weide]]
    out.println(report.inspectedOnOneSideOnly()); // [UnitId[U-yongding]]
    // GUIDE-END joint-targets-report
    out.println(
        text(locale, "等次：", "Grades: ")
            + report.units().stream()
                .map(u -> u.unit().id().value() + "=" + u.grade().map(g -> Labels.label(g, locale)).orElse("-"))
                .toList());
  }

  /**
   * Returns the year 2024 for two enterprises: targets deployed together in February, inspected in
   * July, assessed in December.
   *
   * @return the work cycle
   */
  static WorkCycle cycle() {
    // GUIDE-BEGIN joint-targets-cycle
    Target partyWork = target("T-party", WorkSide.PARTY, "党组织建设和党员发展");
    Target unionWork = target("T-union", WorkSide.UNION, "工会组建和职工入会");
    return WorkCycle.builder("2024年度", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
        .addUnit(Unit.of(WEIDE, "伟德电子党支部及工会"))
        .addUnit(Unit.of(YONGDING, "永鼎股份党委及工会"))
        // 同部署: one act sets the party and the union target
        .addDeployment(
            Deployment.builder()
                .id(RecordId.of("D-2024-1"))
                .date(LocalDate.of(2024, 2, 20))
                .issuingBody("中共吴江区委组织部、吴江区总工会")
                .title("关于印发2024年度党建和工会工作目标的通知")
                .addTargets(partyWork, unionWork)
                .build())
        // 同检查: both sides at 伟德; at 永鼎 the party side only
        .addInspection(inspection("I-1", WEIDE, partyWork, unionWork))
        .addInspection(inspection("I-2", YONGDING, partyWork))
        // 同考核: scores out of 100 on each side
        .addAssessment(
            Assessment.builder()
                .id(RecordId.of("A-2024"))
                .date(LocalDate.of(2024, 12, 20))
                .body("吴江区委组织部、吴江区总工会")
                .title("2024年度党建和工会工作目标考核")
                .addScores(
                    Score.of(WEIDE, partyWork.id(), 95),
                    Score.of(WEIDE, unionWork.id(), 92),
                    Score.of(YONGDING, partyWork.id(), 96),
                    Score.of(YONGDING, unionWork.id(), 50))
                .build())
        .build(); // throws InvalidValueException naming every problem of the cycle
    // GUIDE-END joint-targets-cycle
  }

  private static Target target(String id, WorkSide side, String title) {
    return Target.builder()
        .id(TargetId.of(id))
        .side(side)
        .title(title)
        .weight(BigDecimal.ONE)
        .maxPoints(BigDecimal.valueOf(100))
        .addUnits(WEIDE, YONGDING)
        .build();
  }

  private static Inspection inspection(String id, UnitId unit, Target... targets) {
    Inspection.Builder inspection =
        Inspection.builder()
            .id(RecordId.of(id))
            .date(LocalDate.of(2024, 7, 10))
            .body("区委组织部、区总工会联合检查组")
            .title("2024年党建和工会工作年中检查")
            .addUnits(unit);
    for (Target target : targets) {
      inspection.addTargets(target.id());
    }
    return inspection.build();
  }
}
