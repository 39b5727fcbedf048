package org.dangong.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangong.decision.Subject;
import org.dangong.model.Enterprise;
import org.dangong.model.Jurisdiction;
import org.dangong.model.PartyOrganization;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.UnionOrganization;
import org.dangong.policy.Citation;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.Source;
import org.dangong.testkit.Generator;
import org.dangong.testkit.Generators;
import org.dangong.testkit.JurisdictionGenerator;
import org.dangong.testkit.Jurisdictions;
import org.dangong.testkit.PropertyRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the recommendation workflows over random event sequences: nobody is admitted who
 * skipped a required step or broke a period; replay equals incremental application; no state is
 * ever changed by applying an event to it.
 */
class RecommendationPropertyTest {
  private static final WorkingCalendar CALENDAR = WorkingCalendar.weekends();
  private static final Policy WITH_PUBLICITY =
      Policy.national()
          .with(
              Parameters.ADMISSION_PUBLICITY_ENABLED,
              true,
              Citation.of(Source.LOCAL, "公示", "发展对象公示5个工作日").withNote("a local rule"),
              LocalDate.MIN);

  private static Policy policy(DevelopmentHistories.History h) {
    return h.publicity() ? WITH_PUBLICITY : Policy.national();
  }

  /** Applies every event in turn, keeping the accepted ones, and checks each step as it goes. */
  private static List<MembershipDevelopment> run(DevelopmentHistories.History h) {
    MembershipDevelopment s = MembershipDevelopment.of(Fixtures.APPLICANT, policy(h), CALENDAR);
    List<MembershipDevelopment> states = new ArrayList<>();
    states.add(s);
    for (DevelopmentEvent e : h.events()) {
      Transition<MembershipDevelopment> t = s.apply(e);
      if (t.isRejected()) {
        assertThat(t.state()).isSameAs(s);
        assertThat(t.rejections()).allSatisfy(d -> assertThat(d.verdict().isPositive()).isFalse());
      } else {
        assertThat(t.state().history()).hasSize(s.history().size() + 1);
        assertThat(t.state().history().get(s.history().size())).isSameAs(e);
        s = t.state();
        states.add(s);
      }
    }
    return states;
  }

  @Test
  @DisplayName(
      "DEVELOP-REG: no random history admits a member who skipped a required step or broke a"
          + " period")
  void noAdmissionSkipsAStepOrAPeriod() {
    PropertyRunner.forAll(DevelopmentHistories.histories())
        .samples(600)
        .check(
            h -> {
              List<MembershipDevelopment> states = run(h);
              MembershipDevelopment last = states.get(states.size() - 1);
              if (last.dateOf(WorkflowStep.APPROVAL).isPresent()) {
                Oracle.admittedLawfully(last, policy(h));
              }
            });
  }

  @Test
  @DisplayName("DEVELOP-REG: random histories do reach admission and full membership")
  void theGeneratorReachesTheEnd() {
    List<DevelopmentHistories.History> samples = DevelopmentHistories.histories().samples(7, 300);
    long admitted = 0;
    long full = 0;
    long rejectedSomething = 0;
    for (DevelopmentHistories.History h : samples) {
      List<MembershipDevelopment> states = run(h);
      MembershipDevelopment last = states.get(states.size() - 1);
      admitted += last.dateOf(WorkflowStep.APPROVAL).isPresent() ? 1 : 0;
      full += last.stage() == DevelopmentStage.FULL_MEMBER ? 1 : 0;
      rejectedSomething += states.size() - 1 < h.events().size() ? 1 : 0;
    }
    assertThat(admitted).as("admitted").isGreaterThan(15);
    assertThat(full).as("full members").isGreaterThan(5);
    assertThat(rejectedSomething).as("histories with a rejection").isGreaterThan(100);
  }

  @Test
  @DisplayName("DUAL-REC: replaying the history of every intermediate state gives that state")
  void replayEqualsIncremental() {
    PropertyRunner.forAll(DevelopmentHistories.histories())
        .samples(150)
        .check(
            h -> {
              for (MembershipDevelopment s : run(h)) {
                Transition<MembershipDevelopment> replayed =
                    MembershipDevelopment.replay(s.person(), s.policy(), s.calendar(), s.history());
                assertThat(replayed.rejections()).isEmpty();
                assertThat(replayed.state()).isEqualTo(s).hasSameHashCodeAs(s);
                assertThat(replayed.state().auditTrail()).isEqualTo(s.auditTrail());
                assertThat(replayed.state().obligations(LocalDate.of(2024, 1, 1)))
                    .isEqualTo(s.obligations(LocalDate.of(2024, 1, 1)));
              }
            });
  }

  @Test
  @DisplayName("DUAL-REC: applying events never changes any earlier state")
  void noStateIsMutated() {
    PropertyRunner.forAll(DevelopmentHistories.histories())
        .samples(100)
        .check(
            h -> {
              List<MembershipDevelopment> states = new ArrayList<>();
              List<Integer> hashes = new ArrayList<>();
              List<ImmutableList<DevelopmentEvent>> histories = new ArrayList<>();
              MembershipDevelopment s =
                  MembershipDevelopment.of(Fixtures.APPLICANT, policy(h), CALENDAR);
              for (DevelopmentEvent e : h.events()) {
                states.add(s);
                hashes.add(s.hashCode());
                histories.add(ImmutableList.copyOf(new ArrayList<>(s.history())));
                // apply the event to earlier states too: none of them may change
                for (int i = states.size() - 1; i >= 0; i -= 3) {
                  states.get(i).apply(e);
                }
                s = s.apply(e).state();
              }
              for (int i = 0; i < states.size(); i++) {
                assertThat(states.get(i).hashCode()).isEqualTo(hashes.get(i));
                assertThat(states.get(i).history()).isEqualTo(histories.get(i));
                assertThat(states.get(i))
                    .isEqualTo(
                        MembershipDevelopment.replay(
                                Fixtures.APPLICANT, policy(h), CALENDAR, histories.get(i))
                            .state());
              }
            });
  }

  @Test
  @DisplayName("DUAL-REC: a register of several people replays to the same register")
  void registerReplay() {
    Generator<List<DevelopmentHistories.History>> several =
        Generators.lists(DevelopmentHistories.histories(), 1, 4);
    PropertyRunner.forAll(several)
        .samples(60)
        .check(
            hs -> {
              List<DevelopmentEvent> events = new ArrayList<>();
              for (int i = 0; i < hs.size(); i++) {
                PersonId person = PersonId.of("P-" + (100 + i));
                hs.get(i).events().forEach(e -> events.add(Retarget.to(e, person)));
              }
              DevelopmentRegister r = DevelopmentRegister.of(Policy.national());
              for (DevelopmentEvent e : events) {
                Transition<DevelopmentRegister> t = r.apply(e);
                assertThat(t.isAccepted() || t.state() == r).isTrue();
                r = t.state();
              }
              Transition<DevelopmentRegister> replayed =
                  DevelopmentRegister.replay(Policy.national(), CALENDAR, r.history());
              assertThat(replayed.rejections()).isEmpty();
              assertThat(replayed.state()).isEqualTo(r);
              for (MembershipDevelopment d : r.developments()) {
                assertThat(d.history())
                    .allSatisfy(e -> assertThat(e.person()).isEqualTo(d.person()));
              }
            });
  }

  @Test
  @DisplayName(
      "DUAL-REC-1: in generated jurisdictions, a union chair's proposal is accepted exactly when"
          + " the chair may be proposed")
  void chairProposalsInGeneratedJurisdictions() {
    JurisdictionGenerator jurisdictions = Jurisdictions.jurisdictions().enterprises(5, 20);
    LocalDate date = jurisdictions.referenceDate();
    PropertyRunner.forAll(jurisdictions)
        .samples(25)
        .check(
            j -> {
              for (Enterprise e : j.enterprises()) {
                for (UnionOrganization u : j.unionOrganizationsCovering(e.id())) {
                  if (u.chair().isEmpty()) {
                    continue;
                  }
                  PersonId chair = u.chair().get();
                  Transition<ChairCandidacy> t =
                      ChairCandidacy.of(e.id(), Policy.national())
                          .apply(
                              CandidacyProposed.from(
                                  j,
                                  e.id(),
                                  u.id(),
                                  chair,
                                  date,
                                  Subject.unionOrganization(u.id())));
                  assertThat(t.isAccepted())
                      .as("%s chaired by %s", e.id(), chair)
                      .isEqualTo(Oracle.mayBeProposed(j, e, chair, date));
                }
              }
            });
  }

  @Test
  @DisplayName(
      "DUAL-REC-1: random candidacy sequences elect only accepted chairs, in order, and replay")
  void randomCandidacies() {
    PropertyRunner.forAll(Candidacies.candidacies())
        .samples(300)
        .check(
            events -> {
              ChairCandidacy c = ChairCandidacy.of(Fixtures.WEIDE, Policy.national());
              for (CandidacyEvent e : events) {
                Transition<ChairCandidacy> t = c.apply(e);
                assertThat(t.isAccepted() || t.state() == c).isTrue();
                c = t.state();
              }
              assertThat(
                      ChairCandidacy.replay(Fixtures.WEIDE, Policy.national(), c.history()).state())
                  .isEqualTo(c);
              if (c.stage() == CandidacyStage.ELECTED || c.stage() == CandidacyStage.NOT_ELECTED) {
                Oracle.foundedLawfully(c);
              }
            });
  }

  /** The invariants, checked on the accepted history alone, without the engine's help. */
  static final class Oracle {
    private Oracle() {}

    static <T extends DevelopmentEvent> T first(MembershipDevelopment s, Class<T> type) {
      return s.history().stream()
          .filter(type::isInstance)
          .map(type::cast)
          .findFirst()
          .orElseThrow(() -> new AssertionError("admitted without " + type.getSimpleName()));
    }

    static int index(MembershipDevelopment s, DevelopmentEvent e) {
      return s.history().indexOf(e);
    }

    static void admittedLawfully(MembershipDevelopment s, Policy policy) {
      ImmutableList<DevelopmentEvent> h = s.history();
      for (int i = 1; i < h.size(); i++) {
        assertThat(h.get(i).date()).isAfterOrEqualTo(h.get(i - 1).date());
        assertThat(h.get(i).person()).isEqualTo(s.person());
      }
      ApplicationReceived application = first(s, ApplicationReceived.class);
      ApplicantTalked talk = first(s, ApplicantTalked.class);
      ActivistDetermined activist = first(s, ActivistDetermined.class);
      ActivistFiled activistFiled = first(s, ActivistFiled.class);
      DevelopmentTargetDetermined target = first(s, DevelopmentTargetDetermined.class);
      DevelopmentTargetFiled targetFiled = first(s, DevelopmentTargetFiled.class);
      IntroducersAssigned introducers = first(s, IntroducersAssigned.class);
      PoliticalReviewCompleted political = first(s, PoliticalReviewCompleted.class);
      TrainingCompleted training = first(s, TrainingCompleted.class);
      PreReviewCompleted preReview = first(s, PreReviewCompleted.class);
      AdmissionVoted vote = first(s, AdmissionVoted.class);
      AdmissionApproved approval = first(s, AdmissionApproved.class);
      assertThat(index(s, application)).isZero();
      assertThat(index(s, talk)).isLessThan(index(s, activist));
      assertThat(index(s, activist)).isLessThan(index(s, activistFiled));
      assertThat(index(s, activistFiled)).isLessThan(index(s, target));
      for (DevelopmentEvent before : List.of(targetFiled, introducers, political, training)) {
        assertThat(index(s, target)).isLessThan(index(s, before));
        assertThat(index(s, before)).isLessThan(index(s, preReview));
      }
      assertThat(index(s, preReview)).isLessThan(index(s, vote));
      assertThat(index(s, vote)).isLessThan(index(s, approval));
      // DEVELOP-REG Art. 5
      Person applicant = application.record().orElseThrow();
      assertThat(applicant.ageOn(application.date())).isGreaterThanOrEqualTo(18);
      // DEVELOP-REG Art. 8: the channel's recommendation
      if (activist.channel() == RecommendationChannel.UNION_RECOMMENDATION) {
        UnionNominated nominated = first(s, UnionNominated.class);
        UnionRecommended recommended = first(s, UnionRecommended.class);
        assertThat(index(s, nominated)).isLessThan(index(s, recommended));
        assertThat(index(s, recommended)).isLessThan(index(s, activist));
        for (Person p :
            List.of(nominated.record().orElseThrow(), recommended.record().orElseThrow())) {
          assertThat(p.isActiveMemberOf(nominated.union())).isTrue();
        }
        assertThat(nominated.record().orElseThrow().ageOn(nominated.date()))
            .isGreaterThanOrEqualTo(18);
      } else {
        assertThat(activist.recommenderRecords()).isNotEmpty().allMatch(Person::isPartyMember);
        assertThat(activist.recommenderRecords()).hasSameSizeAs(activist.recommenders());
      }
      // DEVELOP-REG Art. 11, 13: a year of cultivation with a review per six months
      assertThat(target.date()).isAfterOrEqualTo(activist.date().plusYears(1));
      long reviews =
          h.subList(0, index(s, target)).stream()
              .filter(ActivistReviewed.class::isInstance)
              .count();
      int due = 0;
      while (!activist.date().plusMonths(6L * (due + 1)).isAfter(target.date())) {
        due++;
      }
      assertThat(reviews).isGreaterThanOrEqualTo(due);
      // DEVELOP-REG Art. 14
      assertThat(introducers.introducers()).hasSizeGreaterThanOrEqualTo(2);
      assertThat(introducers.introducerRecords())
          .hasSameSizeAs(introducers.introducers())
          .allMatch(p -> p.isFullPartyMember() && !p.partyStanding().underDisciplinaryProbation());
      // DEVELOP-REG Art. 17, 19
      assertThat(training.days() >= 3 || training.hours() >= 24).isTrue();
      preReview.leavingOn().ifPresent(d -> assertThat(d).isAfter(preReview.date().plusMonths(3)));
      // local publicity
      if (policy.value(Parameters.ADMISSION_PUBLICITY_ENABLED, vote.date())) {
        PublicityStarted publicity = first(s, PublicityStarted.class);
        assertThat(index(s, preReview)).isLessThan(index(s, publicity));
        assertThat(vote.date()).isAfter(CALENDAR.lastWorkingDay(publicity.date(), 5));
      }
      // the branch meeting: quorum and majority, exactly half fails
      assertThat(2 * vote.present()).isGreaterThan(vote.entitled());
      assertThat(2 * (vote.yesVotes() + vote.writtenYesVotes())).isGreaterThan(vote.entitled());
      // approval within three months, six when extended in time
      Optional<ApprovalExtended> extended =
          h.stream()
              .filter(ApprovalExtended.class::isInstance)
              .map(ApprovalExtended.class::cast)
              .findFirst();
      extended.ifPresent(x -> assertThat(x.date()).isBeforeOrEqualTo(vote.date().plusMonths(3)));
      assertThat(approval.date())
          .isBeforeOrEqualTo(vote.date().plusMonths(extended.isPresent() ? 6 : 3));
      // DEVELOP-REG Art. 32: one year of probation, at most one extension of 6 to 12 months
      List<ProbationExtended> extensions =
          h.stream()
              .filter(ProbationExtended.class::isInstance)
              .map(ProbationExtended.class::cast)
              .toList();
      assertThat(extensions).hasSizeLessThanOrEqualTo(1);
      LocalDate end = vote.date().plusYears(1);
      for (ProbationExtended x : extensions) {
        assertThat(x.date()).isAfterOrEqualTo(end);
        LocalDate extendedEnd = end.plus(x.extension());
        assertThat(extendedEnd).isBetween(end.plusMonths(6), end.plusMonths(12));
        end = extendedEnd;
      }
      if (s.stage() == DevelopmentStage.FULL_MEMBER) {
        assertThat(first(s, ProbationConverted.class).date()).isAfterOrEqualTo(end);
      }
      assertThat(s.probationEnd()).contains(end);
    }

    static boolean mayBeProposed(Jurisdiction j, Enterprise e, PersonId chair, LocalDate date) {
      Person p = j.person(chair).orElseThrow();
      boolean standing =
          p.isFullPartyMember()
              && p.partyStanding()
                  .fullSince()
                  .map(d -> !d.plusYears(1).isAfter(date))
                  .orElse(false);
      boolean noOrganization = true;
      for (PartyOrganization o : j.partyOrganizationsCovering(e.id())) {
        if (o.form().isGrassroots() && !o.founded().isAfter(date)) {
          noOrganization = false;
        }
      }
      return standing && noOrganization;
    }

    static void foundedLawfully(ChairCandidacy c) {
      List<WorkflowStep> steps = c.history().stream().map(WorkflowEvent::step).toList();
      assertThat(steps)
          .containsExactly(
              WorkflowStep.CANDIDACY_PROPOSAL,
              WorkflowStep.UNION_ENDORSEMENT,
              WorkflowStep.SUBMISSION,
              WorkflowStep.EXAMINATION,
              WorkflowStep.CANDIDATE_ACCEPTANCE,
              WorkflowStep.FOUNDING_MEETING);
      CandidacyProposed p = (CandidacyProposed) c.history().get(0);
      Person chair = p.record().orElseThrow();
      assertThat(p.unionChair()).contains(p.person());
      assertThat(p.unionCoversEnterprise()).isTrue();
      assertThat(chair.isFullPartyMember()).isTrue();
      assertThat(chair.partyStanding().fullSince().orElseThrow().plus(Period.ofYears(1)))
          .isBeforeOrEqualTo(p.date());
      assertThat(p.partyOrganization()).isNotEqualTo(PartyOrganizationStatus.EXISTS);
      FoundingMeetingHeld f = (FoundingMeetingHeld) c.history().get(5);
      assertThat(c.foundedAs())
          .contains(
              f.fullMembers() >= 3
                  ? org.dangong.model.PartyForm.BRANCH
                  : org.dangong.model.PartyForm.JOINT_BRANCH);
    }
  }

  /** Copies an event onto another person, for registers of several people. */
  static final class Retarget {
    private Retarget() {}

    static DevelopmentEvent to(DevelopmentEvent e, PersonId person) {
      if (e.person().equals(DevelopmentHistories.STRANGER)) {
        return e;
      }
      if (e instanceof ApplicationReceived a) {
        Person record = Person.builder().from(a.record().orElseThrow()).id(person).build();
        return ApplicationReceived.of(a.date(), record, a.region().orElseThrow(), a.decidedBy());
      } else if (e instanceof UnionNominated n) {
        Person record = Person.builder().from(n.record().orElseThrow()).id(person).build();
        return UnionNominated.of(n.date(), record, n.union(), n.decidedBy());
      } else if (e instanceof UnionRecommended n) {
        Person record = Person.builder().from(n.record().orElseThrow()).id(person).build();
        return UnionRecommended.of(n.date(), record, n.union(), n.decidedBy());
      } else if (e instanceof ActivistDetermined a) {
        return a.channel() == RecommendationChannel.UNION_RECOMMENDATION
            ? ActivistDetermined.byUnionRecommendation(a.date(), person, a.decidedBy())
            : ActivistDetermined.byMemberRecommendation(
                a.date(), person, a.decidedBy(), a.recommenderRecords());
      } else if (e instanceof IntroducersAssigned i) {
        return IntroducersAssigned.of(i.date(), person, i.decidedBy(), i.introducerRecords());
      } else if (e instanceof TrainingCompleted t) {
        return TrainingCompleted.of(t.date(), person, t.decidedBy(), t.days(), t.hours());
      } else if (e instanceof PreReviewCompleted p) {
        return PreReviewCompleted.of(p.date(), person, p.decidedBy(), p.leavingOn());
      } else if (e instanceof AdmissionVoted v) {
        return AdmissionVoted.of(
            v.date(),
            person,
            v.decidedBy(),
            v.entitled(),
            v.present(),
            v.yesVotes(),
            v.writtenYesVotes());
      } else if (e instanceof ProbationExtended x) {
        return ProbationExtended.of(x.date(), person, x.decidedBy(), x.extension());
      }
      return Simple.of(e, person);
    }
  }

  /** The events without a payload, rebuilt for another person. */
  static final class Simple {
    private Simple() {}

    static DevelopmentEvent of(DevelopmentEvent e, PersonId p) {
      LocalDate d = e.date();
      Subject by = e.decidedBy();
      return switch (e.step()) {
        case TALK -> ApplicantTalked.of(d, p, by);
        case ACTIVIST_FILING -> ActivistFiled.of(d, p, by);
        case ACTIVIST_REVIEW -> ActivistReviewed.of(d, p, by);
        case TARGET_DETERMINATION -> DevelopmentTargetDetermined.of(d, p, by);
        case TARGET_FILING -> DevelopmentTargetFiled.of(d, p, by);
        case POLITICAL_REVIEW -> PoliticalReviewCompleted.of(d, p, by);
        case PUBLICITY -> PublicityStarted.of(d, p, by);
        case APPROVAL_EXTENSION -> ApprovalExtended.of(d, p, by);
        case APPROVAL -> AdmissionApproved.of(d, p, by);
        case REFUSAL -> AdmissionRefused.of(d, p, by);
        case CONVERSION -> ProbationConverted.of(d, p, by);
        case CANCELLATION -> ProbationCancelled.of(d, p, by);
        case WITHDRAWAL -> DevelopmentWithdrawn.of(d, p, by);
        default -> throw new AssertionError(e);
      };
    }
  }
}
