package org.dangong.recommendation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Optional;
import org.dangong.model.EnterpriseId;
import org.dangong.model.OrganizationId;
import org.dangong.model.PartyForm;
import org.dangong.model.PersonId;
import org.dangong.policy.Policy;
import org.immutables.value.Value;

/**
 * A union chair's candidacy to head the party organisation to be founded in an enterprise that has
 * a union but no party organisation (DUAL-REC-1, with MUTUAL-U2P), as an event-sourced workflow.
 *
 * <p>The steps, in order: {@link CandidacyProposed} → {@link CandidacyEndorsed} by the union
 * committee → {@link CandidacySubmitted} to the higher party organisation → {@link
 * CandidacyExamined} → {@link CandidateAccepted} or {@link CandidateRejected} (the reply is due
 * within {@code BRANCH_FOUNDING_REPLY_WITHIN} of the submission; a late reply is recorded with
 * advice) → {@link FoundingMeetingHeld}, which elects the candidate or not.
 *
 * <p>The proposal's guards: the person chairs that union, which covers the enterprise; is a full
 * party member with {@code SECRETARY_MIN_PARTY_STANDING} of party standing on the date (BRANCH-REG
 * Art. 23); and the enterprise has no party organisation yet, or one being founded. At the founding
 * meeting the organisation is founded as a branch with {@code BRANCH_MIN_FULL_MEMBERS} full members
 * or more (BRANCH-REG Art. 4), otherwise as a joint branch (Art. 5): {@link #foundedAs()}.
 *
 * <pre>{@code
 * ChairCandidacy c = ChairCandidacy.of(EnterpriseId.of("E-1"), Policy.national());
 * Transition<ChairCandidacy> t = c.apply(proposal).then(s -> s.apply(endorsement));
 * }</pre>
 *
 * <p>Events out of sequence, dated before the previous event, about another enterprise or naming a
 * person the facts do not know are rejected, and the state stays as it was. Replaying {@link
 * #history()} on {@link #initial()} gives an equal state.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ChairCandidacy implements Workflow<ChairCandidacy, CandidacyEvent> {
  ChairCandidacy() {}

  /**
   * Returns the enterprise whose party organisation is to be founded.
   *
   * @return the enterprise's id
   */
  public abstract EnterpriseId enterprise();

  /**
   * Returns the policy whose periods and counts the workflow applies.
   *
   * @return the policy
   */
  public abstract Policy policy();

  /**
   * Returns the current stage.
   *
   * @return the stage
   */
  public abstract CandidacyStage stage();

  /**
   * Returns the candidate, once proposed.
   *
   * @return the person's id, if proposed
   */
  public abstract Optional<PersonId> candidate();

  /**
   * Returns the union that proposed, once proposed.
   *
   * @return the union's id, if proposed
   */
  public abstract Optional<OrganizationId> union();

  /**
   * Returns the higher party organisation, once submitted.
   *
   * @return its id, if submitted
   */
  public abstract Optional<OrganizationId> higherOrganization();

  /**
   * Returns the form the party organisation was founded in at the founding meeting: a branch, or a
   * joint branch when there were fewer than {@code BRANCH_MIN_FULL_MEMBERS} full members.
   *
   * @return the form, once founded
   */
  public abstract Optional<PartyForm> foundedAs();

  /**
   * Returns the date each step was recorded.
   *
   * @return the dates by step
   */
  public abstract ImmutableMap<WorkflowStep, LocalDate> steps();

  @Override
  public abstract ImmutableList<CandidacyEvent> history();

  @Override
  public abstract ImmutableList<AuditEntry> auditTrail();

  /**
   * Starts a candidacy for an enterprise under a policy.
   *
   * @param enterprise the enterprise
   * @param policy the policy
   * @return the workflow at {@link CandidacyStage#NOT_STARTED}
   */
  public static ChairCandidacy of(EnterpriseId enterprise, Policy policy) {
    return ImmutableChairCandidacy.builder()
        .enterprise(enterprise)
        .policy(policy)
        .stage(CandidacyStage.NOT_STARTED)
        .build();
  }

  /**
   * Replays a history from the start: applies each event in turn and stops at the first that is
   * rejected.
   *
   * @param enterprise the enterprise
   * @param policy the policy
   * @param events the history
   * @return the state after every event, or the first rejection with the state before it
   */
  public static Transition<ChairCandidacy> replay(
      EnterpriseId enterprise, Policy policy, Iterable<? extends CandidacyEvent> events) {
    Transition<ChairCandidacy> result = Transition.accepted(of(enterprise, policy));
    for (CandidacyEvent event : events) {
      result = result.then(s -> s.apply(event));
      if (result.isRejected()) {
        return result;
      }
    }
    return result;
  }

  /**
   * Returns the state this workflow started from: the same enterprise and policy, no events.
   *
   * @return the initial state
   */
  public final ChairCandidacy initial() {
    return of(enterprise(), policy());
  }

  @Override
  public final Transition<ChairCandidacy> apply(CandidacyEvent event) {
    return CandidacyEngine.apply(this, event);
  }

  @Override
  public final ImmutableList<Obligation> obligations(LocalDate asOf) {
    return CandidacyEngine.obligations(this, asOf);
  }

  /**
   * Returns the date a step was recorded.
   *
   * @param step the step
   * @return its date, or empty if it has not been recorded
   */
  public final Optional<LocalDate> dateOf(WorkflowStep step) {
    return Optional.ofNullable(steps().get(step));
  }

  /**
   * Returns the date of the last event.
   *
   * @return the date, or empty before the first event
   */
  public final Optional<LocalDate> lastEventDate() {
    return history().isEmpty()
        ? Optional.empty()
        : Optional.of(history().get(history().size() - 1).date());
  }

  /**
   * Returns the workflow in short, such as {@code ChairCandidacy[E-1, SUBMITTED, 3 events]}.
   *
   * @return the workflow as text
   */
  @Override
  public String toString() {
    return "ChairCandidacy["
        + enterprise().value()
        + ", "
        + stage()
        + ", "
        + history().size()
        + " events]";
  }
}
