package org.dangong.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.dangong.policy.JointStage;
import org.dangong.testkit.PropertyRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Invariants of joint target management over generated jurisdictions, cycles and policies. */
class TargetPropertiesTest {
  private static final int SAMPLES = 80;

  @Test
  @DisplayName(
      "SEED JOINT-DEPLOY 同表彰: a unit is commendable only if both its party and its union part pass")
  void commendableOnlyIfBothSidesPass() {
    PropertyRunner.forAll(WorkCycles.scenarios(true))
        .samples(SAMPLES)
        .check(
            scenario -> {
              CycleReport report = scenario.report();
              assertThat(report.jointStages()).contains(JointStage.COMMENDATION);
              for (UnitReport unit : report.units()) {
                CommendationOutcome c = unit.commendation();
                if (c.eligible() || c.commended()) {
                  assertThat(unit.score().party().passed()).as(unit.unit().id().value()).isTrue();
                  assertThat(unit.score().union().passed()).as(unit.unit().id().value()).isTrue();
                  assertThat(unit.score().vetoed()).isFalse();
                  assertThat(unit.isJoint(JointStage.COMMENDATION)).contains(true);
                }
                assertThat(c.commended()).isEqualTo(report.commended().contains(unit.unit().id()));
                assertThat(c.decision().isPositive()).isEqualTo(c.commended());
              }
              assertThat(report.ranking()).containsAll(report.commended());
            });
  }

  @Test
  @DisplayName("Permuting the input order never changes the report")
  void permutingTheInputNeverChangesTheReport() {
    PropertyRunner.forAll(WorkCycles.scenarios())
        .samples(SAMPLES)
        .check(
            scenario -> {
              WorkCycle cycle = scenario.cycle();
              Random shuffle = new Random(scenario.seed());
              WorkCycle.Builder permuted =
                  WorkCycle.builder(cycle.name(), cycle.start(), cycle.end())
                      .addUnits(shuffled(cycle.units(), shuffle))
                      .addInspections(shuffled(cycle.inspections(), shuffle))
                      .addQuotas(shuffled(cycle.quotas(), shuffle));
              for (Deployment d : shuffled(cycle.deployments(), shuffle)) {
                permuted.addDeployment(d.withTargets(shuffled(d.targets(), shuffle)));
              }
              for (Assessment a : shuffled(cycle.assessments(), shuffle)) {
                permuted.addAssessment(a.withScores(shuffled(a.scores(), shuffle)));
              }
              cycle.commendationPlaces().ifPresent(permuted::commendationPlaces);

              CycleReport original = scenario.report();
              CycleReport again = scenario.engine().evaluate(permuted.build(), scenario.asOf());

              assertThat(again).isEqualTo(original);
              assertThat(again.decisions()).containsExactlyElementsOf(original.decisions());
            });
  }

  @Test
  @DisplayName("Raising one union-building score never lowers a unit's grade")
  void raisingAUnionScoreNeverLowersTheGrade() {
    PropertyRunner.forAll(WorkCycles.scenarios())
        .samples(SAMPLES)
        .check(
            scenario -> {
              WorkCycle cycle = scenario.cycle();
              List<Assessment> withUnion = new ArrayList<>();
              for (Assessment a : cycle.assessments()) {
                if (a.scores().stream().anyMatch(s -> isUnion(cycle, s))) {
                  withUnion.add(a);
                }
              }
              if (withUnion.isEmpty()) {
                return;
              }
              Random choice = new Random(scenario.seed());
              Assessment a = withUnion.get(choice.nextInt(withUnion.size()));
              List<Score> union = a.scores().stream().filter(s -> isUnion(cycle, s)).toList();
              Score old = union.get(choice.nextInt(union.size()));
              BigDecimal max = cycle.target(old.target()).orElseThrow().maxPoints();
              BigDecimal room = max.subtract(old.points());
              BigDecimal raised =
                  old.points()
                      .add(
                          room.multiply(BigDecimal.valueOf(1 + choice.nextInt(4)))
                              .divide(BigDecimal.valueOf(4)));
              List<Score> scores = new ArrayList<>(a.scores());
              scores.set(scores.indexOf(old), old.withPoints(raised));
              WorkCycle higher =
                  cycle.toBuilder()
                      .removeRecordsIf(id -> id.equals(a.id()))
                      .addAssessment(a.withScores(scores))
                      .build();

              UnitReport before = scenario.report().unit(old.unit()).orElseThrow();
              UnitReport after =
                  scenario
                      .engine()
                      .evaluate(higher, scenario.asOf())
                      .unit(old.unit())
                      .orElseThrow();

              assertThat(after.grade().isPresent()).isEqualTo(before.grade().isPresent());
              if (before.grade().isPresent()) {
                assertThat(after.grade().orElseThrow().isAtLeast(before.grade().orElseThrow()))
                    .as(
                        "%s raised %s to %s: %s -> %s",
                        old.unit().value(), old.points(), raised, before.grade(), after.grade())
                    .isTrue();
                assertThat(after.score().combined().orElseThrow())
                    .isGreaterThanOrEqualTo(before.score().combined().orElseThrow());
              }
            });
  }

  @Test
  @DisplayName(
      "The report is consistent: joint stages only as the policy says, one-sided inspections never"
          + " joint, breakdowns add up")
  void theReportIsConsistent() {
    PropertyRunner.forAll(WorkCycles.scenarios())
        .samples(SAMPLES)
        .check(
            scenario -> {
              CycleReport report = scenario.report();
              assertThat(scenario.report()).isEqualTo(report);
              assertThat(report.units())
                  .extracting(r -> r.unit().id())
                  .isSorted()
                  .containsExactlyElementsOf(
                      scenario.cycle().units().stream().map(Unit::id).toList());
              for (UnitReport unit : report.units()) {
                assertThat(unit.stages().keySet())
                    .containsExactlyInAnyOrderElementsOf(report.jointStages());
                if (report.inspectedOnOneSideOnly().contains(unit.unit().id())) {
                  assertThat(unit.isJoint(JointStage.INSPECTION))
                      .isNotEqualTo(java.util.Optional.of(true));
                }
                for (SideScore side : List.of(unit.score().party(), unit.score().union())) {
                  if (side.score().isPresent()) {
                    BigDecimal sum =
                        side.targets().stream()
                            .map(TargetScore::contribution)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertThat(sum.subtract(side.score().get()).abs())
                        .isLessThanOrEqualTo(
                            new BigDecimal("0.01")
                                .multiply(BigDecimal.valueOf(side.targets().size())));
                  }
                }
                if (unit.score().capped()) {
                  assertThat(unit.grade()).contains(AssessmentGrade.PASS);
                }
              }
            });
  }

  private static boolean isUnion(WorkCycle cycle, Score s) {
    return cycle.target(s.target()).orElseThrow().side() == WorkSide.UNION;
  }

  private static <T> List<T> shuffled(List<T> values, Random random) {
    List<T> copy = new ArrayList<>(values);
    Collections.shuffle(copy, random);
    return copy;
  }
}
