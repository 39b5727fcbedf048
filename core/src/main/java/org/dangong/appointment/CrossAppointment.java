package org.dangong.appointment;

import java.util.Optional;
import org.dangong.decision.Decision;
import org.dangong.decision.Verdict;
import org.dangong.model.EnterpriseId;
import org.dangong.model.OrganizationId;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * Whether one person may hold both the party organisation's head and the union chair of an
 * enterprise (交叉任职, 一肩挑) in one {@link CrossAppointmentDirection}, and whether it is the case
 * NONPUBLIC-OPINION encourages.
 *
 * <p>Obtained from {@link AppointmentEngine#secretaryAsUnionChair} or {@link
 * AppointmentEngine#unionChairAsSecretary}:
 *
 * <pre>{@code
 * CrossAppointment c = engine.secretaryAsUnionChair(j, EnterpriseId.of("E-1"), asOf);
 * c.isPermitted();                 // no bar of CHAIR-RULES Art. 6 / UNION-LAW Art. 10 applies
 * c.isRecommended();               // and the secretary is not an investor
 * c.permission().render(Locale.SIMPLIFIED_CHINESE);
 * }</pre>
 *
 * <p>The {@link #permission()} is {@link Verdict#SATISFIED} when the person holding the first post
 * meets every requirement of the second; otherwise {@link Verdict#NOT_SATISFIED}, listing every bar
 * (or the missing organisation or vacant post). The {@link #recommendation()} is {@link
 * Verdict#SATISFIED} for a permitted secretary who is not an investor, {@link Verdict#ADVISORY} for
 * a permitted secretary who is one, {@link Verdict#INFORMATIONAL} for a permitted union chair (the
 * opinion allows that direction, 也可以, without encouraging it) and {@link Verdict#NOT_SATISFIED}
 * when the cross-appointment is not permitted.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class CrossAppointment {
  CrossAppointment() {}

  /**
   * Returns the direction assessed.
   *
   * @return the direction
   */
  @Value.Parameter
  public abstract CrossAppointmentDirection direction();

  /**
   * Returns the enterprise.
   *
   * @return the enterprise's id
   */
  @Value.Parameter
  public abstract EnterpriseId enterprise();

  /**
   * Returns the party organisation covering the enterprise that was considered, if there is one.
   *
   * @return the organisation's id, if any
   */
  @Value.Parameter
  public abstract Optional<OrganizationId> partyOrganization();

  /**
   * Returns the union covering the enterprise that was considered, if there is one.
   *
   * @return the union's id, if any
   */
  @Value.Parameter
  public abstract Optional<OrganizationId> union();

  /**
   * Returns the person who would hold both posts: the sitting secretary or the sitting chair.
   *
   * @return the person's id; empty when the post is vacant or the organisation missing
   */
  @Value.Parameter
  public abstract Optional<PersonId> candidate();

  /**
   * Returns whether the cross-appointment is permitted, with every reason why not.
   *
   * @return the decision on permission
   */
  @Value.Parameter
  public abstract Decision permission();

  /**
   * Returns whether the cross-appointment is the one NONPUBLIC-OPINION encourages.
   *
   * @return the decision on recommendation
   */
  @Value.Parameter
  public abstract Decision recommendation();

  /**
   * Tells whether the cross-appointment is permitted.
   *
   * @return true when {@link #permission()} is satisfied
   */
  public final boolean isPermitted() {
    return permission().isPositive();
  }

  /**
   * Tells whether the cross-appointment is recommended.
   *
   * @return true when {@link #recommendation()} is satisfied
   */
  public final boolean isRecommended() {
    return recommendation().isPositive();
  }

  static CrossAppointment create(
      CrossAppointmentDirection direction,
      EnterpriseId enterprise,
      Optional<OrganizationId> partyOrganization,
      Optional<OrganizationId> union,
      Optional<PersonId> candidate,
      Decision permission,
      Decision recommendation) {
    return ImmutableCrossAppointment.of(
        direction, enterprise, partyOrganization, union, candidate, permission, recommendation);
  }
}
