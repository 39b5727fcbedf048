package org.dangong.recommendation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.dangong.decision.Decision;
import org.dangong.decision.Subject;
import org.dangong.policy.Citation;
import org.immutables.value.Value;

/**
 * One entry of a workflow's audit trail: who decided what, when, and under which clause.
 *
 * <p>The {@link #decision()} is that of the step's rule (see {@link
 * RecommendationRules#of(WorkflowStep)}): {@code SATISFIED} with the guards that were checked and
 * met, each with its policy values and citations, or {@code ADVISORY} when the step was taken after
 * its deadline (for example a talk more than a month after the application).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class AuditEntry {
  AuditEntry() {}

  /**
   * Returns the position of the event in the workflow's history, from 1.
   *
   * @return the sequence number
   */
  @Value.Parameter
  public abstract int sequence();

  /**
   * Returns the event recorded.
   *
   * @return the event
   */
  @Value.Parameter
  public abstract WorkflowEvent event();

  /**
   * Returns the decision under the step's rule, with the guards checked as its reasons.
   *
   * @return the decision
   */
  @Value.Parameter
  public abstract Decision decision();

  static AuditEntry of(int sequence, WorkflowEvent event, Decision decision) {
    return ImmutableAuditEntry.of(sequence, event, decision);
  }

  /**
   * Returns when the step was taken.
   *
   * @return the event's date
   */
  public LocalDate date() {
    return event().date();
  }

  /**
   * Returns what was decided.
   *
   * @return the step
   */
  public WorkflowStep step() {
    return event().step();
  }

  /**
   * Returns who decided.
   *
   * @return the decider
   */
  public Subject decidedBy() {
    return event().decidedBy();
  }

  /**
   * Returns the clauses the step was taken under: the rule's citations, then those of the
   * decision's reasons.
   *
   * @return the citations, without duplicates
   */
  public ImmutableList<Citation> citations() {
    return ImmutableList.<Citation>builder()
        .addAll(RecommendationRules.of(step()).citations())
        .addAll(decision().citations())
        .build()
        .stream()
        .distinct()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the entry in short, such as {@code AuditEntry[3, 2024-04-01, TALK,
   * PARTY_ORGANIZATION[PO-1]]}.
   *
   * @return the entry as text
   */
  @Override
  public String toString() {
    return "AuditEntry[" + sequence() + ", " + date() + ", " + step() + ", " + decidedBy() + "]";
  }
}
