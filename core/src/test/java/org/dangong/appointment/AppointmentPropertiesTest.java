package org.dangong.appointment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.dangong.decision.Decision;
import org.dangong.decision.Labels;
import org.dangong.decision.Reason;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;
import org.dangong.model.Enterprise;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Nationality;
import org.dangong.model.OrganizationId;
import org.dangong.model.PartyOrganization;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.Region;
import org.dangong.model.UnionOrganization;
import org.dangong.policy.Policy;
import org.dangong.testkit.JurisdictionGenerator;
import org.dangong.testkit.Jurisdictions;
import org.dangong.testkit.PropertyRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the appointment engine on generated jurisdictions (testkit generators and runner).
 */
class AppointmentPropertiesTest {
  private static final JurisdictionGenerator JURISDICTIONS = Jurisdictions.jurisdictions();
  private static final LocalDate AS_OF = JURISDICTIONS.referenceDate();
  private final AppointmentEngine engine = AppointmentEngine.of(Policy.national());

  /** The people worth asking about a union: its post holders and the staff of what it covers. */
  private static Set<Person> candidatesFor(Jurisdiction j, UnionOrganization u) {
    Set<Person> people = new LinkedHashSet<>();
    u.postHolders().forEach(id -> people.add(j.person(id).orElseThrow()));
    for (var e : u.coveredEnterprises()) {
      people.addAll(j.employees(e));
    }
    return people;
  }

  private static Set<Person> candidatesFor(Jurisdiction j, PartyOrganization o) {
    Set<Person> people = new LinkedHashSet<>();
    o.postHolders().forEach(id -> people.add(j.person(id).orElseThrow()));
    for (var e : o.coveredEnterprises()) {
      people.addAll(j.employees(e));
    }
    return people;
  }

  @Test
  @DisplayName(
      "No decision ever allows a person that a listed bar excludes, and every bar that applies is"
          + " listed")
  void noDecisionAllowsABarredPerson() {
    PropertyRunner.forAll(JURISDICTIONS)
        .samples(100)
        .check(
            j -> {
              for (UnionOrganization u : j.unionOrganizations()) {
                if (!u.form().isGrassroots()) {
                  continue;
                }
                for (Person p : candidatesFor(j, u)) {
                  Decision d = engine.unionChairEligibility(j, u.id(), p.id(), AS_OF);
                  Set<AppointmentBar> expected = Oracle.chairBars(j, u, p);
                  assertThat(AppointmentBar.in(d))
                      .as("chair %s of %s", p, u.id())
                      .isEqualTo(expected);
                  assertThat(d.isPositive())
                      .as("chair %s of %s", p, u.id())
                      .isEqualTo(expected.isEmpty());
                  Decision c = engine.unionCommitteeEligibility(j, u.id(), p.id(), AS_OF);
                  assertThat(AppointmentBar.in(c)).isEqualTo(Oracle.committeeBars(j, u, p));
                  assertThat(c.isPositive()).isEqualTo(AppointmentBar.in(c).isEmpty());
                }
              }
              for (PartyOrganization o : j.partyOrganizations()) {
                for (Person p : candidatesFor(j, o)) {
                  Decision d = engine.partyHeadEligibility(j, o.id(), p.id(), AS_OF);
                  Set<AppointmentBar> expected = Oracle.partyHeadBars(o, p, AS_OF);
                  assertThat(AppointmentBar.in(d))
                      .as("head %s of %s", p, o.id())
                      .isEqualTo(expected);
                  assertThat(d.isPositive()).isEqualTo(expected.isEmpty());
                }
              }
            });
  }

  /** Ways of giving a person one more bar, each keeping the jurisdiction valid. */
  private static List<UnaryOperator<Person>> addedBars(Jurisdiction j) {
    List<UnaryOperator<Person>> changes = new ArrayList<>();
    changes.add(p -> p.withNationality(Nationality.FOREIGN));
    changes.add(p -> p.withUnionMembership(Optional.empty()));
    changes.add(
        p ->
            p.employment()
                .map(e -> p.withEmployment(withRole(e, EmploymentRole.HR_HEAD)))
                .orElse(p));
    changes.add(
        p ->
            p.employment()
                .map(e -> p.withEmployment(withRole(e, EmploymentRole.DEPUTY_EXECUTIVE)))
                .orElse(p));
    changes.add(
        p ->
            p.employment()
                .map(e -> p.withEmployment(withRole(e, EmploymentRole.PARTNER)))
                .orElse(p));
    changes.add(
        p ->
            p.employment()
                .flatMap(
                    e ->
                        j.employees(e.employer()).stream()
                            .filter(
                                o -> !o.id().equals(p.id()) && o.hasRole(EmploymentRole.EXECUTIVE))
                            .findFirst())
                .map(executive -> p.withCloseRelatives(union(p.closeRelatives(), executive.id())))
                .orElse(p));
    return changes;
  }

  private static Employment withRole(Employment e, EmploymentRole role) {
    Set<EmploymentRole> roles = new HashSet<>(e.roles());
    roles.remove(EmploymentRole.STAFF);
    roles.add(role);
    return e.withRoles(roles);
  }

  private static Set<PersonId> union(Set<PersonId> ids, PersonId more) {
    Set<PersonId> all = new LinkedHashSet<>(ids);
    all.add(more);
    return all;
  }

  @Test
  @DisplayName(
      "Adding a bar (HR head, deputy, partner, foreigner, relative, no membership) never turns"
          + " ineligible into eligible")
  void addingABarIsMonotone() {
    PropertyRunner.forAll(JURISDICTIONS.enterprises(1, 4))
        .samples(40)
        .check(
            j -> {
              for (UnionOrganization u : j.unionOrganizations()) {
                if (!u.form().isGrassroots()) {
                  continue;
                }
                for (Person p : candidatesFor(j, u)) {
                  Decision before = engine.unionChairEligibility(j, u.id(), p.id(), AS_OF);
                  for (UnaryOperator<Person> change : addedBars(j)) {
                    Person changed = change.apply(p);
                    if (changed.equals(p)) {
                      continue;
                    }
                    Jurisdiction after = World.replacing(j, changed);
                    Decision d = engine.unionChairEligibility(after, u.id(), p.id(), AS_OF);
                    assertThat(AppointmentBar.in(d)).containsAll(AppointmentBar.in(before));
                    if (!before.isPositive()) {
                      assertThat(d.isPositive())
                          .as("%s of %s after %s", p, u.id(), changed)
                          .isFalse();
                    }
                  }
                }
              }
            });
  }

  /** Ways of shortening a person's party standing, each keeping the jurisdiction valid. */
  private static List<UnaryOperator<Person>> weakerStandings() {
    LocalDate recent = AS_OF.minusMonths(6);
    return List.of(
        p ->
            p.isFullPartyMember() && !recent.isBefore(p.birthDate())
                ? p.withPartyStanding(PartyStanding.fullMember(recent))
                : p,
        p ->
            p.isFullPartyMember() && !recent.isBefore(p.birthDate())
                ? p.withPartyStanding(PartyStanding.probationaryMember(recent))
                : p);
  }

  @Test
  @DisplayName(
      "Shortening a party standing or ending full membership never turns an ineligible head into an"
          + " eligible one")
  void weakerStandingIsMonotone() {
    PropertyRunner.forAll(JURISDICTIONS.enterprises(1, 4))
        .samples(40)
        .check(
            j -> {
              for (PartyOrganization o : j.partyOrganizations()) {
                for (Person p : candidatesFor(j, o)) {
                  Decision before = engine.partyHeadEligibility(j, o.id(), p.id(), AS_OF);
                  for (UnaryOperator<Person> change : weakerStandings()) {
                    Person changed = change.apply(p);
                    if (changed.equals(p)) {
                      continue;
                    }
                    Decision d =
                        engine.partyHeadEligibility(
                            World.replacing(j, changed), o.id(), p.id(), AS_OF);
                    assertThat(d.isPositive()).isFalse();
                    assertThat(AppointmentBar.in(d))
                        .containsAll(AppointmentBar.in(before))
                        .contains(AppointmentBar.INSUFFICIENT_PARTY_STANDING);
                  }
                }
              }
            });
  }

  @Test
  @DisplayName(
      "An audit reports each breach exactly once, every vacancy once and every expired term once")
  void auditReportsEachBreachExactlyOnce() {
    PropertyRunner.forAll(JURISDICTIONS)
        .samples(100)
        .check(
            j -> {
              AppointmentAudit audit = engine.audit(j, AS_OF);
              List<List<Object>> breaches = new ArrayList<>();
              for (AuditFinding f : audit.breaches()) {
                breaches.add(
                    List.of(
                        f.organization(),
                        f.person().orElseThrow(),
                        f.post().orElseThrow(),
                        f.bar().orElseThrow()));
                assertThat(f.decision().ruleId()).isEqualTo(f.bar().orElseThrow().rule().id());
                assertThat(f.isViolation()).isTrue();
              }
              Set<List<Object>> expected = new HashSet<>();
              for (UnionOrganization u : j.unionOrganizations()) {
                if (!u.form().isGrassroots()) {
                  continue;
                }
                for (PersonId id : u.postHolders()) {
                  Person p = j.person(id).orElseThrow();
                  boolean chair = u.chair().equals(Optional.of(id));
                  LeadershipPost post =
                      chair
                          ? LeadershipPost.UNION_CHAIR
                          : u.viceChairs().contains(id)
                              ? LeadershipPost.UNION_VICE_CHAIR
                              : LeadershipPost.UNION_COMMITTEE_MEMBER;
                  for (AppointmentBar bar :
                      chair ? Oracle.chairBars(j, u, p) : Oracle.committeeBars(j, u, p)) {
                    expected.add(List.of(u.id(), id, post, bar));
                  }
                }
              }
              for (PartyOrganization o : j.partyOrganizations()) {
                o.secretary()
                    .ifPresent(
                        id -> {
                          for (AppointmentBar bar :
                              Oracle.partyHeadBars(o, j.person(id).orElseThrow(), AS_OF)) {
                            expected.add(List.of(o.id(), id, LeadershipPost.PARTY_SECRETARY, bar));
                          }
                        });
              }
              assertThat(breaches)
                  .doesNotHaveDuplicates()
                  .containsExactlyInAnyOrderElementsOf(expected);

              List<OrganizationId> vacant = new ArrayList<>();
              List<OrganizationId> expired = new ArrayList<>();
              j.unionOrganizations().stream()
                  .filter(u -> u.chair().isEmpty())
                  .forEach(u -> vacant.add(u.id()));
              j.partyOrganizations().stream()
                  .filter(o -> o.secretary().isEmpty())
                  .forEach(o -> vacant.add(o.id()));
              j.unionOrganizations().stream()
                  .filter(u -> u.isTermExpired(AS_OF))
                  .forEach(u -> expired.add(u.id()));
              j.partyOrganizations().stream()
                  .filter(o -> o.isTermExpired(AS_OF))
                  .forEach(o -> expired.add(o.id()));
              assertThat(audit.vacancies())
                  .extracting(AuditFinding::organization)
                  .containsExactlyInAnyOrderElementsOf(vacant);
              assertThat(audit.expiredTerms())
                  .extracting(AuditFinding::organization)
                  .containsExactlyInAnyOrderElementsOf(expired);
              assertThat(audit.findings()).isSortedAccordingTo(AuditFinding.ORDER);
              assertThat(engine.audit(j.toBuilder().build(), AS_OF)).isEqualTo(audit);
            });
  }

  @Test
  @DisplayName(
      "The properties are not vacuous: generated jurisdictions breach every bar, leave posts vacant"
          + " and let terms expire")
  void generatedJurisdictionsExerciseEveryBar() {
    Set<AppointmentBar> seen = new HashSet<>();
    Set<AuditFindingKind> kinds = new HashSet<>();
    boolean permitted = false;
    for (Jurisdiction j : JURISDICTIONS.samples(PropertyRunner.DEFAULT_SEED, 60)) {
      AppointmentAudit audit = engine.audit(j, AS_OF);
      audit.breaches().forEach(f -> seen.add(f.bar().orElseThrow()));
      audit.findings().forEach(f -> kinds.add(f.kind()));
      for (Enterprise e : j.enterprises()) {
        permitted |= engine.secretaryAsUnionChair(j, e.id(), AS_OF).isPermitted();
        for (Candidate c : engine.rankCandidates(j, e.id(), AS_OF).rejected()) {
          seen.addAll(AppointmentBar.in(c.decision()));
        }
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(AppointmentBar.values());
    assertThat(kinds).containsExactlyInAnyOrder(AuditFindingKind.values());
    assertThat(permitted).isTrue();
  }

  @Test
  @DisplayName(
      "Rankings agree with eligibility: every ranked candidate may hold both posts, every rejected"
          + " one may not")
  void rankingsAgreeWithEligibility() {
    PropertyRunner.forAll(JURISDICTIONS)
        .samples(100)
        .check(
            j -> {
              for (Enterprise e : j.enterprises()) {
                CandidateRanking r = engine.rankCandidates(j, e.id(), AS_OF);
                for (Candidate c : r.ranked()) {
                  assertThat(
                          engine
                              .unionChairEligibility(j, r.union().orElseThrow(), c.person(), AS_OF)
                              .isPositive())
                      .isTrue();
                  assertThat(
                          engine
                              .partyHeadEligibility(
                                  j, r.partyOrganization().orElseThrow(), c.person(), AS_OF)
                              .isPositive())
                      .isTrue();
                }
                for (Candidate c : r.rejected()) {
                  assertThat(AppointmentBar.in(c.decision())).isNotEmpty();
                }
                assertThat(r.ranked()).extracting(Candidate::investor).isSorted();
                assertThat(r.decision().isPositive()).isEqualTo(!r.ranked().isEmpty());
                CrossAppointment s = engine.secretaryAsUnionChair(j, e.id(), AS_OF);
                CrossAppointment c = engine.unionChairAsSecretary(j, e.id(), AS_OF);
                // A sitting secretary who may chair the union, and who still meets the party bars,
                // is a candidate.
                if (s.isPermitted()
                    && engine
                        .partyHeadEligibility(
                            j,
                            s.partyOrganization().orElseThrow(),
                            s.candidate().orElseThrow(),
                            AS_OF)
                        .isPositive()) {
                  assertThat(r.ranked())
                      .extracting(Candidate::person)
                      .contains(s.candidate().orElseThrow());
                }
                if (c.isPermitted()
                    && engine
                        .unionChairEligibility(
                            j, c.union().orElseThrow(), c.candidate().orElseThrow(), AS_OF)
                        .isPositive()) {
                  assertThat(r.ranked())
                      .extracting(Candidate::person)
                      .contains(c.candidate().orElseThrow());
                }
                assertThat(s.isRecommended())
                    .isEqualTo(
                        s.isPermitted()
                            && s.candidate()
                                .flatMap(j::person)
                                .map(p -> !p.hasRole(EmploymentRole.INVESTOR))
                                .orElse(false));
              }
            });
  }

  @Test
  @DisplayName("Indicators roll up exactly: a region's figures are its own plus its children's")
  void indicatorsRollUp() {
    PropertyRunner.forAll(JURISDICTIONS)
        .samples(100)
        .check(
            j -> {
              StaffingIndicators s = engine.indicators(j, AS_OF);
              assertThat(s.regions()).hasSize(j.regions().size());
              StaffingFigures roots = StaffingFigures.zero();
              StaffingFigures owns = StaffingFigures.zero();
              for (Region r : j.regions()) {
                RegionStaffing rs = s.region(r.id()).orElseThrow();
                StaffingFigures sum = rs.own();
                for (Region child : j.children(r.id())) {
                  sum = sum.plus(s.region(child.id()).orElseThrow().rolledUp());
                }
                assertThat(rs.rolledUp()).isEqualTo(sum);
                owns = owns.plus(rs.own());
                if (r.parent().isEmpty()) {
                  roots = roots.plus(rs.rolledUp());
                }
              }
              assertThat(s.total()).isEqualTo(roots).isEqualTo(owns);
            });
  }

  @Test
  @DisplayName(
      "Every decision renders completely in Chinese and English: no missing text, no unfilled"
          + " placeholder")
  void everyDecisionRendersInBothLanguages() {
    PropertyRunner.forAll(JURISDICTIONS)
        .samples(25)
        .check(
            j -> {
              List<Decision> decisions = new ArrayList<>(engine.audit(j, AS_OF).decisions());
              engine.indicators(j, AS_OF).regions().forEach(r -> decisions.addAll(r.decisions()));
              for (Enterprise e : j.enterprises()) {
                CandidateRanking r = engine.rankCandidates(j, e.id(), AS_OF);
                decisions.add(r.decision());
                r.ranked().forEach(c -> decisions.add(c.decision()));
                r.rejected().forEach(c -> decisions.add(c.decision()));
                CrossAppointment a = engine.secretaryAsUnionChair(j, e.id(), AS_OF);
                CrossAppointment b = engine.unionChairAsSecretary(j, e.id(), AS_OF);
                decisions.addAll(
                    List.of(
                        a.permission(), a.recommendation(), b.permission(), b.recommendation()));
              }
              // One reason per message key and set of argument names is enough to see every
              // placeholder filled.
              Map<List<Object>, Reason> representatives = new HashMap<>();
              for (Decision d : decisions) {
                assertThat(d.reasons()).isNotEmpty();
                for (Reason reason : d.reasons()) {
                  List<Object> shape = new ArrayList<>();
                  shape.add(reason.messageKey());
                  reason.arguments().forEach(a -> shape.add(a.name()));
                  representatives.putIfAbsent(shape, reason);
                }
              }
              for (Reason reason : representatives.values()) {
                for (Locale locale : Labels.supportedLocales()) {
                  assertThat(Labels.find(reason.messageKey(), locale))
                      .as(reason.messageKey())
                      .isPresent();
                  assertThat(reason.message(locale))
                      .as(reason.toString())
                      .doesNotContain("{")
                      .doesNotContain("}");
                }
              }
              if (!decisions.isEmpty()) {
                assertThat(decisions.get(0).render(Locale.SIMPLIFIED_CHINESE))
                    .containsPattern("\\p{IsHan}");
              }
            });
  }
}
