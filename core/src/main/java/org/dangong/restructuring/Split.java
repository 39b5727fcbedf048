package org.dangong.restructuring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * A split (分立): one enterprise is divided among parts — existing enterprises or new ones — with its
 * staff allocated among them. Either the source continues with the staff not allocated elsewhere
 * (存续分立, {@link #sourceContinues()}), or it closes (解散分立) and then every employee must be
 * allocated: to a part, or out of employment.
 *
 * <pre>{@code
 * Split s = Split.builder()
 *     .source(EnterpriseId.of("E-1"))
 *     .addParts(Successor.toBeFounded(north), Successor.toBeFounded(south))
 *     .addAllocations(
 *         Allocation.to(PersonId.of("P-1"), north.id()),
 *         Allocation.to(PersonId.of("P-2"), south.id()),
 *         Allocation.retired(PersonId.of("P-3")))
 *     .build();
 * }</pre>
 *
 * <p>Building fails with {@code AT_LEAST_ONE} (no part), {@code DISSOLVING_SPLIT_NEEDS_TWO_PARTS},
 * {@code SPLIT_INTO_ITSELF}, {@code DUPLICATE_PART}, {@code STAFF_ALLOCATED_TWICE} and {@code
 * ALLOCATION_TARGET_NOT_ALLOWED}; checking against a jurisdiction adds {@code STAFF_NOT_ALLOCATED}
 * for every employee of a dissolving source that no allocation names.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Split extends Restructuring implements WithSplit {
  Split() {}

  /**
   * Returns the enterprise that is split.
   *
   * @return its id
   */
  public abstract EnterpriseId source();

  /**
   * Returns the parts the staff go to, existing or new.
   *
   * @return the parts, in the order given
   */
  public abstract ImmutableList<Successor> parts();

  /**
   * Tells whether the source continues (存续分立) rather than closing (解散分立); false unless set.
   *
   * @return true if the source continues
   */
  @Value.Default
  public boolean sourceContinues() {
    return false;
  }

  /**
   * Returns the allocations of the source's staff to parts (or to the continuing source), or out of
   * employment.
   *
   * @return the allocations
   */
  @Override
  public abstract ImmutableList<Allocation> allocations();

  /**
   * Returns {@link RestructuringKind#SPLIT}.
   *
   * @return the kind
   */
  @Override
  public final RestructuringKind kind() {
    return RestructuringKind.SPLIT;
  }

  /**
   * Returns the source.
   *
   * @return its id
   */
  @Override
  public final ImmutableSortedSet<EnterpriseId> sources() {
    return ImmutableSortedSet.of(source());
  }

  /**
   * Returns the existing parts.
   *
   * @return their ids
   */
  @Override
  public final ImmutableSortedSet<EnterpriseId> receivers() {
    return parts().stream()
        .flatMap(p -> p.existingEnterprise().stream())
        .collect(ImmutableSortedSet.toImmutableSortedSet(EnterpriseId::compareTo));
  }

  /**
   * Returns the parts to be founded.
   *
   * @return the new enterprises
   */
  @Override
  public final ImmutableList<Enterprise> newEnterprises() {
    return parts().stream()
        .flatMap(p -> p.newEnterprise().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the source if it does not continue.
   *
   * @return its id, or nothing
   */
  @Override
  public final ImmutableSortedSet<EnterpriseId> closingEnterprises() {
    return sourceContinues() ? ImmutableSortedSet.of() : ImmutableSortedSet.of(source());
  }

  @Override
  final Optional<EnterpriseId> mainSuccessor() {
    return Optional.empty();
  }

  @Override
  final Allocation defaultAllocation(PersonId person, EnterpriseId from) {
    // Only a continuing source keeps unallocated staff; a dissolving one is checked to have none.
    return Allocation.to(person, source());
  }

  @Override
  final void checkReferences(Jurisdiction jurisdiction, ProblemCollector problems) {
    checkOpen(jurisdiction, source(), "Split.source", problems);
    for (Successor part : parts()) {
      String at = "Split.parts[" + part.id().value() + "]";
      part.existingEnterprise().ifPresent(e -> checkOpen(jurisdiction, e, at, problems));
      part.newEnterprise().ifPresent(e -> checkNew(jurisdiction, e, at, problems));
    }
    checkAllocatedPeople(
        jurisdiction, allocations(), ImmutableSet.of(source()), "Split", false, problems);
    if (!sourceContinues()) {
      Set<PersonId> allocated = new HashSet<>();
      allocations().forEach(a -> allocated.add(a.person()));
      for (Person p : jurisdiction.employees(source())) {
        problems.require(
            allocated.contains(p.id()), "Split.allocations", "STAFF_NOT_ALLOCATED", p.id().value());
      }
    }
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
    p.require(!parts().isEmpty(), "Split.parts", "AT_LEAST_ONE", parts().size());
    p.require(
        sourceContinues() || parts().size() != 1,
        "Split.parts",
        "DISSOLVING_SPLIT_NEEDS_TWO_PARTS",
        parts().size());
    Set<EnterpriseId> ids = new HashSet<>();
    for (Successor part : parts()) {
      String at = "Split.parts[" + part.id().value() + "]";
      p.require(!part.id().equals(source()), at, "SPLIT_INTO_ITSELF", part.id().value());
      p.require(ids.add(part.id()), at, "DUPLICATE_PART", part.id().value());
      part.newEnterprise().ifPresent(e -> checkNotClosed(e, at, p));
    }
    Set<EnterpriseId> targets = new HashSet<>(ids);
    if (sourceContinues()) {
      targets.add(source());
    }
    checkAllocations(allocations(), "Split", targets, false, ImmutableSet.of(), p);
    p.throwIfAny();
  }

  @Override
  public String toString() {
    return "Split["
        + source().value()
        + " -> "
        + parts()
        + (sourceContinues() ? ", source continues" : "")
        + ", allocations="
        + allocations().size()
        + "]";
  }

  /**
   * Builds a {@link Split}; {@link #build()} throws {@link InvalidRestructuringException} on bad
   * input.
   */
  public static final class Builder extends ImmutableSplit.Builder {
    Builder() {}
  }
}
