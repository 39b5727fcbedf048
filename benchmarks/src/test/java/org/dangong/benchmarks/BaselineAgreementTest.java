package org.dangong.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import org.dangong.benchmarks.drl.DroolsBuilding;
import org.dangong.building.BuildingEngine;
import org.dangong.building.BuildingReport;
import org.dangong.building.CoverageScreening;
import org.dangong.building.EnterpriseAssessment;
import org.dangong.model.Jurisdiction;
import org.dangong.restructuring.RestructuringEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks compare like with like: on the benchmark city (2,000 enterprises here, to keep the
 * build fast) the engine's evaluation and its screening ({@code classify}), the hand-written
 * arrays and the Drools rules classify every non-public
 * enterprise alike, and evaluating county by county on one or two threads gives the same
 * assessments as the whole city. No timing here: speed is measured only in JMH.
 */
class BaselineAgreementTest {
  private static final Thresholds THRESHOLDS = Thresholds.of(Fixtures.POLICY, Fixtures.AS_OF);
  private static Jurisdiction city = Jurisdiction.empty();
  private static BuildingReport report = BuildingEngine.of(Fixtures.POLICY).evaluate(city, Fixtures.AS_OF);

  @BeforeAll
  static void generate() {
    city = Fixtures.city(2_000);
    report = BuildingEngine.of(Fixtures.POLICY).evaluate(city, Fixtures.AS_OF);
  }

  @Test
  @DisplayName("BRANCH-REG Art. 4–5, 20; UNION-LAW Art. 11, 14: arrays agree with the engine")
  void handWrittenAgrees() {
    int[] engine = Classification.of(report);
    int[] plain = PlainCity.of(city, THRESHOLDS).classify();
    assertThat(plain).hasSize(engine.length).isEqualTo(engine);
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 4–5, 20; UNION-LAW Art. 11, 14: classify = evaluate = arrays = Drools")
  void screeningAgrees() {
    BuildingEngine engine = BuildingEngine.of(Fixtures.POLICY);
    CoverageScreening screening = engine.classify(city, Fixtures.AS_OF);
    int[] classified = Classification.of(screening);
    int[] evaluated = Classification.of(report);
    assertThat(classified).hasSize(evaluated.length).isEqualTo(evaluated);
    assertThat(classified).isEqualTo(PlainCity.of(city, THRESHOLDS).classify());
    assertThat(classified).isEqualTo(DroolsBuilding.of(city, THRESHOLDS).classify());
    assertThat(screening.partyCovered()).isEqualTo(report.totals().partyCovered());
    assertThat(screening.unionCovered()).isEqualTo(report.totals().unionCovered());
    assertThat(screening.bothCovered()).isEqualTo(report.totals().bothCovered());
    // County by county: the same values, and every enterprise in exactly one county.
    int screened = 0;
    for (var county : BuildingBenchmark.topRegions(city)) {
      CoverageScreening part = engine.classify(city, county, Fixtures.AS_OF);
      for (var id : part.enterprises()) {
        assertThat(part.partyCoverage(id)).isEqualTo(screening.partyCoverage(id));
        assertThat(part.unionCoverage(id)).isEqualTo(screening.unionCoverage(id));
        assertThat(part.requiredPartyForm(id)).isEqualTo(screening.requiredPartyForm(id));
      }
      screened += part.size();
    }
    assertThat(screened).isEqualTo(screening.size());
  }

  @Test
  @DisplayName("BRANCH-REG Art. 4–5, 20; UNION-LAW Art. 11, 14: Drools agrees with the engine")
  void droolsAgrees() {
    int[] engine = Classification.of(report);
    int[] drools = DroolsBuilding.of(city, THRESHOLDS).classify();
    assertThat(drools).isEqualTo(engine);
  }

  @Test
  @DisplayName("the classification is not trivial: every coverage and form occurs")
  void classificationsVary() {
    int[] engine = Classification.of(report);
    assertThat(engine.length).isGreaterThan(1_500);
    assertThat(Arrays.stream(engine).map(c -> c & 3).distinct().count()).isEqualTo(3);
    assertThat(Arrays.stream(engine).map(c -> (c >> 2) & 7).distinct().count()).isGreaterThan(2);
    assertThat(Arrays.stream(engine).map(c -> (c >> 5) & 7).distinct().count()).isGreaterThan(2);
    assertThat(Arrays.stream(engine).filter(c -> (c & (1 << 9)) != 0).count()).isPositive();
  }

  @Test
  @DisplayName("county by county on one or two threads: the same assessments as the whole city")
  void parallelRegionsAgree() throws Exception {
    BuildingEngine engine = BuildingEngine.of(Fixtures.POLICY);
    List<EnterpriseAssessment> whole = report.assessments();
    for (int threads = 1; threads <= 2; threads++) {
      ForkJoinPool pool = new ForkJoinPool(threads);
      try {
        List<EnterpriseAssessment> parts = new ArrayList<>();
        for (BuildingReport r :
            BuildingBenchmark.byRegion(engine, city, BuildingBenchmark.topRegions(city), pool)) {
          parts.addAll(r.assessments());
        }
        parts.sort(Comparator.comparing(EnterpriseAssessment::enterprise));
        assertThat(parts).isEqualTo(whole);
      } finally {
        pool.shutdown();
      }
    }
  }

  @Test
  @DisplayName("the derived pipeline, work cycle and merger are not empty")
  void fixturesAreNotEmpty() {
    assertThat(Fixtures.pipeline(city)).hasSizeGreaterThan(10);
    assertThat(Fixtures.register(Fixtures.pipeline(city)).developments()).hasSizeGreaterThan(3);
    assertThat(Fixtures.cycle(city).units()).hasSizeGreaterThan(100);
    assertThat(Fixtures.merger(city).absorbed()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(
            RestructuringEngine.of(Fixtures.POLICY)
                .plan(city, Fixtures.merger(city), Fixtures.AS_OF)
                .apply(city))
        .isNotEqualTo(city);
  }
}
