package org.dangong.model;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An assignment of a person to an enterprise or a region: a party-building instructor (党建工作指导员),
 * a union-building instructor (工建工作指导员, DUAL-LEAD-2) or a union work coordinator
 * (工会工作协理员, SYNC-NETWORK).
 *
 * <pre>{@code
 * Assignment a = Assignment.toEnterprise(
 *     AssignmentKind.PARTY_BUILDING_INSTRUCTOR, PersonId.of("P-9"), EnterpriseId.of("E-1"), LocalDate.of(2023, 1, 1));
 * }</pre>
 *
 * <p>Exactly one of {@link #enterprise()} and {@link #region()} is present.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Assignment implements WithAssignment {
  Assignment() {}

  /**
   * Returns the kind of assignment.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract AssignmentKind kind();

  /**
   * Returns the person assigned.
   *
   * @return the person's id
   */
  @Value.Parameter
  public abstract PersonId person();

  /**
   * Returns the enterprise the person is assigned to, for an assignment to an enterprise.
   *
   * @return the enterprise's id, if any
   */
  @Value.Parameter
  public abstract Optional<EnterpriseId> enterprise();

  /**
   * Returns the region the person is assigned to, for an assignment to a region.
   *
   * @return the region's id, if any
   */
  @Value.Parameter
  public abstract Optional<RegionId> region();

  /**
   * Returns the date the assignment began.
   *
   * @return the start date
   */
  @Value.Parameter
  public abstract LocalDate since();

  /**
   * Obtains an assignment to an enterprise.
   *
   * @param kind the kind
   * @param person the person assigned
   * @param enterprise the enterprise
   * @param since the start date
   * @return the assignment
   */
  public static Assignment toEnterprise(
      AssignmentKind kind, PersonId person, EnterpriseId enterprise, LocalDate since) {
    return ImmutableAssignment.of(kind, person, Optional.of(enterprise), Optional.empty(), since);
  }

  /**
   * Obtains an assignment to a region.
   *
   * @param kind the kind
   * @param person the person assigned
   * @param region the region
   * @param since the start date
   * @return the assignment
   */
  public static Assignment toRegion(AssignmentKind kind, PersonId person, RegionId region, LocalDate since) {
    return ImmutableAssignment.of(kind, person, Optional.empty(), Optional.of(region), since);
  }

  /**
   * Returns the target's id as text, for paths and messages.
   *
   * @return the enterprise's or region's id text
   */
  final String targetText() {
    return enterprise().map(EnterpriseId::value).orElseGet(() -> region().map(RegionId::value).orElse(""));
  }

  @Value.Check
  void check() {
    Problems p = new Problems("Assignment");
    p.require(
        enterprise().isPresent() != region().isPresent(),
        "target",
        "EXACTLY_ONE_OF_ENTERPRISE_OR_REGION",
        targetText());
    p.throwIfAny();
  }
}
