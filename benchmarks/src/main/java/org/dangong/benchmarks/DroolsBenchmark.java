package org.dangong.benchmarks;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.dangong.benchmarks.drl.DroolsBuilding;
import org.dangong.model.Jurisdiction;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same building rules in Drools (classic DRL): a fresh session per evaluation, every fact of
 * the city inserted, the rules fired and the classifications read. The rules are compiled and the
 * facts made once per trial, outside the measured code; the setup checks that Drools classifies
 * every enterprise as the engine does. Not run on a million enterprises (some 20 million facts).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx12g"})
public class DroolsBenchmark {
  /** Number of enterprises in the synthetic city. */
  @Param({"10000", "100000"})
  public int enterprises;

  @SuppressWarnings("NullAway.Init")
  private DroolsBuilding drools;

  /** Generates the city, compiles the rules and checks them against the engine. */
  @Setup(Level.Trial)
  public void setUp() {
    Jurisdiction city = Fixtures.city(enterprises);
    drools = DroolsBuilding.of(city, Thresholds.of(Fixtures.POLICY, Fixtures.AS_OF));
    int[] engine =
        Classification.of(
            org.dangong.building.BuildingEngine.of(Fixtures.POLICY).evaluate(city, Fixtures.AS_OF));
    if (!Arrays.equals(engine, drools.classify())) {
      throw new IllegalStateException("Drools and the engine disagree");
    }
  }

  /**
   * Classifies the city with Drools.
   *
   * @return the classifications
   */
  @Benchmark
  public int[] drools() {
    return drools.classify();
  }
}
