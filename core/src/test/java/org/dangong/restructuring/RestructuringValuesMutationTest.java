package org.dangong.restructuring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.dangong.restructuring.SeedCity.*;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.dangong.decision.Decision;
import org.dangong.model.ClusterId;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.Ownership;
import org.dangong.model.PersonId;
import org.dangong.model.Problem;
import org.dangong.model.RegionId;
import org.dangong.policy.Policy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The value types of the restructuring package: the checks of each kind of restructuring (at
 * construction and against a jurisdiction), the predicates of its enums, and the plan's lines as
 * values — their order, equality and summaries.
 */
class RestructuringValuesMutationTest {
  private static final RestructuringEngine ENGINE = RestructuringEngine.of(Policy.national());
  private static final EnterpriseId UNKNOWN = EnterpriseId.of("E-404");
  private static final EnterpriseId ALSO_UNKNOWN = EnterpriseId.of("E-405");
  private static final PersonId GHOST = PersonId.of("P-ghost");

  /** The seed's case: the mill becomes a restructured former state enterprise. */
  private static final OwnershipChange SEED =
      OwnershipChange.builder()
          .enterprise(SOE)
          .ownership(Ownership.RESTRUCTURED_STATE_OWNED)
          .addAllocations(Allocation.retired(SOE_SECRETARY), Allocation.unemployed(SOE_WORKER))
          .build();

  private static InvalidRestructuringException thrown(Runnable r) {
    try {
      r.run();
    } catch (InvalidRestructuringException e) {
      return e;
    }
    throw new AssertionError("no InvalidRestructuringException");
  }

  private static Enterprise newEnterprise(String id, RegionId region, EnterpriseStatus status) {
    return Enterprise.builder()
        .id(EnterpriseId.of(id))
        .name("新设企业")
        .ownership(Ownership.PRIVATE)
        .region(region)
        .headcount(10)
        .femaleHeadcount(4)
        .founded(DATE)
        .status(status)
        .build();
  }

  private static <E extends Enum<E>> Set<E> where(Class<E> type, Predicate<E> p) {
    return Arrays.stream(type.getEnumConstants()).filter(p).collect(Collectors.toSet());
  }

  // ---- enums ----

  @Test
  @DisplayName("the predicates of the enums hold for exactly the constants their Javadoc names")
  void enumPredicates() {
    assertThat(where(OrganizationFate.class, OrganizationFate::existsAfter))
        .isEqualTo(EnumSet.of(OrganizationFate.CONTINUED, OrganizationFate.TO_BE_FOUNDED));
    assertThat(where(OrganizationPost.class, OrganizationPost::isParty))
        .isEqualTo(
            EnumSet.of(
                OrganizationPost.SECRETARY,
                OrganizationPost.DEPUTY_SECRETARY,
                OrganizationPost.PARTY_COMMITTEE_MEMBER));
    assertThat(where(OrganizationPost.class, OrganizationPost::isHead))
        .isEqualTo(EnumSet.of(OrganizationPost.SECRETARY, OrganizationPost.CHAIR));
    assertThat(where(PartyRoute.class, PartyRoute::isKept)).isEqualTo(EnumSet.of(PartyRoute.KEPT));
    assertThat(where(PartyRoute.class, PartyRoute::isLastResort))
        .isEqualTo(EnumSet.of(PartyRoute.TO_TALENT_MARKET, PartyRoute.TO_WORKING_COMMITTEE));
    assertThat(where(StaffOutcome.class, StaffOutcome::isEmployed))
        .isEqualTo(EnumSet.of(StaffOutcome.STAYS, StaffOutcome.MOVES));
  }

  // ---- the invariants of allocations and successors ----

  @Test
  @DisplayName(
      "an allocation and a successor hold exactly one of their two alternatives, or fail naming"
          + " the problem")
  void exactlyOneAlternative() {
    PersonId p = SOE_WORKER;
    assertThat(
            thrown(() -> ImmutableAllocation.of(p, Optional.empty(), Optional.empty())).problems())
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(tuple("Allocation[P-s8]", "EXACTLY_ONE_OF_EMPLOYER_OR_DEPARTURE", ""));
    assertThat(
            thrown(
                    () ->
                        ImmutableAllocation.of(
                            p, Optional.of(PRIVATE), Optional.of(Departure.RETIREMENT)))
                .problems())
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(
            tuple("Allocation[P-s8]", "EXACTLY_ONE_OF_EMPLOYER_OR_DEPARTURE", "E-pvt"));
    assertThat(Allocation.to(p, PRIVATE).departure()).isEmpty();
    assertThat(Allocation.unemployed(p).departure()).contains(Departure.UNEMPLOYMENT);

    Enterprise fresh = newEnterprise("E-new", TOWN, EnterpriseStatus.OPERATING);
    assertThat(thrown(() -> ImmutableSuccessor.of(Optional.empty(), Optional.empty())).problems())
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(tuple("Successor", "EXACTLY_ONE_OF_EXISTING_OR_NEW", ""));
    assertThat(
            thrown(() -> ImmutableSuccessor.of(Optional.of(SOE), Optional.of(fresh))).problems())
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(tuple("Successor", "EXACTLY_ONE_OF_EXISTING_OR_NEW", "E-soe"));
    assertThat(Successor.existing(SOE)).hasToString("Successor[E-soe]");
    assertThat(Successor.toBeFounded(fresh)).hasToString("Successor[E-new (new)]");
  }

  // ---- the kinds: checks at construction and against a jurisdiction ----

  @Test
  @DisplayName("a closure of an unknown or closed enterprise is named at Closure.enterprise")
  void closureReferences() {
    assertThat(Closure.of(UNKNOWN).problemsIn(city()))
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(tuple("Closure.enterprise", "UNKNOWN_ENTERPRISE", "E-404"));
    Closure closure =
        Closure.builder().enterprise(SOE).addAllocations(Allocation.to(SOE_WORKER, PRIVATE)).build();
    assertThat(closure.problemsIn(city())).isEmpty();
    assertThat(closure.receivers()).containsExactly(PRIVATE);
    assertThat(closure).hasToString("Closure[E-soe, allocations=1]");
  }

  @Test
  @DisplayName("a merger into an unknown existing successor is named at Merger.successor")
  void mergerReferences() {
    Merger merger =
        Merger.builder().addAbsorbed(TINY, SMALL).successor(Successor.existing(UNKNOWN)).build();
    assertThat(merger.problemsIn(city()))
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(tuple("Merger.successor", "UNKNOWN_ENTERPRISE", "E-404"));
    assertThat(merger)
        .hasToString(
            "Merger[[EnterpriseId[E-small], EnterpriseId[E-tiny]] -> Successor[E-404],"
                + " allocations=0]");
  }

  @Test
  @DisplayName(
      "an ownership change allocating someone twice or to the enterprise itself is rejected when"
          + " built, naming both")
  void ownershipChangeAtBuild() {
    assertThat(
            thrown(
                    () ->
                        OwnershipChange.builder()
                            .enterprise(SOE)
                            .ownership(Ownership.PRIVATE)
                            .addAllocations(
                                Allocation.retired(SOE_WORKER),
                                Allocation.unemployed(SOE_WORKER),
                                Allocation.to(SOE_MEMBER, SOE))
                            .build())
                .problems())
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(
            tuple("OwnershipChange.allocations[P-s8]", "STAFF_ALLOCATED_TWICE", "P-s8"),
            tuple(
                "OwnershipChange.allocations[P-s3].employer",
                "ALLOCATION_TARGET_NOT_ALLOWED",
                "E-soe"));
  }

  @Test
  @DisplayName(
      "an ownership change of an unknown enterprise, allocating a stranger to an unknown one,"
          + " names every problem")
  void ownershipChangeReferences() {
    OwnershipChange change =
        OwnershipChange.builder()
            .enterprise(UNKNOWN)
            .ownership(Ownership.PRIVATE)
            .addAllocations(Allocation.to(GHOST, ALSO_UNKNOWN), Allocation.retired(SOE_WORKER))
            .build();
    assertThat(change.problemsIn(city()))
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(
            tuple("OwnershipChange.enterprise", "UNKNOWN_ENTERPRISE", "E-404"),
            tuple("OwnershipChange.allocations[P-ghost]", "UNKNOWN_PERSON", "P-ghost"),
            tuple(
                "OwnershipChange.allocations[P-ghost].employer", "UNKNOWN_ENTERPRISE", "E-405"),
            tuple("OwnershipChange.allocations[P-s8]", "NOT_EMPLOYED_BY_SOURCE", "P-s8"));
    assertThat(change.receivers()).containsExactly(ALSO_UNKNOWN);
    assertThat(change.affectedEnterprises()).containsExactly(UNKNOWN, ALSO_UNKNOWN);
    assertThat(SEED.receivers()).isEmpty();
    assertThat(SEED.problemsIn(city())).isEmpty();
    assertThat(SEED).hasToString("OwnershipChange[E-soe -> RESTRUCTURED_STATE_OWNED, allocations=2]");
  }

  @Test
  @DisplayName(
      "a split needs a part, and two unless its source continues; a part to be founded must not be"
          + " closed")
  void splitAtBuild() {
    Enterprise north = newEnterprise("E-north", TOWN, EnterpriseStatus.OPERATING);
    assertThat(thrown(() -> Split.builder().source(PRIVATE).build()).problems())
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(tuple("Split.parts", "AT_LEAST_ONE", "0"));
    assertThat(
            thrown(
                    () ->
                        Split.builder()
                            .source(PRIVATE)
                            .addParts(Successor.toBeFounded(north))
                            .build())
                .problems())
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(tuple("Split.parts", "DISSOLVING_SPLIT_NEEDS_TWO_PARTS", "1"));
    Split continuing =
        Split.builder()
            .source(PRIVATE)
            .sourceContinues(true)
            .addParts(Successor.toBeFounded(north))
            .build();
    assertThat(continuing.parts()).hasSize(1);
    assertThat(continuing.closingEnterprises()).isEmpty();
    assertThat(continuing)
        .hasToString("Split[E-pvt -> [Successor[E-north (new)]], source continues, allocations=0]");
    Split dissolving =
        Split.builder()
            .source(PRIVATE)
            .addParts(Successor.existing(TINY), Successor.toBeFounded(north))
            .addParts(Successor.existing(SMALL))
            .addAllocations(Allocation.retired(PRIVATE_WORKER))
            .build();
    assertThat(dissolving.closingEnterprises()).containsExactly(PRIVATE);
    assertThat(dissolving.receivers()).containsExactly(SMALL, TINY);
    assertThat(dissolving.newEnterprises()).containsExactly(north);
    assertThat(dissolving)
        .hasToString(
            "Split[E-pvt -> [Successor[E-tiny], Successor[E-north (new)], Successor[E-small]],"
                + " allocations=1]");

    Enterprise closed = newEnterprise("E-gone", TOWN, EnterpriseStatus.CLOSED);
    assertThat(
            thrown(
                    () ->
                        Split.builder()
                            .source(PRIVATE)
                            .addParts(Successor.toBeFounded(north), Successor.toBeFounded(closed))
                            .build())
                .problems())
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(tuple("Split.parts[E-gone]", "NEW_ENTERPRISE_CLOSED", "E-gone"));
  }

  @Test
  @DisplayName(
      "a split of an unknown source into a new part with a taken id, an unknown region and an"
          + " unknown cluster names every problem")
  void splitReferences() {
    Enterprise taken =
        Enterprise.builder()
            .from(newEnterprise("E-pvt", RegionId.of("R-nowhere"), EnterpriseStatus.OPERATING))
            .addClusters(TALENT_MARKET, ClusterId.of("C-none"))
            .build();
    Split split =
        Split.builder()
            .source(UNKNOWN)
            .sourceContinues(true)
            .addParts(Successor.toBeFounded(taken))
            .build();
    assertThat(split.problemsIn(city()))
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(
            tuple("Split.source", "UNKNOWN_ENTERPRISE", "E-404"),
            tuple("Split.parts[E-pvt]", "ENTERPRISE_ID_TAKEN", "E-pvt"),
            tuple("Split.parts[E-pvt].region", "UNKNOWN_REGION", "R-nowhere"),
            tuple("Split.parts[E-pvt].clusters", "UNKNOWN_CLUSTER", "C-none"));
    assertThat(split.problemsIn(cityWithoutTalentMarket()))
        .extracting(Problem::path, Problem::rule, Problem::value)
        .contains(
            tuple("Split.parts[E-pvt].clusters", "UNKNOWN_CLUSTER", "C-tm"),
            tuple("Split.parts[E-pvt].clusters", "UNKNOWN_CLUSTER", "C-none"));
  }

  @Test
  @DisplayName("a transfer between unknown enterprises names the source and the destination")
  void staffTransferReferences() {
    StaffTransfer transfer = StaffTransfer.of(UNKNOWN, ALSO_UNKNOWN, SOE_WORKER);
    assertThat(transfer.problemsIn(city()))
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(
            tuple("StaffTransfer.source", "UNKNOWN_ENTERPRISE", "E-404"),
            tuple("StaffTransfer.destination", "UNKNOWN_ENTERPRISE", "E-405"),
            tuple("StaffTransfer.allocations[P-s8]", "NOT_EMPLOYED_BY_SOURCE", "P-s8"));
    assertThat(StaffTransfer.of(SOE, PRIVATE, SOE_WORKER, SOE_MEMBER))
        .hasToString("StaffTransfer[E-soe -> E-pvt, people=2]");
  }

  // ---- the plan ----

  @Test
  @DisplayName(
      "SYNC-RESTRUCTURE: the plan's decisions are its lines' in the documented order, then the"
          + " reconciliation")
  void decisionsInOrder() {
    RestructuringPlan plan = ENGINE.plan(city(), SEED, DATE);
    assertThat(plan.enterprises()).isNotEmpty();
    assertThat(plan.staffMoves()).isNotEmpty();
    assertThat(plan.partyTransfers()).isNotEmpty();
    assertThat(plan.membershipTransfers()).isNotEmpty();
    assertThat(plan.partyOrganizations()).isNotEmpty();
    assertThat(plan.unionOrganizations()).isNotEmpty();
    ImmutableList.Builder<Decision> expected = ImmutableList.builder();
    plan.enterprises().forEach(e -> expected.addAll(e.decisions()));
    plan.staffMoves().forEach(s -> expected.add(s.decision()));
    plan.partyTransfers().forEach(t -> expected.addAll(t.decisions()));
    plan.membershipTransfers().forEach(t -> expected.add(t.decision()));
    plan.partyOrganizations().forEach(o -> expected.addAll(o.decisions()));
    plan.unionOrganizations().forEach(o -> expected.addAll(o.decisions()));
    expected.add(plan.reconciliation().decision());
    assertThat(plan.decisions()).containsExactlyElementsOf(expected.build());
    assertThat(plan.decisions().get(0).ruleId()).isEqualTo(RestructuringRules.ENTERPRISE.id());
    assertThat(plan.decisions().get(plan.decisions().size() - 1).ruleId())
        .isEqualTo(RestructuringRules.RECONCILIATION.id());
  }

  @Test
  @DisplayName(
      "plans are equal when made of equal input, and differ with the restructuring or the date")
  void planEquality() {
    RestructuringPlan plan = ENGINE.plan(city(), SEED, DATE);
    Object sameReference = plan;
    assertThat(plan.equals(sameReference)).isTrue();
    RestructuringPlan again = ENGINE.plan(city(), SEED, DATE);
    assertThat(plan).isEqualTo(again).hasSameHashCodeAs(again);
    RestructuringPlan later = ENGINE.plan(city(), SEED, DATE.plusDays(1));
    assertThat(plan).isNotEqualTo(later);
    assertThat(plan.hashCode()).isNotEqualTo(later.hashCode());
    RestructuringPlan other = ENGINE.plan(city(), Closure.of(TINY), DATE);
    assertThat(plan).isNotEqualTo(other);
    assertThat(plan).isNotEqualTo(null).isNotEqualTo("a plan");
  }

  private static ImmutableReconciliation.Builder reconciled(Reconciliation r) {
    return ImmutableReconciliation.builder().from(r);
  }

  @Test
  @DisplayName("the reconciliation balances only when both sums hold")
  void reconciliationBalance() {
    Reconciliation r = ENGINE.plan(city(), SEED, DATE).reconciliation();
    assertThat(r.isBalanced()).isTrue();
    assertThat(reconciled(r).partyIn(r.partyIn() + 1).build().isBalanced()).isFalse();
    assertThat(reconciled(r).partyPending(r.partyPending() + 1).build().isBalanced()).isFalse();
    assertThat(reconciled(r).unionIn(r.unionIn() + 1).build().isBalanced()).isFalse();
    assertThat(reconciled(r).unionOutside(r.unionOutside() + 1).build().isBalanced()).isFalse();
    assertThat(
            reconciled(r)
                .partyIn(r.partyIn() + 1)
                .partyKept(r.partyKept() + 1)
                .unionIn(r.unionIn() + 2)
                .unionRetained(r.unionRetained() + 2)
                .build()
                .isBalanced())
        .isTrue();
  }

  @Test
  @DisplayName("the plan, its lines and the engine print short summaries")
  void summaries() {
    RestructuringPlan plan = ENGINE.plan(city(), SEED, DATE);
    assertThat(plan)
        .hasToString(
            "RestructuringPlan[OWNERSHIP_CHANGE on 2026-07-01: enterprises=1, staff=8,"
                + " partyTransfers=7, membershipTransfers=8, partyOrganizations=1,"
                + " unionOrganizations=1]");
    assertThat(plan.enterprises().get(0)).hasToString("EnterpriseChange[E-soe CONTINUES]");
    assertThat(plan.partyOrganizations().get(0))
        .hasToString("PartyOrganizationChange[PO-soe CONTINUED]");
    assertThat(plan.unionOrganizations().get(0))
        .hasToString("UnionOrganizationChange[U-soe CONTINUED]");
    assertThat(plan.partyTransfer(SOE_MEMBER).orElseThrow())
        .hasToString("PartyTransfer[P-s3 PO-soe -> PO-soe KEPT]");
    assertThat(plan.membershipTransfer(SOE_WORKER).orElseThrow())
        .hasToString("MembershipTransfer[P-s8 U-soe -> U-soe RETAINED KEPT]");
    assertThat(plan.staffMoves())
        .filteredOn(s -> s.person().equals(SOE_WORKER))
        .singleElement()
        .hasToString("StaffMove[P-s8 E-soe -> BECOMES_UNEMPLOYED]");
    assertThat(plan.vacatedPosts())
        .singleElement()
        .hasToString("VacatedPost[PO-soe SECRETARY since 2026-07-01]");
    assertThat(ENGINE)
        .hasToString(
            "RestructuringEngine[" + Policy.national().parameters().size() + " parameters]");
  }
}
