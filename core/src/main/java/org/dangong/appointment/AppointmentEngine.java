package org.dangong.appointment;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Rule;
import org.dangong.decision.Subject;
import org.dangong.decision.Verdict;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.OrganizationId;
import org.dangong.model.PartyOrganization;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.UnionOrganization;
import org.dangong.policy.Policy;

/**
 * The cross-appointment engine (交叉任职, 一肩挑) and the union leadership teams (LEAD-TEAM): who may
 * chair a union or head a party organisation, 一肩挑 in both directions, the ranking of an
 * enterprise's candidates, the audit of current appointments, union chair elections and the
 * staffing indicators (LEAD-TOWN, LEAD-TRAIN).
 *
 * <pre>{@code
 * AppointmentEngine engine = AppointmentEngine.of(Policy.national());
 * LocalDate asOf = LocalDate.of(2025, 6, 30);
 * Decision d = engine.unionChairEligibility(j, OrganizationId.of("U-1"), PersonId.of("P-7"), asOf);
 * AppointmentBar.in(d);                                   // every bar that applies, e.g. [HR_HEAD]
 * engine.secretaryAsUnionChair(j, EnterpriseId.of("E-1"), asOf).isRecommended();
 * engine.rankCandidates(j, EnterpriseId.of("E-1"), asOf).best();
 * engine.audit(j, asOf).violations();
 * engine.indicators(j, asOf).total().crossAppointmentPercent();
 * }</pre>
 *
 * <h2>Which organisations an enterprise has</h2>
 *
 * <p>Where several party organisations (or unions) cover an enterprise, the engine considers the
 * one covering the fewest enterprises — the enterprise's own before a joint or cluster-wide one —
 * and among equals the one with the smallest id: see {@link #partyOrganizationOf} and {@link
 * #unionOf}.
 *
 * <h2>The bars</h2>
 *
 * <p>Every eligibility decision lists every bar that applies, each as a reason citing its clause
 * and carrying its {@link AppointmentBar}; a decision is satisfied only when none applies. The
 * union bars (CHAIR-RULES Art. 6, UNION-LAW Art. 10) are judged with respect to the enterprise
 * whose union it is (本企业) — for a joint union or a federation, the person's own employer. They
 * govern grassroots unions; for a town union or a federation of trade unions the decision is
 * informational. Close relatives count whichever of the two people records the relation.
 *
 * <h2>Failures</h2>
 *
 * <p>Business outcomes are decisions. An id that is not in the jurisdiction is a bad argument and
 * throws {@link IllegalArgumentException}.
 *
 * <p>Every method runs in time linear in the part of the jurisdiction it looks at (an enterprise's
 * staff, or the whole snapshot for {@link #audit} and {@link #indicators}), using the
 * jurisdiction's indexes. This class is immutable and thread-safe.
 */
public final class AppointmentEngine {
  private final Policy policy;
  private final Eligibility eligibility;
  private final CrossAppointments crossAppointments;
  private final Audits audits;
  private final Elections elections;
  private final Indicators indicators;

  private AppointmentEngine(Policy policy) {
    this.policy = policy;
    this.eligibility = new Eligibility(policy);
    this.crossAppointments = new CrossAppointments(policy, eligibility);
    this.audits = new Audits(policy, eligibility);
    this.elections = new Elections(policy);
    this.indicators = new Indicators(policy);
  }

  /**
   * Obtains an engine applying a policy.
   *
   * @param policy the policy, such as {@link Policy#national()}
   * @return the engine
   */
  public static AppointmentEngine of(Policy policy) {
    return new AppointmentEngine(policy);
  }

  /**
   * Returns the policy this engine applies.
   *
   * @return the policy
   */
  public Policy policy() {
    return policy;
  }

  // ---- which organisations an enterprise has ----

  /**
   * Returns the party organisation the engine considers for an enterprise: of those covering it,
   * the one covering the fewest enterprises, then the smallest id.
   *
   * @param jurisdiction the jurisdiction
   * @param enterprise the enterprise
   * @return the party organisation, if any covers the enterprise
   */
  public static Optional<PartyOrganization> partyOrganizationOf(
      Jurisdiction jurisdiction, EnterpriseId enterprise) {
    return Lookup.partyOrganizationOf(jurisdiction, enterprise);
  }

  /**
   * Returns the union the engine considers for an enterprise: of those covering it, the one
   * covering the fewest enterprises, then the smallest id.
   *
   * @param jurisdiction the jurisdiction
   * @param enterprise the enterprise
   * @return the union, if any covers the enterprise
   */
  public static Optional<UnionOrganization> unionOf(
      Jurisdiction jurisdiction, EnterpriseId enterprise) {
    return Lookup.unionOf(jurisdiction, enterprise);
  }

  // ---- eligibility ----

  /**
   * Decides whether a person may chair a union, listing every bar that applies.
   *
   * <p>The bars are those of {@link AppointmentBar#isUnionBar()}: executive or deputy executive,
   * partner, close relative of an executive, deputy executive or partner, head of human resources,
   * foreign national (CHAIR-RULES Art. 6); close relative of the enterprise's main head (UNION-LAW
   * Art. 10); and, when {@code CHAIR_MUST_BE_UNION_MEMBER} holds, not an active member of the
   * union. The verdict is {@link Verdict#SATISFIED} when none applies, {@link
   * Verdict#NOT_SATISFIED} with one reason per bar otherwise, and {@link Verdict#INFORMATIONAL} for
   * a town union or federation of trade unions, which CHAIR-RULES does not govern.
   *
   * @param jurisdiction the jurisdiction
   * @param union the union
   * @param person the person
   * @param asOf the date
   * @return the decision of rule {@code CROSS-APPOINT.CHAIR-ELIGIBILITY} about the person
   * @throws IllegalArgumentException if the union or the person is not in the jurisdiction
   */
  public Decision unionChairEligibility(
      Jurisdiction jurisdiction, OrganizationId union, PersonId person, LocalDate asOf) {
    return chairDecision(
        Lookup.union(jurisdiction, union),
        Lookup.person(jurisdiction, person),
        asOf,
        new Heads(jurisdiction));
  }

  /**
   * Decides whether a person may chair the union covering an enterprise ({@link #unionOf}); see
   * {@link #unionChairEligibility(Jurisdiction, OrganizationId, PersonId, LocalDate)}.
   *
   * @param jurisdiction the jurisdiction
   * @param enterprise the enterprise
   * @param person the person
   * @param asOf the date
   * @return the decision; not satisfied, saying so, when no union covers the enterprise
   * @throws IllegalArgumentException if the enterprise or the person is not in the jurisdiction
   */
  public Decision unionChairEligibility(
      Jurisdiction jurisdiction, EnterpriseId enterprise, PersonId person, LocalDate asOf) {
    Lookup.requireEnterprise(jurisdiction, enterprise);
    Person p = Lookup.person(jurisdiction, person);
    Optional<UnionOrganization> union = Lookup.unionOf(jurisdiction, enterprise);
    if (union.isEmpty()) {
      return Decision.of(
          AppointmentRules.CHAIR_ELIGIBILITY,
          Subject.person(p.id()),
          Verdict.NOT_SATISFIED,
          asOf,
          Lookup.noUnion(enterprise));
    }
    return chairDecision(union.get(), p, asOf, new Heads(jurisdiction));
  }

  /**
   * Decides whether a person may hold a vice chair or committee seat of a union: UNION-LAW Art. 10
   * bars a close relative of the enterprise's main head from every seat.
   *
   * @param jurisdiction the jurisdiction
   * @param union the union
   * @param person the person
   * @param asOf the date
   * @return the decision of rule {@code CROSS-APPOINT.COMMITTEE-ELIGIBILITY} about the person;
   *     informational for a town union or federation of trade unions
   * @throws IllegalArgumentException if the union or the person is not in the jurisdiction
   */
  public Decision unionCommitteeEligibility(
      Jurisdiction jurisdiction, OrganizationId union, PersonId person, LocalDate asOf) {
    UnionOrganization u = Lookup.union(jurisdiction, union);
    Person p = Lookup.person(jurisdiction, person);
    Subject subject = Subject.person(p.id());
    Rule rule = AppointmentRules.COMMITTEE_ELIGIBILITY;
    if (!Eligibility.inScope(u)) {
      return Decision.of(rule, subject, Verdict.INFORMATIONAL, asOf, Eligibility.outOfScope(u));
    }
    ImmutableList<Reason> bars = eligibility.committeeBars(u, p, new Heads(jurisdiction));
    return bars.isEmpty()
        ? Decision.of(rule, subject, Verdict.SATISFIED, asOf, Eligibility.committeeClear(u, p))
        : Decision.of(rule.id(), subject, Verdict.NOT_SATISFIED, asOf, bars);
  }

  /**
   * Decides whether a person may head (be secretary of) a party organisation, listing every bar
   * that applies: not a full member — probationary is not enough — and party standing (党龄) below
   * {@code SECRETARY_MIN_PARTY_STANDING} on the date (BRANCH-REG Art. 23; standing of exactly the
   * minimum suffices), and, when {@code PARTY_HEAD_MUST_WORK_IN_COVERED_ENTERPRISE} holds, not
   * employed by an enterprise the organisation covers (not applied to a working committee, which
   * covers none).
   *
   * @param jurisdiction the jurisdiction
   * @param organization the party organisation
   * @param person the person
   * @param asOf the date
   * @return the decision of rule {@code CROSS-APPOINT.PARTY-HEAD-ELIGIBILITY} about the person
   * @throws IllegalArgumentException if the organisation or the person is not in the jurisdiction
   */
  public Decision partyHeadEligibility(
      Jurisdiction jurisdiction, OrganizationId organization, PersonId person, LocalDate asOf) {
    return partyHeadDecision(
        Lookup.party(jurisdiction, organization), Lookup.person(jurisdiction, person), asOf);
  }

  private Decision chairDecision(
      UnionOrganization union, Person person, LocalDate asOf, Heads heads) {
    Subject subject = Subject.person(person.id());
    Rule rule = AppointmentRules.CHAIR_ELIGIBILITY;
    if (!Eligibility.inScope(union)) {
      return Decision.of(rule, subject, Verdict.INFORMATIONAL, asOf, Eligibility.outOfScope(union));
    }
    ImmutableList<Reason> bars = eligibility.chairBars(union, person, asOf, heads);
    return bars.isEmpty()
        ? Decision.of(
            rule, subject, Verdict.SATISFIED, asOf, eligibility.chairClear(union, person, asOf))
        : Decision.of(rule.id(), subject, Verdict.NOT_SATISFIED, asOf, bars);
  }

  private Decision partyHeadDecision(
      PartyOrganization organization, Person person, LocalDate asOf) {
    Subject subject = Subject.person(person.id());
    Rule rule = AppointmentRules.PARTY_HEAD_ELIGIBILITY;
    ImmutableList<Reason> bars = eligibility.partyHeadBars(organization, person, asOf);
    return bars.isEmpty()
        ? Decision.of(
            rule,
            subject,
            Verdict.SATISFIED,
            asOf,
            eligibility.partyHeadClear(organization, person, asOf))
        : Decision.of(rule.id(), subject, Verdict.NOT_SATISFIED, asOf, bars);
  }

  // ---- 一肩挑 ----

  /**
   * Decides whether the sitting secretary of an enterprise's party organisation may also chair its
   * union, and whether NONPUBLIC-OPINION encourages it: it does for a secretary who is not an
   * investor.
   *
   * <p>Permitted when the enterprise has both organisations, the secretary post is filled and no
   * union chair bar applies to the secretary (see {@link #unionChairEligibility(Jurisdiction,
   * OrganizationId, PersonId, LocalDate)}); otherwise every reason why not is listed. The
   * recommendation is satisfied for a permitted non-investor and advisory for a permitted investor.
   *
   * @param jurisdiction the jurisdiction
   * @param enterprise the enterprise
   * @param asOf the date
   * @return the assessment, its decisions about the enterprise
   * @throws IllegalArgumentException if the enterprise is not in the jurisdiction
   */
  public CrossAppointment secretaryAsUnionChair(
      Jurisdiction jurisdiction, EnterpriseId enterprise, LocalDate asOf) {
    return crossAppointments.secretaryAsUnionChair(jurisdiction, enterprise, asOf);
  }

  /**
   * Decides whether the sitting chair of an enterprise's union, a party member, may also head its
   * party organisation (NONPUBLIC-OPINION: 也可以).
   *
   * <p>Permitted when the enterprise has both organisations, the chair is filled and no party head
   * bar applies to the chair (see {@link #partyHeadEligibility}); otherwise every reason why not is
   * listed. The opinion allows this direction without encouraging it, so a permitted recommendation
   * is informational.
   *
   * @param jurisdiction the jurisdiction
   * @param enterprise the enterprise
   * @param asOf the date
   * @return the assessment, its decisions about the enterprise
   * @throws IllegalArgumentException if the enterprise is not in the jurisdiction
   */
  public CrossAppointment unionChairAsSecretary(
      Jurisdiction jurisdiction, EnterpriseId enterprise, LocalDate asOf) {
    return crossAppointments.unionChairAsSecretary(jurisdiction, enterprise, asOf);
  }

  /**
   * Ranks the candidates of an enterprise for a cross-appointment — one person heading its party
   * organisation and chairing its union — and says for each rejected person why not.
   *
   * <p>See {@link CandidateRanking} for who is considered and the order, tie-breaks included.
   *
   * @param jurisdiction the jurisdiction
   * @param enterprise the enterprise
   * @param asOf the date
   * @return the ranking, its decision of rule {@code CROSS-APPOINT.CANDIDATE-RANKING} about the
   *     enterprise
   * @throws IllegalArgumentException if the enterprise is not in the jurisdiction
   */
  public CandidateRanking rankCandidates(
      Jurisdiction jurisdiction, EnterpriseId enterprise, LocalDate asOf) {
    return crossAppointments.rankCandidates(jurisdiction, enterprise, asOf);
  }

  // ---- audit ----

  /**
   * Audits the current appointments of a jurisdiction on a date.
   *
   * <p>It reports, as {@link AuditFinding}s in the order of {@link AppointmentAudit}:
   *
   * <ul>
   *   <li>every bar that excludes a sitting post holder today: for the chair of a grassroots union
   *       every union bar (as {@link #unionChairEligibility} finds them), for its vice chairs and
   *       committee members UNION-LAW Art. 10, for the secretary of a party organisation every
   *       party bar (as {@link #partyHeadEligibility} finds them) — each breach exactly once, under
   *       the bar's rule;
   *   <li>every vacant chair and secretary post, with since when and for how long it has been open;
   *       a grassroots union's chair vacant longer than {@code CHAIR_VACANCY_FILL_WITHIN} is a
   *       violation (CHAIR-RULES Art. 18: filled on the last day is in time), other vacancies are
   *       informational;
   *   <li>every organisation whose term has ended on or before the date (UNION-LAW Art. 16,
   *       PARTY-CONST Art. 31), a violation.
   * </ul>
   *
   * @param jurisdiction the jurisdiction
   * @param asOf the date
   * @return the audit
   */
  public AppointmentAudit audit(Jurisdiction jurisdiction, LocalDate asOf) {
    return audits.audit(jurisdiction, asOf);
  }

  // ---- chair elections ----

  /**
   * Assesses a union chair election (CHAIR-RULES Art. 7–16) under the policy in force on its date.
   *
   * <p>The procedure is valid when: candidates outnumber the seats (if {@code
   * CHAIR_CANDIDATES_EXCEED_SEATS}); the publicity lasted at least {@code CHAIR_PUBLICITY_PERIOD},
   * both ends counted, and ended before the vote; the party organisation approved the candidates
   * (or there is none, CHAIR-RULES Art. 20) and so did the higher union; and the voters present
   * meet {@code CHAIR_ELECTION_QUORUM} of those due to attend (two thirds exactly is enough). A
   * candidate wins with yes votes meeting {@code CHAIR_ELECTION_MAJORITY} of those due to attend
   * with the right to vote — more than half: exactly half is not enough. See {@link
   * ChairElectionResult}.
   *
   * @param election the election
   * @return the result, its decision of rule {@code LEAD-TEAM.CHAIR-ELECTION} about the union
   */
  public ChairElectionResult assess(ChairElection election) {
    return elections.assess(election);
  }

  // ---- staffing indicators ----

  /**
   * Computes the staffing indicators of a jurisdiction on a date, by region with roll-up: the
   * cross-appointment rate among enterprises with both organisations, towns whose union chair holds
   * deputy rank (LEAD-TOWN) and chairs trained within {@code UNION_CHAIR_TRAINING_WINDOW}
   * (LEAD-TRAIN). See {@link StaffingIndicators} for what counts where.
   *
   * @param jurisdiction the jurisdiction
   * @param asOf the date
   * @return the indicators
   */
  public StaffingIndicators indicators(Jurisdiction jurisdiction, LocalDate asOf) {
    return indicators.indicators(jurisdiction, asOf);
  }
}
