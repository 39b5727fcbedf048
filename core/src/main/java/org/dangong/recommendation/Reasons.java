package org.dangong.recommendation;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import org.dangong.decision.Argument;
import org.dangong.decision.Reason;
import org.dangong.internal.Dates;
import org.dangong.model.Labelled;
import org.dangong.model.OrganizationId;
import org.dangong.model.PersonId;
import org.dangong.policy.PolicyValue;
import org.dangong.policy.Ratio;

/** The reasons of this package; their messages are in this package's bundles. */
final class Reasons {
  private static final String P = "reason.recommendation.";

  private Reasons() {}

  static Reason recorded(WorkflowEvent event) {
    return Reason.of(
        P + "recorded",
        Argument.label("step", event.step()),
        Argument.date("date", event.date()),
        Argument.label("deciderKind", event.decidedBy().kind()),
        Argument.id("decider", event.decidedBy().id()));
  }

  static Reason otherSubject(String actual, String expected) {
    return Reason.of(
        P + "other-subject", Argument.id("actual", actual), Argument.id("expected", expected));
  }

  static Reason unknownPerson(PersonId person) {
    return Reason.of(P + "unknown-person", Argument.id("person", person));
  }

  static Reason dateBeforePrevious(LocalDate date, LocalDate previous) {
    return Reason.of(
        P + "date-before-previous",
        Argument.date("date", date),
        Argument.date("previous", previous));
  }

  static Reason stepNotAllowed(WorkflowStep step, Labelled stage) {
    return Reason.of(
        P + "step-not-allowed", Argument.label("step", step), Argument.label("stage", stage));
  }

  static Reason stepMissing(WorkflowStep step, WorkflowStep required) {
    return Reason.of(
        P + "step-missing", Argument.label("step", step), Argument.label("required", required));
  }

  static Reason stepDone(WorkflowStep step, LocalDate date) {
    return Reason.of(P + "step-done", Argument.label("step", step), Argument.date("date", date));
  }

  static Reason age(boolean met, int actual, LocalDate date, PolicyValue<Integer> required) {
    return Reason.of(
            P + (met ? "age-met" : "age-below"),
            Argument.number("actual", actual),
            Argument.date("date", date),
            Argument.number("required", required.value()))
        .using(required);
  }

  static Reason stage(boolean met, Labelled stage) {
    return Reason.of(
        P + (met ? "not-yet-activist" : "already-in-stage"), Argument.label("stage", stage));
  }

  static Reason applied(LocalDate date) {
    return Reason.of(P + "applied", Argument.date("date", date));
  }

  static Reason notApplied() {
    return Reason.of(P + "not-applied");
  }

  static Reason unionMember(OrganizationId union, LocalDate since) {
    return Reason.of(
        P + "union-member", Argument.id("union", union), Argument.date("since", since));
  }

  static Reason notUnionMember(OrganizationId union, LocalDate date) {
    return Reason.of(
        P + "not-union-member", Argument.id("union", union), Argument.date("date", date));
  }

  static Reason otherUnion(OrganizationId union, OrganizationId nominating) {
    return Reason.of(
        P + "other-union", Argument.id("union", union), Argument.id("nominating", nominating));
  }

  static Reason unionRecommended(OrganizationId union, LocalDate date) {
    return Reason.of(
        P + "union-recommended", Argument.id("union", union), Argument.date("date", date));
  }

  static Reason noUnionRecommendation() {
    return Reason.of(P + "no-union-recommendation");
  }

  static Reason noMemberRecommender() {
    return Reason.of(P + "no-member-recommender");
  }

  static Reason recommenderNotMember(PersonId recommender, Labelled stage) {
    return Reason.of(
        P + "recommender-not-member",
        Argument.id("recommender", recommender),
        Argument.label("stage", stage));
  }

  static Reason memberRecommended(int count) {
    return Reason.of(P + "member-recommended", Argument.number("count", count));
  }

  /** A minimum period from a date: met when {@code date} is on or after {@code since + period}. */
  static Reason period(boolean met, LocalDate since, LocalDate date, PolicyValue<Period> required) {
    return Reason.of(
            P + (met ? "period-elapsed" : "period-not-elapsed"),
            Argument.date("since", since),
            Argument.period("required", required.value()),
            Argument.date("earliest", Dates.plus(since, required.value())),
            Argument.date("date", date))
        .using(required);
  }

  static Reason reviews(boolean met, int actual, int required, PolicyValue<Period> interval) {
    return Reason.of(
            P + (met ? "reviews-done" : "reviews-missing"),
            Argument.number("actual", actual),
            Argument.number("required", required),
            Argument.period("interval", interval.value()))
        .using(interval);
  }

  static Reason count(boolean met, int actual, PolicyValue<Integer> required) {
    return Reason.of(
            met ? "reason.meets-threshold" : "reason.below-threshold",
            Argument.number("actual", actual),
            Argument.number("required", required.value()))
        .using(required);
  }

  static Reason introducerNotFull(PersonId introducer, Labelled stage) {
    return Reason.of(
        P + "introducer-not-full-member",
        Argument.id("introducer", introducer),
        Argument.label("stage", stage));
  }

  static Reason introducerUnderDiscipline(PersonId introducer) {
    return Reason.of(P + "introducer-under-discipline", Argument.id("introducer", introducer));
  }

  static Reason introducersEligible(int count) {
    return Reason.of(P + "introducers-eligible", Argument.number("count", count));
  }

  static Reason training(
      boolean met,
      int days,
      int hours,
      PolicyValue<Integer> minDays,
      PolicyValue<Integer> minHours) {
    return Reason.of(
            P + (met ? "training-long-enough" : "training-too-short"),
            Argument.number("days", days),
            Argument.number("hours", hours),
            Argument.number("minDays", minDays.value()),
            Argument.number("minHours", minHours.value()))
        .using(minDays, minHours);
  }

  static Reason leaving(
      boolean met, LocalDate date, LocalDate leaving, PolicyValue<Period> window) {
    return Reason.of(
            P + (met ? "leaving-later" : "leaving-soon"),
            Argument.date("leaving", leaving),
            Argument.period("window", window.value()),
            Argument.date("date", date))
        .using(window);
  }

  static Reason publicityMissing(PolicyValue<Boolean> enabled, PolicyValue<Integer> days) {
    return Reason.of(P + "publicity-missing", Argument.number("days", days.value()))
        .using(enabled, days);
  }

  static Reason publicity(
      boolean met, LocalDate lastDay, LocalDate date, PolicyValue<Boolean> enabled) {
    return Reason.of(
            P + (met ? "publicity-over" : "publicity-not-over"),
            Argument.date("lastDay", lastDay),
            Argument.date("date", date))
        .using(enabled);
  }

  static Reason ratio(boolean met, int part, int whole, PolicyValue<Ratio> required) {
    return Reason.of(
            met ? "reason.ratio-met" : "reason.ratio-not-met",
            Argument.number("part", part),
            Argument.number("whole", whole),
            Argument.ratio("required", required.value()))
        .using(required);
  }

  /** A deadline for the organisation: met when {@code date} is on or before {@code due}. */
  static Reason deadline(boolean met, LocalDate date, LocalDate due, PolicyValue<?>... used) {
    return Reason.of(
            P + (met ? "within-deadline" : "deadline-passed"),
            Argument.date("date", date),
            Argument.date("due", due),
            Argument.number("days", Math.max(0, ChronoUnit.DAYS.between(due, date))))
        .using(used);
  }

  /** A step taken after its deadline: recorded, with advice. */
  static Reason late(LocalDate date, LocalDate due, PolicyValue<?>... used) {
    return Reason.of(
            P + "late",
            Argument.date("date", date),
            Argument.date("due", due),
            Argument.number("days", ChronoUnit.DAYS.between(due, date)))
        .using(used);
  }

  static Reason probation(boolean met, LocalDate end, LocalDate date, PolicyValue<Period> period) {
    return Reason.of(
            P + (met ? "probation-over" : "probation-not-over"),
            Argument.date("end", end),
            Argument.date("date", date))
        .using(period);
  }

  static Reason extensionRange(
      boolean met, Period actual, PolicyValue<Period> minimum, PolicyValue<Period> maximum) {
    return Reason.of(
            P + (met ? "extension-in-range" : "extension-out-of-range"),
            Argument.period("actual", actual),
            Argument.period("minimum", minimum.value()),
            Argument.period("maximum", maximum.value()))
        .using(minimum, maximum);
  }

  static Reason extensionCount(boolean met, int already, PolicyValue<Integer> maximum) {
    return Reason.of(
            P + (met ? "extensions-left" : "extensions-exhausted"),
            Argument.number("actual", already),
            Argument.number("maximum", maximum.value()))
        .using(maximum);
  }

  static Reason unionChair(boolean met, PersonId person, OrganizationId union) {
    return Reason.of(
        P + (met ? "union-chair" : "not-union-chair"),
        Argument.id("person", person),
        Argument.id("union", union));
  }

  static Reason fullMember(boolean met, PersonId person, Labelled stage) {
    return Reason.of(
        P + (met ? "full-member" : "not-full-member"),
        Argument.id("person", person),
        Argument.label("stage", stage));
  }

  static Reason partyOrganization(boolean met, PartyOrganizationStatus status) {
    return Reason.of(
        P + (met ? "no-party-organization" : "party-organization-exists"),
        Argument.label("status", status));
  }

  static Reason foundingForm(int fullMembers, PolicyValue<Integer> minimum, Labelled form) {
    return Reason.of(
            P + "founding-form",
            Argument.number("actual", fullMembers),
            Argument.number("required", minimum.value()),
            Argument.label("form", form))
        .using(minimum);
  }

  static Reason elected(boolean elected) {
    return Reason.of(P + (elected ? "elected" : "not-elected"));
  }
}
