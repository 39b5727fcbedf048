package org.dangong.benchmarks;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.dangong.appointment.AppointmentEngine;
import org.dangong.decision.Decision;
import org.dangong.model.Jurisdiction;
import org.dangong.recommendation.DevelopmentEvent;
import org.dangong.recommendation.DevelopmentRegister;
import org.dangong.recommendation.MembershipDevelopment;
import org.dangong.recommendation.Transition;
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
 * Single decisions as latency: one person's union-chair eligibility at one enterprise, one event
 * applied to one person's development workflow, one event applied to the city's whole register,
 * and the rendering of one decision in Chinese.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx12g"})
public class LatencyBenchmark {
  /** Number of enterprises in the synthetic city. */
  @Param({"10000", "100000"})
  public int enterprises;

  private final AppointmentEngine appointment = AppointmentEngine.of(Fixtures.POLICY);

  @SuppressWarnings("NullAway.Init")
  private Jurisdiction city;

  @SuppressWarnings("NullAway.Init")
  private Fixtures.ChairQuestion question;

  @SuppressWarnings("NullAway.Init")
  private MembershipDevelopment development;

  @SuppressWarnings("NullAway.Init")
  private DevelopmentEvent next;

  @SuppressWarnings("NullAway.Init")
  private DevelopmentRegister register;

  @SuppressWarnings("NullAway.Init")
  private Decision decision;

  /**
   * Generates the city; the register holds the whole pipeline but its last event, the development
   * is the last person's before that event.
   */
  @Setup(Level.Trial)
  public void setUp() {
    city = Fixtures.city(enterprises);
    question = Fixtures.chairQuestion(city);
    ImmutableList<DevelopmentEvent> events = Fixtures.pipeline(city);
    next = events.get(events.size() - 1);
    register = Fixtures.register(events.subList(0, events.size() - 1));
    development = register.development(next.person()).orElseThrow();
    decision = unionChairEligibility();
  }

  /**
   * One person's eligibility to chair the union covering one enterprise.
   *
   * @return the decision
   */
  @Benchmark
  public Decision unionChairEligibility() {
    return appointment.unionChairEligibility(
        city, question.enterprise(), question.person(), Fixtures.AS_OF);
  }

  /**
   * One event applied to one person's development workflow.
   *
   * @return the transition
   */
  @Benchmark
  public Transition<MembershipDevelopment> workflowApply() {
    return development.apply(next);
  }

  /**
   * One event applied to the register of the whole pipeline.
   *
   * @return the transition
   */
  @Benchmark
  public Transition<DevelopmentRegister> registerApply() {
    return register.apply(next);
  }

  /**
   * One decision rendered in Chinese.
   *
   * @return the text
   */
  @Benchmark
  public String renderDecision() {
    return decision.render(Locale.SIMPLIFIED_CHINESE);
  }
}
