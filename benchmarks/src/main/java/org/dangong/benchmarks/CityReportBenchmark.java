package org.dangong.benchmarks;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.dangong.examples.report.Format;
import org.dangong.examples.report.ReportBuilder;
import org.dangong.examples.report.ReportData;
import org.dangong.examples.report.ReportTexts;
import org.dangong.model.Jurisdiction;
import org.dangong.testkit.CityRecords;
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
 * The whole city report end to end, as the examples module's main job makes it: every engine over
 * the synthetic city and its records (development register, chair candidacies, 四同 work cycle),
 * the report's model, and its text rendered in Chinese. The city and its records are generated
 * once per trial, outside the measured code.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx12g"})
public class CityReportBenchmark {
  private static final long SEED = 2011L;

  /** Number of enterprises in the synthetic city. */
  @Param({"10000", "100000"})
  public int enterprises;

  @SuppressWarnings("NullAway.Init")
  private Jurisdiction city;

  @SuppressWarnings("NullAway.Init")
  private CityRecords records;

  private final ReportTexts texts = ReportTexts.of(Locale.SIMPLIFIED_CHINESE);

  /** Generates the city and its records. */
  @Setup(Level.Trial)
  public void setUp() {
    city = Fixtures.city(enterprises);
    records = CityRecords.of(city, Fixtures.AS_OF, SEED);
  }

  /**
   * Makes the report: runs every engine, builds the report's model and renders it as text.
   *
   * @return the rendered report
   */
  @Benchmark
  public String cityReport() {
    ReportData data = new ReportBuilder(texts, stage -> {}).build(city, records, SEED);
    return Format.TEXT.render(data, texts);
  }
}
