package org.dangong.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangong.targets.CycleFixtures.NATIONAL;
import static org.dangong.targets.CycleFixtures.act;
import static org.dangong.targets.CycleFixtures.assessment;
import static org.dangong.targets.CycleFixtures.inspection;
import static org.dangong.targets.CycleFixtures.party;
import static org.dangong.targets.CycleFixtures.union;
import static org.dangong.targets.CycleFixtures.unit;
import static org.dangong.targets.CycleFixtures.units;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dangong.model.InvalidValueException;
import org.dangong.model.RegionId;
import org.dangong.testkit.Generator;
import org.dangong.testkit.Generators;
import org.dangong.testkit.Hostile;
import org.dangong.testkit.PropertyRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Work cycles fed hostile names, dates, points and quotas: {@link WorkCycle.Builder#build()} either
 * builds a cycle or throws its one documented {@link InvalidValueException} naming the problems,
 * and the {@link TargetEngine} evaluates every cycle built, at any date, without another exception.
 */
class HostileCyclePropertyTest {
  /** The hostile parts of one cycle. */
  record Parts(
      String name,
      LocalDate start,
      LocalDate end,
      LocalDate act,
      LocalDate inspected,
      LocalDate assessed,
      BigDecimal points,
      int places,
      int quota,
      LocalDate asOf) {}

  private static final List<BigDecimal> POINTS =
      List.of(
          BigDecimal.ZERO,
          new BigDecimal("-1"),
          new BigDecimal("10"),
          new BigDecimal("10.0000000001"),
          new BigDecimal("1E+400"),
          new BigDecimal("-1E+400"),
          new BigDecimal("1E-400"),
          new BigDecimal(Long.MAX_VALUE).multiply(BigDecimal.TEN));

  private static Generator<Parts> parts() {
    Generator<String> names = Hostile.strings();
    Generator<LocalDate> dates = Hostile.datesOrOrdinary(0.6);
    Generator<Integer> counts = Hostile.counts();
    Generator<BigDecimal> points = Generators.elementsOf(POINTS);
    return random ->
        new Parts(
            random.nextBoolean() ? names.next(random) : "2024年度",
            dates.next(random),
            dates.next(random),
            dates.next(random),
            dates.next(random),
            dates.next(random),
            points.next(random),
            counts.next(random),
            counts.next(random),
            dates.next(random));
  }

  @Test
  @DisplayName("JOINT-TARGETS: hostile cycles are refused naming their problems, or evaluated at any date")
  void hostileCycles() {
    AtomicInteger evaluatedCycles = new AtomicInteger();
    AtomicInteger refusedCycles = new AtomicInteger();
    PropertyRunner.forAll(parts())
        .samples(150)
        .withoutShrinking()
        .check(
            p -> {
              WorkCycle cycle;
              try {
                cycle =
                    WorkCycle.builder(p.name(), p.start(), p.end())
                        .addUnit(unit("A", "R-1", "制造业"))
                        .addUnit(unit("B", "R-1", "制造业"))
                        .addDeployment(act("D-1", p.act(), party("T-p", "A", "B"), union("T-u", "A", "B")))
                        .addInspection(inspection("I-1", p.inspected(), units("A", "B"), "T-p", "T-u"))
                        .addAssessment(
                            assessment(
                                "S-1",
                                p.assessed(),
                                org.dangong.targets.Score.of(UnitId.of("A"), TargetId.of("T-p"), p.points()),
                                org.dangong.targets.Score.of(UnitId.of("B"), TargetId.of("T-u"), p.points())))
                        .addQuota(Quota.forRegion(RegionId.of("R-1"), p.quota()))
                        .commendationPlaces(p.places())
                        .build();
              } catch (InvalidValueException refused) {
                assertThat(refused.problems()).isNotEmpty();
                assertThat(refused.getMessage()).contains(refused.problems().get(0).rule());
                refusedCycles.incrementAndGet();
                return;
              }
              for (LocalDate asOf : List.of(p.asOf(), LocalDate.MIN, LocalDate.MAX, p.end())) {
                CycleReport report = NATIONAL.evaluate(cycle, asOf);
                assertThat(report.units()).hasSize(2);
                assertThat(report.asOf()).isEqualTo(asOf);
              }
              evaluatedCycles.incrementAndGet();
            });
    // both outcomes occur, so the property tests the engine and not only the builder
    assertThat(evaluatedCycles).hasPositiveValue();
    assertThat(refusedCycles).hasPositiveValue();
  }
}
