package org.dangong.appointment;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.dangong.decision.Decision;
import org.immutables.value.Value;

/**
 * The audit of the current appointments of a jurisdiction on a date (任职情况检查): every post holder a
 * bar excludes today, every vacant chair and secretary post with how long it has been open, and
 * every expired term.
 *
 * <pre>{@code
 * AppointmentAudit audit = engine.audit(jurisdiction, LocalDate.of(2025, 6, 30));
 * for (AuditFinding f : audit.breaches()) {
 *   String text = f.decision().render(Locale.SIMPLIFIED_CHINESE); // one bar, one post holder
 * }
 * }</pre>
 *
 * <p>Each breach — one bar, one person, one post, one organisation — appears exactly once. Findings
 * are ordered by organisation id, then {@link AuditFindingKind}, post, person and bar.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class AppointmentAudit {
  AppointmentAudit() {}

  /**
   * Returns the date audited.
   *
   * @return the as-of date
   */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * Returns every finding, in the audit's order.
   *
   * @return the findings
   */
  @Value.Parameter
  public abstract ImmutableList<AuditFinding> findings();

  /**
   * Returns the findings of one kind, in the audit's order.
   *
   * @param kind the kind
   * @return those findings
   */
  public final ImmutableList<AuditFinding> findings(AuditFindingKind kind) {
    return findings().stream()
        .filter(f -> f.kind() == kind)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the post holders a bar excludes today.
   *
   * @return the breaches
   */
  public final ImmutableList<AuditFinding> breaches() {
    return findings(AuditFindingKind.BAR_BREACHED);
  }

  /**
   * Returns the vacant posts.
   *
   * @return the vacancies
   */
  public final ImmutableList<AuditFinding> vacancies() {
    return findings(AuditFindingKind.VACANCY);
  }

  /**
   * Returns the expired terms.
   *
   * @return the expired terms
   */
  public final ImmutableList<AuditFinding> expiredTerms() {
    return findings(AuditFindingKind.TERM_EXPIRED);
  }

  /**
   * Returns the violations: breaches, overdue chair vacancies and expired terms.
   *
   * @return the findings whose decision is not satisfied
   */
  public final ImmutableList<AuditFinding> violations() {
    return findings().stream()
        .filter(AuditFinding::isViolation)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the decisions of every finding, in the audit's order.
   *
   * @return the decisions
   */
  public final ImmutableList<Decision> decisions() {
    return findings().stream().map(AuditFinding::decision).collect(ImmutableList.toImmutableList());
  }

  static AppointmentAudit create(LocalDate asOf, ImmutableList<AuditFinding> findings) {
    return ImmutableAppointmentAudit.of(asOf, findings);
  }
}
