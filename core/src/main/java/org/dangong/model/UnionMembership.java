package org.dangong.model;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A person's union membership (会籍): the union that holds it, since when, and whether it is active
 * or retained (保留会籍) after retirement or unemployment (UNION-CONST Art. 8).
 *
 * <p>A transfer (接转) is {@code membership.withUnion(newUnion)}; retention is {@code
 * membership.withStatus(MembershipStatus.RETAINED)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class UnionMembership implements WithUnionMembership {
  UnionMembership() {}

  /**
   * Returns the union organisation holding the membership.
   *
   * @return the union's id
   */
  @Value.Parameter
  public abstract OrganizationId union();

  /**
   * Returns the date the person joined (入会).
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate since();

  /**
   * Returns whether the membership is active or retained.
   *
   * @return the status
   */
  @Value.Parameter
  public abstract MembershipStatus status();

  /**
   * Obtains an active membership.
   *
   * @param union the union
   * @param since the joining date
   * @return the membership
   */
  public static UnionMembership active(OrganizationId union, LocalDate since) {
    return ImmutableUnionMembership.of(union, since, MembershipStatus.ACTIVE);
  }

  /**
   * Obtains a membership with the given status.
   *
   * @param union the union
   * @param since the joining date
   * @param status the status
   * @return the membership
   */
  public static UnionMembership of(OrganizationId union, LocalDate since, MembershipStatus status) {
    return ImmutableUnionMembership.of(union, since, status);
  }
}
