package org.dangong.recommendation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.model.UnionOrganization;
import org.dangong.testkit.Generator;
import org.dangong.testkit.Shrinker;
import org.dangong.testkit.Shrinkers;

/**
 * A generator of random DUAL-REC-1 histories: the candidacy's steps with random facts (chair or
 * not, standing, existing party organisation, full members) and random dates, perturbed by dropped,
 * repeated and swapped events. It shrinks by removing events.
 */
final class Candidacies implements Generator<List<CandidacyEvent>> {
  static Candidacies candidacies() {
    return new Candidacies();
  }

  @Override
  public List<CandidacyEvent> next(RandomGenerator r) {
    LocalDate d = LocalDate.of(2022, 1, 1).plusDays(r.nextInt(700));
    PartyStanding standing =
        switch (r.nextInt(4)) {
          case 0 -> PartyStanding.probationaryMember(d.minusMonths(r.nextInt(12)));
          case 1 -> PartyStanding.fullMember(d.minusDays(300 + r.nextInt(130)));
          default -> PartyStanding.fullMember(d.minusYears(2 + r.nextInt(20)));
        };
    Person chair = Fixtures.chair(standing);
    UnionOrganization union =
        r.nextDouble() < 0.85 ? Fixtures.union() : Fixtures.union().withChair(Fixtures.FULL_A);
    PartyOrganizationStatus status =
        List.of(
                PartyOrganizationStatus.NONE,
                PartyOrganizationStatus.BEING_FOUNDED,
                PartyOrganizationStatus.EXISTS)
            .get(r.nextInt(3));
    List<CandidacyEvent> e = new ArrayList<>();
    e.add(CandidacyProposed.of(d, Fixtures.WEIDE, chair, union, status, Fixtures.UNION_COMMITTEE));
    d = d.plusDays(r.nextInt(20));
    e.add(CandidacyEndorsed.of(d, Fixtures.WEIDE, Fixtures.UNION_COMMITTEE));
    d = d.plusDays(r.nextInt(20));
    e.add(
        CandidacySubmitted.of(
            d, Fixtures.WEIDE, Fixtures.WORKING_COMMITTEE, Fixtures.UNION_COMMITTEE));
    d = d.plusDays(r.nextInt(20));
    e.add(CandidacyExamined.of(d, Fixtures.WEIDE, Fixtures.HIGHER));
    d = d.plusDays(r.nextInt(40));
    e.add(
        r.nextDouble() < 0.8
            ? CandidateAccepted.of(d, Fixtures.WEIDE, Fixtures.HIGHER)
            : CandidateRejected.of(d, Fixtures.WEIDE, Fixtures.HIGHER));
    d = d.plusDays(r.nextInt(60));
    e.add(
        FoundingMeetingHeld.of(d, Fixtures.WEIDE, r.nextInt(6), r.nextBoolean(), Fixtures.HIGHER));
    List<CandidacyEvent> out = new ArrayList<>();
    for (CandidacyEvent event : e) {
      double x = r.nextDouble();
      if (x < 0.06) {
        continue;
      }
      out.add(event);
      if (x < 0.1) {
        out.add(event);
      }
    }
    for (int i = 0; i + 1 < out.size(); i++) {
      if (r.nextDouble() < 0.05) {
        Collections.swap(out, i, i + 1);
      }
    }
    return ImmutableList.copyOf(out);
  }

  @Override
  public Shrinker<List<CandidacyEvent>> shrinker() {
    return Shrinkers.lists(0, Shrinker.none());
  }
}
