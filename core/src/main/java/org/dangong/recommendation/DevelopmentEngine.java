package org.dangong.recommendation;

import static org.dangong.recommendation.DevelopmentStage.ACTIVIST;
import static org.dangong.recommendation.DevelopmentStage.ADMITTED;
import static org.dangong.recommendation.DevelopmentStage.APPLICANT;
import static org.dangong.recommendation.DevelopmentStage.DEVELOPMENT_TARGET;
import static org.dangong.recommendation.DevelopmentStage.NOT_STARTED;
import static org.dangong.recommendation.DevelopmentStage.PROBATIONARY;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.dangong.decision.Subject;
import org.dangong.internal.Dates;
import org.dangong.model.OrganizationId;
import org.dangong.model.PartyStage;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.PolicyValue;
import org.dangong.policy.Ratio;

/**
 * The guards and transitions of {@link MembershipDevelopment}; pure functions of state and event.
 */
final class DevelopmentEngine {
  private DevelopmentEngine() {}

  static Transition<MembershipDevelopment> apply(MembershipDevelopment s, DevelopmentEvent e) {
    Checks c = new Checks(Subject.person(s.person()), e);
    if (!e.person().equals(s.person())) {
      c.fail(
          RecommendationRules.KNOWN_PERSON,
          Reasons.otherSubject(e.person().value(), s.person().value()));
      return c.reject(s);
    }
    s.lastEventDate()
        .filter(previous -> e.date().isBefore(previous))
        .ifPresent(
            previous ->
                c.fail(
                    RecommendationRules.EVENT_DATE_ORDER,
                    Reasons.dateBeforePrevious(e.date(), previous)));
    if (e instanceof ApplicationReceived a) {
      return application(s, a, c);
    } else if (e instanceof ApplicantTalked) {
      return talk(s, e, c);
    } else if (e instanceof UnionNominated n) {
      return nomination(s, n, c);
    } else if (e instanceof UnionRecommended r) {
      return unionRecommendation(s, r, c);
    } else if (e instanceof ActivistDetermined a) {
      return activist(s, a, c);
    } else if (e instanceof ActivistFiled) {
      return simple(s, e, c, ACTIVIST, ACTIVIST);
    } else if (e instanceof ActivistReviewed) {
      return review(s, e, c);
    } else if (e instanceof DevelopmentTargetDetermined) {
      return target(s, e, c);
    } else if (e instanceof DevelopmentTargetFiled || e instanceof PoliticalReviewCompleted) {
      return simple(s, e, c, DEVELOPMENT_TARGET, DEVELOPMENT_TARGET);
    } else if (e instanceof IntroducersAssigned i) {
      return introducers(s, i, c);
    } else if (e instanceof TrainingCompleted t) {
      return training(s, t, c);
    } else if (e instanceof PreReviewCompleted p) {
      return preReview(s, p, c);
    } else if (e instanceof PublicityStarted) {
      return publicity(s, e, c);
    } else if (e instanceof AdmissionVoted v) {
      return vote(s, v, c);
    } else if (e instanceof ApprovalExtended) {
      return approvalExtension(s, e, c);
    } else if (e instanceof AdmissionApproved) {
      return approval(s, e, c);
    } else if (e instanceof AdmissionRefused) {
      return simple(s, e, c, ADMITTED, DevelopmentStage.NOT_APPROVED);
    } else if (e instanceof ProbationConverted) {
      return conversion(s, e, c);
    } else if (e instanceof ProbationExtended x) {
      return extension(s, x, c);
    } else if (e instanceof ProbationCancelled) {
      return simple(s, e, c, PROBATIONARY, DevelopmentStage.PROBATION_CANCELLED);
    } else if (e instanceof DevelopmentWithdrawn) {
      return withdrawal(s, e, c);
    }
    // Unreachable: the event classes of this package are the only subclasses.
    throw new IllegalArgumentException("unknown event type: " + e.getClass().getName());
  }

  // ---- Steps ----

  private static Transition<MembershipDevelopment> application(
      MembershipDevelopment s, ApplicationReceived a, Checks c) {
    if (s.stage() != NOT_STARTED) {
      c.fail(
          RecommendationRules.EVENT_IN_SEQUENCE,
          s.dateOf(WorkflowStep.APPLICATION)
              .map(d -> Reasons.stepDone(a.step(), d))
              .orElse(Reasons.stepNotAllowed(a.step(), s.stage())));
    }
    if (a.record().isEmpty()) {
      c.fail(RecommendationRules.KNOWN_PERSON, Reasons.unknownPerson(a.person()));
    } else {
      Person record = a.record().get();
      age(s.policy(), record, a.date(), c);
      standing(record, c);
    }
    return advance(s, a, c, APPLICANT, next -> next.region(a.region()).enterprise(a.enterprise()));
  }

  private static Transition<MembershipDevelopment> talk(
      MembershipDevelopment s, DevelopmentEvent e, Checks c) {
    if (atStage(s, e, c, APPLICANT) && notDone(s, e, c)) {
      LocalDate applied = s.dateOf(WorkflowStep.APPLICATION).orElseThrow();
      PolicyValue<Period> within = s.policy().entry(Parameters.APPLICATION_TALK_WITHIN, applied);
      organisationDeadline(e.date(), Dates.plus(applied, within.value()), c, within);
    }
    return advance(s, e, c, s.stage(), UnaryOperator.identity());
  }

  private static Transition<MembershipDevelopment> nomination(
      MembershipDevelopment s, UnionNominated n, Checks c) {
    if (hasAppliedAndNotActivist(s, n, c)) {
      notDone(s, n, c);
    }
    unionGuards(s, n.record(), n.person(), n.union(), n.date(), c);
    return advance(s, n, c, s.stage(), next -> next.union(n.union()));
  }

  private static Transition<MembershipDevelopment> unionRecommendation(
      MembershipDevelopment s, UnionRecommended r, Checks c) {
    if (hasAppliedAndNotActivist(s, r, c)
        && requireDone(s, r, c, WorkflowStep.UNION_NOMINATION)
        && notDone(s, r, c)) {
      OrganizationId nominating = s.union().orElseThrow();
      if (!nominating.equals(r.union())) {
        c.fail(RecommendationRules.UNION_RECOMMENDATION, Reasons.otherUnion(r.union(), nominating));
      }
    }
    unionGuards(s, r.record(), r.person(), r.union(), r.date(), c);
    return advance(s, r, c, s.stage(), UnaryOperator.identity());
  }

  private static Transition<MembershipDevelopment> activist(
      MembershipDevelopment s, ActivistDetermined a, Checks c) {
    if (hasAppliedAndNotActivist(s, a, c)) {
      requireDone(s, a, c, WorkflowStep.TALK);
    }
    if (a.channel() == RecommendationChannel.UNION_RECOMMENDATION) {
      Optional<LocalDate> recommended = s.dateOf(WorkflowStep.UNION_RECOMMENDATION);
      if (recommended.isPresent() && s.union().isPresent()) {
        c.pass(
            RecommendationRules.ACTIVIST,
            Reasons.unionRecommended(s.union().get(), recommended.get()));
      } else {
        c.fail(RecommendationRules.ACTIVIST, Reasons.noUnionRecommendation());
      }
    } else {
      if (a.recommenders().isEmpty()) {
        c.fail(RecommendationRules.ACTIVIST, Reasons.noMemberRecommender());
      }
      boolean all = true;
      for (PersonId recommender : a.recommenders()) {
        Optional<Person> record =
            a.recommenderRecords().stream().filter(p -> p.id().equals(recommender)).findFirst();
        if (record.isEmpty()) {
          c.fail(RecommendationRules.KNOWN_PERSON, Reasons.unknownPerson(recommender));
          all = false;
        } else if (!record.get().isPartyMember()) {
          c.fail(
              RecommendationRules.ACTIVIST,
              Reasons.recommenderNotMember(recommender, record.get().partyStanding().stage()));
          all = false;
        }
      }
      if (all && !a.recommenders().isEmpty()) {
        c.pass(RecommendationRules.ACTIVIST, Reasons.memberRecommended(a.recommenders().size()));
      }
    }
    return advance(s, a, c, ACTIVIST, next -> next.channel(a.channel()));
  }

  private static Transition<MembershipDevelopment> review(
      MembershipDevelopment s, DevelopmentEvent e, Checks c) {
    if (atStage(s, e, c, ACTIVIST)) {
      LocalDate since = lastReviewOrActivist(s);
      PolicyValue<Period> interval = s.policy().entry(Parameters.ACTIVIST_REVIEW_INTERVAL, since);
      organisationDeadline(e.date(), Dates.plus(since, interval.value()), c, interval);
    }
    return advance(
        s,
        e,
        c,
        s.stage(),
        next ->
            next.reviews(
                ImmutableList.<LocalDate>builder().addAll(s.reviews()).add(e.date()).build()));
  }

  private static Transition<MembershipDevelopment> target(
      MembershipDevelopment s, DevelopmentEvent e, Checks c) {
    if (atStage(s, e, c, ACTIVIST) && requireDone(s, e, c, WorkflowStep.ACTIVIST_FILING)) {
      LocalDate since = s.dateOf(WorkflowStep.ACTIVIST_DETERMINATION).orElseThrow();
      PolicyValue<Period> cultivation =
          s.policy().entry(Parameters.ACTIVIST_MIN_CULTIVATION, since);
      boolean longEnough = !e.date().isBefore(Dates.plus(since, cultivation.value()));
      guard(
          c,
          longEnough,
          RecommendationRules.CULTIVATION_PERIOD,
          Reasons.period(longEnough, since, e.date(), cultivation));
      PolicyValue<Period> interval = s.policy().entry(Parameters.ACTIVIST_REVIEW_INTERVAL, since);
      int required = intervalsElapsed(since, e.date(), interval.value());
      int actual = s.reviews().size();
      boolean reviewed = actual >= required;
      guard(
          c,
          reviewed,
          RecommendationRules.ACTIVIST_REVIEW,
          Reasons.reviews(reviewed, actual, required, interval));
    }
    return advance(s, e, c, DEVELOPMENT_TARGET, UnaryOperator.identity());
  }

  private static Transition<MembershipDevelopment> introducers(
      MembershipDevelopment s, IntroducersAssigned i, Checks c) {
    if (atStage(s, i, c, DEVELOPMENT_TARGET)) {
      notDone(s, i, c);
    }
    PolicyValue<Integer> required = s.policy().entry(Parameters.INTRODUCERS_REQUIRED, i.date());
    boolean enough = i.introducers().size() >= required.value();
    guard(
        c,
        enough,
        RecommendationRules.INTRODUCERS,
        Reasons.count(enough, i.introducers().size(), required));
    boolean eligible = true;
    for (PersonId introducer : i.introducers()) {
      Optional<Person> record =
          i.introducerRecords().stream().filter(p -> p.id().equals(introducer)).findFirst();
      if (record.isEmpty()) {
        c.fail(RecommendationRules.KNOWN_PERSON, Reasons.unknownPerson(introducer));
        eligible = false;
        continue;
      }
      if (!record.get().isFullPartyMember()) {
        c.fail(
            RecommendationRules.INTRODUCERS,
            Reasons.introducerNotFull(introducer, record.get().partyStanding().stage()));
        eligible = false;
      }
      if (record.get().partyStanding().underDisciplinaryProbation()) {
        c.fail(RecommendationRules.INTRODUCERS, Reasons.introducerUnderDiscipline(introducer));
        eligible = false;
      }
    }
    if (eligible) {
      c.pass(RecommendationRules.INTRODUCERS, Reasons.introducersEligible(i.introducers().size()));
    }
    return advance(s, i, c, s.stage(), next -> next.introducers(i.introducers()));
  }

  private static Transition<MembershipDevelopment> training(
      MembershipDevelopment s, TrainingCompleted t, Checks c) {
    if (atStage(s, t, c, DEVELOPMENT_TARGET)) {
      notDone(s, t, c);
    }
    PolicyValue<Integer> days = s.policy().entry(Parameters.TRAINING_MIN_DAYS, t.date());
    PolicyValue<Integer> hours = s.policy().entry(Parameters.TRAINING_MIN_HOURS, t.date());
    boolean enough = t.days() >= days.value() || t.hours() >= hours.value();
    guard(
        c,
        enough,
        RecommendationRules.TRAINING,
        Reasons.training(enough, t.days(), t.hours(), days, hours));
    return advance(s, t, c, s.stage(), UnaryOperator.identity());
  }

  private static Transition<MembershipDevelopment> preReview(
      MembershipDevelopment s, PreReviewCompleted p, Checks c) {
    if (atStage(s, p, c, DEVELOPMENT_TARGET) && notDone(s, p, c)) {
      requireDone(
          s,
          p,
          c,
          WorkflowStep.TARGET_FILING,
          WorkflowStep.INTRODUCERS,
          WorkflowStep.POLITICAL_REVIEW,
          WorkflowStep.TRAINING);
    }
    if (p.leavingOn().isPresent()) {
      PolicyValue<Period> window = s.policy().entry(Parameters.PRE_REVIEW_LEAVING_WINDOW, p.date());
      boolean stays = p.leavingOn().get().isAfter(Dates.plus(p.date(), window.value()));
      guard(
          c,
          stays,
          RecommendationRules.PRE_REVIEW,
          Reasons.leaving(stays, p.date(), p.leavingOn().get(), window));
    }
    return advance(s, p, c, s.stage(), UnaryOperator.identity());
  }

  private static Transition<MembershipDevelopment> publicity(
      MembershipDevelopment s, DevelopmentEvent e, Checks c) {
    if (atStage(s, e, c, DEVELOPMENT_TARGET) && requireDone(s, e, c, WorkflowStep.PRE_REVIEW)) {
      notDone(s, e, c);
    }
    int days = s.policy().value(Parameters.ADMISSION_PUBLICITY_WORKING_DAYS, e.date());
    return advance(
        s,
        e,
        c,
        s.stage(),
        next -> next.publicityLastDay(s.calendar().lastWorkingDay(e.date(), days)));
  }

  private static Transition<MembershipDevelopment> vote(
      MembershipDevelopment s, AdmissionVoted v, Checks c) {
    if (atStage(s, v, c, DEVELOPMENT_TARGET)) {
      requireDone(s, v, c, WorkflowStep.PRE_REVIEW);
    }
    PolicyValue<Boolean> enabled =
        s.policy().entry(Parameters.ADMISSION_PUBLICITY_ENABLED, v.date());
    if (enabled.value()) {
      Optional<LocalDate> lastDay = s.publicityLastDay();
      if (lastDay.isEmpty()) {
        c.fail(
            RecommendationRules.PUBLICITY,
            Reasons.publicityMissing(
                enabled, s.policy().entry(Parameters.ADMISSION_PUBLICITY_WORKING_DAYS, v.date())));
      } else {
        boolean over = v.date().isAfter(lastDay.get());
        guard(
            c,
            over,
            RecommendationRules.PUBLICITY,
            Reasons.publicity(over, lastDay.get(), v.date(), enabled));
      }
    }
    PolicyValue<Ratio> quorum = s.policy().entry(Parameters.ADMISSION_MEETING_QUORUM, v.date());
    boolean quorate = quorum.value().isMetBy(v.present(), v.entitled());
    guard(
        c,
        quorate,
        RecommendationRules.MEETING_QUORUM,
        Reasons.ratio(quorate, v.present(), v.entitled(), quorum));
    PolicyValue<Ratio> majority = s.policy().entry(Parameters.ADMISSION_VOTE_MAJORITY, v.date());
    boolean admitted = majority.value().isMetBy(v.totalYesVotes(), v.entitled());
    guard(
        c,
        admitted,
        RecommendationRules.ADMISSION_MAJORITY,
        Reasons.ratio(admitted, v.totalYesVotes(), v.entitled(), majority));
    return advance(s, v, c, ADMITTED, UnaryOperator.identity());
  }

  private static Transition<MembershipDevelopment> approvalExtension(
      MembershipDevelopment s, DevelopmentEvent e, Checks c) {
    if (atStage(s, e, c, ADMITTED) && notDone(s, e, c)) {
      LocalDate meeting = s.dateOf(WorkflowStep.BRANCH_MEETING).orElseThrow();
      PolicyValue<Period> within = s.policy().entry(Parameters.ADMISSION_APPROVAL_WITHIN, meeting);
      LocalDate due = Dates.plus(meeting, within.value());
      boolean inTime = !e.date().isAfter(due);
      guard(
          c, inTime, RecommendationRules.APPROVAL, Reasons.deadline(inTime, e.date(), due, within));
    }
    return advance(s, e, c, s.stage(), UnaryOperator.identity());
  }

  private static Transition<MembershipDevelopment> approval(
      MembershipDevelopment s, DevelopmentEvent e, Checks c) {
    Optional<LocalDate> probationEnd = Optional.empty();
    if (atStage(s, e, c, ADMITTED)) {
      LocalDate meeting = s.dateOf(WorkflowStep.BRANCH_MEETING).orElseThrow();
      PolicyValue<Period> limit = approvalLimit(s, meeting);
      LocalDate due = Dates.plus(meeting, limit.value());
      boolean inTime = !e.date().isAfter(due);
      guard(
          c, inTime, RecommendationRules.APPROVAL, Reasons.deadline(inTime, e.date(), due, limit));
      probationEnd =
          Optional.of(Dates.plus(meeting, s.policy().value(Parameters.PROBATION_PERIOD, meeting)));
    }
    Optional<LocalDate> end = probationEnd;
    return advance(s, e, c, PROBATIONARY, next -> next.probationEnd(end));
  }

  private static Transition<MembershipDevelopment> conversion(
      MembershipDevelopment s, DevelopmentEvent e, Checks c) {
    if (atStage(s, e, c, PROBATIONARY)) {
      probationOver(s, e, c, RecommendationRules.PROBATION);
    }
    return advance(s, e, c, DevelopmentStage.FULL_MEMBER, UnaryOperator.identity());
  }

  private static Transition<MembershipDevelopment> extension(
      MembershipDevelopment s, ProbationExtended x, Checks c) {
    LocalDate newEnd = x.date();
    if (atStage(s, x, c, PROBATIONARY)) {
      LocalDate end = probationOver(s, x, c, RecommendationRules.PROBATION_EXTENSION);
      PolicyValue<Integer> maximum =
          s.policy().entry(Parameters.PROBATION_MAX_EXTENSIONS, x.date());
      boolean left = s.extensions() < maximum.value();
      guard(
          c,
          left,
          RecommendationRules.PROBATION_EXTENSION,
          Reasons.extensionCount(left, s.extensions(), maximum));
      PolicyValue<Period> min = s.policy().entry(Parameters.PROBATION_EXTENSION_MIN, x.date());
      PolicyValue<Period> max = s.policy().entry(Parameters.PROBATION_EXTENSION_MAX, x.date());
      newEnd = Dates.plus(end, x.extension());
      boolean inRange =
          !newEnd.isBefore(Dates.plus(end, min.value())) && !newEnd.isAfter(Dates.plus(end, max.value()));
      guard(
          c,
          inRange,
          RecommendationRules.PROBATION_EXTENSION,
          Reasons.extensionRange(inRange, x.extension(), min, max));
    }
    LocalDate extendedEnd = newEnd;
    return advance(
        s, x, c, s.stage(), next -> next.probationEnd(extendedEnd).extensions(s.extensions() + 1));
  }

  private static Transition<MembershipDevelopment> withdrawal(
      MembershipDevelopment s, DevelopmentEvent e, Checks c) {
    atStage(s, e, c, APPLICANT, ACTIVIST, DEVELOPMENT_TARGET, ADMITTED);
    return advance(s, e, c, DevelopmentStage.WITHDRAWN, UnaryOperator.identity());
  }

  /** A step with no guard of its own: recorded once, at the given stage. */
  private static Transition<MembershipDevelopment> simple(
      MembershipDevelopment s,
      DevelopmentEvent e,
      Checks c,
      DevelopmentStage at,
      DevelopmentStage to) {
    if (atStage(s, e, c, at)) {
      notDone(s, e, c);
    }
    return advance(s, e, c, to, UnaryOperator.identity());
  }

  // ---- Guards ----

  private static void guard(
      Checks c, boolean met, org.dangong.decision.Rule rule, org.dangong.decision.Reason reason) {
    if (met) {
      c.pass(rule, reason);
    } else {
      c.fail(rule, reason);
    }
  }

  private static void age(Policy policy, Person record, LocalDate date, Checks c) {
    PolicyValue<Integer> minimum = policy.entry(Parameters.APPLICANT_MIN_AGE, date);
    int age = record.ageOn(date);
    boolean old = age >= minimum.value();
    guard(c, old, RecommendationRules.APPLICANT_AGE, Reasons.age(old, age, date, minimum));
  }

  private static void standing(Person record, Checks c) {
    PartyStage stage = record.partyStanding().stage();
    boolean notYet = stage == PartyStage.NONE || stage == PartyStage.APPLICANT;
    guard(c, notYet, RecommendationRules.NOT_YET_ACTIVIST_OR_MEMBER, Reasons.stage(notYet, stage));
  }

  /** The 推优 guards that rest on the nominee's record: union member, age, not yet an activist. */
  private static void unionGuards(
      MembershipDevelopment s,
      Optional<Person> record,
      PersonId person,
      OrganizationId union,
      LocalDate date,
      Checks c) {
    if (record.isEmpty()) {
      c.fail(RecommendationRules.KNOWN_PERSON, Reasons.unknownPerson(person));
      return;
    }
    Person nominee = record.get();
    Optional<LocalDate> since =
        nominee
            .unionMembership()
            .filter(m -> nominee.isActiveMemberOf(union) && !m.since().isAfter(date))
            .map(m -> m.since());
    if (since.isPresent()) {
      c.pass(RecommendationRules.UNION_MEMBER, Reasons.unionMember(union, since.get()));
    } else {
      c.fail(RecommendationRules.UNION_MEMBER, Reasons.notUnionMember(union, date));
    }
    age(s.policy(), nominee, date, c);
    standing(nominee, c);
  }

  /**
   * The guards of DEVELOP-REG Art. 8 on the workflow's own stage: activists are chosen among
   * applicants who are not yet activists; a finished development takes no more steps.
   */
  private static boolean hasAppliedAndNotActivist(
      MembershipDevelopment s, DevelopmentEvent e, Checks c) {
    DevelopmentStage stage = s.stage();
    if (stage == NOT_STARTED) {
      c.fail(RecommendationRules.HAS_APPLIED, Reasons.notApplied());
      return false;
    }
    if (stage.isFinal()) {
      c.fail(RecommendationRules.EVENT_IN_SEQUENCE, Reasons.stepNotAllowed(e.step(), stage));
      return false;
    }
    if (stage != APPLICANT) {
      c.fail(RecommendationRules.NOT_YET_ACTIVIST_OR_MEMBER, Reasons.stage(false, stage));
      return false;
    }
    c.pass(
        RecommendationRules.HAS_APPLIED,
        Reasons.applied(s.dateOf(WorkflowStep.APPLICATION).orElseThrow()));
    return true;
  }

  private static boolean atStage(
      MembershipDevelopment s, DevelopmentEvent e, Checks c, DevelopmentStage... allowed) {
    EnumSet<DevelopmentStage> set = EnumSet.noneOf(DevelopmentStage.class);
    for (DevelopmentStage stage : allowed) {
      set.add(stage);
    }
    if (set.contains(s.stage())) {
      return true;
    }
    c.fail(RecommendationRules.EVENT_IN_SEQUENCE, Reasons.stepNotAllowed(e.step(), s.stage()));
    return false;
  }

  private static boolean notDone(MembershipDevelopment s, DevelopmentEvent e, Checks c) {
    Optional<LocalDate> done = s.dateOf(e.step());
    done.ifPresent(
        d -> c.fail(RecommendationRules.EVENT_IN_SEQUENCE, Reasons.stepDone(e.step(), d)));
    return done.isEmpty();
  }

  private static boolean requireDone(
      MembershipDevelopment s, DevelopmentEvent e, Checks c, WorkflowStep... required) {
    boolean all = true;
    for (WorkflowStep step : required) {
      if (s.dateOf(step).isEmpty()) {
        c.fail(RecommendationRules.EVENT_IN_SEQUENCE, Reasons.stepMissing(e.step(), step));
        all = false;
      }
    }
    return all;
  }

  /** A deadline of the organisation's: a late step is recorded with advice, not rejected. */
  private static void organisationDeadline(
      LocalDate date, LocalDate due, Checks c, PolicyValue<?> used) {
    if (date.isAfter(due)) {
      c.advise(Reasons.late(date, due, used));
    } else {
      c.pass(Reasons.deadline(true, date, due, used));
    }
  }

  /** Checks that the probation has ended by the event's date; returns its end. */
  private static LocalDate probationOver(
      MembershipDevelopment s, DevelopmentEvent e, Checks c, org.dangong.decision.Rule rule) {
    LocalDate end = s.probationEnd().orElseThrow();
    LocalDate meeting = s.dateOf(WorkflowStep.BRANCH_MEETING).orElseThrow();
    PolicyValue<Period> period = s.policy().entry(Parameters.PROBATION_PERIOD, meeting);
    boolean over = !e.date().isBefore(end);
    guard(c, over, rule, Reasons.probation(over, end, e.date(), period));
    return end;
  }

  private static PolicyValue<Period> approvalLimit(MembershipDevelopment s, LocalDate meeting) {
    return s.policy()
        .entry(
            s.dateOf(WorkflowStep.APPROVAL_EXTENSION).isPresent()
                ? Parameters.ADMISSION_APPROVAL_MAX
                : Parameters.ADMISSION_APPROVAL_WITHIN,
            meeting);
  }

  private static LocalDate lastReviewOrActivist(MembershipDevelopment s) {
    return s.reviews().isEmpty()
        ? s.dateOf(WorkflowStep.ACTIVIST_DETERMINATION).orElseThrow()
        : s.reviews().get(s.reviews().size() - 1);
  }

  /** How many whole intervals lie between two dates: the reviews due by {@code to}. */
  static int intervalsElapsed(LocalDate from, LocalDate to, Period interval) {
    // The dates from + k × interval grow with k: find the largest k not after `to` by bisection,
    // so that dates at the calendar's ends neither loop for billions of steps nor overflow.
    if (interval.isZero() || interval.isNegative() || !Dates.stepsWithin(from, interval, 1, to)) {
      return 0;
    }
    int low = 1; // within
    int high = Integer.MAX_VALUE; // assumed beyond, checked below
    if (Dates.stepsWithin(from, interval, high, to)) {
      return high;
    }
    while (high - low > 1) {
      int mid = low + (high - low) / 2;
      if (Dates.stepsWithin(from, interval, mid, to)) {
        low = mid;
      } else {
        high = mid;
      }
    }
    return low;
  }

  // ---- The next state ----

  private static Transition<MembershipDevelopment> advance(
      MembershipDevelopment s,
      DevelopmentEvent e,
      Checks c,
      DevelopmentStage stage,
      UnaryOperator<ImmutableMembershipDevelopment.Builder> change) {
    if (c.failed()) {
      return c.reject(s);
    }
    ImmutableMembershipDevelopment.Builder next =
        ImmutableMembershipDevelopment.builder()
            .from(s)
            .stage(stage)
            .history(ImmutableList.<DevelopmentEvent>builder().addAll(s.history()).add(e).build())
            .auditTrail(
                ImmutableList.<AuditEntry>builder()
                    .addAll(s.auditTrail())
                    .add(AuditEntry.of(s.history().size() + 1, e, c.record()))
                    .build());
    if (!s.steps().containsKey(e.step())) {
      next.steps(
          ImmutableMap.<WorkflowStep, LocalDate>builder()
              .putAll(s.steps())
              .put(e.step(), e.date())
              .build());
    }
    return Transition.accepted(change.apply(next).build());
  }

  // ---- Obligations ----

  static ImmutableList<Obligation> obligations(MembershipDevelopment s, LocalDate asOf) {
    Subject subject = Subject.person(s.person());
    Policy policy = s.policy();
    List<Obligation> due = new ArrayList<>();
    switch (s.stage()) {
      case APPLICANT -> {
        LocalDate applied = s.dateOf(WorkflowStep.APPLICATION).orElseThrow();
        if (s.dateOf(WorkflowStep.TALK).isEmpty()) {
          PolicyValue<Period> within = policy.entry(Parameters.APPLICATION_TALK_WITHIN, applied);
          due.add(
              Obligation.create(
                  ObligationKind.TALK_WITH_APPLICANT,
                  subject,
                  RecommendationRules.TALK.id(),
                  applied,
                  Optional.empty(),
                  Optional.of(Dates.plus(applied, within.value())),
                  asOf,
                  ImmutableList.of(within)));
        }
        Optional<LocalDate> recommended = s.dateOf(WorkflowStep.UNION_RECOMMENDATION);
        if (recommended.isPresent()) {
          due.add(
              pending(
                  ObligationKind.DECIDE_ON_ACTIVIST,
                  subject,
                  RecommendationRules.ACTIVIST,
                  recommended.get(),
                  asOf));
        } else {
          s.dateOf(WorkflowStep.UNION_NOMINATION)
              .ifPresent(
                  d ->
                      due.add(
                          pending(
                              ObligationKind.DECIDE_UNION_RECOMMENDATION,
                              subject,
                              RecommendationRules.UNION_RECOMMENDATION,
                              d,
                              asOf)));
        }
      }
      case ACTIVIST -> {
        LocalDate activist = s.dateOf(WorkflowStep.ACTIVIST_DETERMINATION).orElseThrow();
        if (s.dateOf(WorkflowStep.ACTIVIST_FILING).isEmpty()) {
          due.add(
              pending(
                  ObligationKind.FILE_ACTIVIST,
                  subject,
                  RecommendationRules.FILING,
                  activist,
                  asOf));
        }
        LocalDate since = lastReviewOrActivist(s);
        PolicyValue<Period> interval = policy.entry(Parameters.ACTIVIST_REVIEW_INTERVAL, since);
        due.add(
            Obligation.create(
                ObligationKind.REVIEW_ACTIVIST,
                subject,
                RecommendationRules.ACTIVIST_REVIEW.id(),
                since,
                Optional.empty(),
                Optional.of(Dates.plus(since, interval.value())),
                asOf,
                ImmutableList.of(interval)));
      }
      case DEVELOPMENT_TARGET -> {
        targetObligations(s, subject, asOf, due);
      }
      case ADMITTED -> {
        LocalDate meeting = s.dateOf(WorkflowStep.BRANCH_MEETING).orElseThrow();
        PolicyValue<Period> limit = approvalLimit(s, meeting);
        due.add(
            Obligation.create(
                ObligationKind.APPROVE_ADMISSION,
                subject,
                RecommendationRules.APPROVAL.id(),
                meeting,
                Optional.empty(),
                Optional.of(Dates.plus(meeting, limit.value())),
                asOf,
                ImmutableList.of(limit)));
      }
      case PROBATIONARY -> {
        LocalDate end = s.probationEnd().orElseThrow();
        LocalDate start = s.dateOf(WorkflowStep.BRANCH_MEETING).orElseThrow();
        due.add(
            Obligation.create(
                ObligationKind.DECIDE_AT_PROBATION_END,
                subject,
                RecommendationRules.PROBATION.id(),
                start,
                Optional.of(end),
                Optional.of(end),
                asOf,
                ImmutableList.of(policy.entry(Parameters.PROBATION_PERIOD, start))));
      }
      default -> {
        // nothing outstanding before the application or after the end
      }
    }
    return ImmutableList.sortedCopyOf(due);
  }

  private static void targetObligations(
      MembershipDevelopment s, Subject subject, LocalDate asOf, List<Obligation> due) {
    LocalDate target = s.dateOf(WorkflowStep.TARGET_DETERMINATION).orElseThrow();
    ImmutableMap<WorkflowStep, ObligationKind> before =
        ImmutableMap.of(
            WorkflowStep.TARGET_FILING, ObligationKind.FILE_DEVELOPMENT_TARGET,
            WorkflowStep.INTRODUCERS, ObligationKind.ASSIGN_INTRODUCERS,
            WorkflowStep.POLITICAL_REVIEW, ObligationKind.CONDUCT_POLITICAL_REVIEW,
            WorkflowStep.TRAINING, ObligationKind.GIVE_TRAINING);
    boolean ready = true;
    for (var entry : before.entrySet()) {
      if (s.dateOf(entry.getKey()).isEmpty()) {
        ready = false;
        due.add(
            pending(
                entry.getValue(), subject, RecommendationRules.of(entry.getKey()), target, asOf));
      }
    }
    Optional<LocalDate> preReview = s.dateOf(WorkflowStep.PRE_REVIEW);
    if (ready && preReview.isEmpty()) {
      due.add(
          pending(
              ObligationKind.PRE_REVIEW, subject, RecommendationRules.PRE_REVIEW, target, asOf));
    }
    if (preReview.isEmpty()) {
      return;
    }
    PolicyValue<Boolean> enabled = s.policy().entry(Parameters.ADMISSION_PUBLICITY_ENABLED, asOf);
    Optional<LocalDate> lastDay = s.publicityLastDay();
    if (enabled.value() && lastDay.isEmpty()) {
      due.add(
          pending(
              ObligationKind.PUBLICISE,
              subject,
              RecommendationRules.PUBLICITY,
              preReview.get(),
              asOf));
      return;
    }
    Optional<LocalDate> notBefore =
        enabled.value() ? lastDay.map(d -> Dates.plusDays(d, 1)) : Optional.empty();
    due.add(
        Obligation.create(
            ObligationKind.HOLD_BRANCH_MEETING,
            subject,
            RecommendationRules.ADMISSION_VOTE.id(),
            preReview.get(),
            notBefore,
            Optional.empty(),
            asOf,
            enabled.value() ? ImmutableList.of(enabled) : ImmutableList.of()));
  }

  private static Obligation pending(
      ObligationKind kind,
      Subject subject,
      org.dangong.decision.Rule rule,
      LocalDate since,
      LocalDate asOf) {
    return Obligation.create(
        kind,
        subject,
        rule.id(),
        since,
        Optional.empty(),
        Optional.empty(),
        asOf,
        ImmutableList.of());
  }
}
