package org.dangong.recommendation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import org.dangong.decision.Argument;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.RuleId;
import org.dangong.decision.Subject;
import org.dangong.decision.Verdict;
import org.dangong.policy.PolicyValue;
import org.immutables.value.Value;

/**
 * Something a workflow needs done, as of a date: what, for whom, since when, by when, and how long
 * it is overdue.
 *
 * <p>For example, an application received on 2024-03-01 gives, as of 2024-04-15, the obligation
 * {@link ObligationKind#TALK_WITH_APPLICANT} due by 2024-04-01 under {@code DUAL-REC-2.TALK},
 * {@link ObligationStatus#OVERDUE} by 14 days. Steps the regulations give no deadline for are
 * {@link ObligationStatus#PENDING}; steps that may not be taken before a date (the decision at the
 * end of probation) are {@link ObligationStatus#UPCOMING} until then.
 *
 * <p>Obligations compare by deadline (those without one last), then subject, then kind.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Obligation implements Comparable<Obligation> {
  private static final Comparator<Obligation> ORDER =
      Comparator.comparing(
              (Obligation o) -> o.due().orElse(LocalDate.MAX), Comparator.naturalOrder())
          .thenComparing(Obligation::subject)
          .thenComparing(Obligation::kind);

  Obligation() {}

  /**
   * Returns what is to be done.
   *
   * @return the kind
   */
  @Value.Parameter
  public abstract ObligationKind kind();

  /**
   * Returns whom it concerns: the person developed or the enterprise of a candidacy.
   *
   * @return the subject
   */
  @Value.Parameter
  public abstract Subject subject();

  /**
   * Returns the rule that asks for it.
   *
   * @return the rule's id
   */
  @Value.Parameter
  public abstract RuleId rule();

  /**
   * Returns the date the obligation arose, such as the application's date for the talk.
   *
   * @return the date
   */
  @Value.Parameter
  public abstract LocalDate since();

  /**
   * Returns the earliest date it may be met, if there is one.
   *
   * @return the earliest date, or empty
   */
  @Value.Parameter
  public abstract Optional<LocalDate> notBefore();

  /**
   * Returns the last day to meet it, if the regulations set one.
   *
   * @return the deadline, or empty
   */
  @Value.Parameter
  public abstract Optional<LocalDate> due();

  /**
   * Returns the date the obligation is stated for.
   *
   * @return the as-of date
   */
  @Value.Parameter
  public abstract LocalDate asOf();

  /**
   * Returns the policy values that set the dates.
   *
   * @return the policy values, possibly empty
   */
  @Value.Parameter
  public abstract ImmutableList<PolicyValue<?>> parameters();

  static Obligation create(
      ObligationKind kind,
      Subject subject,
      RuleId rule,
      LocalDate since,
      Optional<LocalDate> notBefore,
      Optional<LocalDate> due,
      LocalDate asOf,
      Iterable<? extends PolicyValue<?>> parameters) {
    return ImmutableObligation.of(
        kind, subject, rule, since, notBefore, due, asOf, ImmutableList.copyOf(parameters));
  }

  /**
   * Returns the status on the as-of date.
   *
   * @return {@link ObligationStatus#UPCOMING} before {@link #notBefore()}, {@link
   *     ObligationStatus#OVERDUE} after {@link #due()}, {@link ObligationStatus#DUE} up to and on
   *     it, {@link ObligationStatus#PENDING} when there is no deadline
   */
  public ObligationStatus status() {
    if (notBefore().isPresent() && asOf().isBefore(notBefore().get())) {
      return ObligationStatus.UPCOMING;
    }
    if (due().isEmpty()) {
      return ObligationStatus.PENDING;
    }
    return asOf().isAfter(due().get()) ? ObligationStatus.OVERDUE : ObligationStatus.DUE;
  }

  /**
   * Tells whether the deadline has passed.
   *
   * @return true when {@link #status()} is {@link ObligationStatus#OVERDUE}
   */
  public boolean isOverdue() {
    return status() == ObligationStatus.OVERDUE;
  }

  /**
   * Returns how long the obligation is overdue on the as-of date.
   *
   * @return the period from the deadline to the as-of date, zero when not overdue
   */
  public Period overdueBy() {
    return isOverdue() ? Period.between(due().orElseThrow(), asOf()) : Period.ZERO;
  }

  /**
   * Returns how many days the obligation is overdue on the as-of date.
   *
   * @return the days from the deadline to the as-of date, 0 when not overdue
   */
  public long overdueDays() {
    return isOverdue() ? ChronoUnit.DAYS.between(due().orElseThrow(), asOf()) : 0;
  }

  /**
   * Returns the obligation as a decision for rendering: {@code NOT_SATISFIED} when overdue, {@code
   * INFORMATIONAL} otherwise, with one reason saying what is due and when.
   *
   * @return the decision
   */
  public Decision toDecision() {
    Argument what = Argument.label("kind", kind());
    Reason reason;
    switch (status()) {
      case OVERDUE:
        reason =
            Reason.of(
                "reason.recommendation.obligation-overdue",
                what,
                Argument.date("due", due().orElseThrow()),
                Argument.date("asOf", asOf()),
                Argument.number("days", overdueDays()));
        break;
      case DUE:
        reason =
            Reason.of(
                "reason.recommendation.obligation-due",
                what,
                Argument.date("due", due().orElseThrow()));
        break;
      case UPCOMING:
        reason =
            Reason.of(
                "reason.recommendation.obligation-upcoming",
                what,
                Argument.date("notBefore", notBefore().orElseThrow()));
        break;
      case PENDING:
      default:
        reason =
            Reason.of(
                "reason.recommendation.obligation-pending", what, Argument.date("since", since()));
    }
    reason = reason.using(parameters().toArray(new PolicyValue<?>[0]));
    return Decision.of(
        rule(),
        subject(),
        isOverdue() ? Verdict.NOT_SATISFIED : Verdict.INFORMATIONAL,
        asOf(),
        ImmutableList.of(reason));
  }

  @Override
  public int compareTo(Obligation other) {
    return ORDER.compare(this, other);
  }

  /**
   * Returns the obligation in short, such as {@code Obligation[TALK_WITH_APPLICANT, PERSON[P-1],
   * due 2024-04-01, OVERDUE]}.
   *
   * @return the obligation as text
   */
  @Override
  public String toString() {
    return "Obligation["
        + kind()
        + ", "
        + subject()
        + due().map(d -> ", due " + d).orElse("")
        + ", "
        + status()
        + "]";
  }
}
