package org.dangong.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;
import static org.dangong.appointment.World.AS_OF;
import static org.dangong.appointment.World.BOSS;
import static org.dangong.appointment.World.BRANCH;
import static org.dangong.appointment.World.CHAIR;
import static org.dangong.appointment.World.DEPUTY;
import static org.dangong.appointment.World.HR;
import static org.dangong.appointment.World.PROBATIONER;
import static org.dangong.appointment.World.RELATIVE;
import static org.dangong.appointment.World.SECRETARY;
import static org.dangong.appointment.World.STAFF;
import static org.dangong.appointment.World.TOWN;
import static org.dangong.appointment.World.UNION;
import static org.dangong.appointment.World.WEIDE;
import static org.dangong.decision.ReasonLookup.keys;
import static org.dangong.decision.ReasonLookup.only;
import static org.dangong.decision.ReasonLookup.arg;
import static org.dangong.decision.ReasonLookup.number;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Verdict;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;
import org.dangong.model.EnterpriseId;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Nationality;
import org.dangong.model.OrganizationId;
import org.dangong.model.Ownership;
import org.dangong.model.PartyForm;
import org.dangong.model.PartyOrganization;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.Problem;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionMembership;
import org.dangong.model.UnionOrganization;
import org.dangong.policy.Policy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The engine's details exactly at their edges: which organisation is considered, which reason a
 * decision gives and with which arguments, the order of audits, rankings and elections, and the
 * problems named by invalid input.
 */
class AppointmentMutationTest {
  private static final EnterpriseId SMALL = EnterpriseId.of("E-2");
  private static final EnterpriseId OTHER = EnterpriseId.of("E-3");
  private static final OrganizationId TOWN_UNION = OrganizationId.of("U-T");

  private final AppointmentEngine engine = AppointmentEngine.of(Policy.national());
  private final Jurisdiction world = World.world();

  // ---- helpers ----

  private static List<String> argumentNames(Reason r) {
    return r.arguments().stream().map(a -> a.name()).toList();
  }

  private static List<Problem> problems(ThrowingCallable call) {
    Throwable t = catchThrowable(call);
    assertThat(t).isInstanceOf(InvalidValueException.class);
    return ((InvalidValueException) t).problems();
  }

  private static UnionOrganization.Builder union(
      String id, UnionForm form, EnterpriseId... covered) {
    return UnionOrganization.builder()
        .id(OrganizationId.of(id))
        .name("工会" + id)
        .form(form)
        .addCoveredEnterprises(covered)
        .region(TOWN)
        .founded(LocalDate.of(2015, 1, 1))
        .termStart(LocalDate.of(2024, 1, 1))
        .termYears(5);
  }

  private static UnionOrganization townUnion() {
    return union(TOWN_UNION.value(), UnionForm.TOWN_UNION).build();
  }

  /** A person with no employment, a member of the given union. */
  private static Person.Builder unemployed(String id, OrganizationId union) {
    return Person.builder()
        .id(PersonId.of(id))
        .name("居民" + id)
        .birthDate(LocalDate.of(1980, 1, 1))
        .unionMembership(UnionMembership.active(union, LocalDate.of(2010, 3, 1)));
  }

  // ---- which organisations an enterprise has ----

  @Test
  @DisplayName(
      "The enterprise's own branch and union are considered before joint ones covering more"
          + " enterprises, even those with a smaller id")
  void ownOrganisationsBeforeJointOnes() {
    Jurisdiction j =
        world.toBuilder()
            .addEnterprise(World.enterprise(SMALL, "小企业甲", TOWN))
            .addPartyOrganization(
                World.branch()
                    .id(OrganizationId.of("PO-0"))
                    .name("联合党支部")
                    .form(PartyForm.JOINT_BRANCH)
                    .coveredEnterprises(List.of(WEIDE, SMALL))
                    .secretary(Optional.empty())
                    .build())
            .addUnionOrganization(union("U-0", UnionForm.JOINT_COMMITTEE, WEIDE, SMALL).build())
            .build();

    assertThat(AppointmentEngine.partyOrganizationOf(j, WEIDE))
        .map(PartyOrganization::id)
        .contains(BRANCH);
    assertThat(AppointmentEngine.unionOf(j, WEIDE)).map(UnionOrganization::id).contains(UNION);
    assertThat(AppointmentEngine.partyOrganizationOf(j, SMALL))
        .map(PartyOrganization::id)
        .contains(OrganizationId.of("PO-0"));
    assertThat(AppointmentEngine.unionOf(j, SMALL))
        .map(UnionOrganization::id)
        .contains(OrganizationId.of("U-0"));
    assertThat(AppointmentEngine.partyOrganizationOf(j, OTHER)).isEmpty();
    assertThat(AppointmentEngine.unionOf(j, OTHER)).isEmpty();
  }

  @Test
  @DisplayName("An enterprise that is not in the jurisdiction is a bad argument, named")
  void unknownEnterprise() {
    EnterpriseId none = EnterpriseId.of("E-NONE");
    String message = "no such enterprise in the jurisdiction: E-NONE";
    assertThatThrownBy(() -> engine.secretaryAsUnionChair(world, none, AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> engine.unionChairAsSecretary(world, none, AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> engine.rankCandidates(world, none, AS_OF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  // ---- bars and posts ----

  @Test
  @DisplayName(
      "CHAIR-RULES Art. 6, UNION-LAW Art. 10: the seven union bars concern union posts, the three"
          + " of BRANCH-REG Art. 23 the party head")
  void unionBarsAndPosts() {
    assertThat(Arrays.stream(AppointmentBar.values()).filter(AppointmentBar::isUnionBar))
        .containsExactly(
            AppointmentBar.EXECUTIVE,
            AppointmentBar.PARTNER,
            AppointmentBar.RELATIVE_OF_EXECUTIVE_OR_PARTNER,
            AppointmentBar.HR_HEAD,
            AppointmentBar.FOREIGN_NATIONAL,
            AppointmentBar.RELATIVE_OF_MAIN_HEAD,
            AppointmentBar.NOT_UNION_MEMBER);
    assertThat(Arrays.stream(LeadershipPost.values()).filter(LeadershipPost::isUnionPost))
        .containsExactly(
            LeadershipPost.UNION_CHAIR,
            LeadershipPost.UNION_VICE_CHAIR,
            LeadershipPost.UNION_COMMITTEE_MEMBER);
  }

  @Test
  @DisplayName("CHAIR-RULES Art. 6: the executive bar names the role held, head or deputy")
  void executiveBarNamesTheRole() {
    Reason boss =
        only(
            engine.unionChairEligibility(world, UNION, BOSS, AS_OF),
            "reason.appointment.bar.executive");
    assertThat(arg(boss, "role")).isEqualTo(EmploymentRole.EXECUTIVE);
    assertThat(arg(boss, "enterprise")).isEqualTo(WEIDE.value());
    Reason deputy =
        only(
            engine.unionChairEligibility(world, UNION, DEPUTY, AS_OF),
            "reason.appointment.bar.executive");
    assertThat(arg(deputy, "role")).isEqualTo(EmploymentRole.DEPUTY_EXECUTIVE);
  }

  @Test
  @DisplayName(
      "CHAIR-RULES Art. 6: an organiser union is judged against the enterprise it covers, not the"
          + " employer of the person")
  void organiserUnionJudgesByItsEnterprise() {
    OrganizationId organiser = OrganizationId.of("U-O");
    PersonId executiveElsewhere = PersonId.of("P-31");
    Jurisdiction j =
        world.toBuilder()
            .addEnterprise(World.enterprise(SMALL, "小企业甲", TOWN))
            .addEnterprise(World.enterprise(OTHER, "小企业乙", TOWN))
            .addUnionOrganization(union("U-O", UnionForm.ORGANIZER, SMALL).build())
            .addPerson(
                World.person(executiveElsewhere, OTHER, organiser, EmploymentRole.EXECUTIVE)
                    .build())
            .build();

    Decision d = engine.unionChairEligibility(j, organiser, executiveElsewhere, AS_OF);

    assertThat(d.verdict()).isEqualTo(Verdict.SATISFIED);
    Reason clear = only(d, "reason.appointment.chair-clear");
    assertThat(arg(clear, "enterprise")).isEqualTo(SMALL.value());
    assertThat(arg(clear, "union")).isEqualTo("U-O");
  }

  @Test
  @DisplayName(
      "CHAIR-RULES Art. 6, UNION-LAW Art. 10: for a joint union, a person with no employer is"
          + " judged on nationality and membership alone")
  void jointUnionAndNoEmployer() {
    OrganizationId joint = OrganizationId.of("U-J");
    Jurisdiction j =
        world.toBuilder()
            .addEnterprise(World.enterprise(SMALL, "小企业甲", TOWN))
            .addUnionOrganization(union("U-J", UnionForm.JOINT_COMMITTEE, WEIDE, SMALL).build())
            .addPerson(unemployed("P-X1", joint).build())
            .addPerson(unemployed("P-X2", joint).nationality(Nationality.FOREIGN).build())
            .build();

    Decision foreign = engine.unionChairEligibility(j, joint, PersonId.of("P-X2"), AS_OF);
    assertThat(foreign.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(AppointmentBar.in(foreign)).containsExactly(AppointmentBar.FOREIGN_NATIONAL);
    assertThat(keys(foreign)).containsExactly("reason.appointment.bar.foreign-national");

    Decision chair = engine.unionChairEligibility(j, joint, PersonId.of("P-X1"), AS_OF);
    assertThat(chair.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(argumentNames(only(chair, "reason.appointment.chair-clear-no-employer")))
        .containsExactly("person", "union");

    Decision committee = engine.unionCommitteeEligibility(j, joint, PersonId.of("P-X1"), AS_OF);
    assertThat(committee.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(keys(committee)).containsExactly("reason.appointment.committee-clear-no-employer");
    assertThat(argumentNames(committee.reasons().get(0))).containsExactly("person", "union");

    Decision staff = engine.unionCommitteeEligibility(j, UNION, STAFF, AS_OF);
    Reason clear = only(staff, "reason.appointment.committee-clear");
    assertThat(arg(clear, "enterprise")).isEqualTo(WEIDE.value());
  }

  @Test
  @DisplayName(
      "UNION-LAW Art. 10: a town union's committee is not a grassroots committee, so the decision"
          + " on the boss's relative is informational")
  void townUnionCommitteeIsOutOfScope() {
    Jurisdiction j = world.toBuilder().addUnionOrganization(townUnion()).build();

    Decision d = engine.unionCommitteeEligibility(j, TOWN_UNION, RELATIVE, AS_OF);

    assertThat(d.verdict()).isEqualTo(Verdict.INFORMATIONAL);
    assertThat(d.ruleId()).isEqualTo(AppointmentRules.COMMITTEE_ELIGIBILITY.id());
    assertThat(AppointmentBar.in(d)).isEmpty();
    Reason r = only(d, "reason.appointment.chair-out-of-scope");
    assertThat(arg(r, "form")).isEqualTo(UnionForm.TOWN_UNION);
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 23: full membership dated after the day gives a standing of zero, not a"
          + " negative one")
  void standingBeforeFullMembershipIsZero() {
    LocalDate tomorrow = AS_OF.plusDays(1);
    Jurisdiction j =
        World.replacing(
            world, World.get(world, STAFF).withPartyStanding(PartyStanding.fullMember(tomorrow)));

    Decision d = engine.partyHeadEligibility(j, BRANCH, STAFF, AS_OF);

    assertThat(AppointmentBar.in(d)).containsExactly(AppointmentBar.INSUFFICIENT_PARTY_STANDING);
    Reason r = only(d, "reason.appointment.bar.short-standing");
    assertThat(arg(r, "since")).isEqualTo(tomorrow);
    assertThat(arg(r, "standing")).isEqualTo(Period.ZERO);
    assertThat(arg(r, "required")).isEqualTo(Period.ofYears(1));
  }

  // ---- 一肩挑 and the ranking ----

  @Test
  @DisplayName(
      "NONPUBLIC-OPINION: the recommendation says why — encouraged for a non-investor, permitted"
          + " for an investor")
  void recommendationReasons() {
    assertThat(keys(engine.secretaryAsUnionChair(world, WEIDE, AS_OF).recommendation()))
        .containsExactly("reason.appointment.recommended");
    Person s = World.get(world, SECRETARY);
    Jurisdiction investor =
        World.replacing(
            world,
            s.withEmployment(
                Employment.of(WEIDE, LocalDate.of(2010, 1, 1), EmploymentRole.INVESTOR)));
    CrossAppointment c = engine.secretaryAsUnionChair(investor, WEIDE, AS_OF);
    assertThat(c.recommendation().verdict()).isEqualTo(Verdict.ADVISORY);
    assertThat(keys(c.recommendation())).containsExactly("reason.appointment.permitted-investor");
  }

  @Test
  @DisplayName(
      "CROSS-APPOINT: a chair who already heads the branch is told so; one who does not is not")
  void chairAlreadyHeadingTheBranch() {
    assertThat(keys(engine.unionChairAsSecretary(world, WEIDE, AS_OF).permission()))
        .containsExactly(
            "reason.appointment.chair-may-head", "reason.appointment.party-head-clear");

    Jurisdiction both =
        world.toBuilder()
            .removePartyOrganizationsIf(o -> true)
            .addPartyOrganization(World.branch().secretary(CHAIR).build())
            .build();
    CrossAppointment c = engine.unionChairAsSecretary(both, WEIDE, AS_OF);
    assertThat(c.isPermitted()).isTrue();
    assertThat(keys(c.permission()))
        .containsExactly(
            "reason.appointment.chair-may-head",
            "reason.appointment.party-head-clear",
            "reason.appointment.already-both");
    assertThat(arg(only(c.permission(), "reason.appointment.already-both"), "person"))
        .isEqualTo(CHAIR.value());
  }

  @Test
  @DisplayName(
      "NONPUBLIC-OPINION: every post held is recognised in the ranking, and the ranking names the"
          + " post, or says there is none, marks an investor and counts those rejected")
  void rankingPostsAndReasons() {
    PersonId member = PersonId.of("P-MEM");
    PersonId committee = PersonId.of("P-COM");
    Jurisdiction j =
        world.toBuilder()
            .addPerson(
                World.person(member, WEIDE, UNION, EmploymentRole.INVESTOR)
                    .partyStanding(PartyStanding.fullMember(LocalDate.of(2012, 7, 1)))
                    .build())
            .addPerson(
                World.staff(committee)
                    .partyStanding(PartyStanding.probationaryMember(LocalDate.of(2025, 1, 1)))
                    .build())
            .removePartyOrganizationsIf(o -> true)
            .addPartyOrganization(
                World.branch()
                    .addDeputySecretaries(PROBATIONER)
                    .addCommitteeMembers(committee)
                    .build())
            .removeUnionOrganizationsIf(u -> true)
            .addUnionOrganization(
                World.union().addViceChairs(HR).addCommitteeMembers(DEPUTY).build())
            .build();

    CandidateRanking ranking = engine.rankCandidates(j, WEIDE, AS_OF);

    Function<PersonId, Optional<LeadershipPost>> post =
        id ->
            Stream.concat(ranking.ranked().stream(), ranking.rejected().stream())
                .filter(c -> c.person().equals(id))
                .findFirst()
                .orElseThrow()
                .currentPost();
    assertThat(post.apply(SECRETARY)).contains(LeadershipPost.PARTY_SECRETARY);
    assertThat(post.apply(CHAIR)).contains(LeadershipPost.UNION_CHAIR);
    assertThat(post.apply(PROBATIONER)).contains(LeadershipPost.PARTY_DEPUTY_SECRETARY);
    assertThat(post.apply(HR)).contains(LeadershipPost.UNION_VICE_CHAIR);
    assertThat(post.apply(committee)).contains(LeadershipPost.PARTY_COMMITTEE_MEMBER);
    assertThat(post.apply(DEPUTY)).contains(LeadershipPost.UNION_COMMITTEE_MEMBER);
    assertThat(post.apply(member)).isEmpty();

    assertThat(ranking.ranked())
        .extracting(Candidate::person)
        .containsExactly(SECRETARY, CHAIR, member);
    assertThat(ranking.ranked()).allSatisfy(c -> assertThat(c.isEligible()).isTrue());
    assertThat(ranking.rejected()).allSatisfy(c -> assertThat(c.isEligible()).isFalse());
    assertThat(ranking.rejected()).hasSize(9);

    Decision d = ranking.decision();
    assertThat(d.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(keys(d))
        .containsExactly(
            "reason.appointment.ranking-order",
            "reason.appointment.ranked",
            "reason.appointment.ranked",
            "reason.appointment.ranked-no-post",
            "reason.appointment.rejected-count");
    assertThat(arg(d.reasons().get(1), "post")).isEqualTo(LeadershipPost.PARTY_SECRETARY);
    assertThat(arg(d.reasons().get(2), "post")).isEqualTo(LeadershipPost.UNION_CHAIR);
    assertThat(d.reasons().get(3).argument("post")).isEmpty();
    assertThat(arg(d.reasons().get(3), "person")).isEqualTo(member.value());
    assertThat(number(d.reasons().get(1), "investor")).isEqualByComparingTo("0");
    assertThat(number(d.reasons().get(3), "investor")).isEqualByComparingTo("1");
    Candidate investor = ranking.ranked().get(2);
    assertThat(investor.investor()).isTrue();
    assertThat(investor.decision().verdict()).isEqualTo(Verdict.ADVISORY);
    assertThat(keys(investor.decision())).contains("reason.appointment.permitted-investor");
    assertThat(number(d.reasons().get(3), "rank")).isEqualByComparingTo("3");
    assertThat(number(d.reasons().get(4), "count")).isEqualByComparingTo("9");
  }

  @Test
  @DisplayName(
      "NONPUBLIC-OPINION: when nobody considered may hold both posts, the ranking says so and how"
          + " many were considered")
  void rankingWithNobodyEligible() {
    PersonId worker = PersonId.of("P-21");
    OrganizationId smallUnion = OrganizationId.of("U-2");
    Jurisdiction j =
        world.toBuilder()
            .addEnterprise(World.enterprise(SMALL, "小企业甲", TOWN))
            .addPerson(World.person(worker, SMALL, smallUnion, EmploymentRole.STAFF).build())
            .addPartyOrganization(
                World.branch()
                    .id(OrganizationId.of("PO-2"))
                    .name("小企业甲党支部")
                    .coveredEnterprises(List.of(SMALL))
                    .secretary(Optional.empty())
                    .build())
            .addUnionOrganization(union("U-2", UnionForm.ENTERPRISE_COMMITTEE, SMALL).build())
            .build();

    CandidateRanking ranking = engine.rankCandidates(j, SMALL, AS_OF);

    assertThat(ranking.ranked()).isEmpty();
    assertThat(ranking.best()).isEmpty();
    assertThat(ranking.rejected()).extracting(Candidate::person).containsExactly(worker);
    assertThat(ranking.rejected().get(0).isEligible()).isFalse();
    Decision d = ranking.decision();
    assertThat(d.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(keys(d)).containsExactly("reason.appointment.no-eligible-candidate");
    assertThat(number(d.reasons().get(0), "count")).isEqualByComparingTo("1");
    assertThat(arg(d.reasons().get(0), "enterprise")).isEqualTo(SMALL.value());
  }

  // ---- the audit ----

  @Test
  @DisplayName(
      "LEAD-TEAM: breaches are ordered by post, then person, then bar — not by the order found")
  void auditOrder() {
    PersonId r1 = PersonId.of("P-R1");
    PersonId r2 = PersonId.of("P-R2");
    Jurisdiction withRelatives =
        world.toBuilder()
            .addPerson(World.staff(r1).build())
            .addPerson(World.staff(r2).build())
            .build();
    Jurisdiction j =
        World.replacing(withRelatives, World.get(world, BOSS).withCloseRelatives(RELATIVE, r1, r2))
            .toBuilder()
            .removeUnionOrganizationsIf(u -> true)
            .addUnionOrganization(World.union().chair(RELATIVE).addViceChairs(r2, r1).build())
            .build();

    AppointmentAudit audit = engine.audit(j, AS_OF);

    assertThat(audit.findings())
        .extracting(
            AuditFinding::kind,
            AuditFinding::organization,
            AuditFinding::post,
            AuditFinding::person,
            AuditFinding::bar)
        .containsExactly(
            tuple(
                AuditFindingKind.BAR_BREACHED,
                UNION,
                Optional.of(LeadershipPost.UNION_CHAIR),
                Optional.of(RELATIVE),
                Optional.of(AppointmentBar.RELATIVE_OF_EXECUTIVE_OR_PARTNER)),
            tuple(
                AuditFindingKind.BAR_BREACHED,
                UNION,
                Optional.of(LeadershipPost.UNION_CHAIR),
                Optional.of(RELATIVE),
                Optional.of(AppointmentBar.RELATIVE_OF_MAIN_HEAD)),
            tuple(
                AuditFindingKind.BAR_BREACHED,
                UNION,
                Optional.of(LeadershipPost.UNION_VICE_CHAIR),
                Optional.of(r1),
                Optional.of(AppointmentBar.RELATIVE_OF_MAIN_HEAD)),
            tuple(
                AuditFindingKind.BAR_BREACHED,
                UNION,
                Optional.of(LeadershipPost.UNION_VICE_CHAIR),
                Optional.of(r2),
                Optional.of(AppointmentBar.RELATIVE_OF_MAIN_HEAD)));
  }

  @Test
  @DisplayName(
      "CHAIR-RULES Art. 18 governs grassroots unions: a town union's vacant chair is reported,"
          + " never overdue")
  void townUnionVacancyIsNeverOverdue() {
    LocalDate since = LocalDate.of(2024, 1, 1);
    Jurisdiction unknown = world.toBuilder().addUnionOrganization(townUnion()).build();
    Jurisdiction known =
        world.toBuilder()
            .addUnionOrganization(
                union(TOWN_UNION.value(), UnionForm.TOWN_UNION).chairVacantSince(since).build())
            .build();

    AuditFinding f = engine.audit(unknown, AS_OF).vacancies().get(0);
    assertThat(f.organization()).isEqualTo(TOWN_UNION);
    assertThat(f.isViolation()).isFalse();
    assertThat(f.decision().verdict()).isEqualTo(Verdict.INFORMATIONAL);
    assertThat(keys(f.decision())).containsExactly("reason.appointment.vacancy-since-unknown");
    assertThat(argumentNames(f.decision().reasons().get(0)))
        .containsExactly("organization", "post");

    AppointmentAudit audit = engine.audit(known, AS_OF);
    assertThat(audit.violations()).isEmpty();
    AuditFinding g = audit.vacancies().get(0);
    assertThat(g.decision().verdict()).isEqualTo(Verdict.INFORMATIONAL);
    Reason r = only(g.decision(), "reason.appointment.vacancy-open");
    assertThat(arg(r, "since")).isEqualTo(since);
    assertThat(arg(r, "open")).isEqualTo(Period.of(1, 5, 29));
    assertThat(r.argument("due")).isEmpty();
  }

  // ---- elections ----

  private static ChairElection.Builder election() {
    ChairElection.Builder b = ChairElection.builder();
    b.union(UNION)
        .date(LocalDate.of(2025, 3, 20))
        .addCandidates(PersonId.of("P-1"), PersonId.of("P-2"))
        .votersDue(30)
        .present(30)
        .publicityStart(LocalDate.of(2025, 3, 1))
        .publicityEnd(LocalDate.of(2025, 3, 7))
        .partyOrganizationApproval(ElectionApproval.GRANTED)
        .higherUnionApproval(ElectionApproval.GRANTED);
    return b;
  }

  @Test
  @DisplayName(
      "CHAIR-RULES Art. 7–16: a valid election gives one positive reason per requirement, in order,"
          + " and no unfilled seat when every seat is filled")
  void validElectionReasons() {
    ChairElectionResult r = engine.assess(election().putYesVote(PersonId.of("P-1"), 16).build());

    assertThat(r.elected()).containsExactly(PersonId.of("P-1"));
    assertThat(keys(r.decision()))
        .containsExactly(
            "reason.appointment.election.candidates-exceed-seats",
            "reason.appointment.election.publicity-long-enough",
            "reason.appointment.election.party-approved",
            "reason.appointment.election.higher-union-approved",
            "reason.appointment.election.quorum-met",
            "reason.appointment.election.elected",
            "reason.appointment.election.no-majority");
  }

  @Test
  @DisplayName(
      "CHAIR-RULES Art. 16: the elected are listed most yes votes first, and the seats left"
          + " unfilled are counted")
  void electedOrderAndUnfilledSeats() {
    PersonId li = PersonId.of("P-1");
    PersonId wang = PersonId.of("P-2");
    PersonId zhao = PersonId.of("P-3");
    PersonId sun = PersonId.of("P-4");
    ChairElectionResult two =
        engine.assess(
            election()
                .seats(2)
                .addCandidates(zhao)
                .putYesVote(li, 16)
                .putYesVote(wang, 22)
                .putYesVote(zhao, 5)
                .build());
    assertThat(two.elected()).containsExactly(wang, li);
    assertThat(keys(two.decision())).doesNotContain("reason.appointment.election.seats-unfilled");

    ChairElectionResult three =
        engine.assess(
            election()
                .seats(3)
                .addCandidates(zhao, sun)
                .putYesVote(li, 20)
                .putYesVote(wang, 5)
                .build());
    assertThat(three.elected()).containsExactly(li);
    assertThat(three.unfilledSeats()).isEqualTo(2);
    Reason unfilled = only(three.decision(), "reason.appointment.election.seats-unfilled");
    assertThat(number(unfilled, "unfilled")).isEqualByComparingTo("2");
  }

  @Test
  @DisplayName(
      "An election is valid input at the edges: one voter due, none present, no yes votes, yes"
          + " votes from everyone present")
  void electionInputAtTheEdges() {
    ChairElection one =
        election().votersDue(1).present(1).putYesVote(PersonId.of("P-1"), 1).build();
    assertThat(one.votersDue()).isEqualTo(1);
    assertThat(one.yesVotesFor(PersonId.of("P-1"))).isEqualTo(1);
    ChairElection nobody = election().present(0).putYesVote(PersonId.of("P-1"), 0).build();
    assertThat(nobody.present()).isZero();
    assertThat(nobody.yesVotes()).containsEntry(PersonId.of("P-1"), 0);
  }

  @Test
  @DisplayName(
      "An impossible election names each problem with its path: no candidate, negative present,"
          + " negative yes votes")
  void electionProblems() {
    ChairElection.Builder noCandidate = ChairElection.builder();
    noCandidate
        .union(UNION)
        .date(LocalDate.of(2025, 3, 20))
        .votersDue(30)
        .present(20)
        .publicityStart(LocalDate.of(2025, 3, 1))
        .publicityEnd(LocalDate.of(2025, 3, 7))
        .partyOrganizationApproval(ElectionApproval.GRANTED)
        .higherUnionApproval(ElectionApproval.GRANTED);
    assertThat(problems(noCandidate::build))
        .extracting(Problem::path, Problem::rule)
        .containsExactly(tuple("ChairElection[U-1].candidates", "AT_LEAST_ONE_CANDIDATE"));

    assertThat(problems(() -> election().present(-1).build()))
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(tuple("ChairElection[U-1].present", "NOT_NEGATIVE", "-1"));

    assertThat(problems(() -> election().putYesVote(PersonId.of("P-1"), -1).build()))
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(tuple("ChairElection[U-1].yesVotes[P-1]", "NOT_NEGATIVE", "-1"));
  }

  // ---- indicators ----

  @Test
  @DisplayName(
      "CROSS-APPOINT: a closed enterprise and a state-owned one are not counted among enterprises"
          + " with both organisations")
  void closedAndPublicEnterprisesAreNotCounted() {
    EnterpriseId closed = EnterpriseId.of("E-C");
    EnterpriseId state = EnterpriseId.of("E-S");
    Jurisdiction j =
        world.toBuilder()
            .addEnterprise(
                World.enterprise(closed, "已关闭企业", TOWN).withStatus(EnterpriseStatus.CLOSED))
            .addEnterprise(
                World.enterprise(state, "国有企业", TOWN).withOwnership(Ownership.STATE_OWNED))
            .addPartyOrganization(
                World.branch()
                    .id(OrganizationId.of("PO-C"))
                    .coveredEnterprises(List.of(closed))
                    .secretary(Optional.empty())
                    .build())
            .addPartyOrganization(
                World.branch()
                    .id(OrganizationId.of("PO-S"))
                    .coveredEnterprises(List.of(state))
                    .secretary(Optional.empty())
                    .build())
            .addUnionOrganization(union("U-C", UnionForm.ENTERPRISE_COMMITTEE, closed).build())
            .addUnionOrganization(union("U-S", UnionForm.ENTERPRISE_COMMITTEE, state).build())
            .build();

    StaffingFigures own = engine.indicators(j, AS_OF).region(TOWN).orElseThrow().own();

    assertThat(own.enterprisesWithBoth()).isEqualTo(1);
    assertThat(own.crossAppointed()).isZero();
  }

  @Test
  @DisplayName(
      "StaffingFigures: each part is checked against its whole, a negative part or whole named as"
          + " such")
  void figureProblems() {
    assertThat(problems(() -> StaffingFigures.of(0, 0, 1, 2, 0, 0)))
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(
            tuple("StaffingFigures.townsWithDeputyRankChair", "AT_MOST_WHOLE", "2 of 1"));
    assertThat(problems(() -> StaffingFigures.of(0, 0, 0, 0, 0, -1)))
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(tuple("StaffingFigures.trainedChairs", "NOT_NEGATIVE", "-1 of 0"));
    assertThat(problems(() -> StaffingFigures.of(0, 0, -1, 0, 0, 0)))
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(
            tuple("StaffingFigures.townsWithDeputyRankChair", "NOT_NEGATIVE", "0 of -1"));
    assertThat(StaffingFigures.of(2, 2, 1, 1, 3, 3).crossAppointmentPercent())
        .contains(new BigDecimal("100.0"));
  }
}
