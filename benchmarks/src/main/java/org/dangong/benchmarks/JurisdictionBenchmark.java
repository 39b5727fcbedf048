package org.dangong.benchmarks;

import java.util.concurrent.TimeUnit;
import org.dangong.model.Jurisdiction;
import org.dangong.testkit.Cities;
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
 * Building a {@link Jurisdiction} (validation, canonical ordering and indexes) from the content of
 * the synthetic city. The city is generated once per trial, outside the measured code.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx12g"})
public class JurisdictionBenchmark {
  /** Number of enterprises in the synthetic city. */
  @Param({"10000", "100000", "1000000"})
  public int enterprises;

  private Jurisdiction city = Jurisdiction.empty();

  /** Generates the city. */
  @Setup(Level.Trial)
  public void generate() {
    city = Cities.suzhouLike().enterprises(enterprises).generate(2011L);
  }

  /**
   * Validates and indexes the whole city.
   *
   * @return the built jurisdiction
   */
  @Benchmark
  public Jurisdiction build() {
    return city.toBuilder().build();
  }
}
