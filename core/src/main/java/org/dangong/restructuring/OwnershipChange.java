package org.dangong.restructuring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Ownership;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * A change of an enterprise's ownership (改制), such as a state-owned enterprise becoming a
 * restructured former state enterprise or a private one. The enterprise continues with its staff;
 * {@link Allocation}s retire some, make others unemployed (分流) or place them with other
 * enterprises. When a public enterprise becomes non-public, its own party organisation comes under
 * the region's non-public-economy party working committee (SYNC-NETWORK).
 *
 * <pre>{@code
 * OwnershipChange c = OwnershipChange.builder()
 *     .enterprise(EnterpriseId.of("E-soe"))
 *     .ownership(Ownership.RESTRUCTURED_STATE_OWNED)
 *     .addAllocations(Allocation.retired(PersonId.of("P-3")), Allocation.unemployed(PersonId.of("P-4")))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OwnershipChange extends Restructuring implements WithOwnershipChange {
  OwnershipChange() {}

  /**
   * Returns the enterprise whose ownership changes.
   *
   * @return its id
   */
  public abstract EnterpriseId enterprise();

  /**
   * Returns the ownership after the change; it must differ from the current one.
   *
   * @return the new ownership
   */
  public abstract Ownership ownership();

  /**
   * Returns the explicit allocations: people who retire, become unemployed or move to another
   * enterprise; everyone else stays.
   *
   * @return the allocations
   */
  @Override
  public abstract ImmutableList<Allocation> allocations();

  /**
   * Returns {@link RestructuringKind#OWNERSHIP_CHANGE}.
   *
   * @return the kind
   */
  @Override
  public final RestructuringKind kind() {
    return RestructuringKind.OWNERSHIP_CHANGE;
  }

  /**
   * Returns the enterprise.
   *
   * @return its id
   */
  @Override
  public final ImmutableSortedSet<EnterpriseId> sources() {
    return ImmutableSortedSet.of(enterprise());
  }

  /**
   * Returns the enterprises that take over people.
   *
   * @return their ids
   */
  @Override
  public final ImmutableSortedSet<EnterpriseId> receivers() {
    return allocations().stream()
        .flatMap(a -> a.employer().stream())
        .collect(ImmutableSortedSet.toImmutableSortedSet(EnterpriseId::compareTo));
  }

  /**
   * Returns nothing: an ownership change founds no enterprise.
   *
   * @return an empty list
   */
  @Override
  public final ImmutableList<Enterprise> newEnterprises() {
    return ImmutableList.of();
  }

  /**
   * Returns nothing: the enterprise continues.
   *
   * @return an empty set
   */
  @Override
  public final ImmutableSortedSet<EnterpriseId> closingEnterprises() {
    return ImmutableSortedSet.of();
  }

  @Override
  final Optional<EnterpriseId> mainSuccessor() {
    return Optional.empty();
  }

  @Override
  final Allocation defaultAllocation(PersonId person, EnterpriseId source) {
    return Allocation.to(person, enterprise());
  }

  @Override
  final void checkReferences(Jurisdiction jurisdiction, ProblemCollector problems) {
    checkOpen(jurisdiction, enterprise(), "OwnershipChange.enterprise", problems);
    jurisdiction
        .enterprise(enterprise())
        .ifPresent(
            e ->
                problems.require(
                    e.ownership() != ownership(),
                    "OwnershipChange.ownership",
                    "OWNERSHIP_UNCHANGED",
                    ownership()));
    checkAllocatedPeople(jurisdiction, allocations(), sources(), "OwnershipChange", true, problems);
  }

  /**
   * Obtains the change of an enterprise's ownership, with everyone staying.
   *
   * @param enterprise the enterprise
   * @param ownership the ownership after the change
   * @return the change
   */
  public static OwnershipChange of(EnterpriseId enterprise, Ownership ownership) {
    return builder().enterprise(enterprise).ownership(ownership).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    ProblemCollector p = new ProblemCollector();
    checkAllocations(
        allocations(),
        "OwnershipChange",
        ImmutableSet.of(),
        true,
        ImmutableSet.of(enterprise()),
        p);
    p.throwIfAny();
  }

  @Override
  public String toString() {
    return "OwnershipChange["
        + enterprise().value()
        + " -> "
        + ownership()
        + ", allocations="
        + allocations().size()
        + "]";
  }

  /**
   * Builds an {@link OwnershipChange}; {@link #build()} throws {@link
   * InvalidRestructuringException} on bad input.
   */
  public static final class Builder extends ImmutableOwnershipChange.Builder {
    Builder() {}
  }
}
