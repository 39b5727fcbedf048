package org.dangong.recommendation;

import java.time.LocalDate;
import org.dangong.decision.Subject;

/**
 * Something that happened in a recommendation workflow: a step, its date and who decided it.
 *
 * <p>Events are facts: they carry, as parameters, what the guards need to know about the people and
 * organisations involved at the time (a {@code Person} record, the union's chair, a count of full
 * members), so that applying them is pure and replaying a history always gives the same state. Most
 * events have a factory that takes these facts from a {@code Jurisdiction}.
 *
 * <p>The only subclasses are the events of this package: those of a {@link ChairCandidacy} ({@link
 * CandidacyEvent}) and of a {@link MembershipDevelopment} ({@link DevelopmentEvent}).
 *
 * <p>This class is immutable and thread-safe.
 */
public abstract class WorkflowEvent {
  WorkflowEvent() {}

  /**
   * Returns the date of the event.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns who decided or recorded the step: an organisation (the branch committee, the union
   * committee, the higher party organisation) or a person.
   *
   * @return the decider
   */
  public abstract Subject decidedBy();

  /**
   * Returns the step the event records.
   *
   * @return the step
   */
  public abstract WorkflowStep step();
}
