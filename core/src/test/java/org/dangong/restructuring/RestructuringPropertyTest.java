package org.dangong.restructuring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.Jurisdiction;
import org.dangong.model.MembershipStatus;
import org.dangong.model.OrganizationId;
import org.dangong.model.Ownership;
import org.dangong.model.PartyForm;
import org.dangong.model.PartyOrganization;
import org.dangong.model.PartyStage;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.policy.Policy;
import org.dangong.restructuring.Restructurings.Case;
import org.dangong.testkit.Enterprises;
import org.dangong.testkit.Generator;
import org.dangong.testkit.Jurisdictions;
import org.dangong.testkit.PropertyRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The guarantees of the restructuring engine, each checked on generated jurisdictions and generated
 * restructurings of them: nobody is lost, nobody else is touched, the counts reconcile, the
 * jurisdiction after is valid, and the plan is deterministic.
 */
class RestructuringPropertyTest {
  private static final RestructuringEngine ENGINE = RestructuringEngine.of(Policy.national());
  private static final int SAMPLES = 120;

  /**
   * Jurisdictions with more state-owned enterprises than the seed's city (20%), for the SOE case.
   */
  private static final Generator<Case> CASES =
      Restructurings.cases(
          Jurisdictions.jurisdictions()
              .enterprises(2, 8)
              .peoplePerEnterprise(0, 12)
              .clusters(0, 3)
              .ownershipMix(Enterprises.suzhouOwnershipMix().and(Ownership.STATE_OWNED, 18)));

  private static PropertyRunner<Case> forAll() {
    return PropertyRunner.forAll(CASES).samples(SAMPLES);
  }

  private static RestructuringPlan plan(Case c) {
    return ENGINE.plan(c.jurisdiction(), c.restructuring(), c.date());
  }

  /** The existing enterprises whose staff the plan accounts for. */
  private static Set<EnterpriseId> affectedExisting(Case c) {
    Set<EnterpriseId> affected = new HashSet<>(c.restructuring().sources());
    affected.addAll(c.restructuring().receivers());
    return affected;
  }

  private static <T> Map<PersonId, Integer> counts(
      List<T> lines, java.util.function.Function<T, PersonId> person) {
    Map<PersonId, Integer> counts = new HashMap<>();
    lines.forEach(l -> counts.merge(person.apply(l), 1, Integer::sum));
    return counts;
  }

  @Test
  @DisplayName(
      "SYNC-RESTRUCTURE: every member of an affected enterprise appears in exactly one transfer")
  void everyAffectedMemberAppearsInExactlyOneTransfer() {
    forAll()
        .check(
            c -> {
              RestructuringPlan plan = plan(c);
              Map<PersonId, Integer> staff = counts(plan.staffMoves(), StaffMove::person);
              Map<PersonId, Integer> party = counts(plan.partyTransfers(), PartyTransfer::person);
              Map<PersonId, Integer> union =
                  counts(plan.membershipTransfers(), MembershipTransfer::person);
              assertThat(staff.values()).allMatch(n -> n == 1);
              assertThat(party.values()).allMatch(n -> n == 1);
              assertThat(union.values()).allMatch(n -> n == 1);
              for (EnterpriseId e : affectedExisting(c)) {
                for (Person p : c.jurisdiction().employees(e)) {
                  assertThat(staff).as("staff move of %s", p.id()).containsKey(p.id());
                  if (p.partyStanding().stage() != PartyStage.NONE) {
                    assertThat(party).as("party transfer of %s", p.id()).containsKey(p.id());
                  }
                  if (p.unionMembership().isPresent()) {
                    assertThat(union).as("membership transfer of %s", p.id()).containsKey(p.id());
                  }
                }
              }
            });
  }

  @Test
  @DisplayName("SYNC-RESTRUCTURE: no member of an unaffected enterprise is touched")
  void noMemberOfAnUnaffectedEnterpriseIsTouched() {
    forAll()
        .check(
            c -> {
              RestructuringPlan plan = plan(c);
              Jurisdiction before = c.jurisdiction();
              Jurisdiction after = plan.apply(before);
              Set<OrganizationId> ceasing = new HashSet<>();
              plan.partyOrganizations().stream()
                  .filter(o -> !o.fate().existsAfter())
                  .forEach(o -> ceasing.add(o.organization()));
              plan.unionOrganizations().stream()
                  .filter(o -> !o.fate().existsAfter())
                  .forEach(o -> ceasing.add(o.organization()));
              Set<PersonId> inPlan = new HashSet<>();
              plan.staffMoves().forEach(s -> inPlan.add(s.person()));
              plan.partyTransfers().forEach(t -> inPlan.add(t.person()));
              plan.membershipTransfers().forEach(t -> inPlan.add(t.person()));
              Set<EnterpriseId> affected = affectedExisting(c);
              for (Person p : before.people()) {
                boolean unaffectedEmployer =
                    p.employment().map(e -> !affected.contains(e.employer())).orElse(true);
                boolean heldByCeasing =
                    p.partyStanding().organization().map(ceasing::contains).orElse(false)
                        || p.unionMembership().map(m -> ceasing.contains(m.union())).orElse(false);
                if (unaffectedEmployer && !heldByCeasing) {
                  assertThat(inPlan).as("%s is not in the plan", p.id()).doesNotContain(p.id());
                }
                if (!inPlan.contains(p.id())) {
                  assertThat(after.person(p.id())).as("%s is untouched", p.id()).contains(p);
                }
              }
              for (Enterprise e : before.enterprises()) {
                if (!affected.contains(e.id())) {
                  assertThat(after.enterprise(e.id())).contains(e);
                }
              }
            });
  }

  @Test
  @DisplayName(
      "SYNC-RESTRUCTURE: members in = members out + retained, checked against the jurisdiction"
          + " after")
  void countsReconcile() {
    forAll()
        .check(
            c -> {
              RestructuringPlan plan = plan(c);
              Jurisdiction before = c.jurisdiction();
              Jurisdiction after = plan.apply(before);
              Reconciliation r = plan.reconciliation();
              assertThat(r.isBalanced()).isTrue();
              assertThat(r.partyIn()).isEqualTo(plan.partyTransfers().size());
              assertThat(r.unionIn()).isEqualTo(plan.membershipTransfers().size());
              int active = 0;
              int retained = 0;
              int outside = 0;
              for (MembershipTransfer t : plan.membershipTransfers()) {
                assertThat(before.person(t.person()).orElseThrow().unionMembership()).isPresent();
                Optional<org.dangong.model.UnionMembership> now =
                    after.person(t.person()).orElseThrow().unionMembership();
                if (now.isEmpty()) {
                  outside++;
                } else if (now.get().status() == MembershipStatus.RETAINED) {
                  retained++;
                } else {
                  active++;
                }
              }
              assertThat(r.unionIn()).isEqualTo(active + retained + outside);
              assertThat(List.of(r.unionActive(), r.unionRetained(), r.unionOutside()))
                  .containsExactly(active, retained, outside);
              // nobody loses their party standing, and the number of party members is unchanged
              for (PartyTransfer t : plan.partyTransfers()) {
                assertThat(after.person(t.person()).orElseThrow().partyStanding().stage())
                    .isEqualTo(t.stage());
              }
              long membersBefore = before.people().stream().filter(Person::isPartyMember).count();
              long membersAfter = after.people().stream().filter(Person::isPartyMember).count();
              assertThat(membersAfter).isEqualTo(membersBefore);
              assertThat(after.people()).hasSameSizeAs(before.people());
            });
  }

  @Test
  @DisplayName(
      "SYNC-RESTRUCTURE: applying the plan to a valid snapshot yields a valid snapshot that says"
          + " what the plan says")
  void applyingYieldsAValidSnapshot() {
    forAll()
        .check(
            c -> {
              RestructuringPlan plan = plan(c);
              Jurisdiction after = plan.apply(c.jurisdiction());
              assertThat(after.toBuilder().build()).isEqualTo(after);
              for (StaffMove s : plan.staffMoves()) {
                Person p = after.person(s.person()).orElseThrow();
                assertThat(p.employment().map(e -> e.employer())).isEqualTo(s.employerAfter());
              }
              for (PartyTransfer t : plan.partyTransfers()) {
                assertThat(holder(after, after.person(t.person()).orElseThrow()))
                    .as(t.toString())
                    .isEqualTo(t.holderAfter());
              }
              for (MembershipTransfer t : plan.membershipTransfers()) {
                Optional<org.dangong.model.UnionMembership> m =
                    after.person(t.person()).orElseThrow().unionMembership();
                assertThat(m.map(x -> x.union())).isEqualTo(t.unionAfter());
                assertThat(m.map(x -> x.status())).isEqualTo(t.statusAfter());
                m.ifPresent(x -> assertThat(x.since()).isEqualTo(t.since()));
              }
              for (EnterpriseId e : c.restructuring().closingEnterprises()) {
                assertThat(after.enterprise(e).orElseThrow().status())
                    .isEqualTo(EnterpriseStatus.CLOSED);
                assertThat(after.employees(e)).isEmpty();
                assertThat(after.partyOrganizationsCovering(e)).isEmpty();
                assertThat(after.unionOrganizationsCovering(e)).isEmpty();
                assertThat(after.assignmentsTo(e)).isEmpty();
              }
              for (Enterprise e : c.restructuring().newEnterprises()) {
                assertThat(after.enterprise(e.id())).contains(e);
              }
              for (PartyOrganizationChange o : plan.partyOrganizations()) {
                assertThat(after.partyOrganization(o.organization())).isEqualTo(o.after());
                assertThat(o.decisions()).isNotEmpty();
              }
              for (UnionOrganizationChange o : plan.unionOrganizations()) {
                assertThat(after.unionOrganization(o.organization())).isEqualTo(o.after());
              }
              for (VacatedPost v : plan.vacatedPosts()) {
                assertThat(v.vacantSince()).isAfterOrEqualTo(c.date());
              }
            });
  }

  @Test
  @DisplayName(
      "SYNC-RESTRUCTURE: the plan is deterministic, also for a snapshot built in another order")
  void planIsDeterministic() {
    forAll()
        .samples(60)
        .check(
            c -> {
              RestructuringPlan first = plan(c);
              RestructuringPlan again = plan(c);
              Jurisdiction rebuilt = c.jurisdiction().toBuilder().build();
              RestructuringPlan other = ENGINE.plan(rebuilt, c.restructuring(), c.date());
              assertThat(again).isEqualTo(first);
              assertThat(other).isEqualTo(first);
              assertThat(other.hashCode()).isEqualTo(first.hashCode());
              assertThat(other.decisions()).isEqualTo(first.decisions());
              assertThat(other.apply(rebuilt)).isEqualTo(first.apply(c.jurisdiction()));
            });
  }

  @Test
  @DisplayName("every line carries a cited decision that renders in Chinese and English")
  void everyLineIsCitedAndRenders() {
    forAll()
        .samples(30)
        .check(
            c -> {
              for (org.dangong.decision.Decision d : plan(c).decisions()) {
                assertThat(d.citations()).as(d.toString()).isNotEmpty();
                assertThat(d.render(java.util.Locale.SIMPLIFIED_CHINESE))
                    .doesNotContain("reason.", "{", "}");
                assertThat(d.render(java.util.Locale.ENGLISH)).doesNotContain("reason.", "{", "}");
              }
            });
  }

  @Test
  @DisplayName("the runner finds and shrinks a counterexample of a false property about plans")
  void generatorShrinks() {
    var result =
        PropertyRunner.forAll(CASES)
            .samples(SAMPLES)
            .ignoringSystemProperties()
            .run(
                c ->
                    assertThat(plan(c).partyOrganizations())
                        .noneMatch(o -> o.fate() == OrganizationFate.DISSOLVED));
    assertThat(result.isFailure()).isTrue();
    Case minimal = result.counterexample().orElseThrow().minimal();
    assertThat(minimal.restructuring().problemsIn(minimal.jurisdiction())).isEmpty();
    assertThat(minimal.jurisdiction().enterprises().size())
        .isLessThanOrEqualTo(
            result.counterexample().orElseThrow().original().jurisdiction().enterprises().size());
  }

  @Test
  @DisplayName("the generated restructurings exercise every kind, the main routes and every fate")
  void generatorCoversTheDomain() {
    Set<Object> seen = new HashSet<>();
    for (Case c : CASES.samples(PropertyRunner.DEFAULT_SEED, 300)) {
      RestructuringPlan plan = plan(c);
      seen.add(c.restructuring().kind());
      plan.partyTransfers().forEach(t -> seen.add(t.route()));
      plan.membershipTransfers().forEach(t -> seen.add(t.route()));
      plan.partyOrganizations().forEach(o -> seen.add(o.fate()));
      plan.staffMoves().forEach(s -> seen.add(s.outcome()));
      plan.vacatedPosts().forEach(v -> seen.add(v.post()));
      plan.decisions().forEach(d -> seen.add(d.ruleId()));
    }
    assertThat(seen).contains((Object[]) RestructuringKind.values());
    assertThat(seen).contains((Object[]) OrganizationFate.values());
    assertThat(seen).contains((Object[]) StaffOutcome.values());
    assertThat(seen)
        .contains(
            PartyRoute.KEPT,
            PartyRoute.TO_EMPLOYER_ORGANIZATION,
            PartyRoute.TO_FOUNDED_ORGANIZATION,
            PartyRoute.TO_JOINT_BRANCH,
            PartyRoute.TO_MERGED_ORGANIZATION,
            PartyRoute.TO_WORKING_COMMITTEE,
            MembershipRoute.KEPT,
            MembershipRoute.TO_EMPLOYER_UNION,
            MembershipRoute.TO_FOUNDED_UNION,
            MembershipRoute.TO_MERGED_UNION,
            MembershipRoute.TO_HIGHER_UNION,
            OrganizationPost.SECRETARY,
            OrganizationPost.CHAIR,
            RestructuringRules.FORM_REVIEW.id());
  }

  /**
   * The organisation holding a person's relation: the one named, else the first covering the
   * employer.
   */
  private static Optional<OrganizationId> holder(Jurisdiction j, Person p) {
    if (p.partyStanding().organization().isPresent()) {
      return p.partyStanding().organization();
    }
    return p.employment()
        .flatMap(
            e ->
                j.partyOrganizationsCovering(e.employer()).stream()
                    .min(
                        Comparator.comparingInt((PartyOrganization o) -> rank(o.form()))
                            .thenComparing(PartyOrganization::id))
                    .map(PartyOrganization::id));
  }

  private static int rank(PartyForm form) {
    return switch (form) {
      case BRANCH -> 0;
      case GENERAL_BRANCH -> 1;
      case PRIMARY_COMMITTEE -> 2;
      case JOINT_BRANCH -> 3;
      case NON_PUBLIC_WORKING_COMMITTEE -> 4;
    };
  }
}
