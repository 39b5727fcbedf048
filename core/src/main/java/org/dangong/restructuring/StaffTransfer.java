package org.dangong.restructuring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Arrays;
import java.util.Optional;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * A transfer of staff between two enterprises (人员划转): the named people move from one to the other;
 * everyone else stays. Both enterprises continue.
 *
 * <pre>{@code
 * StaffTransfer t = StaffTransfer.of(
 *     EnterpriseId.of("E-1"), EnterpriseId.of("E-2"), PersonId.of("P-4"), PersonId.of("P-5"));
 * }</pre>
 *
 * <p>Building fails with {@code TRANSFER_TO_ITSELF} and {@code AT_LEAST_ONE} (nobody named);
 * checking against a jurisdiction with {@code UNKNOWN_PERSON} and {@code NOT_EMPLOYED_BY_SOURCE}
 * among others.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StaffTransfer extends Restructuring implements WithStaffTransfer {
  StaffTransfer() {}

  /**
   * Returns the enterprise the people leave.
   *
   * @return its id
   */
  public abstract EnterpriseId source();

  /**
   * Returns the enterprise the people join.
   *
   * @return its id
   */
  public abstract EnterpriseId destination();

  /**
   * Returns the people transferred.
   *
   * @return their ids, in id order
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<PersonId> people();

  /**
   * Returns one allocation to {@link #destination()} per person transferred.
   *
   * @return the allocations, in person id order
   */
  @Override
  public final ImmutableList<Allocation> allocations() {
    return people().stream()
        .map(p -> Allocation.to(p, destination()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns {@link RestructuringKind#STAFF_TRANSFER}.
   *
   * @return the kind
   */
  @Override
  public final RestructuringKind kind() {
    return RestructuringKind.STAFF_TRANSFER;
  }

  /**
   * Returns the enterprise the people leave.
   *
   * @return its id
   */
  @Override
  public final ImmutableSortedSet<EnterpriseId> sources() {
    return ImmutableSortedSet.of(source());
  }

  /**
   * Returns the enterprise the people join.
   *
   * @return its id
   */
  @Override
  public final ImmutableSortedSet<EnterpriseId> receivers() {
    return ImmutableSortedSet.of(destination());
  }

  /**
   * Returns nothing: a transfer founds no enterprise.
   *
   * @return an empty list
   */
  @Override
  public final ImmutableList<Enterprise> newEnterprises() {
    return ImmutableList.of();
  }

  /**
   * Returns nothing: both enterprises continue.
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
    return Allocation.to(person, source());
  }

  @Override
  final void checkReferences(Jurisdiction jurisdiction, ProblemCollector problems) {
    checkOpen(jurisdiction, source(), "StaffTransfer.source", problems);
    checkOpen(jurisdiction, destination(), "StaffTransfer.destination", problems);
    checkAllocatedPeople(jurisdiction, allocations(), sources(), "StaffTransfer", false, problems);
  }

  /**
   * Obtains the transfer of the given people.
   *
   * @param from the enterprise they leave
   * @param to the enterprise they join
   * @param people the people, at least one
   * @return the transfer
   * @throws InvalidRestructuringException if nobody is named or {@code from} equals {@code to}
   */
  public static StaffTransfer of(EnterpriseId from, EnterpriseId to, PersonId... people) {
    return builder().source(from).destination(to).addAllPeople(Arrays.asList(people)).build();
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
    p.require(
        !source().equals(destination()),
        "StaffTransfer.destination",
        "TRANSFER_TO_ITSELF",
        destination().value());
    p.require(!people().isEmpty(), "StaffTransfer.people", "AT_LEAST_ONE", people().size());
    p.throwIfAny();
  }

  @Override
  public String toString() {
    return "StaffTransfer["
        + source().value()
        + " -> "
        + destination().value()
        + ", people="
        + people().size()
        + "]";
  }

  /**
   * Builds a {@link StaffTransfer}; {@link #build()} throws {@link InvalidRestructuringException}
   * on bad input.
   */
  public static final class Builder extends ImmutableStaffTransfer.Builder {
    Builder() {}
  }
}
