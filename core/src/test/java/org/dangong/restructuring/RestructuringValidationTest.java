package org.dangong.restructuring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.dangong.restructuring.SeedCity.*;

import java.time.LocalDate;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Ownership;
import org.dangong.model.PersonId;
import org.dangong.model.Problem;
import org.dangong.model.RegionId;
import org.dangong.policy.Policy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A restructuring that can never be carried out is rejected with every problem named. */
class RestructuringValidationTest {
  private static final RestructuringEngine ENGINE = RestructuringEngine.of(Policy.national());
  private static final EnterpriseId UNKNOWN = EnterpriseId.of("E-404");

  private static InvalidRestructuringException thrown(Runnable r) {
    try {
      r.run();
    } catch (InvalidRestructuringException e) {
      return e;
    }
    throw new AssertionError("no InvalidRestructuringException");
  }

  @Test
  @DisplayName(
      "a merger of an enterprise into itself, with a person allocated twice, names both problems")
  void mergerIntoItself() {
    InvalidRestructuringException e =
        thrown(
            () ->
                Merger.builder()
                    .addAbsorbed(SOE, PRIVATE)
                    .successor(Successor.existing(PRIVATE))
                    .addAllocations(
                        Allocation.retired(SOE_WORKER), Allocation.unemployed(SOE_WORKER))
                    .addAllocations(Allocation.to(SOE_MEMBER, SMALL))
                    .build());
    assertThat(e).isInstanceOf(InvalidValueException.class);
    assertThat(e.problems())
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactlyInAnyOrder(
            tuple("Merger.successor", "MERGER_INTO_ITSELF", "E-pvt"),
            tuple("Merger.allocations[P-s8]", "STAFF_ALLOCATED_TWICE", "P-s8"),
            tuple("Merger.allocations[P-s3].employer", "ALLOCATION_TARGET_NOT_ALLOWED", "E-small"));
  }

  @Test
  @DisplayName(
      "a merger into a new enterprise needs two absorbed enterprises; an empty merger is rejected")
  void mergerTooSmall() {
    Enterprise fresh =
        Enterprise.builder()
            .id(EnterpriseId.of("E-new"))
            .name("新公司")
            .ownership(Ownership.PRIVATE)
            .region(TOWN)
            .headcount(1)
            .femaleHeadcount(0)
            .founded(DATE)
            .status(EnterpriseStatus.CLOSED)
            .build();
    InvalidRestructuringException e =
        thrown(() -> Merger.builder().successor(Successor.toBeFounded(fresh)).build());
    assertThat(e.problems())
        .extracting(Problem::rule)
        .containsExactlyInAnyOrder(
            "AT_LEAST_ONE", "NEW_SUCCESSOR_NEEDS_TWO_ENTERPRISES", "NEW_ENTERPRISE_CLOSED");
  }

  @Test
  @DisplayName(
      "a split allocating staff twice, into itself and to a part it does not have names every"
          + " problem")
  void splitProblemsAtBuild() {
    InvalidRestructuringException e =
        thrown(
            () ->
                Split.builder()
                    .source(PRIVATE)
                    .addParts(
                        Successor.existing(PRIVATE),
                        Successor.existing(SOE),
                        Successor.existing(SOE))
                    .addAllocations(
                        Allocation.to(PRIVATE_MEMBER, SOE),
                        Allocation.to(PRIVATE_MEMBER, SOE),
                        Allocation.to(PRIVATE_WORKER, TINY))
                    .build());
    assertThat(e.problems())
        .extracting(Problem::rule)
        .containsExactlyInAnyOrder(
            "SPLIT_INTO_ITSELF",
            "DUPLICATE_PART",
            "STAFF_ALLOCATED_TWICE",
            "ALLOCATION_TARGET_NOT_ALLOWED");
  }

  @Test
  @DisplayName(
      "a dissolving split that leaves people unallocated, with an unknown part, is rejected naming"
          + " each")
  void splitMissingPeople() {
    Split split =
        Split.builder()
            .source(PRIVATE)
            .addParts(Successor.existing(SOE), Successor.existing(UNKNOWN))
            .addAllocations(
                Allocation.to(PRIVATE_SECRETARY, SOE),
                Allocation.to(PRIVATE_CHAIR, UNKNOWN),
                Allocation.to(PersonId.of("P-ghost"), SOE),
                Allocation.retired(SOE_WORKER))
            .build();
    assertThat(split.problemsIn(city()))
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactlyInAnyOrder(
            tuple("Split.parts[E-404]", "UNKNOWN_ENTERPRISE", "E-404"),
            tuple("Split.allocations[P-ghost]", "UNKNOWN_PERSON", "P-ghost"),
            tuple("Split.allocations[P-s8]", "NOT_EMPLOYED_BY_SOURCE", "P-s8"),
            tuple("Split.allocations", "STAFF_NOT_ALLOCATED", "P-p3"),
            tuple("Split.allocations", "STAFF_NOT_ALLOCATED", "P-p4"),
            tuple("Split.allocations", "STAFF_NOT_ALLOCATED", "P-p5"));
    assertThatThrownBy(() -> ENGINE.plan(city(), split, DATE))
        .isInstanceOf(InvalidRestructuringException.class)
        .hasMessageContaining("6 problems")
        .hasMessageContaining("STAFF_NOT_ALLOCATED");
  }

  @Test
  @DisplayName("a continuing split keeps whoever it does not allocate")
  void continuingSplitNeedsNoFullAllocation() {
    Split split =
        Split.builder()
            .source(PRIVATE)
            .sourceContinues(true)
            .addParts(Successor.existing(SOE))
            .addAllocations(Allocation.to(PRIVATE_WORKER, SOE))
            .build();
    assertThat(split.problemsIn(city())).isEmpty();
    RestructuringPlan plan = ENGINE.plan(city(), split, DATE);
    assertThat(plan.staffMoves()).filteredOn(s -> s.outcome() == StaffOutcome.MOVES).hasSize(1);
  }

  @Test
  @DisplayName(
      "unknown and closed enterprises, a taken id, an unknown region and a stranger are all named")
  void referencesInTheJurisdiction() {
    Jurisdiction j =
        SeedCity.builder(true)
            .removeEnterprisesIf(e -> e.id().equals(TINY))
            .addEnterprise(
                Enterprise.builder()
                    .id(TINY)
                    .name("木渎绣品工作室")
                    .ownership(Ownership.PRIVATE)
                    .region(TOWN)
                    .headcount(0)
                    .femaleHeadcount(0)
                    .founded(LocalDate.of(2005, 3, 1))
                    .status(EnterpriseStatus.CLOSED)
                    .build())
            .build();
    Enterprise taken =
        Enterprise.builder()
            .id(SOE)
            .name("重名公司")
            .ownership(Ownership.PRIVATE)
            .region(RegionId.of("R-nowhere"))
            .headcount(3)
            .femaleHeadcount(1)
            .founded(DATE)
            .build();
    Merger merger =
        Merger.builder()
            .addAbsorbed(UNKNOWN, TINY, SMALL)
            .successor(Successor.toBeFounded(taken))
            .addAllocations(Allocation.retired(PRIVATE_WORKER))
            .build();
    assertThat(merger.problemsIn(j))
        .extracting(Problem::path, Problem::rule)
        .containsExactlyInAnyOrder(
            tuple("Merger.absorbed[E-404]", "UNKNOWN_ENTERPRISE"),
            tuple("Merger.absorbed[E-tiny]", "ENTERPRISE_CLOSED"),
            tuple("Merger.successor", "ENTERPRISE_ID_TAKEN"),
            tuple("Merger.successor.region", "UNKNOWN_REGION"),
            tuple("Merger.allocations[P-p4]", "NOT_EMPLOYED_BY_SOURCE"));
  }

  @Test
  @DisplayName(
      "an ownership change to the same ownership, a transfer to itself and an empty transfer are"
          + " rejected")
  void otherKinds() {
    assertThat(OwnershipChange.of(PRIVATE, Ownership.PRIVATE).problemsIn(city()))
        .extracting(Problem::rule)
        .containsExactly("OWNERSHIP_UNCHANGED");
    assertThat(
            thrown(() -> StaffTransfer.builder().source(SOE).destination(SOE).build()).problems())
        .extracting(Problem::rule)
        .containsExactlyInAnyOrder("TRANSFER_TO_ITSELF", "AT_LEAST_ONE");
    assertThat(
            thrown(
                    () ->
                        Closure.builder()
                            .enterprise(SOE)
                            .addAllocations(Allocation.to(SOE_WORKER, SOE))
                            .build())
                .problems())
        .extracting(Problem::rule)
        .containsExactly("ALLOCATION_TARGET_NOT_ALLOWED");
    assertThat(
            Closure.builder()
                .enterprise(SOE)
                .addAllocations(Allocation.to(SOE_WORKER, UNKNOWN))
                .build()
                .problemsIn(city()))
        .extracting(Problem::path, Problem::rule)
        .containsExactly(tuple("Closure.allocations[P-s8].employer", "UNKNOWN_ENTERPRISE"));
    assertThat(StaffTransfer.of(SOE, PRIVATE, PRIVATE_WORKER).problemsIn(city()))
        .extracting(Problem::rule)
        .containsExactly("NOT_EMPLOYED_BY_SOURCE");
  }

  @Test
  @DisplayName("values are equal by content, and print without personal data")
  void valueSemantics() {
    assertThat(Closure.of(SOE)).isEqualTo(Closure.builder().enterprise(SOE).build());
    assertThat(StaffTransfer.of(SOE, PRIVATE, SOE_WORKER, SOE_MEMBER).allocations())
        .containsExactly(Allocation.to(SOE_MEMBER, PRIVATE), Allocation.to(SOE_WORKER, PRIVATE));
    assertThat(Successor.existing(SOE).id()).isEqualTo(SOE);
    assertThat(
            Merger.builder()
                .addAbsorbed(SOE)
                .successor(Successor.existing(PRIVATE))
                .build()
                .affectedEnterprises())
        .containsExactly(PRIVATE, SOE);
    assertThat(Allocation.retired(SOE_WORKER).toString())
        .isEqualTo("Allocation[P-s8 -> RETIREMENT]");
  }
}
