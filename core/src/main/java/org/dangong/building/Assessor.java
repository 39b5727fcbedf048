package org.dangong.building;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dangong.decision.Argument;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Rule;
import org.dangong.decision.Subject;
import org.dangong.decision.Verdict;
import org.dangong.internal.Dates;
import org.dangong.model.Assignment;
import org.dangong.model.AssignmentKind;
import org.dangong.model.ClusterId;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Labelled;
import org.dangong.model.MembershipStatus;
import org.dangong.model.OrganizationId;
import org.dangong.model.PartyForm;
import org.dangong.model.PartyOrganization;
import org.dangong.model.PartyStage;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.Training;
import org.dangong.model.TrainingKind;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionOrganization;
import org.dangong.model.WomenWorkForm;
import org.dangong.policy.Citation;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.PolicyValue;

/**
 * Assesses enterprises one at a time for one jurisdiction, policy and date. An assessment reads
 * only the enterprise's own neighbourhood through the jurisdiction's indexes, so its cost is linear
 * in what it reads. Decisions about organisations are computed once per organisation and reused;
 * for that cache an assessor is not thread-safe and is used by one evaluation only.
 */
final class Assessor {
  private static final Comparator<Decision> BY_SUBJECT_THEN_RULE =
      Comparator.comparing(Decision::subject).thenComparing(Decision::ruleId);

  private final Jurisdiction j;
  private final Policy policy;
  private final LocalDate asOf;
  private final BuildingIndex index;
  private final PolicyValue<Integer> branchMinimum;
  private final PolicyValue<Integer> jointMaximum;
  private final PolicyValue<Integer> unionMinimum;
  private final PolicyValue<Integer> branchAdvisoryMaximum;
  private final PolicyValue<Integer> applicantMinimumAge;
  private final PolicyValue<Period> secretaryStanding;
  private final PolicyValue<Period> trainingWindow;
  private final PolicyValue<Period> newEnterpriseWindow;
  private final PolicyValue<Period> postponement;
  private final Map<OrganizationId, ImmutableList<Decision>> organizationDecisions =
      new HashMap<>();
  private final Map<OrganizationId, Optional<Boolean>> chairTrained = new HashMap<>();
  // Requirements are pure functions of the counts: many enterprises share them.
  private final Map<List<Integer>, PartyRequirement> partyRequirements = new HashMap<>();
  private final Map<List<Integer>, UnionRequirement> unionRequirements = new HashMap<>();

  Assessor(Jurisdiction j, Policy policy, LocalDate asOf, BuildingIndex index) {
    this.j = j;
    this.policy = policy;
    this.asOf = asOf;
    this.index = index;
    this.branchMinimum = policy.entry(Parameters.BRANCH_MIN_FULL_MEMBERS, asOf);
    this.jointMaximum = policy.entry(Parameters.JOINT_BRANCH_MAX_UNITS, asOf);
    this.unionMinimum = policy.entry(Parameters.UNION_COMMITTEE_MIN_MEMBERS, asOf);
    this.branchAdvisoryMaximum = policy.entry(Parameters.BRANCH_ADVISORY_MAX_MEMBERS, asOf);
    this.applicantMinimumAge = policy.entry(Parameters.APPLICANT_MIN_AGE, asOf);
    this.secretaryStanding = policy.entry(Parameters.SECRETARY_MIN_PARTY_STANDING, asOf);
    this.trainingWindow = policy.entry(Parameters.UNION_CHAIR_TRAINING_WINDOW, asOf);
    this.newEnterpriseWindow = policy.entry(Parameters.SYNC_BUILD_NEW_ENTERPRISE_WINDOW, asOf);
    this.postponement = policy.entry(Parameters.ELECTION_POSTPONEMENT_MAX, asOf);
  }

  /** What the assessment reads about the enterprise's staff. */
  private static final class Staff {
    int full;
    int probationary;
    int unionMembers;
    int partyMembersNotInUnion;
    final List<PersonId> applicantsInUnion = new ArrayList<>();
  }

  EnterpriseAssessment assess(Enterprise e) {
    EnterpriseId id = e.id();
    Staff staff = staff(id);
    boolean inScope = e.status() != EnterpriseStatus.CLOSED;

    List<PartyOrganization> party = new ArrayList<>();
    for (PartyOrganization o : j.partyOrganizationsCovering(id)) {
      if (o.form().isGrassroots()) {
        party.add(o);
      }
    }
    Optional<PartyOrganization> own = party.stream().filter(o -> isOwn(o, id)).findFirst();
    PartyCoverage partyCoverage =
        own.isPresent()
            ? PartyCoverage.OWN_ORGANIZATION
            : party.isEmpty() ? PartyCoverage.NONE : PartyCoverage.JOINT_ORGANIZATION;

    List<ClusterId> clusters = e.clusters().stream().sorted().collect(Collectors.toList());
    List<UnionOrganization> unions = unionsCovering(id, clusters);
    Optional<UnionOrganization> primaryUnion =
        unions.stream().min(Comparator.comparing((UnionOrganization u) -> coverageOf(u.form())));
    UnionCoverage unionCoverage =
        primaryUnion.map(u -> coverageOf(u.form())).orElse(UnionCoverage.NONE);
    Optional<UnionOrganization> ownCommittee =
        unions.stream().filter(u -> u.form() == UnionForm.ENTERPRISE_COMMITTEE).findFirst();

    PartyRequirement partyRequirement =
        partyRequirements.computeIfAbsent(
            List.of(staff.full, staff.full + staff.probationary),
            k -> RequiredForms.party(k.get(0), k.get(1), policy, asOf));
    UnionRequirement unionRequirement =
        unionRequirements.computeIfAbsent(
            List.of(staff.unionMembers, e.headcount(), e.femaleHeadcount()),
            k -> RequiredForms.union(k.get(0), k.get(1), k.get(2), policy, asOf));

    Optional<PartyOrganization> clusterParty =
        partyCoverage == PartyCoverage.NONE ? joinableClusterParty(clusters) : Optional.empty();
    boolean candidate =
        inScope
            && partyCoverage == PartyCoverage.NONE
            && !partyRequirement.ownOrganizationRequired()
            && clusterParty.isEmpty();

    Subject subject = Subject.enterprise(id);
    ImmutableList.Builder<Decision> decisions = ImmutableList.builder();
    decisions.add(coverageDecision(subject, inScope, partyCoverage, party, unionCoverage, unions));
    ImmutableList<Decision> orgDecisions = ImmutableList.of();
    ImmutableList<BuildingAction> actions = ImmutableList.of();
    if (inScope) {
      partyDecisions(decisions, subject, partyRequirement, partyCoverage, party, own, staff.full);
      unionDecisions(
          decisions, subject, unionRequirement, unionCoverage, primaryUnion, ownCommittee);
      orgDecisions = organizationDecisions(party, unions);
      actions =
          actions(
              e,
              staff,
              clusters,
              partyCoverage,
              party,
              unionCoverage,
              unions,
              primaryUnion,
              partyRequirement,
              unionRequirement,
              clusterParty);
    }
    return ImmutableEnterpriseAssessment.builder()
        .enterprise(id)
        .region(e.region())
        .status(e.status())
        .fullMembers(staff.full)
        .probationaryMembers(staff.probationary)
        .unionMembers(staff.unionMembers)
        .partyCoverage(partyCoverage)
        .partyOrganizations(
            party.stream().map(PartyOrganization::id).collect(ImmutableList.toImmutableList()))
        .unionCoverage(unionCoverage)
        .unionOrganizations(
            unions.stream().map(UnionOrganization::id).collect(ImmutableList.toImmutableList()))
        .partyRequirement(partyRequirement)
        .unionRequirement(unionRequirement)
        .jointBranchCandidate(candidate)
        .clusterPartyOrganization(clusterParty.map(PartyOrganization::id))
        .decisions(decisions.build())
        .organizationDecisions(orgDecisions)
        .actions(actions)
        .build();
  }

  // ---------------------------------------------------------------- reading the neighbourhood

  private Staff staff(EnterpriseId id) {
    Staff s = new Staff();
    int minimumAge = applicantMinimumAge.value();
    for (Person p : j.employees(id)) {
      PartyStage stage = p.partyStanding().stage();
      boolean inUnion =
          p.unionMembership().map(m -> m.status() == MembershipStatus.ACTIVE).orElse(false);
      if (stage == PartyStage.FULL) {
        s.full++;
      } else if (stage == PartyStage.PROBATIONARY) {
        s.probationary++;
      }
      if (inUnion) {
        s.unionMembers++;
        if (stage == PartyStage.APPLICANT && p.ageOn(asOf) >= minimumAge) {
          s.applicantsInUnion.add(p.id());
        }
      } else if (stage.isMember()) {
        s.partyMembersNotInUnion++;
      }
    }
    return s;
  }

  /** Whether the organisation is the enterprise's own (BRANCH-REG Art. 4–5), not a joint one. */
  static boolean isOwn(PartyOrganization o, EnterpriseId id) {
    switch (o.form()) {
      case BRANCH:
        return true;
      case GENERAL_BRANCH:
      case PRIMARY_COMMITTEE:
        return o.coveredEnterprises().size() == 1 && o.coveredEnterprises().contains(id);
      case JOINT_BRANCH:
      case NON_PUBLIC_WORKING_COMMITTEE:
      default:
        return false;
    }
  }

  /** The grassroots unions covering the enterprise, with its clusters' federations, in id order. */
  private List<UnionOrganization> unionsCovering(EnterpriseId id, List<ClusterId> clusters) {
    TreeMap<OrganizationId, UnionOrganization> found = new TreeMap<>();
    for (UnionOrganization u : j.unionOrganizationsCovering(id)) {
      if (u.form().isGrassroots()) {
        found.put(u.id(), u);
      }
    }
    for (ClusterId c : clusters) {
      for (UnionOrganization u : index.clusterFederations.get(c)) {
        found.put(u.id(), u);
      }
    }
    return new ArrayList<>(found.values());
  }

  /** The coverage a union of the given form gives the enterprises it covers (UNION-LAW Art. 11). */
  static UnionCoverage coverageOf(UnionForm form) {
    switch (form) {
      case ENTERPRISE_COMMITTEE:
        return UnionCoverage.OWN_COMMITTEE;
      case JOINT_COMMITTEE:
        return UnionCoverage.JOINT_COMMITTEE;
      case ORGANIZER:
        return UnionCoverage.ORGANIZER;
      case FEDERATION:
        return UnionCoverage.FEDERATION;
      case TOWN_UNION:
      case CITY_FEDERATION:
      default:
        return UnionCoverage.NONE;
    }
  }

  /**
   * The party organisation of one of the clusters, in cluster id order, that a small unit can join:
   * any form but a joint branch already covering the most units a joint branch should.
   */
  private Optional<PartyOrganization> joinableClusterParty(List<ClusterId> clusters) {
    for (ClusterId c : clusters) {
      for (PartyOrganization o : index.clusterParty.get(c)) {
        if (o.form() != PartyForm.JOINT_BRANCH
            || o.coveredEnterprises().size() < jointMaximum.value()) {
          return Optional.of(o);
        }
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- decisions about the enterprise

  private Decision coverageDecision(
      Subject subject,
      boolean inScope,
      PartyCoverage partyCoverage,
      List<PartyOrganization> party,
      UnionCoverage unionCoverage,
      List<UnionOrganization> unions) {
    List<Reason> reasons = new ArrayList<>();
    reasons.add(
        Reason.of(
            MessageKeys.COVERAGE,
            Argument.label("party", partyCoverage),
            Argument.label("union", unionCoverage),
            Argument.label("quadrant", Quadrant.of(partyCoverage, unionCoverage))));
    if (party.isEmpty()) {
      reasons.add(Reason.of(MessageKeys.NO_PARTY_ORGANIZATION));
    }
    party.forEach(o -> reasons.add(coveredBy(o.form(), o.id())));
    if (unions.isEmpty()) {
      reasons.add(Reason.of(MessageKeys.NO_UNION));
    }
    unions.forEach(u -> reasons.add(coveredBy(u.form(), u.id())));
    if (!inScope) {
      reasons.add(Reason.of(MessageKeys.CLOSED));
    }
    return Decision.of(BuildingRules.COVERAGE.id(), subject, Verdict.INFORMATIONAL, asOf, reasons);
  }

  private static Reason coveredBy(Labelled form, OrganizationId id) {
    return Reason.of(
        MessageKeys.COVERED_BY, Argument.label("form", form), Argument.id("organization", id));
  }

  private void partyDecisions(
      ImmutableList.Builder<Decision> decisions,
      Subject subject,
      PartyRequirement requirement,
      PartyCoverage coverage,
      List<PartyOrganization> party,
      Optional<PartyOrganization> own,
      int fullMembers) {
    // BRANCH-REG Art. 4–5
    Verdict verdict;
    Reason state;
    if (requirement.ownOrganizationRequired()) {
      if (own.isPresent()) {
        verdict = Verdict.SATISFIED;
        state = coveredBy(own.get().form(), own.get().id());
      } else if (coverage == PartyCoverage.JOINT_ORGANIZATION) {
        verdict = Verdict.NOT_SATISFIED;
        state =
            Reason.of(MessageKeys.ONLY_JOINT_COVERAGE, Argument.text("organizations", ids(party)));
      } else {
        verdict = Verdict.NOT_SATISFIED;
        state = Reason.of(MessageKeys.NO_PARTY_ORGANIZATION);
      }
    } else if (own.isPresent()) {
      verdict = Verdict.ADVISORY;
      state =
          Reason.of(
                  MessageKeys.OWN_BRANCH_BELOW_MINIMUM,
                  Argument.id("organization", own.get().id()),
                  Argument.number("fullMembers", fullMembers),
                  Argument.number("required", branchMinimum.value()))
              .using(branchMinimum);
    } else if (coverage == PartyCoverage.JOINT_ORGANIZATION) {
      verdict = Verdict.SATISFIED;
      state = coveredBy(party.get(0).form(), party.get(0).id());
    } else {
      verdict = Verdict.NOT_SATISFIED;
      state = Reason.of(MessageKeys.NO_PARTY_ORGANIZATION);
    }
    decisions.add(
        decision(
            BuildingRules.PARTY_ORGANIZATION,
            subject,
            verdict,
            requirement.organizationReason(),
            state));

    // BRANCH-REG Art. 20, for the unit's own branch or the branch it is to found
    if (own.isPresent() && own.get().form() == PartyForm.BRANCH) {
      decisions.add(
          leadershipDecision(
              subject, own.get(), RequiredForms.branchLeadership(fullMembers, policy, asOf)));
    } else if (own.isEmpty() && requirement.leadership().isPresent()) {
      decisions.add(
          decision(
              BuildingRules.BRANCH_LEADERSHIP,
              subject,
              Verdict.INFORMATIONAL,
              requirement.leadership().get().reason(),
              Reason.of(MessageKeys.NOT_YET_FOUNDED)));
    }

    // the 50 and 100 defaults
    Optional<Reason> scale = requirement.scaleReason();
    boolean large =
        requirement.form() == PartyForm.GENERAL_BRANCH
            || requirement.form() == PartyForm.PRIMARY_COMMITTEE;
    boolean ownLarge =
        own.map(
                o ->
                    o.form() == PartyForm.GENERAL_BRANCH || o.form() == PartyForm.PRIMARY_COMMITTEE)
            .orElse(false);
    if (scale.isPresent() && (large || ownLarge)) {
      if (own.isPresent()) {
        PartyOrganization o = own.get();
        decisions.add(
            decision(
                BuildingRules.PARTY_SCALE,
                subject,
                o.form() == requirement.form() ? Verdict.SATISFIED : Verdict.ADVISORY,
                scale.get(),
                Reason.of(
                    MessageKeys.CURRENT_FORM,
                    Argument.id("organization", o.id()),
                    Argument.label("form", o.form()))));
      } else {
        decisions.add(
            decision(
                BuildingRules.PARTY_SCALE,
                subject,
                Verdict.INFORMATIONAL,
                scale.get(),
                Reason.of(MessageKeys.NOT_YET_FOUNDED)));
      }
    }
  }

  private Decision leadershipDecision(
      Subject subject, PartyOrganization branch, LeadershipRequirement required) {
    boolean hasCommittee = !branch.committeeMembers().isEmpty();
    Verdict verdict;
    if (required.leadership() == BranchLeadership.COMMITTEE) {
      verdict = hasCommittee ? Verdict.SATISFIED : Verdict.NOT_SATISFIED;
    } else {
      verdict = hasCommittee ? Verdict.ADVISORY : Verdict.SATISFIED;
    }
    Reason state =
        hasCommittee
            ? Reason.of(
                MessageKeys.HAS_COMMITTEE,
                Argument.id("organization", branch.id()),
                Argument.number("committeeMembers", branch.committeeMembers().size()))
            : Reason.of(MessageKeys.HAS_NO_COMMITTEE, Argument.id("organization", branch.id()));
    return decision(BuildingRules.BRANCH_LEADERSHIP, subject, verdict, required.reason(), state);
  }

  private void unionDecisions(
      ImmutableList.Builder<Decision> decisions,
      Subject subject,
      UnionRequirement requirement,
      UnionCoverage coverage,
      Optional<UnionOrganization> primary,
      Optional<UnionOrganization> ownCommittee) {
    // UNION-LAW Art. 11
    Verdict verdict;
    Reason state;
    if (primary.isEmpty()) {
      verdict = requirement.committeeRequired() ? Verdict.NOT_SATISFIED : Verdict.ADVISORY;
      state = Reason.of(MessageKeys.NO_UNION);
    } else if (requirement.committeeRequired() && ownCommittee.isEmpty()) {
      verdict = Verdict.NOT_SATISFIED;
      state =
          Reason.of(
              MessageKeys.NO_OWN_COMMITTEE,
              Argument.label("coverage", coverage),
              Argument.id("organization", primary.get().id()));
    } else {
      UnionOrganization u = ownCommittee.orElse(primary.get());
      verdict = Verdict.SATISFIED;
      state = coveredBy(u.form(), u.id());
    }
    decisions.add(
        decision(
            BuildingRules.UNION_ORGANIZATION,
            subject,
            verdict,
            requirement.organizationReason(),
            state));

    // UNION-LAW Art. 14: may, never must
    List<Reason> chair = new ArrayList<>();
    chair.add(requirement.fullTimeChairReason());
    ownCommittee.ifPresent(
        u ->
            chair.add(
                Reason.of(
                    u.fullTimeChair()
                        ? MessageKeys.CURRENT_FULL_TIME_CHAIR
                        : MessageKeys.CURRENT_PART_TIME_CHAIR,
                    Argument.id("organization", u.id()))));
    decisions.add(
        Decision.of(
            BuildingRules.FULL_TIME_CHAIR.id(), subject, Verdict.INFORMATIONAL, asOf, chair));

    // UNION-LAW Art. 11: women's work
    WomenWorkForm needed = requirement.womenWork();
    if (needed == WomenWorkForm.NONE) {
      decisions.add(
          Decision.of(
              BuildingRules.WOMEN_WORK,
              subject,
              Verdict.INFORMATIONAL,
              asOf,
              requirement.womenWorkReason()));
    } else if (ownCommittee.isPresent()) {
      UnionOrganization u = ownCommittee.get();
      WomenWorkForm actual = u.womenWork();
      boolean met = actual == WomenWorkForm.COMMITTEE || actual == needed;
      decisions.add(
          decision(
              BuildingRules.WOMEN_WORK,
              subject,
              met ? Verdict.SATISFIED : Verdict.ADVISORY,
              requirement.womenWorkReason(),
              Reason.of(
                  MessageKeys.CURRENT_WOMEN_WORK,
                  Argument.id("organization", u.id()),
                  Argument.label("form", actual))));
    } else {
      decisions.add(
          decision(
              BuildingRules.WOMEN_WORK,
              subject,
              Verdict.INFORMATIONAL,
              requirement.womenWorkReason(),
              primary.isPresent()
                  ? Reason.of(
                      MessageKeys.NO_OWN_COMMITTEE,
                      Argument.label("coverage", coverage),
                      Argument.id("organization", primary.get().id()))
                  : Reason.of(MessageKeys.NOT_YET_FOUNDED)));
    }
  }

  private Decision decision(
      Rule rule, Subject subject, Verdict verdict, Reason first, Reason second) {
    return Decision.of(rule, subject, verdict, asOf, first, second);
  }

  private static String ids(List<PartyOrganization> organizations) {
    return organizations.stream().map(o -> o.id().value()).collect(Collectors.joining(", "));
  }

  // ---------------------------------------------------------------- decisions about organisations

  private ImmutableList<Decision> organizationDecisions(
      List<PartyOrganization> party, List<UnionOrganization> unions) {
    List<Decision> all = new ArrayList<>();
    for (PartyOrganization o : party) {
      all.addAll(organizationDecisions.computeIfAbsent(o.id(), k -> partyOrganizationDecisions(o)));
    }
    for (UnionOrganization u : unions) {
      all.addAll(organizationDecisions.computeIfAbsent(u.id(), k -> unionOrganizationDecisions(u)));
    }
    all.sort(BY_SUBJECT_THEN_RULE);
    return ImmutableList.copyOf(all);
  }

  private ImmutableList<Decision> partyOrganizationDecisions(PartyOrganization o) {
    ImmutableList.Builder<Decision> decisions = ImmutableList.builder();
    Subject subject = Subject.partyOrganization(o.id());
    if (o.isTermExpired(asOf)) {
      List<Reason> reasons = new ArrayList<>();
      Citation clause =
          o.form() == PartyForm.PRIMARY_COMMITTEE
              ? BuildingRules.PARTY_CONST_31
              : BuildingRules.BRANCH_REG_21;
      reasons.add(
          termReason(o.id(), o.form(), o.termStart(), o.termYears(), o.termEnd())
              .citing(BuildingRules.TERM_OPINION_1, clause));
      if (!asOf.isBefore(Dates.plus(o.termEnd(), postponement.value()))) {
        reasons.add(
            Reason.of(MessageKeys.TERM_OVERDUE, Argument.period("maximum", postponement.value()))
                .using(postponement));
      }
      decisions.add(
          Decision.of(
              BuildingRules.TERM_EXPIRED.id(), subject, Verdict.NOT_SATISFIED, asOf, reasons));
    }
    if (o.form() == PartyForm.BRANCH || o.form() == PartyForm.JOINT_BRANCH) {
      int full = 0;
      int all = 0;
      for (EnterpriseId covered : o.coveredEnterprises()) {
        for (Person p : j.employees(covered)) {
          if (p.isFullPartyMember()) {
            full++;
          }
          if (p.isPartyMember()) {
            all++;
          }
        }
      }
      if (o.form() == PartyForm.JOINT_BRANCH) {
        Decision leadership =
            leadershipDecision(subject, o, RequiredForms.branchLeadership(full, policy, asOf));
        Reason members =
            Reason.of(
                MessageKeys.JOINT_BRANCH_MEMBERS,
                Argument.id("organization", o.id()),
                Argument.number("units", o.coveredEnterprises().size()),
                Argument.number("fullMembers", full));
        decisions.add(
            Decision.of(
                leadership.ruleId(),
                subject,
                leadership.verdict(),
                asOf,
                ImmutableList.<Reason>builder().add(members).addAll(leadership.reasons()).build()));
      }
      if (all > branchAdvisoryMaximum.value()) {
        decisions.add(
            Decision.of(
                BuildingRules.BRANCH_SIZE,
                subject,
                Verdict.ADVISORY,
                asOf,
                Reason.of(
                        MessageKeys.BRANCH_ABOVE_ADVISORY,
                        Argument.id("organization", o.id()),
                        Argument.number("members", all),
                        Argument.number("maximum", branchAdvisoryMaximum.value()))
                    .using(branchAdvisoryMaximum)));
      }
    }
    return decisions.build();
  }

  private ImmutableList<Decision> unionOrganizationDecisions(UnionOrganization u) {
    ImmutableList.Builder<Decision> decisions = ImmutableList.builder();
    Subject subject = Subject.unionOrganization(u.id());
    if (u.isTermExpired(asOf)) {
      decisions.add(
          Decision.of(
              BuildingRules.TERM_EXPIRED,
              subject,
              Verdict.NOT_SATISFIED,
              asOf,
              termReason(u.id(), u.form(), u.termStart(), u.termYears(), u.termEnd())
                  .citing(BuildingRules.UNION_LAW_16)));
    }
    Optional<Boolean> trained = chairTrained(u);
    if (trained.isPresent()) {
      PersonId chair = u.chair().orElseThrow();
      Optional<LocalDate> last = lastUnionChairTraining(chair);
      Reason reason;
      if (trained.get()) {
        reason =
            Reason.of(
                MessageKeys.CHAIR_TRAINED,
                Argument.id("person", chair),
                Argument.id("organization", u.id()),
                Argument.date("date", last.orElseThrow()),
                Argument.period("window", trainingWindow.value()));
      } else if (last.isPresent()) {
        reason =
            Reason.of(
                MessageKeys.CHAIR_NOT_TRAINED,
                Argument.id("person", chair),
                Argument.id("organization", u.id()),
                Argument.date("date", last.get()),
                Argument.period("window", trainingWindow.value()));
      } else {
        reason =
            Reason.of(
                MessageKeys.CHAIR_NEVER_TRAINED,
                Argument.id("person", chair),
                Argument.id("organization", u.id()),
                Argument.period("window", trainingWindow.value()));
      }
      decisions.add(
          Decision.of(
              BuildingRules.CHAIR_TRAINING,
              subject,
              trained.get() ? Verdict.SATISFIED : Verdict.ADVISORY,
              asOf,
              reason.using(trainingWindow)));
    }
    return decisions.build();
  }

  private static Reason termReason(
      OrganizationId id, Labelled form, LocalDate start, int years, LocalDate end) {
    return Reason.of(
        MessageKeys.TERM_EXPIRED,
        Argument.id("organization", id),
        Argument.label("form", form),
        Argument.date("start", start),
        Argument.number("years", years),
        Argument.date("end", end));
  }

  /**
   * Whether the chair of an enterprise union (an enterprise or joint committee) was trained within
   * the window (LEAD-TRAIN); empty for other forms and vacant chairs.
   */
  Optional<Boolean> chairTrained(UnionOrganization u) {
    return chairTrained.computeIfAbsent(
        u.id(),
        k -> {
          if ((u.form() != UnionForm.ENTERPRISE_COMMITTEE && u.form() != UnionForm.JOINT_COMMITTEE)
              || u.chair().isEmpty()) {
            return Optional.empty();
          }
          LocalDate from = Dates.minus(asOf, trainingWindow.value());
          return Optional.of(
              lastUnionChairTraining(u.chair().get()).map(d -> !d.isBefore(from)).orElse(false));
        });
  }

  /** The latest union chair training on or before the as-of date. */
  private Optional<LocalDate> lastUnionChairTraining(PersonId chair) {
    Optional<LocalDate> last = Optional.empty();
    for (Training t : j.person(chair).map(Person::trainings).orElse(ImmutableList.of())) {
      if (t.kind() == TrainingKind.UNION_CHAIR && !t.date().isAfter(asOf)) {
        if (last.isEmpty() || t.date().isAfter(last.get())) {
          last = Optional.of(t.date());
        }
      }
    }
    return last;
  }

  // ---------------------------------------------------------------- actions

  private ImmutableList<BuildingAction> actions(
      Enterprise e,
      Staff staff,
      List<ClusterId> clusters,
      PartyCoverage partyCoverage,
      List<PartyOrganization> party,
      UnionCoverage unionCoverage,
      List<UnionOrganization> unions,
      Optional<UnionOrganization> primaryUnion,
      PartyRequirement partyRequirement,
      UnionRequirement unionRequirement,
      Optional<PartyOrganization> clusterParty) {
    ImmutableList.Builder<BuildingAction> actions = ImmutableList.builder();
    Quadrant quadrant = Quadrant.of(partyCoverage, unionCoverage);
    Subject subject = Subject.enterprise(e.id());
    if (quadrant == Quadrant.NEITHER) {
      actions.add(syncBuild(e, subject, partyRequirement, unionRequirement));
    }
    if (quadrant == Quadrant.PARTY_ONLY) {
      actions.add(partyToUnion(e, subject, staff, party, unionRequirement));
    }
    if (quadrant == Quadrant.UNION_ONLY) {
      actions.add(
          unionToParty(e, subject, staff, unions, primaryUnion.orElseThrow(), partyRequirement));
    }
    dualLead2(e, subject).ifPresent(actions::add);
    if (!clusters.isEmpty()) {
      syncCluster(
              e,
              subject,
              staff,
              clusters,
              partyCoverage,
              unionCoverage,
              partyRequirement,
              unionRequirement,
              clusterParty)
          .ifPresent(actions::add);
    }
    return actions.build();
  }

  private ImmutableBuildingAction.Builder action(
      ActionKind kind, EnterpriseId enterprise, Rule rule, Subject subject, List<Reason> reasons) {
    return ImmutableBuildingAction.builder()
        .kind(kind)
        .enterprise(enterprise)
        .decision(Decision.of(rule.id(), subject, Verdict.ADVISORY, asOf, reasons));
  }

  private BuildingAction syncBuild(
      Enterprise e,
      Subject subject,
      PartyRequirement partyRequirement,
      UnionRequirement unionRequirement) {
    List<Reason> reasons = new ArrayList<>();
    if (e.status() == EnterpriseStatus.RESTRUCTURING) {
      reasons.add(Reason.of(MessageKeys.SYNC_BUILD_RESTRUCTURING));
    } else {
      boolean isNew = !e.founded().isBefore(Dates.minus(asOf, newEnterpriseWindow.value()));
      reasons.add(
          Reason.of(
                  isNew ? MessageKeys.SYNC_BUILD_NEW : MessageKeys.SYNC_BUILD_ESTABLISHED,
                  Argument.date("founded", e.founded()),
                  Argument.period("window", newEnterpriseWindow.value()))
              .using(newEnterpriseWindow));
    }
    reasons.add(partyRequirement.organizationReason());
    reasons.add(unionRequirement.organizationReason());
    return action(ActionKind.SYNC_BUILD, e.id(), BuildingRules.SYNC_BUILD, subject, reasons)
        .build();
  }

  private BuildingAction partyToUnion(
      Enterprise e,
      Subject subject,
      Staff staff,
      List<PartyOrganization> party,
      UnionRequirement requirement) {
    List<Reason> reasons = new ArrayList<>();
    reasons.add(Reason.of(MessageKeys.P2U_PARTY_LEADS, Argument.text("organizations", ids(party))));
    int partyMembers = staff.full + staff.probationary;
    if (partyMembers > 0) {
      reasons.add(
          Reason.of(
                  MessageKeys.P2U_MEMBERS_JOIN_FIRST,
                  Argument.number("partyMembers", partyMembers),
                  Argument.number("notInUnion", staff.partyMembersNotInUnion))
              .citing(BuildingRules.UNION_LAW_3));
    }
    Argument members = Argument.number("members", staff.unionMembers);
    Argument required = Argument.number("required", unionMinimum.value());
    if (requirement.committeeRequired()) {
      reasons.add(
          Reason.of(MessageKeys.P2U_THRESHOLD_REACHED, members, required).using(unionMinimum));
    } else if (e.headcount() < unionMinimum.value()) {
      reasons.add(
          Reason.of(
                  MessageKeys.P2U_SMALL_ENTERPRISE,
                  Argument.number("staff", e.headcount()),
                  members,
                  required)
              .using(unionMinimum));
    } else {
      reasons.add(
          Reason.of(
                  MessageKeys.P2U_MEMBERS_NEEDED,
                  members,
                  Argument.number("needed", requirement.membersToCommittee()),
                  required)
              .using(unionMinimum));
    }
    return action(ActionKind.MUTUAL_P2U, e.id(), BuildingRules.MUTUAL_P2U, subject, reasons)
        .unionMembersNeeded(requirement.membersToCommittee())
        .organizations(
            party.stream().map(PartyOrganization::id).collect(ImmutableList.toImmutableList()))
        .build();
  }

  private BuildingAction unionToParty(
      Enterprise e,
      Subject subject,
      Staff staff,
      List<UnionOrganization> unions,
      UnionOrganization union,
      PartyRequirement requirement) {
    List<Reason> reasons = new ArrayList<>();
    reasons.add(Reason.of(MessageKeys.U2P_UNION_FIRST, Argument.id("organization", union.id())));
    Optional<PersonId> recommended = Optional.empty();
    Optional<Person> chair = union.chair().flatMap(j::person);
    if (chair.isEmpty()) {
      reasons.add(Reason.of(MessageKeys.U2P_CHAIR_VACANT, Argument.id("organization", union.id())));
    } else {
      Person c = chair.get();
      PartyStanding standing = c.partyStanding();
      Argument person = Argument.id("person", c.id());
      if (!c.isEmployedBy(e.id())) {
        reasons.add(Reason.of(MessageKeys.U2P_CHAIR_ELSEWHERE, person));
      } else if (!standing.isMember()) {
        reasons.add(Reason.of(MessageKeys.U2P_CHAIR_NOT_MEMBER, person));
      } else if (!standing.isFullMember()) {
        reasons.add(Reason.of(MessageKeys.U2P_CHAIR_PROBATIONARY, person));
      } else if (standing.underDisciplinaryProbation()) {
        reasons.add(Reason.of(MessageKeys.U2P_CHAIR_DISCIPLINED, person));
      } else {
        LocalDate since = standing.fullSince().orElse(asOf);
        Argument sinceArgument = Argument.date("since", since);
        Argument required = Argument.period("required", secretaryStanding.value());
        if (Dates.plus(since, secretaryStanding.value()).isAfter(asOf)) {
          reasons.add(
              Reason.of(MessageKeys.U2P_CHAIR_STANDING_SHORT, person, sinceArgument, required)
                  .using(secretaryStanding));
        } else {
          reasons.add(
              Reason.of(MessageKeys.U2P_RECOMMEND_CHAIR, person, sinceArgument, required)
                  .citing(BuildingRules.NONPUBLIC_OPINION_CROSS)
                  .using(secretaryStanding));
          recommended = Optional.of(c.id());
        }
      }
    }
    if (staff.applicantsInUnion.isEmpty()) {
      reasons.add(Reason.of(MessageKeys.U2P_NO_APPLICANTS).citing(BuildingRules.DEVELOP_REG_8));
    } else {
      reasons.add(
          Reason.of(
                  MessageKeys.U2P_RECOMMEND_ACTIVISTS,
                  Argument.number("count", staff.applicantsInUnion.size()),
                  Argument.number("age", applicantMinimumAge.value()))
              .citing(BuildingRules.DEVELOP_REG_8)
              .using(applicantMinimumAge));
    }
    Argument full = Argument.number("fullMembers", staff.full);
    Argument required = Argument.number("required", branchMinimum.value());
    if (requirement.ownOrganizationRequired()) {
      reasons.add(Reason.of(MessageKeys.U2P_FOUND_BRANCH_NOW, full, required).using(branchMinimum));
    } else {
      reasons.add(
          Reason.of(
                  MessageKeys.U2P_FULL_MEMBERS_NEEDED,
                  full,
                  Argument.number("needed", requirement.fullMembersToOwnBranch()),
                  required)
              .using(branchMinimum, jointMaximum));
    }
    return action(ActionKind.MUTUAL_U2P, e.id(), BuildingRules.MUTUAL_U2P, subject, reasons)
        .fullMembersNeeded(requirement.fullMembersToOwnBranch())
        .recommendedChair(recommended)
        .activistCandidates(staff.applicantsInUnion)
        .organizations(
            unions.stream().map(UnionOrganization::id).collect(ImmutableList.toImmutableList()))
        .build();
  }

  private Optional<BuildingAction> dualLead2(Enterprise e, Subject subject) {
    List<Assignment> party = new ArrayList<>();
    boolean union = false;
    for (Assignment a : j.assignmentsTo(e.id())) {
      if (a.kind() == AssignmentKind.PARTY_BUILDING_INSTRUCTOR) {
        party.add(a);
      } else if (a.kind() == AssignmentKind.UNION_BUILDING_INSTRUCTOR) {
        union = true;
      }
    }
    if (party.isEmpty() || union) {
      return Optional.empty();
    }
    List<Reason> reasons = new ArrayList<>();
    for (Assignment a : party) {
      reasons.add(
          Reason.of(
              MessageKeys.DUAL_LEAD_2,
              Argument.id("person", a.person()),
              Argument.date("since", a.since())));
    }
    return Optional.of(
        action(ActionKind.DUAL_LEAD_2, e.id(), BuildingRules.DUAL_LEAD_2, subject, reasons)
            .instructors(
                party.stream()
                    .map(Assignment::person)
                    .distinct()
                    .sorted()
                    .collect(ImmutableList.toImmutableList()))
            .build());
  }

  private Optional<BuildingAction> syncCluster(
      Enterprise e,
      Subject subject,
      Staff staff,
      List<ClusterId> clusters,
      PartyCoverage partyCoverage,
      UnionCoverage unionCoverage,
      PartyRequirement partyRequirement,
      UnionRequirement unionRequirement,
      Optional<PartyOrganization> clusterParty) {
    boolean partyNeeded =
        partyCoverage == PartyCoverage.NONE && !partyRequirement.ownOrganizationRequired();
    boolean unionNeeded =
        unionCoverage == UnionCoverage.NONE && !unionRequirement.committeeRequired();
    if (!partyNeeded && !unionNeeded) {
      return Optional.empty();
    }
    ClusterId cluster = clusterParty.flatMap(PartyOrganization::cluster).orElse(clusters.get(0));
    List<Reason> reasons = new ArrayList<>();
    reasons.add(
        Reason.of(
            MessageKeys.CLUSTER_SMALL,
            Argument.id("cluster", cluster),
            Argument.number("fullMembers", staff.full),
            Argument.number("members", staff.unionMembers)));
    boolean foundParty = false;
    if (partyNeeded) {
      if (clusterParty.isPresent()) {
        reasons.add(
            Reason.of(
                    MessageKeys.CLUSTER_JOIN_PARTY,
                    Argument.id("organization", clusterParty.get().id()))
                .citing(BuildingRules.BRANCH_REG_5));
      } else {
        foundParty = true;
        List<PartyOrganization> existing = index.clusterParty.get(cluster);
        if (!existing.isEmpty()) {
          reasons.add(
              Reason.of(
                      MessageKeys.CLUSTER_PARTY_FULL,
                      Argument.id("organization", existing.get(0).id()),
                      Argument.number("units", existing.get(0).coveredEnterprises().size()),
                      Argument.number("maximum", jointMaximum.value()))
                  .using(jointMaximum));
        }
      }
    }
    if (foundParty && unionNeeded) {
      reasons.add(
          Reason.of(MessageKeys.CLUSTER_FOUND_BOTH, Argument.id("cluster", cluster))
              .citing(BuildingRules.BRANCH_REG_5, BuildingRules.UNION_LAW_11_FEDERATION));
    } else if (foundParty) {
      reasons.add(
          Reason.of(MessageKeys.CLUSTER_FOUND_PARTY, Argument.id("cluster", cluster))
              .citing(BuildingRules.BRANCH_REG_5));
    } else if (unionNeeded) {
      reasons.add(
          Reason.of(MessageKeys.CLUSTER_FOUND_FEDERATION, Argument.id("cluster", cluster))
              .citing(BuildingRules.UNION_LAW_11_FEDERATION));
    }
    return Optional.of(
        action(ActionKind.SYNC_CLUSTER, e.id(), BuildingRules.SYNC_CLUSTER, subject, reasons)
            .cluster(cluster)
            .organizations(
                clusterParty.map(o -> ImmutableList.of(o.id())).orElse(ImmutableList.of()))
            .build());
  }
}
