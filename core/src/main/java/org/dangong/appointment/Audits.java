package org.dangong.appointment;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangong.decision.Argument;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Rule;
import org.dangong.decision.Subject;
import org.dangong.decision.Verdict;
import org.dangong.internal.Dates;
import org.dangong.model.Jurisdiction;
import org.dangong.model.OrganizationId;
import org.dangong.model.PartyOrganization;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.UnionOrganization;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.PolicyValue;

/**
 * The audit of current appointments; see {@link AppointmentEngine#audit}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Audits {
  private final Policy policy;
  private final Eligibility eligibility;

  Audits(Policy policy, Eligibility eligibility) {
    this.policy = policy;
    this.eligibility = eligibility;
  }

  AppointmentAudit audit(Jurisdiction jurisdiction, LocalDate asOf) {
    Heads heads = new Heads(jurisdiction);
    List<AuditFinding> findings = new ArrayList<>();
    PolicyValue<Period> fill = policy.entry(Parameters.CHAIR_VACANCY_FILL_WITHIN, asOf);
    for (UnionOrganization u : jurisdiction.unionOrganizations()) {
      Subject subject = Subject.unionOrganization(u.id());
      boolean inScope = Eligibility.inScope(u);
      if (u.chair().isPresent()) {
        if (inScope) {
          Person chair = Lookup.person(jurisdiction, u.chair().get());
          for (Reason bar : eligibility.chairBars(u, chair, asOf, heads)) {
            findings.add(breach(u.id(), subject, LeadershipPost.UNION_CHAIR, chair, bar, asOf));
          }
        }
      } else {
        findings.add(chairVacancy(u, inScope, fill, asOf));
      }
      if (inScope) {
        for (PersonId id : u.postHolders()) {
          if (u.chair().equals(Optional.of(id))) {
            continue;
          }
          Person holder = Lookup.person(jurisdiction, id);
          LeadershipPost post =
              u.viceChairs().contains(id)
                  ? LeadershipPost.UNION_VICE_CHAIR
                  : LeadershipPost.UNION_COMMITTEE_MEMBER;
          for (Reason bar : eligibility.committeeBars(u, holder, heads)) {
            findings.add(breach(u.id(), subject, post, holder, bar, asOf));
          }
        }
      }
      if (u.isTermExpired(asOf)) {
        findings.add(
            termExpired(
                u.id(),
                subject,
                AppointmentRules.UNION_TERM_EXPIRED,
                u.termStart(),
                u.termYears(),
                u.termEnd(),
                asOf));
      }
    }
    for (PartyOrganization o : jurisdiction.partyOrganizations()) {
      Subject subject = Subject.partyOrganization(o.id());
      if (o.secretary().isPresent()) {
        Person secretary = Lookup.person(jurisdiction, o.secretary().get());
        for (Reason bar : eligibility.partyHeadBars(o, secretary, asOf)) {
          findings.add(
              breach(o.id(), subject, LeadershipPost.PARTY_SECRETARY, secretary, bar, asOf));
        }
      } else {
        findings.add(
            openVacancy(
                o.id(),
                subject,
                LeadershipPost.PARTY_SECRETARY,
                AppointmentRules.SECRETARY_VACANCY,
                o.secretaryVacantSince(),
                asOf));
      }
      if (o.isTermExpired(asOf)) {
        findings.add(
            termExpired(
                o.id(),
                subject,
                AppointmentRules.PARTY_TERM_EXPIRED,
                o.termStart(),
                o.termYears(),
                o.termEnd(),
                asOf));
      }
    }
    findings.sort(AuditFinding.ORDER);
    return AppointmentAudit.create(asOf, ImmutableList.copyOf(findings));
  }

  private static AuditFinding breach(
      OrganizationId organization,
      Subject subject,
      LeadershipPost post,
      Person holder,
      Reason bar,
      LocalDate asOf) {
    AppointmentBar which = barOf(bar);
    Reason reason =
        Reason.of(
            "reason.appointment.audit.breach",
            ImmutableList.of(
                Argument.id("person", holder.id()),
                Argument.label("post", post),
                Argument.id("organization", organization)),
            ImmutableList.of(),
            ImmutableList.of());
    return AuditFinding.create(
        AuditFindingKind.BAR_BREACHED,
        organization,
        Optional.of(post),
        Optional.of(holder.id()),
        Optional.of(which),
        Decision.of(which.rule(), subject, Verdict.NOT_SATISFIED, asOf, bar, reason));
  }

  private static AppointmentBar barOf(Reason reason) {
    return reason
        .argument(AppointmentBar.ARGUMENT)
        .map(a -> (AppointmentBar) a.value())
        .orElseThrow(() -> new IllegalStateException("not a bar: " + reason.messageKey()));
  }

  private static AuditFinding chairVacancy(
      UnionOrganization union, boolean inScope, PolicyValue<Period> fill, LocalDate asOf) {
    Subject subject = Subject.unionOrganization(union.id());
    if (!inScope) {
      return openVacancy(
          union.id(),
          subject,
          LeadershipPost.UNION_CHAIR,
          AppointmentRules.CHAIR_VACANCY,
          union.chairVacantSince(),
          asOf);
    }
    Rule rule = AppointmentRules.CHAIR_VACANCY;
    Decision decision;
    if (union.chairVacantSince().isEmpty()) {
      decision =
          Decision.of(
              rule,
              subject,
              Verdict.INFORMATIONAL,
              asOf,
              Reason.of(
                      "reason.appointment.chair-vacancy-since-unknown",
                      Argument.id("union", union.id()),
                      Argument.period("within", fill.value()))
                  .using(fill));
    } else {
      LocalDate since = union.chairVacantSince().get();
      LocalDate due = Dates.plus(since, fill.value());
      boolean overdue = asOf.isAfter(due);
      decision =
          Decision.of(
              rule,
              subject,
              overdue ? Verdict.NOT_SATISFIED : Verdict.INFORMATIONAL,
              asOf,
              Reason.of(
                      overdue
                          ? "reason.appointment.chair-vacancy-overdue"
                          : "reason.appointment.chair-vacancy-open",
                      Argument.id("union", union.id()),
                      Argument.date("since", since),
                      Argument.period("open", Eligibility.standing(since, asOf)),
                      Argument.date("due", due))
                  .using(fill));
    }
    return AuditFinding.create(
        AuditFindingKind.VACANCY,
        union.id(),
        Optional.of(LeadershipPost.UNION_CHAIR),
        Optional.empty(),
        Optional.empty(),
        decision);
  }

  private static AuditFinding openVacancy(
      OrganizationId organization,
      Subject subject,
      LeadershipPost post,
      Rule rule,
      Optional<LocalDate> since,
      LocalDate asOf) {
    List<Argument> arguments = new ArrayList<>();
    arguments.add(Argument.id("organization", organization));
    arguments.add(Argument.label("post", post));
    since.ifPresent(
        d -> {
          arguments.add(Argument.date("since", d));
          arguments.add(Argument.period("open", Eligibility.standing(d, asOf)));
        });
    Reason reason =
        Reason.of(
            since.isPresent()
                ? "reason.appointment.vacancy-open"
                : "reason.appointment.vacancy-since-unknown",
            arguments,
            rule.citations(),
            ImmutableList.of());
    return AuditFinding.create(
        AuditFindingKind.VACANCY,
        organization,
        Optional.of(post),
        Optional.empty(),
        Optional.empty(),
        Decision.of(rule, subject, Verdict.INFORMATIONAL, asOf, reason));
  }

  private static AuditFinding termExpired(
      OrganizationId organization,
      Subject subject,
      Rule rule,
      LocalDate start,
      int years,
      LocalDate end,
      LocalDate asOf) {
    Reason reason =
        Reason.of(
            "reason.appointment.term-expired",
            ImmutableList.of(
                Argument.id("organization", organization),
                Argument.date("start", start),
                Argument.number("years", years),
                Argument.date("end", end),
                Argument.period("overdue", Eligibility.standing(end, asOf))),
            rule.citations(),
            ImmutableList.of());
    return AuditFinding.create(
        AuditFindingKind.TERM_EXPIRED,
        organization,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Decision.of(rule, subject, Verdict.NOT_SATISFIED, asOf, reason));
  }
}
