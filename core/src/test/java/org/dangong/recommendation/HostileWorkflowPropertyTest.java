package org.dangong.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.dangong.recommendation.Fixtures.APPLICANT;
import static org.dangong.recommendation.Fixtures.BRANCH;
import static org.dangong.recommendation.Fixtures.HIGHER;
import static org.dangong.recommendation.Fixtures.NATIONAL;
import static org.dangong.recommendation.Fixtures.TOWN;
import static org.dangong.recommendation.Fixtures.UNION;
import static org.dangong.recommendation.Fixtures.UNION_COMMITTEE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;
import org.dangong.model.InvalidValueException;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.model.UnionMembership;
import org.dangong.testkit.Generator;
import org.dangong.testkit.Hostile;
import org.dangong.testkit.PropertyRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The recommendation workflows fed hostile dates and counts: histories that run up to the very end
 * (or start) of the calendar, events at arbitrary hostile dates, vote counts and training hours at
 * the ends of {@code int}, extensions of any length. Either the event's factory throws its documented
 * {@link InvalidValueException} naming the problems, or the workflow returns a transition (accepted
 * or rejected) and its obligations; it never throws anything else.
 */
class HostileWorkflowPropertyTest {
  private static final int STEPS = 20;

  /**
   * The standard development path (DEVELOP-REG) with each step on the given date; the applicant is
   * born 27 years before the first date (or on it, when that would leave the calendar).
   */
  static ImmutableList<DevelopmentEvent> path(List<LocalDate> d) {
    LocalDate born = d.get(0).isBefore(LocalDate.MIN.plusYears(27)) ? d.get(0) : d.get(0).minusYears(27);
    Person applicant =
        Person.builder()
            .id(APPLICANT)
            .name("李明")
            .birthDate(born)
            .employment(Employment.of(Fixtures.WEIDE, d.get(0), EmploymentRole.STAFF))
            .unionMembership(UnionMembership.active(UNION, d.get(0)))
            .build();
    List<DevelopmentEvent> e = new ArrayList<>();
    e.add(ApplicationReceived.of(d.get(0), applicant, TOWN, BRANCH));
    e.add(ApplicantTalked.of(d.get(1), APPLICANT, BRANCH));
    e.add(UnionNominated.of(d.get(2), applicant, UNION, UNION_COMMITTEE));
    e.add(UnionRecommended.of(d.get(3), applicant, UNION, UNION_COMMITTEE));
    e.add(ActivistDetermined.byUnionRecommendation(d.get(4), APPLICANT, BRANCH));
    e.add(ActivistFiled.of(d.get(5), APPLICANT, BRANCH));
    e.add(ActivistReviewed.of(d.get(6), APPLICANT, BRANCH));
    e.add(ActivistReviewed.of(d.get(7), APPLICANT, BRANCH));
    e.add(DevelopmentTargetDetermined.of(d.get(8), APPLICANT, BRANCH));
    e.add(DevelopmentTargetFiled.of(d.get(9), APPLICANT, BRANCH));
    e.add(
        IntroducersAssigned.of(
            d.get(10),
            APPLICANT,
            BRANCH,
            List.of(Fixtures.fullMember(Fixtures.FULL_A), Fixtures.fullMember(Fixtures.FULL_B))));
    e.add(PoliticalReviewCompleted.of(d.get(11), APPLICANT, BRANCH));
    e.add(TrainingCompleted.of(d.get(12), APPLICANT, HIGHER, 3, 0));
    e.add(PreReviewCompleted.of(d.get(13), APPLICANT, HIGHER, Optional.of(LocalDate.MAX)));
    e.add(PublicityStarted.of(d.get(14), APPLICANT, BRANCH));
    e.add(AdmissionVoted.of(d.get(15), APPLICANT, BRANCH, 9, 7, 5, 0));
    e.add(AdmissionApproved.of(d.get(16), APPLICANT, HIGHER));
    e.add(ProbationExtended.of(d.get(17), APPLICANT, BRANCH, Period.ofMonths(6)));
    e.add(ProbationConverted.of(d.get(18), APPLICANT, BRANCH));
    e.add(ActivistReviewed.of(d.get(19), APPLICANT, BRANCH));
    return ImmutableList.copyOf(e);
  }

  /** The dates of the standard path, in order, shifted by a number of days. */
  static List<LocalDate> standardDates(long shift) {
    List<LocalDate> base =
        List.of(
            Fixtures.APPLIED, Fixtures.TALKED, Fixtures.NOMINATED, Fixtures.RECOMMENDED,
            Fixtures.ACTIVIST, Fixtures.ACTIVIST_FILED, Fixtures.REVIEW_1, Fixtures.REVIEW_2,
            Fixtures.TARGET, Fixtures.TARGET_FILED, Fixtures.INTRODUCED, Fixtures.POLITICALLY_REVIEWED,
            Fixtures.TRAINED, Fixtures.PRE_REVIEWED, Fixtures.PRE_REVIEWED.plusDays(1), Fixtures.MEETING,
            Fixtures.APPROVED, Fixtures.PROBATION_END, Fixtures.PROBATION_END.plusMonths(6),
            Fixtures.PROBATION_END.plusMonths(7));
    List<LocalDate> shifted = new ArrayList<>();
    for (LocalDate date : base) {
      shifted.add(date.plusDays(shift));
    }
    return shifted;
  }

  /** Histories on the standard path that end within a year of LocalDate.MAX, or start near MIN. */
  private static Generator<List<LocalDate>> calendarEnds() {
    long toMax = ChronoUnit.DAYS.between(Fixtures.PROBATION_END.plusMonths(7), LocalDate.MAX);
    long toMin = ChronoUnit.DAYS.between(Fixtures.APPLIED, LocalDate.MIN);
    return random ->
        standardDates(random.nextBoolean() ? toMax - random.nextInt(366) : toMin + random.nextInt(366));
  }

  /** The standard path with some of its dates replaced by hostile ones. */
  private static Generator<List<LocalDate>> someHostileDates() {
    Generator<LocalDate> hostile = Hostile.dates();
    return random -> {
      List<LocalDate> dates = new ArrayList<>(standardDates(0));
      int replaced = 1 + random.nextInt(4);
      for (int i = 0; i < replaced; i++) {
        dates.set(random.nextInt(STEPS), hostile.next(random));
      }
      return dates;
    };
  }

  private static void replayAndAudit(List<LocalDate> dates) {
    ImmutableList<DevelopmentEvent> events = path(dates);
    for (int n = 0; n <= events.size(); n++) {
      List<DevelopmentEvent> prefix = events.subList(0, n);
      Transition<MembershipDevelopment> t =
          MembershipDevelopment.replay(APPLICANT, NATIONAL, WorkingCalendar.weekends(), prefix);
      assertThat(t.isAccepted() || t.rejection().isPresent()).isTrue();
      MembershipDevelopment state = t.state();
      for (LocalDate asOf : List.of(LocalDate.MIN, dates.get(Math.min(n, STEPS - 1)), LocalDate.MAX)) {
        ImmutableList<Obligation> due = state.obligations(asOf);
        assertThat(due).allSatisfy(o -> assertThat(o.overdueDays()).isNotNegative());
      }
      Transition<DevelopmentRegister> register = DevelopmentRegister.replay(NATIONAL, WorkingCalendar.weekends(), prefix);
      register.state().obligations(LocalDate.MAX);
      assertThat(register.state().statistics(LocalDate.MIN, LocalDate.MAX).from()).isEqualTo(LocalDate.MIN);
    }
  }

  @Test
  @DisplayName("DEVELOP-REG: a development that runs to the ends of the calendar is judged and its deadlines saturate")
  void developmentAtTheEndsOfTheCalendar() {
    PropertyRunner.forAll(calendarEnds()).samples(6).withoutShrinking().check(HostileWorkflowPropertyTest::replayAndAudit);
  }

  @Test
  @DisplayName("DEVELOP-REG: events at hostile dates are rejected or accepted, never an exception")
  void developmentWithHostileDates() {
    PropertyRunner.forAll(someHostileDates()).samples(40).withoutShrinking().check(HostileWorkflowPropertyTest::replayAndAudit);
  }

  /** Counts of an admission vote and a training, and an extension, each hostile one time in three. */
  record Counts(int entitled, int present, int yes, int written, int days, int hours, Period extension) {}

  @Test
  @DisplayName("DEVELOP-REG: hostile vote counts, training hours and extensions are refused at construction or judged")
  void developmentWithHostileCounts() {
    Generator<Integer> counts = Hostile.counts();
    Generator<Period> periods = Hostile.periods();
    Generator<Counts> g =
        random ->
            new Counts(
                random.nextInt(3) == 0 ? counts.next(random) : 9,
                random.nextInt(3) == 0 ? counts.next(random) : 7,
                random.nextInt(3) == 0 ? counts.next(random) : 5,
                random.nextInt(3) == 0 ? counts.next(random) : 0,
                random.nextInt(3) == 0 ? counts.next(random) : 3,
                random.nextInt(3) == 0 ? counts.next(random) : 0,
                random.nextInt(3) == 0 ? periods.next(random) : Period.ofMonths(6));
    AtomicInteger replayed = new AtomicInteger();
    PropertyRunner.forAll(g)
        .samples(150)
        .withoutShrinking()
        .check(
            c -> {
              List<DevelopmentEvent> events = new ArrayList<>(path(standardDates(0)).subList(0, 15));
              try {
                events.set(12, TrainingCompleted.of(Fixtures.TRAINED, APPLICANT, HIGHER, c.days(), c.hours()));
                events.add(
                    AdmissionVoted.of(Fixtures.MEETING, APPLICANT, BRANCH, c.entitled(), c.present(), c.yes(), c.written()));
                events.add(AdmissionApproved.of(Fixtures.APPROVED, APPLICANT, HIGHER));
                events.add(ProbationExtended.of(Fixtures.PROBATION_END, APPLICANT, BRANCH, c.extension()));
              } catch (InvalidValueException refused) {
                assertThat(refused.problems()).isNotEmpty();
                assertThat(refused.getMessage()).contains(refused.problems().get(0).rule());
                return;
              }
              Transition<MembershipDevelopment> t =
                  MembershipDevelopment.replay(APPLICANT, NATIONAL, WorkingCalendar.weekends(), events);
              assertThat(t.state().obligations(LocalDate.MAX)).isNotNull();
              assertThat(t.state().obligations(Fixtures.PROBATION_END.plusYears(3))).isNotNull();
              replayed.incrementAndGet();
            });
    assertThat(replayed).as("histories that got past the factories").hasPositiveValue();
  }

  @Test
  @DisplayName("DUAL-REC-1: a chair candidacy at hostile dates and counts is judged, never an exception")
  void candidacyWithHostileDatesAndCounts() {
    Generator<LocalDate> dates = Hostile.datesOrOrdinary(0.5);
    Generator<Integer> counts = Hostile.counts();
    PropertyRunner.forAll(random -> {
          List<LocalDate> d = new ArrayList<>();
          for (int i = 0; i < 7; i++) {
            d.add(dates.next(random));
          }
          return new Object[] {d, counts.next(random)};
        })
        .samples(60)
        .withoutShrinking()
        .check(
            sample -> {
              @SuppressWarnings("unchecked")
              List<LocalDate> d = (List<LocalDate>) sample[0];
              int members = (Integer) sample[1];
              PartyStanding standing = PartyStanding.fullMember(LocalDate.of(2001, 7, 1));
              List<CandidacyEvent> events = new ArrayList<>();
              events.add(
                  CandidacyProposed.of(
                      d.get(0), Fixtures.WEIDE, Fixtures.chair(standing), Fixtures.union(),
                      PartyOrganizationStatus.NONE, UNION_COMMITTEE));
              events.add(CandidacyEndorsed.of(d.get(1), Fixtures.WEIDE, UNION_COMMITTEE));
              events.add(CandidacySubmitted.of(d.get(2), Fixtures.WEIDE, Fixtures.WORKING_COMMITTEE, UNION_COMMITTEE));
              events.add(CandidacyExamined.of(d.get(3), Fixtures.WEIDE, HIGHER));
              events.add(CandidateAccepted.of(d.get(4), Fixtures.WEIDE, HIGHER));
              try {
                events.add(FoundingMeetingHeld.of(d.get(5), Fixtures.WEIDE, members, true, HIGHER));
              } catch (InvalidValueException refused) {
                assertThat(refused.problems()).isNotEmpty();
              }
              Transition<ChairCandidacy> t = ChairCandidacy.replay(Fixtures.WEIDE, NATIONAL, events);
              for (LocalDate asOf : List.of(LocalDate.MIN, d.get(6), LocalDate.MAX)) {
                assertThatCode(() -> t.state().obligations(asOf)).doesNotThrowAnyException();
              }
            });
  }

  @Test
  @DisplayName("DEVELOP-REG: reviews due are counted to the end of the calendar without overflow")
  void reviewsAreCountedToTheEndOfTheCalendar() {
    LocalDate from = LocalDate.of(2022, 1, 1);
    long months = ChronoUnit.MONTHS.between(from, LocalDate.MAX);
    assertThat(DevelopmentEngine.intervalsElapsed(from, LocalDate.MAX, Period.ofMonths(6))).isEqualTo(months / 6);
    assertThat(DevelopmentEngine.intervalsElapsed(from, from.plusMonths(6).minusDays(1), Period.ofMonths(6))).isZero();
    assertThat(DevelopmentEngine.intervalsElapsed(from, from.plusMonths(18), Period.ofMonths(6))).isEqualTo(3);
    assertThat(DevelopmentEngine.intervalsElapsed(LocalDate.MIN, LocalDate.MAX, Period.ofDays(1))).isEqualTo(Integer.MAX_VALUE);
    assertThat(DevelopmentEngine.intervalsElapsed(LocalDate.of(2023, 8, 31), LocalDate.of(2024, 2, 29), Period.ofMonths(6)))
        .isEqualTo(1);
  }

  @Test
  @DisplayName("DEVELOP-REG: a publicity that would run past LocalDate.MAX ends on it")
  void workingDaysSaturateAtTheEndOfTheCalendar() {
    WorkingCalendar calendar = WorkingCalendar.weekends();
    assertThat(calendar.lastWorkingDay(LocalDate.MAX.minusDays(2), 5)).isEqualTo(LocalDate.MAX);
    assertThat(calendar.workingDaysBetween(LocalDate.MAX.minusDays(6), LocalDate.MAX)).isEqualTo(5);
    assertThat(calendar.lastWorkingDay(LocalDate.of(2024, 3, 2), 5)).isEqualTo(LocalDate.of(2024, 3, 8));
  }
}
