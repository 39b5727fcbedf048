package org.dangong.recommendation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.dangong.model.EnterpriseId;
import org.dangong.model.OrganizationId;
import org.dangong.model.PersonId;
import org.dangong.model.RegionId;
import org.dangong.policy.Policy;
import org.immutables.value.Value;

/**
 * One person's membership development (发展党员), from the application through the union's
 * recommendation (推优, DUAL-REC-2) or party members' recommendation, activist, development target
 * and admission to probation and full membership, as an event-sourced workflow.
 *
 * <p>Every period and count comes from the {@link Policy} the workflow was started with, each at
 * the date it applies to; working days (for a local publicity, 公示) come from its {@link
 * WorkingCalendar}. The guards of each step are those of DEVELOP-REG:
 *
 * <ol>
 *   <li>{@link ApplicationReceived}: aged {@code APPLICANT_MIN_AGE} or more (Art. 5), not already
 *       an activist or a member;
 *   <li>{@link ApplicantTalked}: due within {@code APPLICATION_TALK_WITHIN} (Art. 7) — a late talk
 *       is recorded with advice, not rejected;
 *   <li>{@link UnionNominated} and {@link UnionRecommended} (推优): an active member of the union,
 *       aged {@code APPLICANT_MIN_AGE} or more on the date, who has applied and is not already an
 *       activist or a member;
 *   <li>{@link ActivistDetermined} (Art. 8): after the talk, on the union's recommendation or
 *       members' recommendation; then {@link ActivistFiled} with the higher committee;
 *   <li>{@link ActivistReviewed} every {@code ACTIVIST_REVIEW_INTERVAL} (Art. 11);
 *   <li>{@link DevelopmentTargetDetermined} (Art. 13): after {@code ACTIVIST_MIN_CULTIVATION} as
 *       activist, filed, with one review per interval elapsed; then {@link DevelopmentTargetFiled};
 *   <li>{@link IntroducersAssigned} (Art. 14), {@link PoliticalReviewCompleted}, {@link
 *       TrainingCompleted} (Art. 17), then {@link PreReviewCompleted} (Art. 19);
 *   <li>{@link PublicityStarted} where a local policy enables publicity ({@code
 *       ADMISSION_PUBLICITY_ENABLED}): the meeting comes after {@code
 *       ADMISSION_PUBLICITY_WORKING_DAYS} working days;
 *   <li>{@link AdmissionVoted}: quorum and majority of the branch general meeting;
 *   <li>{@link AdmissionApproved} within {@code ADMISSION_APPROVAL_WITHIN} of the meeting, or
 *       {@code ADMISSION_APPROVAL_MAX} after an {@link ApprovalExtended}; or {@link
 *       AdmissionRefused};
 *   <li>probation of {@code PROBATION_PERIOD} from the meeting (Art. 32), then {@link
 *       ProbationConverted}, one {@link ProbationExtended} of six to twelve months, or {@link
 *       ProbationCancelled}; {@link DevelopmentWithdrawn} ends the development before membership.
 * </ol>
 *
 * <pre>{@code
 * MembershipDevelopment d = MembershipDevelopment.of(PersonId.of("P-7"), Policy.national());
 * Transition<MembershipDevelopment> t = d.apply(application).then(s -> s.apply(talk));
 * if (t.isAccepted()) {
 *   d = t.state();
 * }
 * d.obligations(LocalDate.of(2024, 6, 1));   // what is due, and what is overdue
 * }</pre>
 *
 * <p>Events out of sequence, dated before the previous event, about another person or naming a
 * person the facts do not know are rejected, and the state stays as it was. Replaying {@link
 * #history()} on {@link #initial()} gives an equal state.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MembershipDevelopment
    implements Workflow<MembershipDevelopment, DevelopmentEvent> {
  MembershipDevelopment() {}

  /**
   * Returns the person being developed.
   *
   * @return the person's id
   */
  public abstract PersonId person();

  /**
   * Returns the policy whose periods and counts the workflow applies.
   *
   * @return the policy
   */
  public abstract Policy policy();

  /**
   * Returns the calendar of working days.
   *
   * @return the calendar
   */
  public abstract WorkingCalendar calendar();

  /**
   * Returns the current stage.
   *
   * @return the stage
   */
  public abstract DevelopmentStage stage();

  /**
   * Returns the date each step was first recorded (for {@link WorkflowStep#ACTIVIST_REVIEW} the
   * first review; see {@link #reviews()} for all).
   *
   * @return the dates by step
   */
  public abstract ImmutableMap<WorkflowStep, LocalDate> steps();

  /**
   * Returns the dates of the activist reviews, in order.
   *
   * @return the review dates
   */
  public abstract ImmutableList<LocalDate> reviews();

  /**
   * Returns how the person was proposed as activist, once determined.
   *
   * @return the channel, if an activist has been determined
   */
  public abstract Optional<RecommendationChannel> channel();

  /**
   * Returns the union that nominated the person (推优), if any.
   *
   * @return the union's id, if any
   */
  public abstract Optional<OrganizationId> union();

  /**
   * Returns the region the development is counted in, from the application.
   *
   * @return the region, if known
   */
  public abstract Optional<RegionId> region();

  /**
   * Returns the applicant's employer at the application.
   *
   * @return the enterprise, if any
   */
  public abstract Optional<EnterpriseId> enterprise();

  /**
   * Returns the introducers, once assigned.
   *
   * @return their ids
   */
  public abstract ImmutableSet<PersonId> introducers();

  /**
   * Returns the last day of the local publicity, once started.
   *
   * @return the last working day of the publicity, if started
   */
  public abstract Optional<LocalDate> publicityLastDay();

  /**
   * Returns the last day of the probation, once approved: the branch meeting's date plus the
   * probation, plus any extension.
   *
   * @return the end of probation, if approved
   */
  public abstract Optional<LocalDate> probationEnd();

  /**
   * Returns how many times the probation has been extended.
   *
   * @return the extensions, at least 0
   */
  public abstract int extensions();

  @Override
  public abstract ImmutableList<DevelopmentEvent> history();

  @Override
  public abstract ImmutableList<AuditEntry> auditTrail();

  /**
   * Starts the development of a person under a policy, with weekends as the only days off.
   *
   * @param person the person
   * @param policy the policy
   * @return the workflow at {@link DevelopmentStage#NOT_STARTED}
   */
  public static MembershipDevelopment of(PersonId person, Policy policy) {
    return of(person, policy, WorkingCalendar.weekends());
  }

  /**
   * Starts the development of a person under a policy and a calendar of working days.
   *
   * @param person the person
   * @param policy the policy
   * @param calendar the working days, for the local publicity
   * @return the workflow at {@link DevelopmentStage#NOT_STARTED}
   */
  public static MembershipDevelopment of(PersonId person, Policy policy, WorkingCalendar calendar) {
    return ImmutableMembershipDevelopment.builder()
        .person(person)
        .policy(policy)
        .calendar(calendar)
        .stage(DevelopmentStage.NOT_STARTED)
        .extensions(0)
        .build();
  }

  /**
   * Replays a history from the start: applies each event in turn and stops at the first that is
   * rejected.
   *
   * @param person the person
   * @param policy the policy
   * @param calendar the working days
   * @param events the history
   * @return the state after every event, or the first rejection with the state before it
   */
  public static Transition<MembershipDevelopment> replay(
      PersonId person,
      Policy policy,
      WorkingCalendar calendar,
      Iterable<? extends DevelopmentEvent> events) {
    Transition<MembershipDevelopment> result = Transition.accepted(of(person, policy, calendar));
    for (DevelopmentEvent event : events) {
      result = result.then(s -> s.apply(event));
      if (result.isRejected()) {
        return result;
      }
    }
    return result;
  }

  /**
   * Returns the state this workflow started from: the same person, policy and calendar, no events.
   *
   * @return the initial state
   */
  public final MembershipDevelopment initial() {
    return of(person(), policy(), calendar());
  }

  @Override
  public final Transition<MembershipDevelopment> apply(DevelopmentEvent event) {
    return DevelopmentEngine.apply(this, event);
  }

  @Override
  public final ImmutableList<Obligation> obligations(LocalDate asOf) {
    return DevelopmentEngine.obligations(this, asOf);
  }

  /**
   * Returns the date a step was first recorded.
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
   * Tells whether the person has been admitted to the party: a probationary or full member.
   *
   * @return true from the approval of the admission on, unless the probation was cancelled
   */
  public final boolean isMember() {
    return stage().isMember();
  }

  /**
   * Returns the workflow in short, such as {@code MembershipDevelopment[P-7, ACTIVIST, 5 events]}.
   *
   * @return the workflow as text
   */
  @Override
  public String toString() {
    return "MembershipDevelopment["
        + person().value()
        + ", "
        + stage()
        + ", "
        + history().size()
        + " events]";
  }
}
