package org.dangong.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dangong.building.BuildingEngine;
import org.dangong.building.BuildingReport;
import org.dangong.building.CoverageScreening;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The building engine over the whole synthetic city — its full evaluation and its classification-only
 * screening — against the hand-written baseline (one pass over primitive arrays), and the engine
 * region by region on a pool of one and of two threads. The
 * city and the arrays are made once per trial, outside the measured code; the setup checks that the
 * engine, the screening and the baseline classify every enterprise alike.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx12g"})
public class BuildingBenchmark {
  /** Number of enterprises in the synthetic city. */
  @Param({"10000", "100000", "1000000"})
  public int enterprises;

  private final BuildingEngine engine = BuildingEngine.of(Fixtures.POLICY);
  private final ForkJoinPool one = new ForkJoinPool(1);
  private final ForkJoinPool two = new ForkJoinPool(2);

  @SuppressWarnings("NullAway.Init")
  private Jurisdiction city;

  @SuppressWarnings("NullAway.Init")
  private PlainCity plain;

  @SuppressWarnings("NullAway.Init")
  private List<RegionId> counties;

  /** Generates the city, extracts the arrays and checks that both agree. */
  @Setup(Level.Trial)
  public void setUp() {
    city = Fixtures.city(enterprises);
    plain = PlainCity.of(city, Thresholds.of(Fixtures.POLICY, Fixtures.AS_OF));
    counties = topRegions(city);
    int[] expected = plain.classify();
    if (!java.util.Arrays.equals(Classification.of(engine()), expected)) {
      throw new IllegalStateException("the engine and the hand-written baseline disagree");
    }
    if (!java.util.Arrays.equals(Classification.of(classify()), expected)) {
      throw new IllegalStateException("the screening and the hand-written baseline disagree");
    }
  }

  /** Shuts the pools down. */
  @TearDown(Level.Trial)
  public void tearDown() {
    one.shutdown();
    two.shutdown();
  }

  /**
   * The regions directly below the city's root regions (its counties).
   *
   * @param j the city
   * @return their ids
   */
  public static List<RegionId> topRegions(Jurisdiction j) {
    List<RegionId> out = new ArrayList<>();
    for (Region root : j.rootRegions()) {
      for (Region child : j.children(root.id())) {
        out.add(child.id());
      }
    }
    return out;
  }

  /**
   * Evaluates the whole city: coverage, forms, decisions, actions, joint branches, network,
   * indicators and rolled-up counts.
   *
   * @return the report
   */
  @Benchmark
  public BuildingReport engine() {
    return engine.evaluate(city, Fixtures.AS_OF);
  }

  /**
   * Screens the whole city: {@code BuildingEngine.classify}, the library's classification-only
   * path (the same classification as {@link #engine()} and {@link #handWritten()}, no decisions).
   *
   * @return the screening
   */
  @Benchmark
  public CoverageScreening classify() {
    return engine.classify(city, Fixtures.AS_OF);
  }

  /**
   * The hand-written baseline: coverage classification and required forms in one pass over arrays.
   *
   * @return the classifications
   */
  @Benchmark
  public int[] handWritten() {
    return plain.classify();
  }

  /**
   * Evaluates each county on a pool of one thread.
   *
   * @return the reports
   * @throws Exception if an evaluation fails
   */
  @Benchmark
  public List<BuildingReport> regionsOneThread() throws Exception {
    return byRegion(engine, city, counties, one);
  }

  /**
   * Evaluates each county on a pool of two threads.
   *
   * @return the reports
   * @throws Exception if an evaluation fails
   */
  @Benchmark
  public List<BuildingReport> regionsTwoThreads() throws Exception {
    return byRegion(engine, city, counties, two);
  }

  /**
   * Evaluates regions as separate tasks of a pool.
   *
   * @param engine the engine
   * @param city the city
   * @param regions the regions
   * @param pool the pool
   * @return the reports, in the order of the regions
   * @throws InterruptedException if interrupted
   * @throws ExecutionException if an evaluation fails
   */
  public static List<BuildingReport> byRegion(
      BuildingEngine engine, Jurisdiction city, List<RegionId> regions, ForkJoinPool pool)
      throws InterruptedException, ExecutionException {
    List<Callable<BuildingReport>> tasks = new ArrayList<>();
    for (RegionId r : regions) {
      tasks.add(() -> engine.evaluate(city, r, Fixtures.AS_OF));
    }
    List<BuildingReport> out = new ArrayList<>();
    for (Future<BuildingReport> f : pool.invokeAll(tasks)) {
      out.add(f.get());
    }
    return out;
  }
}
