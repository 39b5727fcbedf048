package org.dangong.targets;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.policy.Citation;
import org.dangong.policy.JointStage;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.Source;
import org.dangong.testkit.Generator;
import org.dangong.testkit.JurisdictionGenerator;
import org.dangong.testkit.Jurisdictions;

/**
 * Generators of valid work cycles over generated jurisdictions, with a policy variant and an as-of
 * date: the units are those led by the jurisdiction's party organisations (plus a few regional
 * units), and every act, inspection and assessment is consistent by construction, so the cycle
 * always builds.
 */
final class WorkCycles {
  static final LocalDate START = LocalDate.of(2024, 1, 1);
  static final LocalDate END = LocalDate.of(2024, 12, 31);
  private static final String[] CATEGORIES = {"规上企业", "楼宇", "园区"};
  private static final String[] MAX_POINTS = {"5", "10", "20"};
  private static final String[] WEIGHTS = {"1", "2", "3", "1.5", "5"};
  private static final JurisdictionGenerator JURISDICTIONS =
      Jurisdictions.jurisdictions()
          .counties(1, 1)
          .townsPerCounty(1, 2)
          .enterprises(1, 5)
          .peoplePerEnterprise(0, 4);

  /** A few policy variants, built once: random joint stages, shares, caps, vetoes, thresholds. */
  private static final ImmutableList<Policy> VARIANTS = variants(false);

  /** Variants that always count commendation as a joint stage (同表彰). */
  private static final ImmutableList<Policy> JOINT_COMMENDATION_VARIANTS = variants(true);

  /**
   * A cycle, the policy to evaluate it under, the date, and a seed for the property's own choices.
   */
  record Scenario(WorkCycle cycle, Policy policy, LocalDate asOf, long seed) {
    TargetEngine engine() {
      return TargetEngine.of(policy);
    }

    CycleReport report() {
      return engine().evaluate(cycle, asOf);
    }

    @Override
    public String toString() {
      StringBuilder text =
          new StringBuilder(cycle.toString())
              .append(" asOf=")
              .append(asOf)
              .append(" stages=")
              .append(policy.value(Parameters.JOINT_STAGES, asOf))
              .append(" seed=")
              .append(seed);
      cycle.deployments().forEach(d -> text.append("\n  ").append(d));
      cycle.inspections().forEach(i -> text.append("\n  ").append(i));
      cycle.assessments().forEach(a -> text.append("\n  ").append(a));
      cycle.quotas().forEach(q -> text.append("\n  ").append(q));
      return text.toString();
    }
  }

  private WorkCycles() {}

  /**
   * Returns scenarios under varied policies: random joint stages, shares, caps, vetoes and the
   * same-date rule.
   */
  static Generator<Scenario> scenarios() {
    return scenarios(false);
  }

  /**
   * Returns scenarios whose policy always counts commendation as a joint stage (同表彰).
   *
   * @param jointCommendation whether 同表彰 is always among the policy's stages
   */
  static Generator<Scenario> scenarios(boolean jointCommendation) {
    Generator<Scenario> g =
        JURISDICTIONS.flatMap(j -> random -> scenario(j, random, jointCommendation));
    return g.describedBy(Scenario::toString);
  }

  private static Scenario scenario(
      Jurisdiction j, RandomGenerator random, boolean jointCommendation) {
    WorkCycle cycle = cycle(j, random);
    ImmutableList<Policy> variants = jointCommendation ? JOINT_COMMENDATION_VARIANTS : VARIANTS;
    Policy policy = variants.get(random.nextInt(variants.size()));
    LocalDate asOf =
        random.nextInt(5) == 0 ? START.plusDays(random.nextInt(366)) : END.plusDays(15);
    return new Scenario(cycle, policy, asOf, random.nextLong());
  }

  static WorkCycle cycle(Jurisdiction j, RandomGenerator random) {
    List<Unit> units = new ArrayList<>();
    for (Unit u : Unit.allLedIn(j)) {
      units.add(random.nextInt(3) == 0 ? u : u.withCategory(pick(random, CATEGORIES)));
    }
    int regional = units.isEmpty() ? 1 + random.nextInt(2) : random.nextInt(2);
    List<Region> regions = j.regions();
    for (int i = 0; i < regional; i++) {
      Unit.Builder u = Unit.builder().id(UnitId.of("RU-" + i)).name("区域单位 " + i);
      if (!regions.isEmpty()) {
        u.region(regions.get(random.nextInt(regions.size())).id());
      }
      units.add(u.category(pick(random, CATEGORIES)).build());
    }
    WorkCycle.Builder cycle = WorkCycle.builder("2024年度", START, END).addUnits(units);

    Map<UnitId, List<Target>> targetsOf = new LinkedHashMap<>();
    units.forEach(u -> targetsOf.put(u.id(), new ArrayList<>()));
    // In a quarter of the cycles every target weighs 1 of 10 points, so that scores tie.
    boolean uniform = random.nextInt(4) == 0;
    int acts = 1 + random.nextInt(3);
    for (int a = 0; a < acts; a++) {
      LocalDate date = LocalDate.of(2024, 1 + random.nextInt(6), 1 + random.nextInt(28));
      List<Target> targets = new ArrayList<>();
      int n = 0;
      for (Unit u : units) {
        int pattern = random.nextInt(10); // 0-5 both, 6-7 party only, 8 union only, 9 none
        Set<WorkSide> sides = EnumSet.noneOf(WorkSide.class);
        if (pattern <= 7) {
          sides.add(WorkSide.PARTY);
        }
        if (pattern <= 5 || pattern == 8) {
          sides.add(WorkSide.UNION);
        }
        for (WorkSide side : sides) {
          int count = 1 + random.nextInt(2);
          for (int k = 0; k < count; k++) {
            Target.Builder t =
                Target.builder()
                    .id(TargetId.of("T-" + a + "-" + n++))
                    .side(side)
                    .title("目标 " + n)
                    .weight(uniform ? BigDecimal.ONE : new BigDecimal(pick(random, WEIGHTS)))
                    .maxPoints(uniform ? BigDecimal.TEN : new BigDecimal(pick(random, MAX_POINTS)))
                    .veto(random.nextInt(10) == 0)
                    .addUnit(u.id());
            if (random.nextInt(10) == 0) {
              t.addUnit(units.get(random.nextInt(units.size())).id());
            }
            targets.add(t.build());
          }
        }
      }
      if (targets.isEmpty()) {
        Unit u = units.get(random.nextInt(units.size()));
        targets.add(
            Target.builder()
                .id(TargetId.of("T-" + a + "-" + n))
                .side(WorkSide.PARTY)
                .title("目标")
                .weight(BigDecimal.ONE)
                .maxPoints(BigDecimal.TEN)
                .addUnit(u.id())
                .build());
      }
      targets.forEach(t -> t.units().forEach(u -> own(targetsOf, u).add(t)));
      cycle.addDeployment(
          Deployment.builder()
              .id(RecordId.of("D-" + a))
              .kind(random.nextInt(5) == 0 ? DeploymentKind.PLAN : DeploymentKind.DEPLOYMENT)
              .date(date)
              .issuingBody("区委组织部")
              .title("部署文件 " + a)
              .addAllTargets(targets)
              .build());
    }

    List<Unit> withTargets = units.stream().filter(u -> !own(targetsOf, u.id()).isEmpty()).toList();
    int inspections = random.nextInt(4);
    for (int i = 0; i < inspections && !withTargets.isEmpty(); i++) {
      Inspection.Builder check =
          Inspection.builder()
              .id(RecordId.of("I-" + i))
              .kind(random.nextInt(4) == 0 ? InspectionKind.SUPERVISION : InspectionKind.INSPECTION)
              .date(LocalDate.of(2024, 7 + random.nextInt(3), 1 + random.nextInt(28)))
              .body("联合检查组")
              .title("检查 " + i);
      boolean any = false;
      for (Unit u : withTargets) {
        if (random.nextInt(2) == 0 || (!any && u == withTargets.get(withTargets.size() - 1))) {
          any = true;
          check.addUnit(u.id());
          List<Target> own = own(targetsOf, u.id());
          check.addTarget(own.get(random.nextInt(own.size())).id());
          for (Target t : own) {
            if (random.nextBoolean()) {
              check.addTarget(t.id());
            }
          }
        }
      }
      if (random.nextInt(3) == 0) {
        check.addFinding("发现的问题 " + i);
      }
      cycle.addInspection(check.build());
    }

    int assessments = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(2);
    if (assessments > 0) {
      List<List<Score>> scores = new ArrayList<>();
      for (int a = 0; a < assessments; a++) {
        scores.add(new ArrayList<>());
      }
      for (Unit u : withTargets) {
        // Most units do well, so that commendation, ties and quotas are exercised.
        int quality = uniform ? 3 : random.nextInt(4);
        for (Target t : own(targetsOf, u.id())) {
          if (random.nextInt(10) < 8) {
            int halfSteps = t.maxPoints().intValue() * 2;
            int lowest = quality == 0 ? 0 : quality == 1 ? halfSteps / 2 : halfSteps * 9 / 10;
            BigDecimal points =
                BigDecimal.valueOf(lowest + random.nextInt(halfSteps - lowest + 1))
                    .divide(BigDecimal.valueOf(2));
            scores.get(random.nextInt(assessments)).add(Score.of(u.id(), t.id(), points));
          }
        }
      }
      LocalDate date = LocalDate.of(2024, 10 + random.nextInt(3), 1 + random.nextInt(28));
      for (int a = 0; a < assessments; a++) {
        if (!scores.get(a).isEmpty()) {
          cycle.addAssessment(
              Assessment.builder()
                  .id(RecordId.of("A-" + a))
                  .date(random.nextBoolean() ? date : date.minusDays(1 + random.nextInt(20)))
                  .body("区委组织部")
                  .title("考核 " + a)
                  .addAllScores(scores.get(a))
                  .build());
        }
      }
    }

    if (random.nextBoolean()) {
      Set<String> used = new java.util.HashSet<>();
      for (Unit u : units) {
        if (random.nextInt(3) == 0) {
          u.region()
              .filter(r -> used.add("R" + r.value()))
              .ifPresent(
                  r -> cycle.addQuota(Quota.forRegion(RegionId.of(r.value()), random.nextInt(3))));
          u.category()
              .filter(c -> used.add("C" + c))
              .ifPresent(c -> cycle.addQuota(Quota.forCategory(c, random.nextInt(3))));
        }
      }
    }
    if (random.nextInt(3) == 0) {
      cycle.commendationPlaces(random.nextInt(4));
    }
    return cycle.build();
  }

  private static ImmutableList<Policy> variants(boolean jointCommendation) {
    RandomGenerator random = new SplittableRandom(jointCommendation ? 17 : 42);
    ImmutableList.Builder<Policy> variants = ImmutableList.builder();
    variants.add(Policy.national());
    for (int i = 0; i < 11; i++) {
      variants.add(policy(random, jointCommendation));
    }
    return variants.build();
  }

  static Policy policy(RandomGenerator random, boolean jointCommendation) {
    Set<JointStage> stages = EnumSet.noneOf(JointStage.class);
    for (JointStage stage : JointStage.values()) {
      if (random.nextInt(3) != 0) {
        stages.add(stage);
      }
    }
    if (jointCommendation) {
      stages.add(JointStage.COMMENDATION);
    }
    if (stages.isEmpty()) {
      stages.add(JointStage.DEPLOYMENT);
    }
    Citation local = Citation.of(Source.LOCAL, "生成", "a generated local policy");
    return Policy.national().toBuilder()
        .set(Parameters.JOINT_STAGES, ImmutableSet.copyOf(stages), local)
        .set(Parameters.JOINT_DEPLOY_SAME_DATE_COUNTS_AS_ONE, random.nextBoolean(), local)
        .set(Parameters.JOINT_ASSESSMENT_PARTY_SHARE, 1 + random.nextInt(90), local)
        .set(Parameters.JOINT_ASSESSMENT_UNION_SHARE, 1 + random.nextInt(90), local)
        .set(Parameters.JOINT_ASSESSMENT_UNION_FAIL_CAPS_GRADE, random.nextBoolean(), local)
        .set(Parameters.JOINT_ASSESSMENT_VETO_ENABLED, random.nextBoolean(), local)
        .set(Parameters.JOINT_ASSESSMENT_PASS_MIN, 50 + random.nextInt(20), local)
        .set(Parameters.JOINT_COMMENDATION_MIN_SCORE, 60 + random.nextInt(35), local)
        .build();
  }

  private static List<Target> own(Map<UnitId, List<Target>> targetsOf, UnitId unit) {
    return targetsOf.computeIfAbsent(unit, u -> new ArrayList<>());
  }

  private static String pick(RandomGenerator random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
