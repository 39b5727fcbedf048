package org.dangong.recommendation;

import static org.dangong.recommendation.Fixtures.APPLICANT;
import static org.dangong.recommendation.Fixtures.BRANCH;
import static org.dangong.recommendation.Fixtures.HIGHER;
import static org.dangong.recommendation.Fixtures.TOWN;
import static org.dangong.recommendation.Fixtures.UNION;
import static org.dangong.recommendation.Fixtures.UNION_COMMITTEE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.UnionMembership;
import org.dangong.testkit.Generator;
import org.dangong.testkit.Shrinker;
import org.dangong.testkit.Shrinkers;

/**
 * A generator of random histories of one person's membership development: the regulations' path
 * with random dates, facts and counts — some legal, some not — then randomly perturbed by dropped,
 * repeated, swapped and back-dated events and events about a stranger. It shrinks by removing
 * events.
 */
final class DevelopmentHistories implements Generator<DevelopmentHistories.History> {
  static final PersonId STRANGER = PersonId.of("P-99");

  /** A generated history: whether the local publicity is enabled, and the events. */
  record History(boolean publicity, ImmutableList<DevelopmentEvent> events) {}

  private static final List<Person> INTRODUCER_POOL =
      List.of(
          Fixtures.fullMember(Fixtures.FULL_A),
          Fixtures.fullMember(Fixtures.FULL_B),
          Fixtures.probationer(),
          Fixtures.disciplined());

  static DevelopmentHistories histories() {
    return new DevelopmentHistories();
  }

  @Override
  public History next(RandomGenerator r) {
    LocalDate d = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(730));
    LocalDate born =
        r.nextDouble() < 0.1
            ? d.minusYears(18).plusDays(1 + r.nextInt(20))
            : d.minusYears(18 + r.nextInt(30)).minusDays(r.nextInt(365));
    Person applicant =
        Person.builder()
            .id(APPLICANT)
            .name("李明")
            .birthDate(born)
            .employment(Employment.of(Fixtures.WEIDE, born.plusYears(16), EmploymentRole.STAFF))
            .unionMembership(
                UnionMembership.active(
                    r.nextDouble() < 0.9 ? UNION : Fixtures.OTHER_UNION, born.plusYears(16)))
            .build();
    List<DevelopmentEvent> e = new ArrayList<>();
    e.add(ApplicationReceived.of(d, applicant, TOWN, BRANCH));
    d = d.plusDays(r.nextInt(45));
    e.add(ApplicantTalked.of(d, APPLICANT, BRANCH));
    if (r.nextDouble() < 0.6) {
      d = d.plusDays(r.nextInt(20));
      e.add(UnionNominated.of(d, applicant, UNION, UNION_COMMITTEE));
      d = d.plusDays(r.nextInt(20));
      e.add(UnionRecommended.of(d, applicant, UNION, UNION_COMMITTEE));
      d = d.plusDays(r.nextInt(20));
      e.add(ActivistDetermined.byUnionRecommendation(d, APPLICANT, BRANCH));
    } else {
      d = d.plusDays(r.nextInt(40));
      e.add(ActivistDetermined.byMemberRecommendation(d, APPLICANT, BRANCH, pick(r, 0, 2)));
    }
    LocalDate activist = d;
    d = d.plusDays(r.nextInt(20));
    e.add(ActivistFiled.of(d, APPLICANT, BRANCH));
    int reviews = r.nextDouble() < 0.8 ? 2 + r.nextInt(2) : r.nextInt(2);
    for (int i = 0; i < reviews; i++) {
      d = d.plusDays(140 + r.nextInt(45));
      e.add(ActivistReviewed.of(d, APPLICANT, BRANCH));
    }
    LocalDate earliest = activist.plusYears(1).plusDays(r.nextInt(60) - 20);
    d = earliest.isAfter(d) ? earliest : d.plusDays(r.nextInt(10));
    e.add(DevelopmentTargetDetermined.of(d, APPLICANT, BRANCH));
    d = d.plusDays(r.nextInt(15));
    e.add(DevelopmentTargetFiled.of(d, APPLICANT, BRANCH));
    d = d.plusDays(r.nextInt(15));
    e.add(
        IntroducersAssigned.of(
            d,
            APPLICANT,
            BRANCH,
            r.nextDouble() < 0.8 ? INTRODUCER_POOL.subList(0, 2) : pick(r, 1, 3)));
    d = d.plusDays(r.nextInt(30));
    e.add(PoliticalReviewCompleted.of(d, APPLICANT, BRANCH));
    d = d.plusDays(r.nextInt(30));
    e.add(
        r.nextDouble() < 0.8
            ? TrainingCompleted.of(d, APPLICANT, HIGHER, 3 + r.nextInt(3), r.nextInt(41))
            : TrainingCompleted.of(d, APPLICANT, HIGHER, r.nextInt(3), 20 + r.nextInt(6)));
    d = d.plusDays(r.nextInt(30));
    Optional<LocalDate> leaving =
        r.nextDouble() < 0.1 ? Optional.of(d.plusDays(r.nextInt(200))) : Optional.empty();
    e.add(PreReviewCompleted.of(d, APPLICANT, HIGHER, leaving));
    boolean publicity = r.nextDouble() < 0.3;
    if (r.nextDouble() < (publicity ? 0.8 : 0.3)) {
      d = d.plusDays(1 + r.nextInt(5));
      e.add(PublicityStarted.of(d, APPLICANT, BRANCH));
    }
    d = d.plusDays(r.nextInt(16));
    int entitled = 3 + r.nextInt(12);
    int present;
    int yes;
    int written;
    if (r.nextDouble() < 0.75) {
      present = entitled / 2 + 1 + r.nextInt(entitled - entitled / 2);
      written = r.nextInt(entitled - present + 1);
      // yes votes around half of those entitled: exactly half (or just under) fails
      yes = Math.min(present, Math.max(0, entitled / 2 - written + r.nextInt(3)));
    } else {
      present = r.nextInt(entitled + 1);
      yes = r.nextInt(present + 1);
      written = r.nextInt(entitled - present + 1);
    }
    e.add(AdmissionVoted.of(d, APPLICANT, BRANCH, entitled, present, yes, written));
    LocalDate meeting = d;
    if (r.nextDouble() < 0.2) {
      d = d.plusDays(r.nextInt(110));
      e.add(ApprovalExtended.of(d, APPLICANT, HIGHER));
    }
    d = maxOf(d, meeting.plusDays(r.nextDouble() < 0.8 ? r.nextInt(85) : r.nextInt(200)));
    e.add(
        r.nextDouble() < 0.9
            ? AdmissionApproved.of(d, APPLICANT, HIGHER)
            : AdmissionRefused.of(d, APPLICANT, HIGHER));
    LocalDate end = meeting.plusYears(1);
    double outcome = r.nextDouble();
    if (outcome < 0.1) {
      e.add(ProbationCancelled.of(d.plusDays(r.nextInt(300)), APPLICANT, BRANCH));
    } else {
      if (outcome < 0.45) {
        d = maxOf(d, end.plusDays(r.nextInt(40) - 10));
        e.add(ProbationExtended.of(d, APPLICANT, BRANCH, Period.ofMonths(3 + r.nextInt(12))));
        end = end.plusMonths(6 + r.nextInt(7));
        if (r.nextDouble() < 0.3) {
          d = maxOf(d, end);
          e.add(ProbationExtended.of(d, APPLICANT, BRANCH, Period.ofMonths(6)));
        }
      }
      d = maxOf(d, end.plusDays(r.nextInt(60) - 30));
      e.add(ProbationConverted.of(d, APPLICANT, BRANCH));
    }
    return new History(publicity, perturb(r, e));
  }

  private static List<Person> pick(RandomGenerator r, int min, int max) {
    List<Person> pool = new ArrayList<>(INTRODUCER_POOL);
    List<Person> chosen = new ArrayList<>();
    int n = min + r.nextInt(max - min + 1);
    for (int i = 0; i < n && !pool.isEmpty(); i++) {
      // mostly eligible full members
      int index = r.nextDouble() < 0.7 ? 0 : r.nextInt(pool.size());
      chosen.add(pool.remove(index));
    }
    return chosen;
  }

  private static ImmutableList<DevelopmentEvent> perturb(
      RandomGenerator r, List<DevelopmentEvent> path) {
    List<DevelopmentEvent> out = new ArrayList<>();
    for (DevelopmentEvent event : path) {
      double x = r.nextDouble();
      if (x < 0.015) {
        // dropped
      } else if (x < 0.03) {
        out.add(event);
        out.add(event); // repeated
      } else if (x < 0.05) {
        out.add(ApplicantTalked.of(event.date().minusDays(1 + r.nextInt(60)), APPLICANT, BRANCH));
        out.add(event); // a back-dated extra event
      } else if (x < 0.07) {
        out.add(ActivistReviewed.of(event.date(), STRANGER, BRANCH));
        out.add(event); // about a stranger
      } else {
        out.add(event);
      }
    }
    for (int i = 0; i + 1 < out.size(); i++) {
      if (r.nextDouble() < 0.015) {
        Collections.swap(out, i, i + 1);
      }
    }
    return ImmutableList.copyOf(out);
  }

  private static LocalDate maxOf(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  @Override
  public Shrinker<History> shrinker() {
    Shrinker<List<DevelopmentEvent>> lists = Shrinkers.lists(0, Shrinker.none());
    return h ->
        lists.candidates(h.events()).map(l -> new History(h.publicity(), ImmutableList.copyOf(l)));
  }

  @Override
  public String describe(History h) {
    return "publicity="
        + h.publicity()
        + "\n"
        + h.events().stream()
            .map(e -> "  " + e.date() + " " + e.step() + " " + e.person().value() + " " + e)
            .collect(Collectors.joining("\n"));
  }
}
