package org.dangong.restructuring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.dangong.model.ClusterId;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.Problem;

/**
 * A restructuring of enterprises (企业改制), described as a value: a {@link Merger}, a {@link Split}, a
 * {@link Closure}, an {@link OwnershipChange} or a {@link StaffTransfer}. The {@link
 * RestructuringEngine} turns it into a {@link RestructuringPlan} for a jurisdiction and a date.
 *
 * <pre>{@code
 * Restructuring merger = Merger.builder()
 *     .addAbsorbed(EnterpriseId.of("E-2"), EnterpriseId.of("E-3"))
 *     .successor(Successor.existing(EnterpriseId.of("E-1")))
 *     .addAllocations(Allocation.retired(PersonId.of("P-17")))
 *     .build();
 * merger.problemsIn(jurisdiction);   // empty when it can be carried out there
 * }</pre>
 *
 * <h2>Staff</h2>
 *
 * <p>Every employee of a {@linkplain #sources() source} enterprise is allocated: explicitly, by an
 * {@link Allocation} (to an employer, or out of employment by retirement or unemployment), or by
 * the kind's default — to the successor in a merger, staying in a continuing split source, an
 * ownership change or a staff transfer, unemployment in a closure. A split whose source does not
 * continue must allocate every employee explicitly.
 *
 * <h2>Validation</h2>
 *
 * <p>Two kinds of check, each listing every problem at once in an {@link
 * InvalidRestructuringException} (path, rule, value). Building a restructuring checks what can
 * never be valid anywhere:
 *
 * <ul>
 *   <li>{@code STAFF_ALLOCATED_TWICE}: a person allocated more than once;
 *   <li>{@code MERGER_INTO_ITSELF}, {@code SPLIT_INTO_ITSELF}, {@code TRANSFER_TO_ITSELF}: an
 *       enterprise merged into, split into or transferring to itself;
 *   <li>{@code AT_LEAST_ONE}, {@code NEW_SUCCESSOR_NEEDS_TWO_ENTERPRISES}, {@code
 *       DISSOLVING_SPLIT_NEEDS_TWO_PARTS}: too few enterprises, parts or people;
 *   <li>{@code DUPLICATE_PART}: a split naming a part twice;
 *   <li>{@code ALLOCATION_TARGET_NOT_ALLOWED}: an allocation to an enterprise the kind does not
 *       allow (in a merger only the successor; in a split only the parts and a continuing source;
 *       never a closing enterprise);
 *   <li>{@code NEW_ENTERPRISE_CLOSED}: a successor to be founded that is already closed.
 * </ul>
 *
 * <p>{@link #problemsIn(Jurisdiction)} checks it against a jurisdiction: {@code
 * UNKNOWN_ENTERPRISE}, {@code ENTERPRISE_CLOSED} (a participant already closed), {@code
 * ENTERPRISE_ID_TAKEN} (a new successor's id already used), {@code UNKNOWN_REGION} and {@code
 * UNKNOWN_CLUSTER} (of a new successor), {@code UNKNOWN_PERSON}, {@code NOT_EMPLOYED_BY_SOURCE} (an
 * allocated person who does not work in a source enterprise), {@code STAFF_NOT_ALLOCATED} (a
 * dissolving split leaving an employee without a destination) and {@code OWNERSHIP_UNCHANGED}.
 *
 * <p>Restructurings are values: equal when their content is. This class is immutable and
 * thread-safe; its only subclasses are the five kinds of this package.
 */
public abstract class Restructuring {
  Restructuring() {}

  /**
   * Returns the kind of restructuring.
   *
   * @return the kind
   */
  public abstract RestructuringKind kind();

  /**
   * Returns the explicit allocations of staff; employees of a source not allocated here go where
   * the kind puts them by default (see the class description).
   *
   * @return the allocations, in the order given
   */
  public abstract ImmutableList<Allocation> allocations();

  /**
   * Returns the source enterprises: those whose staff are allocated, and that close, split or
   * change.
   *
   * @return the sources' ids, in id order
   */
  public abstract ImmutableSortedSet<EnterpriseId> sources();

  /**
   * Returns the existing enterprises that receive staff from the sources without being sources
   * themselves: an existing successor, existing parts of a split, the targets of allocations.
   *
   * @return their ids, in id order
   */
  public abstract ImmutableSortedSet<EnterpriseId> receivers();

  /**
   * Returns the enterprises to be founded as successors.
   *
   * @return the new enterprises, in the order given
   */
  public abstract ImmutableList<Enterprise> newEnterprises();

  /**
   * Returns the enterprises that close: absorbed in a merger, the source of a dissolving split, the
   * enterprise of a closure.
   *
   * @return their ids, in id order
   */
  public abstract ImmutableSortedSet<EnterpriseId> closingEnterprises();

  /**
   * Returns every enterprise the restructuring affects: the sources, the receivers and the new
   * enterprises. Every party member, person in the membership pipeline and union member employed by
   * one of them is accounted for in the plan; people employed elsewhere are not touched (unless
   * their relation or membership is held by an organisation that ceases).
   *
   * @return the ids, in id order
   */
  public final ImmutableSortedSet<EnterpriseId> affectedEnterprises() {
    return ImmutableSortedSet.<EnterpriseId>naturalOrder()
        .addAll(sources())
        .addAll(receivers())
        .addAll(newEnterprises().stream().map(Enterprise::id).iterator())
        .build();
  }

  /**
   * Returns the single enterprise that succeeds all closing ones, if there is one: the successor of
   * a merger. Organisations left covering nothing are merged into its organisation.
   */
  abstract Optional<EnterpriseId> mainSuccessor();

  /** Returns where an employee of a source goes when no allocation names them. */
  abstract Allocation defaultAllocation(PersonId person, EnterpriseId source);

  /** Adds the problems of this restructuring in the given jurisdiction. */
  abstract void checkReferences(Jurisdiction jurisdiction, ProblemCollector problems);

  /**
   * Checks this restructuring against a jurisdiction.
   *
   * <p>For example, a merger absorbing an enterprise {@code E-404} that the jurisdiction lacks
   * gives {@code Merger.absorbed[E-404]: UNKNOWN_ENTERPRISE (value: E-404)}.
   *
   * @param jurisdiction the jurisdiction before the restructuring
   * @return every problem found, empty if the restructuring can be carried out there
   */
  public final ImmutableList<Problem> problemsIn(Jurisdiction jurisdiction) {
    ProblemCollector problems = new ProblemCollector();
    checkReferences(jurisdiction, problems);
    return problems.list();
  }

  /**
   * Checks this restructuring against a jurisdiction and throws if it cannot be carried out there.
   *
   * @param jurisdiction the jurisdiction before the restructuring
   * @throws InvalidRestructuringException listing every problem of {@link
   *     #problemsIn(Jurisdiction)}
   */
  public final void requireValidIn(Jurisdiction jurisdiction) {
    ImmutableList<Problem> problems = problemsIn(jurisdiction);
    if (!problems.isEmpty()) {
      throw new InvalidRestructuringException(problems);
    }
  }

  // ---- checks shared by the kinds ----

  /** Reports every person allocated more than once, and every allocation to a forbidden target. */
  static void checkAllocations(
      ImmutableList<Allocation> allocations,
      String path,
      Set<EnterpriseId> allowedTargets,
      boolean anyTargetAllowed,
      Set<EnterpriseId> forbiddenTargets,
      ProblemCollector problems) {
    Set<PersonId> seen = new HashSet<>();
    Set<PersonId> reported = new HashSet<>();
    for (Allocation a : allocations) {
      String at = path + ".allocations[" + a.person().value() + "]";
      if (!seen.add(a.person()) && reported.add(a.person())) {
        problems.add(at, "STAFF_ALLOCATED_TWICE", a.person().value());
      }
      a.employer()
          .ifPresent(
              e -> {
                boolean allowed =
                    (anyTargetAllowed || allowedTargets.contains(e))
                        && !forbiddenTargets.contains(e);
                problems.require(
                    allowed, at + ".employer", "ALLOCATION_TARGET_NOT_ALLOWED", e.value());
              });
    }
  }

  /** Reports an enterprise that is unknown or already closed. */
  static void checkOpen(
      Jurisdiction jurisdiction, EnterpriseId id, String path, ProblemCollector problems) {
    Optional<Enterprise> e = jurisdiction.enterprise(id);
    if (e.isEmpty()) {
      problems.add(path, "UNKNOWN_ENTERPRISE", id.value());
    } else {
      problems.require(
          e.get().status() != EnterpriseStatus.CLOSED, path, "ENTERPRISE_CLOSED", id.value());
    }
  }

  /** Reports a new enterprise whose id is taken or whose region or clusters are unknown. */
  static void checkNew(
      Jurisdiction jurisdiction, Enterprise enterprise, String path, ProblemCollector problems) {
    problems.require(
        jurisdiction.enterprise(enterprise.id()).isEmpty(),
        path,
        "ENTERPRISE_ID_TAKEN",
        enterprise.id().value());
    problems.require(
        jurisdiction.region(enterprise.region()).isPresent(),
        path + ".region",
        "UNKNOWN_REGION",
        enterprise.region().value());
    for (ClusterId c : enterprise.clusters()) {
      problems.require(
          jurisdiction.cluster(c).isPresent(), path + ".clusters", "UNKNOWN_CLUSTER", c.value());
    }
  }

  /** Reports a new enterprise that is closed from the start. */
  static void checkNotClosed(Enterprise enterprise, String path, ProblemCollector problems) {
    problems.require(
        enterprise.status() != EnterpriseStatus.CLOSED,
        path,
        "NEW_ENTERPRISE_CLOSED",
        enterprise.id().value());
  }

  /** Reports allocated people who are unknown or not employed by a source; checks the targets. */
  static void checkAllocatedPeople(
      Jurisdiction jurisdiction,
      ImmutableList<Allocation> allocations,
      Set<EnterpriseId> sources,
      String path,
      boolean checkTargets,
      ProblemCollector problems) {
    for (Allocation a : allocations) {
      String at = path + ".allocations[" + a.person().value() + "]";
      Optional<Person> person = jurisdiction.person(a.person());
      if (person.isEmpty()) {
        problems.add(at, "UNKNOWN_PERSON", a.person().value());
      } else {
        boolean employed =
            person.get().employment().map(e -> sources.contains(e.employer())).orElse(false);
        problems.require(employed, at, "NOT_EMPLOYED_BY_SOURCE", a.person().value());
      }
      if (checkTargets) {
        a.employer().ifPresent(e -> checkOpen(jurisdiction, e, at + ".employer", problems));
      }
    }
  }
}
