package org.dangong;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.dangong.appointment.AppointmentEngine;
import org.dangong.building.BuildingEngine;
import org.dangong.decision.Subject;
import org.dangong.model.Enterprise;
import org.dangong.model.Jurisdiction;
import org.dangong.model.PartyOrganization;
import org.dangong.model.Person;
import org.dangong.policy.Policy;
import org.dangong.recommendation.ApplicantTalked;
import org.dangong.recommendation.ApplicationReceived;
import org.dangong.recommendation.DevelopmentEvent;
import org.dangong.recommendation.DevelopmentRegister;
import org.dangong.recommendation.WorkingCalendar;
import org.dangong.restructuring.Closure;
import org.dangong.restructuring.InvalidRestructuringException;
import org.dangong.restructuring.RestructuringEngine;
import org.dangong.targets.TargetEngine;
import org.dangong.targets.Unit;
import org.dangong.targets.WorkCycle;
import org.dangong.testkit.Dates;
import org.dangong.testkit.Generator;
import org.dangong.testkit.Jurisdictions;
import org.dangong.testkit.PropertyRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Engines are thread-safe and deterministic: eight threads running every engine at once over one
 * shared jurisdiction, with shared engine instances, get results equal to a single-threaded run;
 * and a jurisdiction rebuilt from its parts in any order is equal to the original and gives equal
 * results. No timing is measured or asserted: the threads are released together by a latch.
 */
class ConcurrencyDeterminismPropertyTest {
  private static final int THREADS = 8;
  private static final LocalDate AS_OF = Dates.DEFAULT_REFERENCE_DATE;
  private static final Policy POLICY = Policy.national();
  private static final BuildingEngine BUILDING = BuildingEngine.of(POLICY);
  private static final AppointmentEngine APPOINTMENT = AppointmentEngine.of(POLICY);
  private static final TargetEngine TARGETS = TargetEngine.of(POLICY);
  private static final RestructuringEngine RESTRUCTURING = RestructuringEngine.of(POLICY);

  private static final Generator<Jurisdiction> JURISDICTIONS =
      Jurisdictions.jurisdictions().counties(1, 2).townsPerCounty(1, 3).enterprises(10, 30);

  /** Every engine's results on one jurisdiction, in a fixed order; equal inputs give equal lists. */
  static ImmutableList<Object> everyEngine(Jurisdiction j) {
    ImmutableList.Builder<Object> results = ImmutableList.builder();
    results.add(BUILDING.evaluate(j, AS_OF));
    results.add(APPOINTMENT.audit(j, AS_OF));
    results.add(APPOINTMENT.indicators(j, AS_OF));
    for (Enterprise e : j.enterprises()) {
      results.add(APPOINTMENT.rankCandidates(j, e.id(), AS_OF));
    }
    WorkCycle cycle =
        WorkCycle.builder("2026年度", AS_OF.withDayOfYear(1), AS_OF.withMonth(12).withDayOfMonth(31))
            .addUnits(Unit.allLedIn(j))
            .build();
    results.add(cycle);
    results.add(TARGETS.evaluate(cycle, AS_OF));
    for (Enterprise e : j.enterprises().subList(0, Math.min(3, j.enterprises().size()))) {
      try {
        results.add(RESTRUCTURING.plan(j, Closure.of(e.id()), AS_OF));
        results.add(RESTRUCTURING.apply(j, Closure.of(e.id()), AS_OF));
      } catch (InvalidRestructuringException refused) {
        results.add(refused.problems());
      }
    }
    List<DevelopmentEvent> events = new ArrayList<>();
    for (PartyOrganization o : j.partyOrganizations()) {
      if (o.coveredEnterprises().isEmpty()) {
        continue;
      }
      for (Person p : j.employees(o.coveredEnterprises().iterator().next())) {
        if (!p.isPartyMember() && p.ageOn(AS_OF) >= 18 && events.size() < 30) {
          Subject branch = Subject.partyOrganization(o.id());
          events.add(ApplicationReceived.of(AS_OF.minusMonths(3), p, o.region(), branch));
          events.add(ApplicantTalked.of(AS_OF.minusMonths(2), p.id(), branch));
        }
      }
    }
    DevelopmentRegister register =
        DevelopmentRegister.replay(POLICY, WorkingCalendar.weekends(), events).state();
    results.add(register);
    results.add(register.obligations(AS_OF));
    results.add(register.statistics(AS_OF.minusYears(1), AS_OF));
    return results.build();
  }

  /** Runs a task on {@value #THREADS} threads released at once, and returns their results. */
  static <T> List<T> onEightThreadsAtOnce(Function<Integer, T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch ready = new CountDownLatch(THREADS);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        int thread = i;
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  start.await();
                  return task.apply(thread);
                }));
      }
      ready.await();
      start.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  @DisplayName("Eight threads running every engine over one shared jurisdiction get the single-threaded results")
  void concurrentRunsEqualASingleThreadedRun() {
    PropertyRunner.forAll(JURISDICTIONS)
        .samples(3)
        .withoutShrinking()
        .check(
            j -> {
              ImmutableList<Object> expected = everyEngine(j);
              List<ImmutableList<Object>> concurrent = onEightThreadsAtOnce(thread -> everyEngine(j));
              assertThat(concurrent).hasSize(THREADS).allSatisfy(r -> assertThat(r).isEqualTo(expected));
            });
  }

  /** A jurisdiction rebuilt from its parts, each kind of part added in a shuffled order. */
  static Jurisdiction shuffled(Jurisdiction j, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return Jurisdiction.builder()
        .addAssignments(shuffle(j.assignments(), random))
        .addUnionOrganizations(shuffle(j.unionOrganizations(), random))
        .addPartyOrganizations(shuffle(j.partyOrganizations(), random))
        .addPeople(shuffle(j.people(), random))
        .addEnterprises(shuffle(j.enterprises(), random))
        .addClusters(shuffle(j.clusters(), random))
        .addRegions(shuffle(j.regions(), random))
        .build();
  }

  private static <T> List<T> shuffle(List<T> values, SplittableRandom random) {
    List<T> copy = new ArrayList<>(values);
    Collections.shuffle(copy, new java.util.Random(random.nextLong()));
    return copy;
  }

  @Test
  @DisplayName("A jurisdiction rebuilt from its parts in any order is equal and gives equal results from every engine")
  void resultsDoNotDependOnInputOrder() {
    Generator<Object[]> cases = random -> new Object[] {JURISDICTIONS.next(random), random.nextLong()};
    PropertyRunner.forAll(cases)
        .samples(4)
        .withoutShrinking()
        .check(
            c -> {
              Jurisdiction j = (Jurisdiction) c[0];
              Jurisdiction rebuilt = shuffled(j, (Long) c[1]);
              assertThat(rebuilt).isEqualTo(j);
              assertThat(rebuilt.people()).containsExactlyElementsOf(j.people());
              assertThat(everyEngine(rebuilt)).isEqualTo(everyEngine(j));
            });
  }

  @Test
  @DisplayName("Shuffling does change the order of the parts handed to the builder")
  void theShuffleShuffles() {
    Jurisdiction j = JURISDICTIONS.generate(11);
    List<Person> people = new ArrayList<>(j.people());
    Collections.shuffle(people, new java.util.Random(3));
    assertThat(people).isNotEqualTo(j.people()).containsExactlyInAnyOrderElementsOf(j.people());
  }
}
