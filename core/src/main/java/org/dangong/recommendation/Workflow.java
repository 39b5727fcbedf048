package org.dangong.recommendation;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;

/**
 * An event-sourced workflow: an immutable state that events move forward.
 *
 * <p>{@link #apply(WorkflowEvent)} never changes the state it is called on: it returns a {@link
 * Transition} holding either the next state or, when a guard fails, this same state and a rejection
 * per failed guard (which rule, actual against required, citations). The accepted events are the
 * {@link #history()}; replaying it from the initial state gives an equal state. The {@link
 * #auditTrail()} records who decided what, when and under which clause; {@link
 * #obligations(LocalDate)} lists what is due on a date and what is overdue.
 *
 * <p>Implementations are immutable and thread-safe.
 *
 * @param <W> the type of the workflow's states
 * @param <E> the type of its events
 */
public interface Workflow<W extends Workflow<W, E>, E extends WorkflowEvent> {
  /**
   * Applies an event.
   *
   * @param event the event
   * @return the next state, or a rejection with this state unchanged
   */
  Transition<W> apply(E event);

  /**
   * Returns the accepted events, in the order they were applied.
   *
   * @return the history
   */
  ImmutableList<E> history();

  /**
   * Returns the audit trail: one entry per accepted event, saying who decided what, when and under
   * which clause.
   *
   * @return the audit entries, in the order of the history
   */
  ImmutableList<AuditEntry> auditTrail();

  /**
   * Lists what is outstanding on a date: each obligation with its deadline, if any, and how long it
   * is overdue.
   *
   * @param asOf the date
   * @return the obligations, sorted by deadline (those without one last), then subject and kind
   */
  ImmutableList<Obligation> obligations(LocalDate asOf);
}
