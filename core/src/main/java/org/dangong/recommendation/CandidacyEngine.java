package org.dangong.recommendation;

import static org.dangong.recommendation.CandidacyStage.ACCEPTED;
import static org.dangong.recommendation.CandidacyStage.ENDORSED;
import static org.dangong.recommendation.CandidacyStage.NOT_STARTED;
import static org.dangong.recommendation.CandidacyStage.PROPOSED;
import static org.dangong.recommendation.CandidacyStage.SUBMITTED;
import static org.dangong.recommendation.CandidacyStage.UNDER_EXAMINATION;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.dangong.decision.Subject;
import org.dangong.internal.Dates;
import org.dangong.model.PartyForm;
import org.dangong.model.Person;
import org.dangong.policy.Parameters;
import org.dangong.policy.PolicyValue;

/** The guards and transitions of {@link ChairCandidacy}; pure functions of state and event. */
final class CandidacyEngine {
  private CandidacyEngine() {}

  static Transition<ChairCandidacy> apply(ChairCandidacy s, CandidacyEvent e) {
    Checks c = new Checks(Subject.enterprise(s.enterprise()), e);
    if (!e.enterprise().equals(s.enterprise())) {
      c.fail(
          RecommendationRules.KNOWN_PERSON,
          Reasons.otherSubject(e.enterprise().value(), s.enterprise().value()));
      return c.reject(s);
    }
    s.lastEventDate()
        .filter(previous -> e.date().isBefore(previous))
        .ifPresent(
            previous ->
                c.fail(
                    RecommendationRules.EVENT_DATE_ORDER,
                    Reasons.dateBeforePrevious(e.date(), previous)));
    if (e instanceof CandidacyProposed p) {
      return proposal(s, p, c);
    } else if (e instanceof CandidacyEndorsed) {
      atStage(s, e, c, PROPOSED);
      return advance(s, e, c, ENDORSED, UnaryOperator.identity());
    } else if (e instanceof CandidacySubmitted sub) {
      atStage(s, e, c, ENDORSED);
      return advance(s, e, c, SUBMITTED, next -> next.higherOrganization(sub.higherOrganization()));
    } else if (e instanceof CandidacyExamined) {
      atStage(s, e, c, SUBMITTED);
      return advance(s, e, c, UNDER_EXAMINATION, UnaryOperator.identity());
    } else if (e instanceof CandidateAccepted || e instanceof CandidateRejected) {
      if (atStage(s, e, c, UNDER_EXAMINATION)) {
        LocalDate submitted = s.dateOf(WorkflowStep.SUBMISSION).orElseThrow();
        PolicyValue<Period> within =
            s.policy().entry(Parameters.BRANCH_FOUNDING_REPLY_WITHIN, submitted);
        LocalDate due = Dates.plus(submitted, within.value());
        if (e.date().isAfter(due)) {
          c.advise(Reasons.late(e.date(), due, within));
        } else {
          c.pass(Reasons.deadline(true, e.date(), due, within));
        }
      }
      CandidacyStage to = e instanceof CandidateAccepted ? ACCEPTED : CandidacyStage.REJECTED;
      return advance(s, e, c, to, UnaryOperator.identity());
    } else if (e instanceof FoundingMeetingHeld f) {
      return founding(s, f, c);
    }
    // Unreachable: the event classes of this package are the only subclasses.
    throw new IllegalArgumentException("unknown event type: " + e.getClass().getName());
  }

  private static Transition<ChairCandidacy> proposal(
      ChairCandidacy s, CandidacyProposed p, Checks c) {
    atStage(s, p, c, NOT_STARTED);
    boolean chairs = p.unionCoversEnterprise() && p.unionChair().equals(Optional.of(p.person()));
    guard(
        c,
        chairs,
        RecommendationRules.CHAIR_OF_THE_UNION,
        Reasons.unionChair(chairs, p.person(), p.union()));
    if (p.record().isEmpty()) {
      c.fail(RecommendationRules.KNOWN_PERSON, Reasons.unknownPerson(p.person()));
    } else {
      Person chair = p.record().get();
      boolean full = chair.isFullPartyMember();
      guard(
          c,
          full,
          RecommendationRules.CANDIDATE_FULL_MEMBER,
          Reasons.fullMember(full, p.person(), chair.partyStanding().stage()));
      Optional<LocalDate> fullSince = chair.partyStanding().fullSince();
      if (full && fullSince.isPresent()) {
        PolicyValue<Period> standing =
            s.policy().entry(Parameters.SECRETARY_MIN_PARTY_STANDING, p.date());
        boolean longEnough = !p.date().isBefore(Dates.plus(fullSince.get(), standing.value()));
        guard(
            c,
            longEnough,
            RecommendationRules.CANDIDATE_PARTY_STANDING,
            Reasons.period(longEnough, fullSince.get(), p.date(), standing));
      }
    }
    boolean none = p.partyOrganization() != PartyOrganizationStatus.EXISTS;
    guard(
        c,
        none,
        RecommendationRules.NO_PARTY_ORGANIZATION,
        Reasons.partyOrganization(none, p.partyOrganization()));
    return advance(s, p, c, PROPOSED, next -> next.candidate(p.person()).union(p.union()));
  }

  private static Transition<ChairCandidacy> founding(
      ChairCandidacy s, FoundingMeetingHeld f, Checks c) {
    atStage(s, f, c, ACCEPTED);
    PolicyValue<Integer> minimum = s.policy().entry(Parameters.BRANCH_MIN_FULL_MEMBERS, f.date());
    PartyForm form = f.fullMembers() >= minimum.value() ? PartyForm.BRANCH : PartyForm.JOINT_BRANCH;
    c.pass(
        RecommendationRules.FOUNDING_MEETING, Reasons.foundingForm(f.fullMembers(), minimum, form));
    c.pass(Reasons.elected(f.elected()));
    CandidacyStage to = f.elected() ? CandidacyStage.ELECTED : CandidacyStage.NOT_ELECTED;
    return advance(s, f, c, to, next -> next.foundedAs(form));
  }

  private static void guard(
      Checks c, boolean met, org.dangong.decision.Rule rule, org.dangong.decision.Reason reason) {
    if (met) {
      c.pass(rule, reason);
    } else {
      c.fail(rule, reason);
    }
  }

  private static boolean atStage(
      ChairCandidacy s, CandidacyEvent e, Checks c, CandidacyStage allowed) {
    if (s.stage() == allowed) {
      return true;
    }
    c.fail(
        RecommendationRules.EVENT_IN_SEQUENCE,
        s.dateOf(e.step())
            .map(d -> Reasons.stepDone(e.step(), d))
            .orElse(Reasons.stepNotAllowed(e.step(), s.stage())));
    return false;
  }

  private static Transition<ChairCandidacy> advance(
      ChairCandidacy s,
      CandidacyEvent e,
      Checks c,
      CandidacyStage stage,
      UnaryOperator<ImmutableChairCandidacy.Builder> change) {
    if (c.failed()) {
      return c.reject(s);
    }
    ImmutableChairCandidacy.Builder next =
        ImmutableChairCandidacy.builder()
            .from(s)
            .stage(stage)
            .steps(
                ImmutableMap.<WorkflowStep, LocalDate>builder()
                    .putAll(s.steps())
                    .put(e.step(), e.date())
                    .buildKeepingLast())
            .history(ImmutableList.<CandidacyEvent>builder().addAll(s.history()).add(e).build())
            .auditTrail(
                ImmutableList.<AuditEntry>builder()
                    .addAll(s.auditTrail())
                    .add(AuditEntry.of(s.history().size() + 1, e, c.record()))
                    .build());
    return Transition.accepted(change.apply(next).build());
  }

  static ImmutableList<Obligation> obligations(ChairCandidacy s, LocalDate asOf) {
    Subject subject = Subject.enterprise(s.enterprise());
    ObligationKind kind;
    WorkflowStep since;
    org.dangong.decision.Rule rule;
    switch (s.stage()) {
      case PROPOSED -> {
        kind = ObligationKind.ENDORSE_CANDIDACY;
        since = WorkflowStep.CANDIDACY_PROPOSAL;
        rule = RecommendationRules.UNION_ENDORSEMENT;
      }
      case ENDORSED -> {
        kind = ObligationKind.SUBMIT_CANDIDACY;
        since = WorkflowStep.UNION_ENDORSEMENT;
        rule = RecommendationRules.SUBMISSION;
      }
      case SUBMITTED, UNDER_EXAMINATION -> {
        LocalDate submitted = s.dateOf(WorkflowStep.SUBMISSION).orElseThrow();
        PolicyValue<Period> within =
            s.policy().entry(Parameters.BRANCH_FOUNDING_REPLY_WITHIN, submitted);
        return ImmutableList.of(
            Obligation.create(
                ObligationKind.DECIDE_CANDIDACY,
                subject,
                RecommendationRules.EXAMINATION.id(),
                submitted,
                Optional.empty(),
                Optional.of(Dates.plus(submitted, within.value())),
                asOf,
                ImmutableList.of(within)));
      }
      case ACCEPTED -> {
        kind = ObligationKind.HOLD_FOUNDING_MEETING;
        since = WorkflowStep.CANDIDATE_ACCEPTANCE;
        rule = RecommendationRules.FOUNDING_MEETING;
      }
      default -> {
        return ImmutableList.of();
      }
    }
    return ImmutableList.of(
        Obligation.create(
            kind,
            subject,
            rule.id(),
            s.dateOf(since).orElseThrow(),
            Optional.empty(),
            Optional.empty(),
            asOf,
            ImmutableList.of()));
  }
}
