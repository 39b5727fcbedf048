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
 * The closure or bankruptcy of an enterprise (关闭、破产). Its staff become unemployed unless an {@link
 * Allocation} places them with another enterprise of the jurisdiction (安置) or retires them.
 *
 * <pre>{@code
 * Closure c = Closure.builder()
 *     .enterprise(EnterpriseId.of("E-4"))
 *     .addAllocations(Allocation.to(PersonId.of("P-8"), EnterpriseId.of("E-5")))
 *     .build();
 * Closure plain = Closure.of(EnterpriseId.of("E-4"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Closure extends Restructuring implements WithClosure {
  Closure() {}

  /**
   * Returns the enterprise that closes.
   *
   * @return its id
   */
  public abstract EnterpriseId enterprise();

  /**
   * Returns the explicit allocations: people placed with other enterprises, or retiring.
   *
   * @return the allocations
   */
  @Override
  public abstract ImmutableList<Allocation> allocations();

  /**
   * Returns {@link RestructuringKind#CLOSURE}.
   *
   * @return the kind
   */
  @Override
  public final RestructuringKind kind() {
    return RestructuringKind.CLOSURE;
  }

  /**
   * Returns the closing enterprise.
   *
   * @return its id
   */
  @Override
  public final ImmutableSortedSet<EnterpriseId> sources() {
    return ImmutableSortedSet.of(enterprise());
  }

  /**
   * Returns the enterprises that take over people of the closing one.
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
   * Returns nothing: a closure founds no enterprise.
   *
   * @return an empty list
   */
  @Override
  public final ImmutableList<Enterprise> newEnterprises() {
    return ImmutableList.of();
  }

  /**
   * Returns the closing enterprise.
   *
   * @return its id
   */
  @Override
  public final ImmutableSortedSet<EnterpriseId> closingEnterprises() {
    return sources();
  }

  @Override
  final Optional<EnterpriseId> mainSuccessor() {
    return Optional.empty();
  }

  @Override
  final Allocation defaultAllocation(PersonId person, EnterpriseId source) {
    return Allocation.unemployed(person);
  }

  @Override
  final void checkReferences(Jurisdiction jurisdiction, ProblemCollector problems) {
    checkOpen(jurisdiction, enterprise(), "Closure.enterprise", problems);
    checkAllocatedPeople(jurisdiction, allocations(), sources(), "Closure", true, problems);
  }

  /**
   * Obtains the closure of an enterprise whose staff all become unemployed.
   *
   * @param enterprise the enterprise that closes
   * @return the closure
   */
  public static Closure of(EnterpriseId enterprise) {
    return builder().enterprise(enterprise).build();
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
        allocations(), "Closure", ImmutableSet.of(), true, ImmutableSet.of(enterprise()), p);
    p.throwIfAny();
  }

  @Override
  public String toString() {
    return "Closure[" + enterprise().value() + ", allocations=" + allocations().size() + "]";
  }

  /**
   * Builds a {@link Closure}; {@link #build()} throws {@link InvalidRestructuringException} on bad
   * input.
   */
  public static final class Builder extends ImmutableClosure.Builder {
    Builder() {}
  }
}
