package org.dangong.appointment;

import java.util.Comparator;
import java.util.Optional;
import org.dangong.decision.Decision;
import org.dangong.decision.Verdict;
import org.dangong.model.OrganizationId;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * One finding of an {@link AppointmentAudit}: a post holder a bar excludes, a vacant post, or an
 * expired term, with its decision.
 *
 * <p>A breach is one {@link AppointmentBar} against one person in one post of one organisation,
 * reported under the bar's rule id; a person whom two bars exclude gives two findings. A vacancy's
 * decision says since when the post has been open and, for the chair of a grassroots union, whether
 * the time to fill it (CHAIR-RULES Art. 18) has run out.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class AuditFinding {
  /** The order of an audit: by organisation, kind, post, person and bar. */
  static final Comparator<AuditFinding> ORDER =
      Comparator.comparing(AuditFinding::organization)
          .thenComparing(AuditFinding::kind)
          .thenComparing(f -> f.post().map(LeadershipPost::ordinal).orElse(-1))
          .thenComparing(f -> f.person().map(PersonId::value).orElse(""))
          .thenComparing(f -> f.bar().map(AppointmentBar::ordinal).orElse(-1));

  AuditFinding() {}

  /**
   * Returns what the finding reports.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract AuditFindingKind kind();

  /**
   * Returns the party or union organisation concerned.
   *
   * @return the organisation's id
   */
  @Value.Parameter
  public abstract OrganizationId organization();

  /**
   * Returns the post concerned: the post held for a breach, the vacant post for a vacancy.
   *
   * @return the post; empty for an expired term
   */
  @Value.Parameter
  public abstract Optional<LeadershipPost> post();

  /**
   * Returns the person concerned, for a breach.
   *
   * @return the post holder's id, if any
   */
  @Value.Parameter
  public abstract Optional<PersonId> person();

  /**
   * Returns the bar breached, for a breach.
   *
   * @return the bar, if any
   */
  @Value.Parameter
  public abstract Optional<AppointmentBar> bar();

  /**
   * Returns the decision, with its reason, citations and the policy values used.
   *
   * @return the decision
   */
  @Value.Parameter
  public abstract Decision decision();

  /**
   * Tells whether the finding is a violation: a breach, an overdue chair vacancy or an expired
   * term.
   *
   * @return true when the decision is not satisfied
   */
  public final boolean isViolation() {
    return decision().verdict() == Verdict.NOT_SATISFIED;
  }

  static AuditFinding create(
      AuditFindingKind kind,
      OrganizationId organization,
      Optional<LeadershipPost> post,
      Optional<PersonId> person,
      Optional<AppointmentBar> bar,
      Decision decision) {
    return ImmutableAuditFinding.of(kind, organization, post, person, bar, decision);
  }
}
