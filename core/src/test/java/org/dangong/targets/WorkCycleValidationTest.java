package org.dangong.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.dangong.targets.CycleFixtures.DEC;
import static org.dangong.targets.CycleFixtures.END;
import static org.dangong.targets.CycleFixtures.FEB;
import static org.dangong.targets.CycleFixtures.JUL;
import static org.dangong.targets.CycleFixtures.MAR;
import static org.dangong.targets.CycleFixtures.act;
import static org.dangong.targets.CycleFixtures.assessment;
import static org.dangong.targets.CycleFixtures.cycle;
import static org.dangong.targets.CycleFixtures.inspection;
import static org.dangong.targets.CycleFixtures.party;
import static org.dangong.targets.CycleFixtures.score;
import static org.dangong.targets.CycleFixtures.target;
import static org.dangong.targets.CycleFixtures.union;
import static org.dangong.targets.CycleFixtures.unit;
import static org.dangong.targets.CycleFixtures.units;

import java.time.LocalDate;
import java.util.List;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Jurisdiction;
import org.dangong.model.OrganizationId;
import org.dangong.model.Problem;
import org.dangong.model.RegionId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bad input is rejected when the cycle is built, with every problem named at once. */
class WorkCycleValidationTest {

  @Test
  @DisplayName(
      "Bad input — weights of zero or below, scores outside the scale, an inspection before its"
          + " deployment, unknown units and targets — is rejected with every problem named")
  void everyProblemIsNamedAtOnce() {
    WorkCycle.Builder bad =
        cycle(unit("U-1"), unit("U-2"))
            .addDeployment(
                act(
                    "D-1",
                    MAR,
                    target("P-1", WorkSide.PARTY, "0", "10", "U-1"),
                    target("P-2", WorkSide.PARTY, "-2", "10", "U-2"),
                    union("N-1", "U-1", "U-9")))
            .addInspection(inspection("I-1", FEB, units("U-1"), "P-1", "N-1", "X-1"))
            .addAssessment(
                assessment(
                    "A-1",
                    DEC,
                    score("U-1", "P-1", "11"),
                    score("U-1", "N-1", "-1"),
                    score("U-2", "N-1", "5"),
                    score("U-7", "P-2", "5")));

    assertThatThrownBy(bad::build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path, Problem::rule)
                    .containsExactlyInAnyOrder(
                        tuple("WorkCycle.deployments[D-1].targets[P-1].weight", "POSITIVE"),
                        tuple("WorkCycle.deployments[D-1].targets[P-2].weight", "POSITIVE"),
                        tuple("WorkCycle.deployments[D-1].targets[N-1].units", "UNKNOWN_UNIT"),
                        tuple("WorkCycle.inspections[I-1].targets", "UNKNOWN_TARGET"),
                        tuple("WorkCycle.inspections[I-1].date", "NOT_BEFORE_DEPLOYMENT"),
                        tuple(
                            "WorkCycle.assessments[A-1].scores[U-1/P-1].points",
                            "POINTS_WITHIN_SCALE"),
                        tuple(
                            "WorkCycle.assessments[A-1].scores[U-1/N-1].points",
                            "POINTS_WITHIN_SCALE"),
                        tuple(
                            "WorkCycle.assessments[A-1].scores[U-2/N-1].target",
                            "TARGET_NOT_SET_FOR_UNIT"),
                        tuple("WorkCycle.assessments[A-1].scores[U-7/P-2].unit", "UNKNOWN_UNIT")));
  }

  @Test
  @DisplayName("Ids, texts, record structure, duplicate scores and quotas are checked too")
  void structureIsChecked() {
    WorkCycle.Builder bad =
        WorkCycle.builder(" ", END, LocalDate.of(2024, 1, 1))
            .addUnit(unit("U-1"))
            .addUnit(unit("U-1"))
            .addUnit(Unit.of(UnitId.of("U-2"), ""))
            .addDeployment(act("D-1", FEB, party("P-1", "U-1"), union("N-1", "U-1")))
            .addDeployment(act("D-1", FEB, party("P-1", "U-2")).withTitle(""))
            .addDeployment(act("D-2", FEB))
            .addInspection(inspection("I-1", JUL, units("U-1", "U-2"), "N-1").withFindings("  "))
            .addAssessment(assessment("A-1", DEC, score("U-1", "P-1", "5")))
            .addAssessment(assessment("A-2", DEC, score("U-1", "P-1", "6")))
            .addAssessment(assessment("A-3", DEC))
            .addQuota(Quota.forRegion(RegionId.of("R-1"), -1))
            .addQuota(Quota.forRegion(RegionId.of("R-1"), 2))
            .commendationPlaces(-3);

    InvalidValueException e = (InvalidValueException) catchProblem(bad);
    assertThat(e.problems())
        .extracting(Problem::path, Problem::rule)
        .contains(
            tuple("WorkCycle.name", "NOT_BLANK"),
            tuple("WorkCycle.end", "NOT_BEFORE_START"),
            tuple("WorkCycle.units[U-1]", "DUPLICATE_ID"),
            tuple("WorkCycle.units[U-2].name", "NOT_BLANK"),
            tuple("WorkCycle.deployments[D-1]", "DUPLICATE_ID"),
            tuple("WorkCycle.deployments[D-1].title", "NOT_BLANK"),
            tuple("WorkCycle.deployments[D-1].targets[P-1]", "DUPLICATE_ID"),
            tuple("WorkCycle.deployments[D-2].targets", "AT_LEAST_ONE_TARGET"),
            tuple("WorkCycle.inspections[I-1].findings", "NOT_BLANK"),
            tuple("WorkCycle.inspections[I-1].units", "NO_COVERED_TARGET_OF_UNIT"),
            tuple("WorkCycle.assessments[A-2].scores[U-1/P-1]", "DUPLICATE_SCORE"),
            tuple("WorkCycle.assessments[A-3].scores", "AT_LEAST_ONE_SCORE"),
            tuple("WorkCycle.quotas[REGION:R-1].places", "NOT_NEGATIVE"),
            tuple("WorkCycle.quotas[REGION:R-1]", "DUPLICATE_QUOTA"),
            tuple("WorkCycle.commendationPlaces", "NOT_NEGATIVE"));
  }

  private static RuntimeException catchProblem(WorkCycle.Builder builder) {
    try {
      builder.build();
    } catch (InvalidValueException e) {
      return e;
    }
    throw new AssertionError("the cycle was accepted");
  }

  @Test
  @DisplayName("An inspection covering a target set for none of the inspected units is rejected")
  void coveredTargetsMustBelongToInspectedUnits() {
    WorkCycle.Builder bad =
        cycle(unit("U-1"), unit("U-2"))
            .addDeployment(act("D-1", FEB, party("P-1", "U-1"), party("P-2", "U-2")))
            .addInspection(inspection("I-1", JUL, units("U-1"), "P-1", "P-2"));

    assertThatThrownBy(bad::build)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::rule, Problem::value)
                    .containsExactly(tuple("TARGET_NOT_SET_FOR_INSPECTED_UNITS", "P-2")));
  }

  @Test
  @DisplayName(
      "Ids are checked when made; a unit derived from an unknown party organisation is rejected")
  void idsAndDerivedUnits() {
    assertThatThrownBy(() -> UnitId.of("U 1")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> TargetId.of("")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> RecordId.of("x".repeat(129)))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Unit.ledBy(Jurisdiction.empty(), OrganizationId.of("PO-1")))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::rule)
                    .containsExactly("UNKNOWN_REFERENCE"));
  }

  @Test
  @DisplayName(
      "A cycle keeps its records in id order whatever the order of insertion, so equal content"
          + " gives equal cycles")
  void insertionOrderDoesNotMatter() {
    Deployment d1 = act("D-1", FEB, union("N-1", "U-1"), party("P-1", "U-1", "U-2"));
    Deployment d2 = act("D-2", MAR, union("N-2", "U-2"));
    WorkCycle one =
        cycle(unit("U-1"), unit("U-2"))
            .addDeployments(List.of(d1, d2))
            .addAssessment(
                assessment("A-1", DEC, score("U-2", "N-2", "3"), score("U-1", "P-1", "4")))
            .build();
    WorkCycle other =
        cycle(unit("U-2"), unit("U-1"))
            .addDeployments(
                List.of(d2, act("D-1", FEB, party("P-1", "U-2", "U-1"), union("N-1", "U-1"))))
            .addAssessment(
                assessment("A-1", DEC, score("U-1", "P-1", "4"), score("U-2", "N-2", "3")))
            .build();

    assertThat(other).isEqualTo(one).hasSameHashCodeAs(one);
    assertThat(one.toBuilder().build()).isEqualTo(one);
    assertThat(one.targetsOf(UnitId.of("U-1")))
        .extracting(Target::id)
        .containsExactly(TargetId.of("N-1"), TargetId.of("P-1"));
    assertThat(one.deployments().get(0).targets())
        .extracting(Target::id)
        .containsExactly(TargetId.of("N-1"), TargetId.of("P-1"));
    assertThat(one.deploymentOf(TargetId.of("N-2"))).contains(d2);
    assertThat(one.toString()).startsWith("WorkCycle[2024年度");
  }
}
