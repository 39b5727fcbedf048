package org.dangong.benchmarks;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dangong.appointment.AppointmentAudit;
import org.dangong.appointment.AppointmentEngine;
import org.dangong.building.BuildingEngine;
import org.dangong.building.BuildingReport;
import org.dangong.model.Jurisdiction;
import org.dangong.recommendation.DevelopmentEvent;
import org.dangong.recommendation.DevelopmentRegister;
import org.dangong.recommendation.Obligation;
import org.dangong.restructuring.Merger;
import org.dangong.restructuring.RestructuringEngine;
import org.dangong.restructuring.RestructuringPlan;
import org.dangong.targets.CycleReport;
import org.dangong.targets.TargetEngine;
import org.dangong.targets.WorkCycle;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each engine's full evaluation over the synthetic city: the appointment audit, the obligations of
 * the whole membership-development pipeline, a 四同 work cycle, a merger of 1% of the enterprises,
 * and all of them with the building engine one after the other (the city's work end to end). The
 * city, pipeline, cycle and merger are made once per trial, outside the measured code.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx12g"})
public class EnginesBenchmark {
  /** The date a finished 2026 work cycle is evaluated on. */
  static final LocalDate CYCLE_AS_OF = LocalDate.of(2027, 1, 15);

  /** Number of enterprises in the synthetic city. */
  @Param({"10000", "100000", "1000000"})
  public int enterprises;

  @SuppressWarnings("NullAway.Init")
  private Jurisdiction city;

  @SuppressWarnings("NullAway.Init")
  private DevelopmentRegister register;

  @SuppressWarnings("NullAway.Init")
  private WorkCycle cycle;

  @SuppressWarnings("NullAway.Init")
  private Merger merger;

  private final BuildingEngine building = BuildingEngine.of(Fixtures.POLICY);
  private final AppointmentEngine appointment = AppointmentEngine.of(Fixtures.POLICY);
  private final TargetEngine targets = TargetEngine.of(Fixtures.POLICY);
  private final RestructuringEngine restructuring = RestructuringEngine.of(Fixtures.POLICY);

  /** Generates the city and derives the pipeline, the work cycle and the merger. */
  @Setup(Level.Trial)
  public void setUp() {
    city = Fixtures.city(enterprises);
    ImmutableList<DevelopmentEvent> events = Fixtures.pipeline(city);
    register = Fixtures.register(events);
    cycle = Fixtures.cycle(city);
    merger = Fixtures.merger(city);
  }

  /**
   * The appointment audit of every organisation's posts.
   *
   * @return the audit
   */
  @Benchmark
  public AppointmentAudit appointmentAudit() {
    return appointment.audit(city, Fixtures.AS_OF);
  }

  /**
   * The obligations (deadlines) of every development in the pipeline.
   *
   * @return the obligations
   */
  @Benchmark
  public List<Obligation> recommendationObligations() {
    return register.obligations(Fixtures.AS_OF);
  }

  /**
   * A whole 四同 work cycle: deployment, inspection, assessment, ranking and commendations.
   *
   * @return the report
   */
  @Benchmark
  public CycleReport targetCycle() {
    return targets.evaluate(cycle, CYCLE_AS_OF);
  }

  /**
   * The plan of a merger of 1% of the enterprises.
   *
   * @return the plan
   */
  @Benchmark
  public RestructuringPlan restructuringPlan() {
    return restructuring.plan(city, merger, Fixtures.AS_OF);
  }

  /**
   * Every engine over the city, one after the other: building, appointment audit, pipeline
   * obligations, work cycle and the merger's plan.
   *
   * @param bh the sink
   */
  @Benchmark
  public void allEngines(Blackhole bh) {
    BuildingReport report = building.evaluate(city, Fixtures.AS_OF);
    bh.consume(report);
    bh.consume(appointment.audit(city, Fixtures.AS_OF));
    bh.consume(register.obligations(Fixtures.AS_OF));
    bh.consume(targets.evaluate(cycle, CYCLE_AS_OF));
    bh.consume(restructuring.plan(city, merger, Fixtures.AS_OF));
  }
}
