package org.dangong.appointment;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.dangong.decision.Argument;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Rule;
import org.dangong.decision.Subject;
import org.dangong.decision.Verdict;
import org.dangong.model.EmploymentRole;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.OrganizationId;
import org.dangong.model.PartyOrganization;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.UnionOrganization;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.PolicyValue;

/**
 * 一肩挑 in both directions and the ranking of candidates (NONPUBLIC-OPINION); see {@link
 * AppointmentEngine#secretaryAsUnionChair}, {@link AppointmentEngine#unionChairAsSecretary} and
 * {@link AppointmentEngine#rankCandidates}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CrossAppointments {
  /** The ranking's order; see {@link CandidateRanking}. */
  private static final Comparator<Candidate> CANDIDATE_ORDER =
      Comparator.comparing(Candidate::investor)
          .thenComparing(
              c -> c.currentPost().map(LeadershipPost::ordinal).orElse(Integer.MAX_VALUE))
          .thenComparing(c -> !c.recentlyTrained())
          .thenComparing(c -> c.fullMemberSince().orElse(LocalDate.MAX))
          .thenComparing(Candidate::person);

  private final Policy policy;
  private final Eligibility eligibility;

  CrossAppointments(Policy policy, Eligibility eligibility) {
    this.policy = policy;
    this.eligibility = eligibility;
  }

  CrossAppointment secretaryAsUnionChair(
      Jurisdiction jurisdiction, EnterpriseId enterprise, LocalDate asOf) {
    Lookup.requireEnterprise(jurisdiction, enterprise);
    Optional<PartyOrganization> party = Lookup.partyOrganizationOf(jurisdiction, enterprise);
    Optional<UnionOrganization> union = Lookup.unionOf(jurisdiction, enterprise);
    Subject subject = Subject.enterprise(enterprise);
    List<Reason> missing = new ArrayList<>();
    if (party.isEmpty()) {
      missing.add(Lookup.noParty(enterprise));
    } else if (party.get().secretary().isEmpty()) {
      missing.add(
          Reason.of(
                  "reason.appointment.secretary-vacant",
                  Argument.id("organization", party.get().id()))
              .citing(AppointmentRules.NONPUBLIC_OPINION_CROSS));
    }
    if (union.isEmpty()) {
      missing.add(Lookup.noUnion(enterprise));
    }
    Optional<PersonId> candidate = party.flatMap(PartyOrganization::secretary);
    Optional<OrganizationId> partyId = party.map(PartyOrganization::id);
    Optional<OrganizationId> unionId = union.map(UnionOrganization::id);
    Rule rule = AppointmentRules.SECRETARY_AS_UNION_CHAIR;
    if (!missing.isEmpty()) {
      return CrossAppointment.create(
          CrossAppointmentDirection.SECRETARY_AS_UNION_CHAIR,
          enterprise,
          partyId,
          unionId,
          candidate,
          Decision.of(rule.id(), subject, Verdict.NOT_SATISFIED, asOf, missing),
          notPermitted(subject, asOf));
    }
    PartyOrganization po = party.get();
    UnionOrganization u = union.get();
    Person secretary = Lookup.person(jurisdiction, candidate.get());
    ImmutableList<Reason> bars = eligibility.chairBars(u, secretary, asOf, new Heads(jurisdiction));
    if (!bars.isEmpty()) {
      return CrossAppointment.create(
          CrossAppointmentDirection.SECRETARY_AS_UNION_CHAIR,
          enterprise,
          partyId,
          unionId,
          candidate,
          Decision.of(rule.id(), subject, Verdict.NOT_SATISFIED, asOf, bars),
          notPermitted(subject, asOf));
    }
    List<Reason> reasons = new ArrayList<>();
    reasons.add(
        Reason.of(
                "reason.appointment.secretary-may-chair",
                Argument.id("person", secretary.id()),
                Argument.id("organization", po.id()),
                Argument.id("union", u.id()))
            .citing(AppointmentRules.NONPUBLIC_OPINION_CROSS));
    reasons.add(eligibility.chairClear(u, secretary, asOf));
    if (u.chair().equals(Optional.of(secretary.id()))) {
      reasons.add(alreadyBoth(secretary));
    }
    return CrossAppointment.create(
        CrossAppointmentDirection.SECRETARY_AS_UNION_CHAIR,
        enterprise,
        partyId,
        unionId,
        candidate,
        Decision.of(rule.id(), subject, Verdict.SATISFIED, asOf, reasons),
        recommendation(subject, secretary, asOf));
  }

  CrossAppointment unionChairAsSecretary(
      Jurisdiction jurisdiction, EnterpriseId enterprise, LocalDate asOf) {
    Lookup.requireEnterprise(jurisdiction, enterprise);
    Optional<PartyOrganization> party = Lookup.partyOrganizationOf(jurisdiction, enterprise);
    Optional<UnionOrganization> union = Lookup.unionOf(jurisdiction, enterprise);
    Subject subject = Subject.enterprise(enterprise);
    List<Reason> missing = new ArrayList<>();
    if (party.isEmpty()) {
      missing.add(Lookup.noParty(enterprise));
    }
    if (union.isEmpty()) {
      missing.add(Lookup.noUnion(enterprise));
    } else if (union.get().chair().isEmpty()) {
      missing.add(
          Reason.of("reason.appointment.chair-vacant", Argument.id("union", union.get().id()))
              .citing(AppointmentRules.NONPUBLIC_OPINION_CROSS));
    }
    Optional<PersonId> candidate = union.flatMap(UnionOrganization::chair);
    Optional<OrganizationId> partyId = party.map(PartyOrganization::id);
    Optional<OrganizationId> unionId = union.map(UnionOrganization::id);
    Rule rule = AppointmentRules.UNION_CHAIR_AS_SECRETARY;
    if (!missing.isEmpty()) {
      return CrossAppointment.create(
          CrossAppointmentDirection.UNION_CHAIR_AS_SECRETARY,
          enterprise,
          partyId,
          unionId,
          candidate,
          Decision.of(rule.id(), subject, Verdict.NOT_SATISFIED, asOf, missing),
          notPermitted(subject, asOf));
    }
    PartyOrganization po = party.get();
    UnionOrganization u = union.get();
    Person chair = Lookup.person(jurisdiction, candidate.get());
    ImmutableList<Reason> bars = eligibility.partyHeadBars(po, chair, asOf);
    if (!bars.isEmpty()) {
      return CrossAppointment.create(
          CrossAppointmentDirection.UNION_CHAIR_AS_SECRETARY,
          enterprise,
          partyId,
          unionId,
          candidate,
          Decision.of(rule.id(), subject, Verdict.NOT_SATISFIED, asOf, bars),
          notPermitted(subject, asOf));
    }
    List<Reason> reasons = new ArrayList<>();
    reasons.add(
        Reason.of(
                "reason.appointment.chair-may-head",
                Argument.id("person", chair.id()),
                Argument.id("union", u.id()),
                Argument.id("organization", po.id()))
            .citing(AppointmentRules.NONPUBLIC_OPINION_CROSS));
    reasons.add(eligibility.partyHeadClear(po, chair, asOf));
    if (po.secretary().equals(Optional.of(chair.id()))) {
      reasons.add(alreadyBoth(chair));
    }
    return CrossAppointment.create(
        CrossAppointmentDirection.UNION_CHAIR_AS_SECRETARY,
        enterprise,
        partyId,
        unionId,
        candidate,
        Decision.of(rule.id(), subject, Verdict.SATISFIED, asOf, reasons),
        Decision.of(
            AppointmentRules.RECOMMENDATION,
            subject,
            Verdict.INFORMATIONAL,
            asOf,
            Reason.of(
                    "reason.appointment.chair-as-secretary-allowed",
                    Argument.id("person", chair.id()))
                .citing(AppointmentRules.NONPUBLIC_OPINION_CROSS)));
  }

  CandidateRanking rankCandidates(
      Jurisdiction jurisdiction, EnterpriseId enterprise, LocalDate asOf) {
    Lookup.requireEnterprise(jurisdiction, enterprise);
    Optional<PartyOrganization> party = Lookup.partyOrganizationOf(jurisdiction, enterprise);
    Optional<UnionOrganization> union = Lookup.unionOf(jurisdiction, enterprise);
    Subject subject = Subject.enterprise(enterprise);
    Rule rule = AppointmentRules.CANDIDATE_RANKING;
    Optional<OrganizationId> partyId = party.map(PartyOrganization::id);
    Optional<OrganizationId> unionId = union.map(UnionOrganization::id);
    if (party.isEmpty() || union.isEmpty()) {
      List<Reason> missing = new ArrayList<>();
      if (party.isEmpty()) {
        missing.add(Lookup.noParty(enterprise));
      }
      if (union.isEmpty()) {
        missing.add(Lookup.noUnion(enterprise));
      }
      return CandidateRanking.create(
          enterprise,
          partyId,
          unionId,
          ImmutableList.of(),
          ImmutableList.of(),
          Decision.of(rule.id(), subject, Verdict.NOT_SATISFIED, asOf, missing));
    }
    PartyOrganization po = party.get();
    UnionOrganization u = union.get();
    TreeMap<PersonId, Person> considered = new TreeMap<>();
    for (Person p : jurisdiction.employees(enterprise)) {
      considered.put(p.id(), p);
    }
    List<PersonId> holders = new ArrayList<>();
    po.secretary().ifPresent(holders::add);
    holders.addAll(po.deputySecretaries());
    u.chair().ifPresent(holders::add);
    holders.addAll(u.viceChairs());
    for (PersonId id : holders) {
      considered.computeIfAbsent(id, k -> Lookup.person(jurisdiction, k));
    }
    Heads heads = new Heads(jurisdiction);
    PolicyValue<Period> window = policy.entry(Parameters.UNION_CHAIR_TRAINING_WINDOW, asOf);
    List<Candidate> eligible = new ArrayList<>();
    List<Candidate> rejected = new ArrayList<>();
    for (Person p : considered.values()) {
      List<Reason> bars = new ArrayList<>(eligibility.chairBars(u, p, asOf, heads));
      bars.addAll(eligibility.partyHeadBars(po, p, asOf));
      boolean investor = p.hasRole(EmploymentRole.INVESTOR);
      Decision decision;
      if (bars.isEmpty()) {
        decision =
            Decision.of(
                rule,
                Subject.person(p.id()),
                investor ? Verdict.ADVISORY : Verdict.SATISFIED,
                asOf,
                eligibility.chairClear(u, p, asOf),
                eligibility.partyHeadClear(po, p, asOf),
                recommendationReason(p));
      } else {
        decision =
            Decision.of(rule.id(), Subject.person(p.id()), Verdict.NOT_SATISFIED, asOf, bars);
      }
      Candidate c =
          Candidate.create(
              p.id(),
              currentPost(p.id(), po, u),
              investor,
              Eligibility.recentlyTrained(p, asOf, window.value()),
              p.partyStanding().fullSince(),
              decision);
      (bars.isEmpty() ? eligible : rejected).add(c);
    }
    eligible.sort(CANDIDATE_ORDER);
    List<Reason> reasons = new ArrayList<>();
    if (eligible.isEmpty()) {
      reasons.add(
          Reason.of(
                  "reason.appointment.no-eligible-candidate",
                  Argument.id("enterprise", enterprise),
                  Argument.number("count", considered.size()))
              .citing(AppointmentRules.NONPUBLIC_OPINION_CROSS));
    } else {
      reasons.add(
          Reason.of("reason.appointment.ranking-order", Argument.period("window", window.value()))
              .citing(AppointmentRules.NONPUBLIC_OPINION_CROSS)
              .using(window));
      int rank = 1;
      for (Candidate c : eligible) {
        reasons.add(rankedReason(rank++, c));
      }
      if (!rejected.isEmpty()) {
        reasons.add(
            Reason.of(
                "reason.appointment.rejected-count", Argument.number("count", rejected.size())));
      }
    }
    return CandidateRanking.create(
        enterprise,
        partyId,
        unionId,
        ImmutableList.copyOf(eligible),
        ImmutableList.copyOf(rejected),
        Decision.of(
            rule.id(),
            subject,
            eligible.isEmpty() ? Verdict.NOT_SATISFIED : Verdict.SATISFIED,
            asOf,
            reasons));
  }

  private static Optional<LeadershipPost> currentPost(
      PersonId person, PartyOrganization party, UnionOrganization union) {
    if (party.secretary().equals(Optional.of(person))) {
      return Optional.of(LeadershipPost.PARTY_SECRETARY);
    }
    if (union.chair().equals(Optional.of(person))) {
      return Optional.of(LeadershipPost.UNION_CHAIR);
    }
    if (party.deputySecretaries().contains(person)) {
      return Optional.of(LeadershipPost.PARTY_DEPUTY_SECRETARY);
    }
    if (union.viceChairs().contains(person)) {
      return Optional.of(LeadershipPost.UNION_VICE_CHAIR);
    }
    if (party.committeeMembers().contains(person)) {
      return Optional.of(LeadershipPost.PARTY_COMMITTEE_MEMBER);
    }
    if (union.committeeMembers().contains(person)) {
      return Optional.of(LeadershipPost.UNION_COMMITTEE_MEMBER);
    }
    return Optional.empty();
  }

  private static Reason rankedReason(int rank, Candidate c) {
    List<Argument> arguments = new ArrayList<>();
    arguments.add(Argument.number("rank", rank));
    arguments.add(Argument.id("person", c.person()));
    arguments.add(Argument.number("investor", c.investor() ? 1 : 0));
    arguments.add(Argument.number("trained", c.recentlyTrained() ? 1 : 0));
    arguments.add(Argument.date("since", c.fullMemberSince().orElseThrow()));
    c.currentPost().ifPresent(post -> arguments.add(Argument.label("post", post)));
    return Reason.of(
        c.currentPost().isPresent()
            ? "reason.appointment.ranked"
            : "reason.appointment.ranked-no-post",
        arguments,
        ImmutableList.of(),
        ImmutableList.of());
  }

  private static Decision recommendation(Subject subject, Person secretary, LocalDate asOf) {
    boolean investor = secretary.hasRole(EmploymentRole.INVESTOR);
    return Decision.of(
        AppointmentRules.RECOMMENDATION,
        subject,
        investor ? Verdict.ADVISORY : Verdict.SATISFIED,
        asOf,
        recommendationReason(secretary));
  }

  private static Reason recommendationReason(Person person) {
    return Reason.of(
            person.hasRole(EmploymentRole.INVESTOR)
                ? "reason.appointment.permitted-investor"
                : "reason.appointment.recommended",
            Argument.id("person", person.id()))
        .citing(AppointmentRules.NONPUBLIC_OPINION_CROSS);
  }

  private static Decision notPermitted(Subject subject, LocalDate asOf) {
    return Decision.of(
        AppointmentRules.RECOMMENDATION,
        subject,
        Verdict.NOT_SATISFIED,
        asOf,
        Reason.of("reason.appointment.not-permitted")
            .citing(AppointmentRules.NONPUBLIC_OPINION_CROSS));
  }

  private static Reason alreadyBoth(Person person) {
    return Reason.of("reason.appointment.already-both", Argument.id("person", person.id()))
        .citing(AppointmentRules.SEED_CROSS_APPOINT);
  }
}
