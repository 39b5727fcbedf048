package org.dangong;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.dangong.appointment.AppointmentEngine;
import org.dangong.building.BuildingEngine;
import org.dangong.appointment.ChairElection;
import org.dangong.appointment.ChairElectionResult;
import org.dangong.appointment.ElectionApproval;
import org.dangong.model.EnterpriseId;
import org.dangong.model.OrganizationId;
import org.dangong.model.PersonId;
import org.dangong.restructuring.Allocation;
import org.dangong.restructuring.Merger;
import org.dangong.restructuring.Restructuring;
import org.dangong.restructuring.RestructuringPlan;
import org.dangong.restructuring.Split;
import org.dangong.restructuring.Successor;
import org.dangong.building.BuildingReport;
import org.dangong.model.Enterprise;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Jurisdiction;
import org.dangong.model.PartyOrganization;
import org.dangong.model.Person;
import org.dangong.model.UnionOrganization;
import org.dangong.policy.Policy;
import org.dangong.recommendation.DevelopmentRegister;
import org.dangong.restructuring.Closure;
import org.dangong.restructuring.InvalidRestructuringException;
import org.dangong.restructuring.RestructuringEngine;
import org.dangong.targets.CycleReport;
import org.dangong.targets.TargetEngine;
import org.dangong.targets.Unit;
import org.dangong.targets.WorkCycle;
import org.dangong.testkit.Generator;
import org.dangong.testkit.Hostile;
import org.dangong.testkit.JurisdictionGenerator;
import org.dangong.testkit.Jurisdictions;
import org.dangong.testkit.PropertyRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every engine, run on valid jurisdictions at hostile dates — {@link LocalDate#MIN}, {@link
 * LocalDate#MAX} and the days, months and years around them — and on jurisdictions whose every date
 * lies near an end of the calendar, returns a result or throws only the exception its Javadoc
 * documents; never a {@link java.time.DateTimeException}, an {@link ArithmeticException}, a {@link
 * NullPointerException} or a {@link StackOverflowError}.
 */
class HostileEnginesPropertyTest {
  private static final Policy POLICY = Policy.national();
  private static final BuildingEngine BUILDING = BuildingEngine.of(POLICY);
  private static final AppointmentEngine APPOINTMENT = AppointmentEngine.of(POLICY);
  private static final TargetEngine TARGETS = TargetEngine.of(POLICY);
  private static final RestructuringEngine RESTRUCTURING = RestructuringEngine.of(POLICY);

  /** A small jurisdiction and a hostile date to run the engines at. */
  record Case(Jurisdiction jurisdiction, LocalDate asOf) {}

  private static Generator<Case> cases(Generator<Jurisdiction> jurisdictions) {
    Generator<LocalDate> dates = Hostile.dates();
    return random -> new Case(jurisdictions.next(random), dates.next(random));
  }

  private static JurisdictionGenerator small() {
    return Jurisdictions.jurisdictions().counties(1, 1).townsPerCounty(1, 2).enterprises(2, 8);
  }

  @Test
  @DisplayName("Every engine copes with valid jurisdictions evaluated at dates at the ends of the calendar")
  void everyEngineCopesWithHostileDates() {
    PropertyRunner.forAll(cases(small())).samples(30).withoutShrinking().check(c -> runEveryEngine(c.jurisdiction(), c.asOf()));
  }

  @Test
  @DisplayName("Every engine copes with a jurisdiction whose dates all lie in the last years before LocalDate.MAX")
  void everyEngineCopesWithAJurisdictionAtTheEndOfTime() {
    Generator<Jurisdiction> late = small().referenceDate(LocalDate.MAX.minusYears(2));
    PropertyRunner.forAll(cases(late)).samples(8).withoutShrinking().check(c -> {
      runEveryEngine(c.jurisdiction(), c.asOf());
      runEveryEngine(c.jurisdiction(), LocalDate.MAX);
    });
  }

  @Test
  @DisplayName("Every engine copes with a jurisdiction whose dates all lie just after LocalDate.MIN")
  void everyEngineCopesWithAJurisdictionAtTheBeginningOfTime() {
    Generator<Jurisdiction> early = small().referenceDate(LocalDate.MIN.plusYears(150));
    PropertyRunner.forAll(cases(early)).samples(8).withoutShrinking().check(c -> {
      runEveryEngine(c.jurisdiction(), c.asOf());
      runEveryEngine(c.jurisdiction(), LocalDate.MIN);
    });
  }

  @Test
  @DisplayName("Terms that would end after LocalDate.MAX end on it")
  void termsSaturateAtTheEndOfTheCalendar() {
    Jurisdiction j = small().referenceDate(LocalDate.MAX.minusYears(2)).generate(7);
    for (PartyOrganization o : j.partyOrganizations()) {
      assertThat(o.termEnd()).isAfterOrEqualTo(o.termStart());
    }
    for (UnionOrganization o : j.unionOrganizations()) {
      assertThat(o.termEnd()).isAfterOrEqualTo(o.termStart());
    }
    assertThat(j.partyOrganizations()).anySatisfy(o -> assertThat(o.termEnd()).isEqualTo(LocalDate.MAX));
  }

  @Test
  @DisplayName("CHAIR-ELECTION: hostile counts and dates are refused naming every problem, or assessed")
  void hostileChairElections() {
    AtomicInteger assessed = new AtomicInteger();
    Generator<Integer> counts = Hostile.counts();
    Generator<LocalDate> dates = Hostile.datesOrOrdinary(0.6);
    PropertyRunner.forAll(
            random ->
                new Object[] {
                  mostlyOrdinary(random, counts, 1, 50, 40, 30, 5),
                  new LocalDate[] {dates.next(random), dates.next(random), dates.next(random)}
                })
        .samples(200)
        .withoutShrinking()
        .check(
            sample -> {
              int[] n = (int[]) sample[0];
              LocalDate[] d = (LocalDate[]) sample[1];
              if (d[2].isBefore(d[1]) && d[0].hashCode() % 4 != 0) { // mostly a publicity that does not end before it starts
                LocalDate start = d[2];
                d[2] = d[1];
                d[1] = start;
              }
              ChairElection election;
              try {
                election =
                    ChairElection.builder()
                        .union(OrganizationId.of("U-1"))
                        .date(d[0])
                        .seats(n[0])
                        .addCandidates(PersonId.of("P-1"), PersonId.of("P-2"))
                        .votersDue(n[1])
                        .present(n[2])
                        .yesVotes(java.util.Map.of(PersonId.of("P-1"), n[3], PersonId.of("P-2"), n[4]))
                        .publicityStart(d[1])
                        .publicityEnd(d[2])
                        .partyOrganizationApproval(ElectionApproval.GRANTED)
                        .higherUnionApproval(ElectionApproval.GRANTED)
                        .build();
              } catch (InvalidValueException refused) {
                assertThat(refused.problems()).isNotEmpty();
                return;
              }
              ChairElectionResult result = only(() -> APPOINTMENT.assess(election));
              assertThat(result).isNotNull();
              assertThat(election.publicityDays()).isPositive();
              assessed.incrementAndGet();
            });
    assertThat(assessed).as("elections that got past the builder").hasPositiveValue();
  }

  /** Ordinary counts, each replaced by a hostile one with probability 1/4. */
  private static int[] mostlyOrdinary(java.util.random.RandomGenerator random, Generator<Integer> hostile, int... ordinary) {
    int[] counts = new int[ordinary.length];
    for (int i = 0; i < ordinary.length; i++) {
      counts[i] = random.nextInt(4) == 0 ? hostile.next(random) : ordinary[i];
    }
    return counts;
  }

  @Test
  @DisplayName("RESTRUCTURING: mergers and splits with self, duplicate and unknown ids at hostile dates are refused naming every problem, or planned")
  void hostileRestructurings() {
    AtomicInteger planned = new AtomicInteger();
    Generator<LocalDate> dates = Hostile.datesOrOrdinary(0.5);
    Generator<Jurisdiction> jurisdictions = small();
    PropertyRunner.forAll(random -> new Object[] {jurisdictions.next(random), dates.next(random), random.nextLong()})
        .samples(40)
        .withoutShrinking()
        .check(
            sample -> {
              Jurisdiction j = (Jurisdiction) sample[0];
              LocalDate date = (LocalDate) sample[1];
              java.util.SplittableRandom r = new java.util.SplittableRandom((Long) sample[2]);
              List<EnterpriseId> ids = new java.util.ArrayList<>();
              j.enterprises().forEach(e -> ids.add(e.id()));
              ids.add(EnterpriseId.of("E-unknown"));
              List<PersonId> people = new java.util.ArrayList<>();
              j.people().forEach(p -> people.add(p.id()));
              people.add(PersonId.of("P-unknown"));
              List<Allocation> allocations = new java.util.ArrayList<>();
              for (int i = 0; i < r.nextInt(4); i++) {
                PersonId person = people.get(r.nextInt(people.size()));
                allocations.add(
                    r.nextBoolean()
                        ? Allocation.to(person, ids.get(r.nextInt(ids.size())))
                        : Allocation.retired(person));
              }
              EnterpriseId a = ids.get(r.nextInt(ids.size()));
              EnterpriseId b = ids.get(r.nextInt(ids.size()));
              Restructuring restructuring;
              try {
                restructuring =
                    r.nextBoolean()
                        ? Merger.builder()
                            .addAbsorbed(a)
                            .successor(Successor.existing(b))
                            .addAllAllocations(allocations)
                            .build()
                        : Split.builder()
                            .source(a)
                            .addParts(Successor.existing(b))
                            .sourceContinues(r.nextBoolean())
                            .addAllAllocations(allocations)
                            .build();
              } catch (InvalidRestructuringException refused) {
                assertThat(refused.problems()).isNotEmpty();
                return;
              }
              try {
                RestructuringPlan plan = RESTRUCTURING.plan(j, restructuring, date);
                Jurisdiction after = plan.apply(j);
                assertThat(after.enterprises()).isNotEmpty();
                planned.incrementAndGet();
              } catch (InvalidRestructuringException refused) {
                assertThat(refused.problems()).isNotEmpty();
              }
            });
    assertThat(planned).as("restructurings that were planned and applied").hasPositiveValue();
  }

  static void runEveryEngine(Jurisdiction j, LocalDate asOf) {
    BuildingReport report = only(() -> BUILDING.evaluate(j, asOf));
    assertThat(report.asOf()).isEqualTo(asOf);
    for (Enterprise e : j.enterprises()) {
      if (e.ownership().isNonPublic()) { // documented: building assesses non-public enterprises only
        only(() -> BUILDING.assess(j, e.id(), asOf));
      }
      only(() -> APPOINTMENT.rankCandidates(j, e.id(), asOf));
      only(() -> APPOINTMENT.secretaryAsUnionChair(j, e.id(), asOf));
      only(() -> APPOINTMENT.unionChairAsSecretary(j, e.id(), asOf));
    }
    only(() -> APPOINTMENT.audit(j, asOf));
    only(() -> APPOINTMENT.indicators(j, asOf));
    for (UnionOrganization u : j.unionOrganizations()) {
      for (Person p : j.people().subList(0, Math.min(5, j.people().size()))) {
        only(() -> APPOINTMENT.unionChairEligibility(j, u.id(), p.id(), asOf));
        only(() -> APPOINTMENT.unionCommitteeEligibility(j, u.id(), p.id(), asOf));
      }
    }
    for (PartyOrganization o : j.partyOrganizations()) {
      for (Person p : j.people().subList(0, Math.min(5, j.people().size()))) {
        only(() -> APPOINTMENT.partyHeadEligibility(j, o.id(), p.id(), asOf));
      }
    }
    runTargets(j, asOf);
    for (Enterprise e : j.enterprises().subList(0, Math.min(3, j.enterprises().size()))) {
      try {
        Jurisdiction after = RESTRUCTURING.apply(j, Closure.of(e.id()), asOf);
        assertThat(after.enterprises()).isNotEmpty();
      } catch (InvalidRestructuringException expected) {
        assertThat(expected.problems()).isNotEmpty();
      }
    }
    LocalDate from = asOf.equals(LocalDate.MAX) ? asOf.minusDays(1) : asOf;
    LocalDate until = asOf.equals(LocalDate.MAX) ? asOf : asOf.plusDays(1);
    only(() -> DevelopmentRegister.of(POLICY).statistics(from, until));
  }

  private static void runTargets(Jurisdiction j, LocalDate asOf) {
    ImmutableList<Unit> units = Unit.allLedIn(j);
    LocalDate start = asOf.equals(LocalDate.MAX) ? asOf.minusDays(1) : asOf;
    for (List<LocalDate> span :
        List.of(List.of(start, LocalDate.MAX), List.of(LocalDate.MIN, start), List.of(LocalDate.MIN, LocalDate.MAX))) {
      WorkCycle cycle;
      try {
        cycle = WorkCycle.builder("周期", span.get(0), span.get(1)).addUnits(units).build();
      } catch (InvalidValueException e) {
        assertThat(e.problems()).isNotEmpty();
        continue;
      }
      CycleReport report = only(() -> TARGETS.evaluate(cycle, asOf));
      assertThat(report.units()).hasSize(cycle.units().size());
      only(() -> TARGETS.evaluate(cycle, LocalDate.MIN));
      only(() -> TARGETS.evaluate(cycle, LocalDate.MAX));
    }
  }

  /** Runs an engine call that documents no exception for valid input: any exception fails. */
  private static <T> T only(Supplier<T> call) {
    T result = call.get();
    assertThat(result).isNotNull();
    return result;
  }
}
