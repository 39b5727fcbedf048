package org.dangong.restructuring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * A merger (合并): one or more enterprises are absorbed into a successor — an existing enterprise
 * (吸收合并) or a new one founded for the purpose (新设合并, which needs at least two absorbed
 * enterprises). The absorbed enterprises close; their staff go to the successor unless an {@link
 * Allocation} says they retire or become unemployed.
 *
 * <pre>{@code
 * Merger m = Merger.builder()
 *     .addAbsorbed(EnterpriseId.of("E-2"), EnterpriseId.of("E-3"))
 *     .successor(Successor.existing(EnterpriseId.of("E-1")))
 *     .addAllocations(Allocation.retired(PersonId.of("P-17")))
 *     .build();
 * }</pre>
 *
 * <p>Building fails with {@code MERGER_INTO_ITSELF} if the successor is among the absorbed, {@code
 * AT_LEAST_ONE} or {@code NEW_SUCCESSOR_NEEDS_TWO_ENTERPRISES} if too few are absorbed, {@code
 * STAFF_ALLOCATED_TWICE} and {@code ALLOCATION_TARGET_NOT_ALLOWED} (an allocation to an enterprise
 * other than the successor) — every problem at once.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Merger extends Restructuring implements WithMerger {
  Merger() {}

  /**
   * Returns the enterprises absorbed; they close.
   *
   * @return their ids, in id order
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<EnterpriseId> absorbed();

  /**
   * Returns the successor: existing or to be founded.
   *
   * @return the successor
   */
  public abstract Successor successor();

  /**
   * Returns the explicit allocations: people of the absorbed enterprises who retire or become
   * unemployed instead of joining the successor (an allocation to the successor is allowed and
   * changes nothing).
   *
   * @return the allocations
   */
  @Override
  public abstract ImmutableList<Allocation> allocations();

  /**
   * Returns {@link RestructuringKind#MERGER}.
   *
   * @return the kind
   */
  @Override
  public final RestructuringKind kind() {
    return RestructuringKind.MERGER;
  }

  /**
   * Returns the absorbed enterprises.
   *
   * @return their ids
   */
  @Override
  public final ImmutableSortedSet<EnterpriseId> sources() {
    return absorbed();
  }

  /**
   * Returns the existing successor, if the successor is not new.
   *
   * @return its id, or nothing
   */
  @Override
  public final ImmutableSortedSet<EnterpriseId> receivers() {
    return ImmutableSortedSet.copyOf(successor().existingEnterprise().stream().iterator());
  }

  /**
   * Returns the successor to be founded, if it is new.
   *
   * @return the new enterprise, or nothing
   */
  @Override
  public final ImmutableList<Enterprise> newEnterprises() {
    return successor().newEnterprise().stream().collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the absorbed enterprises, which close.
   *
   * @return their ids
   */
  @Override
  public final ImmutableSortedSet<EnterpriseId> closingEnterprises() {
    return absorbed();
  }

  @Override
  final Optional<EnterpriseId> mainSuccessor() {
    return Optional.of(successor().id());
  }

  @Override
  final Allocation defaultAllocation(PersonId person, EnterpriseId source) {
    return Allocation.to(person, successor().id());
  }

  @Override
  final void checkReferences(Jurisdiction jurisdiction, ProblemCollector problems) {
    for (EnterpriseId e : absorbed()) {
      checkOpen(jurisdiction, e, "Merger.absorbed[" + e.value() + "]", problems);
    }
    Successor s = successor();
    s.existingEnterprise().ifPresent(e -> checkOpen(jurisdiction, e, "Merger.successor", problems));
    s.newEnterprise().ifPresent(e -> checkNew(jurisdiction, e, "Merger.successor", problems));
    checkAllocatedPeople(jurisdiction, allocations(), absorbed(), "Merger", false, problems);
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
    EnterpriseId successor = successor().id();
    p.require(!absorbed().isEmpty(), "Merger.absorbed", "AT_LEAST_ONE", absorbed().size());
    p.require(
        !successor().isNew() || absorbed().size() >= 2,
        "Merger.absorbed",
        "NEW_SUCCESSOR_NEEDS_TWO_ENTERPRISES",
        absorbed().size());
    p.require(
        !absorbed().contains(successor),
        "Merger.successor",
        "MERGER_INTO_ITSELF",
        successor.value());
    successor().newEnterprise().ifPresent(e -> checkNotClosed(e, "Merger.successor", p));
    checkAllocations(
        allocations(), "Merger", ImmutableSet.of(successor), false, ImmutableSet.of(), p);
    p.throwIfAny();
  }

  @Override
  public String toString() {
    return "Merger["
        + absorbed()
        + " -> "
        + successor()
        + ", allocations="
        + allocations().size()
        + "]";
  }

  /**
   * Builds a {@link Merger}; {@link #build()} throws {@link InvalidRestructuringException} on bad
   * input.
   */
  public static final class Builder extends ImmutableMerger.Builder {
    Builder() {}
  }
}
