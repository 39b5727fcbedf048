package org.dangong.restructuring;

import java.time.LocalDate;
import java.util.Optional;
import org.dangong.decision.Decision;
import org.dangong.model.MembershipStatus;
import org.dangong.model.OrganizationId;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * One line of a {@link RestructuringPlan}: where the union membership (会籍) of one member goes.
 *
 * <p>Every union member employed by an affected enterprise — and every member of a union that
 * ceases — has exactly one membership transfer. The membership follows the labour relation and is
 * never joined anew (UNION-CONST Art. 5; MEMBERSHIP-RULES Art. 3: 一次入会、动态接转), so the joining date
 * is kept; a member who retires or becomes unemployed keeps a retained membership (UNION-CONST Art.
 * 8).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MembershipTransfer {
  MembershipTransfer() {}

  /**
   * Returns the member.
   *
   * @return the person's id
   */
  public abstract PersonId person();

  /**
   * Returns the union holding the membership before.
   *
   * @return the union's id
   */
  public abstract OrganizationId unionBefore();

  /**
   * Returns the status before.
   *
   * @return the status
   */
  public abstract MembershipStatus statusBefore();

  /**
   * Returns the union holding the membership after the restructuring.
   *
   * @return the union's id, empty when it goes to a union outside the jurisdiction
   */
  public abstract Optional<OrganizationId> unionAfter();

  /**
   * Returns the status after the restructuring.
   *
   * @return the status, empty when it goes to a union outside the jurisdiction
   */
  public abstract Optional<MembershipStatus> statusAfter();

  /**
   * Returns the joining date (入会), kept through every transfer.
   *
   * @return the date
   */
  public abstract LocalDate since();

  /**
   * Returns how the membership gets there.
   *
   * @return the route
   */
  public abstract MembershipRoute route();

  /**
   * Returns the decision explaining the transfer, of rule {@link
   * RestructuringRules#MEMBERSHIP_FOLLOWS_LABOUR}, {@link RestructuringRules#MEMBERSHIP_RETAINED}
   * or {@link RestructuringRules#RETAINED_TO_HIGHER_UNION}.
   *
   * @return the decision
   */
  public abstract Decision decision();

  @Override
  public String toString() {
    return "MembershipTransfer["
        + person().value()
        + " "
        + unionBefore().value()
        + " -> "
        + unionAfter().map(OrganizationId::value).orElse("-")
        + " "
        + statusAfter().map(Enum::name).orElse("")
        + " "
        + route()
        + "]";
  }
}
