package org.dangong.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import org.dangong.model.RegionId;
import org.dangong.policy.Citation;
import org.dangong.policy.Policy;
import org.dangong.policy.PolicyParameter;
import org.dangong.policy.Source;

/** Small builders for scenario cycles: the year 2024, units U-1, U-2 …, targets of 10 points. */
final class CycleFixtures {
  static final LocalDate START = LocalDate.of(2024, 1, 1);
  static final LocalDate END = LocalDate.of(2024, 12, 31);

  /** A date after the cycle: what is missing now is a shortcoming. */
  static final LocalDate AFTER = LocalDate.of(2025, 1, 15);

  /** A date within the cycle: what is missing may still come. */
  static final LocalDate MIDYEAR = LocalDate.of(2024, 6, 30);

  static final LocalDate FEB = LocalDate.of(2024, 2, 20);
  static final LocalDate MAR = LocalDate.of(2024, 3, 5);
  static final LocalDate JUL = LocalDate.of(2024, 7, 10);
  static final LocalDate AUG = LocalDate.of(2024, 8, 12);
  static final LocalDate DEC = LocalDate.of(2024, 12, 20);

  static final TargetEngine NATIONAL = TargetEngine.of(Policy.national());

  private CycleFixtures() {}

  static UnitId u(String id) {
    return UnitId.of(id);
  }

  static Unit unit(String id) {
    return Unit.of(UnitId.of(id), id + " 党支部及工会");
  }

  static Unit unit(String id, String region, String category) {
    return Unit.builder()
        .id(UnitId.of(id))
        .name(id + " 党支部及工会")
        .region(RegionId.of(region))
        .category(category)
        .build();
  }

  static Target target(String id, WorkSide side, String weight, String max, String... units) {
    return Target.builder()
        .id(TargetId.of(id))
        .side(side)
        .title((side == WorkSide.PARTY ? "党建目标 " : "工会建设目标 ") + id)
        .weight(new BigDecimal(weight))
        .maxPoints(new BigDecimal(max))
        .addAllUnits(Arrays.stream(units).map(UnitId::of).toList())
        .build();
  }

  /** A party-building target of weight 1 and 10 points for the given units. */
  static Target party(String id, String... units) {
    return target(id, WorkSide.PARTY, "1", "10", units);
  }

  /** A union-building target of weight 1 and 10 points for the given units. */
  static Target union(String id, String... units) {
    return target(id, WorkSide.UNION, "1", "10", units);
  }

  static Deployment act(String id, LocalDate date, Target... targets) {
    return Deployment.builder()
        .id(RecordId.of(id))
        .date(date)
        .issuingBody("中共吴江区委组织部")
        .title("关于印发2024年度党建和工会工作目标的通知")
        .addTargets(targets)
        .build();
  }

  static Deployment plan(String id, LocalDate date, Target... targets) {
    return act(id, date, targets).withKind(DeploymentKind.PLAN);
  }

  static Inspection inspection(String id, LocalDate date, String[] units, String... targets) {
    return Inspection.builder()
        .id(RecordId.of(id))
        .date(date)
        .body("区委组织部、区总工会联合检查组")
        .title("2024年党建和工会工作检查")
        .addAllUnits(Arrays.stream(units).map(UnitId::of).toList())
        .addAllTargets(Arrays.stream(targets).map(TargetId::of).toList())
        .build();
  }

  static String[] units(String... ids) {
    return ids;
  }

  static Score score(String unit, String target, String points) {
    return Score.of(UnitId.of(unit), TargetId.of(target), new BigDecimal(points));
  }

  static Assessment assessment(String id, LocalDate date, Score... scores) {
    return Assessment.builder()
        .id(RecordId.of(id))
        .date(date)
        .body("区委组织部")
        .title("2024年度党建工作目标考核")
        .addScores(scores)
        .build();
  }

  static WorkCycle.Builder cycle(Unit... units) {
    return WorkCycle.builder("2024年度", START, END).addUnits(Arrays.asList(units));
  }

  /** A local variant of the national policy. */
  static <T> Policy with(Policy policy, PolicyParameter<T> parameter, T value) {
    return policy.toBuilder()
        .set(parameter, value, Citation.of(Source.LOCAL, "测试", "a local choice for the test"))
        .build();
  }

  static BigDecimal dec(String value) {
    return new BigDecimal(value);
  }
}
