package org.dangong.appointment;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dangong.decision.Argument;
import org.dangong.decision.Reason;
import org.dangong.internal.Dates;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Nationality;
import org.dangong.model.PartyOrganization;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.Training;
import org.dangong.model.TrainingKind;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionOrganization;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.PolicyValue;

/**
 * The bars of union and party posts, each stated as a cited reason carrying its {@link
 * AppointmentBar}; the single place where the clauses are applied, so that eligibility decisions,
 * cross-appointments, rankings and audits can never disagree.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Eligibility {
  private final Policy policy;

  Eligibility(Policy policy) {
    this.policy = policy;
  }

  /**
   * The enterprise whose union it is, for a union of one enterprise; the person's own employer for
   * a union of several (a joint union, a federation).
   */
  static Optional<EnterpriseId> referenceEnterprise(UnionOrganization union, Person person) {
    if (union.form() == UnionForm.ENTERPRISE_COMMITTEE || union.form() == UnionForm.ORGANIZER) {
      return union.coveredEnterprises().stream().findFirst();
    }
    return person.employment().map(Employment::employer);
  }

  /** Whether the chair bars apply at all: CHAIR-RULES governs grassroots (enterprise) unions. */
  static boolean inScope(UnionOrganization union) {
    return union.form().isGrassroots();
  }

  /** Every bar to the person chairing the union, in {@link AppointmentBar} order. */
  ImmutableList<Reason> chairBars(
      UnionOrganization union, Person person, LocalDate asOf, Heads heads) {
    List<Reason> bars = new ArrayList<>();
    Optional<EnterpriseId> reference = referenceEnterprise(union, person);
    if (reference.isPresent()) {
      EnterpriseId e = reference.get();
      boolean worksThere = person.isEmployedBy(e);
      if (worksThere
          && (person.hasRole(EmploymentRole.EXECUTIVE)
              || person.hasRole(EmploymentRole.DEPUTY_EXECUTIVE))) {
        EmploymentRole role =
            person.hasRole(EmploymentRole.EXECUTIVE)
                ? EmploymentRole.EXECUTIVE
                : EmploymentRole.DEPUTY_EXECUTIVE;
        bars.add(
            bar(
                AppointmentBar.EXECUTIVE,
                "reason.appointment.bar.executive",
                Argument.id("person", person.id()),
                Argument.label("role", role),
                Argument.id("enterprise", e)));
      }
      if (worksThere && person.hasRole(EmploymentRole.PARTNER)) {
        bars.add(
            bar(
                AppointmentBar.PARTNER,
                "reason.appointment.bar.partner",
                Argument.id("person", person.id()),
                Argument.id("enterprise", e)));
      }
      List<PersonId> relatives = new ArrayList<>();
      List<PersonId> mainHeads = new ArrayList<>();
      for (Person head : heads.of(e)) {
        if (!head.id().equals(person.id()) && Heads.related(person, head)) {
          relatives.add(head.id());
          if (head.hasRole(EmploymentRole.EXECUTIVE)) {
            mainHeads.add(head.id());
          }
        }
      }
      if (!relatives.isEmpty()) {
        bars.add(
            bar(
                AppointmentBar.RELATIVE_OF_EXECUTIVE_OR_PARTNER,
                "reason.appointment.bar.relative",
                Argument.id("person", person.id()),
                Argument.id("relatives", ids(relatives)),
                Argument.id("enterprise", e)));
      }
      if (worksThere && person.hasRole(EmploymentRole.HR_HEAD)) {
        bars.add(
            bar(
                AppointmentBar.HR_HEAD,
                "reason.appointment.bar.hr-head",
                Argument.id("person", person.id()),
                Argument.id("enterprise", e)));
      }
      if (person.nationality() == Nationality.FOREIGN) {
        bars.add(foreign(person));
      }
      if (!mainHeads.isEmpty()) {
        bars.add(headRelative(person, mainHeads, e));
      }
    } else if (person.nationality() == Nationality.FOREIGN) {
      bars.add(foreign(person));
    }
    PolicyValue<Boolean> membership = policy.entry(Parameters.CHAIR_MUST_BE_UNION_MEMBER, asOf);
    if (membership.value() && !person.isActiveMemberOf(union.id())) {
      bars.add(
          bar(
                  AppointmentBar.NOT_UNION_MEMBER,
                  "reason.appointment.bar.not-union-member",
                  Argument.id("person", person.id()),
                  Argument.id("union", union.id()))
              .using(membership));
    }
    return ImmutableList.copyOf(bars);
  }

  /** Every bar to the person holding a vice chair or committee seat: UNION-LAW Art. 10. */
  ImmutableList<Reason> committeeBars(UnionOrganization union, Person person, Heads heads) {
    Optional<EnterpriseId> reference = referenceEnterprise(union, person);
    if (reference.isEmpty()) {
      return ImmutableList.of();
    }
    List<PersonId> mainHeads = new ArrayList<>();
    for (Person head : heads.of(reference.get())) {
      if (!head.id().equals(person.id())
          && head.hasRole(EmploymentRole.EXECUTIVE)
          && Heads.related(person, head)) {
        mainHeads.add(head.id());
      }
    }
    return mainHeads.isEmpty()
        ? ImmutableList.of()
        : ImmutableList.of(headRelative(person, mainHeads, reference.get()));
  }

  /** Every bar to the person heading the party organisation, in {@link AppointmentBar} order. */
  ImmutableList<Reason> partyHeadBars(
      PartyOrganization organization, Person person, LocalDate asOf) {
    List<Reason> bars = new ArrayList<>();
    PolicyValue<Period> minimum = policy.entry(Parameters.SECRETARY_MIN_PARTY_STANDING, asOf);
    if (!person.isFullPartyMember()) {
      bars.add(
          bar(
              AppointmentBar.NOT_FULL_PARTY_MEMBER,
              "reason.appointment.bar.not-full-member",
              Argument.id("person", person.id()),
              Argument.label("stage", person.partyStanding().stage())));
      bars.add(
          bar(
                  AppointmentBar.INSUFFICIENT_PARTY_STANDING,
                  "reason.appointment.bar.no-standing",
                  Argument.id("person", person.id()),
                  Argument.period("required", minimum.value()))
              .using(minimum));
    } else {
      LocalDate since = fullSince(person);
      if (Dates.plus(since, minimum.value()).isAfter(asOf)) {
        bars.add(
            bar(
                    AppointmentBar.INSUFFICIENT_PARTY_STANDING,
                    "reason.appointment.bar.short-standing",
                    Argument.id("person", person.id()),
                    Argument.date("since", since),
                    Argument.period("standing", standing(since, asOf)),
                    Argument.date("asOf", asOf),
                    Argument.period("required", minimum.value()))
                .using(minimum));
      }
    }
    PolicyValue<Boolean> covered =
        policy.entry(Parameters.PARTY_HEAD_MUST_WORK_IN_COVERED_ENTERPRISE, asOf);
    boolean employedThere =
        person
            .employment()
            .map(e -> organization.coveredEnterprises().contains(e.employer()))
            .orElse(false);
    if (covered.value() && organization.form().isGrassroots() && !employedThere) {
      bars.add(
          bar(
                  AppointmentBar.NOT_IN_ORGANIZATION,
                  "reason.appointment.bar.not-in-organization",
                  Argument.id("person", person.id()),
                  Argument.id("organization", organization.id()))
              .using(covered));
    }
    return ImmutableList.copyOf(bars);
  }

  /** The reason given when no bar excludes the person from chairing the union. */
  Reason chairClear(UnionOrganization union, Person person, LocalDate asOf) {
    PolicyValue<Boolean> membership = policy.entry(Parameters.CHAIR_MUST_BE_UNION_MEMBER, asOf);
    Optional<EnterpriseId> reference = referenceEnterprise(union, person);
    Reason reason =
        reference.isPresent()
            ? Reason.of(
                "reason.appointment.chair-clear",
                Argument.id("person", person.id()),
                Argument.id("union", union.id()),
                Argument.id("enterprise", reference.get()))
            : Reason.of(
                "reason.appointment.chair-clear-no-employer",
                Argument.id("person", person.id()),
                Argument.id("union", union.id()));
    return reason
        .citing(AppointmentRules.CHAIR_RULES_ART_6, AppointmentRules.UNION_LAW_ART_10)
        .using(membership);
  }

  /** The reason given when no bar excludes the person from a committee seat. */
  static Reason committeeClear(UnionOrganization union, Person person) {
    Optional<EnterpriseId> reference = referenceEnterprise(union, person);
    Reason reason =
        reference.isPresent()
            ? Reason.of(
                "reason.appointment.committee-clear",
                Argument.id("person", person.id()),
                Argument.id("union", union.id()),
                Argument.id("enterprise", reference.get()))
            : Reason.of(
                "reason.appointment.committee-clear-no-employer",
                Argument.id("person", person.id()),
                Argument.id("union", union.id()));
    return reason.citing(AppointmentRules.UNION_LAW_ART_10);
  }

  /** The reason given for a union the chair bars do not govern. */
  static Reason outOfScope(UnionOrganization union) {
    return Reason.of(
            "reason.appointment.chair-out-of-scope",
            Argument.id("union", union.id()),
            Argument.label("form", union.form()))
        .citing(AppointmentRules.CHAIR_RULES_ART_6);
  }

  /** The reason given when no bar excludes the person from heading the party organisation. */
  Reason partyHeadClear(PartyOrganization organization, Person person, LocalDate asOf) {
    PolicyValue<Period> minimum = policy.entry(Parameters.SECRETARY_MIN_PARTY_STANDING, asOf);
    PolicyValue<Boolean> covered =
        policy.entry(Parameters.PARTY_HEAD_MUST_WORK_IN_COVERED_ENTERPRISE, asOf);
    LocalDate since = fullSince(person);
    return Reason.of(
            "reason.appointment.party-head-clear",
            Argument.id("person", person.id()),
            Argument.id("organization", organization.id()),
            Argument.date("since", since),
            Argument.period("standing", standing(since, asOf)),
            Argument.date("asOf", asOf),
            Argument.period("required", minimum.value()))
        .citing(AppointmentRules.BRANCH_REG_ART_23)
        .using(minimum, covered);
  }

  /** Whether the person attended union chair training ending within the window before the date. */
  static boolean recentlyTrained(Person person, LocalDate asOf, Period window) {
    LocalDate from = Dates.minus(asOf, window);
    for (Training t : person.trainings()) {
      if (t.kind() == TrainingKind.UNION_CHAIR
          && !t.date().isAfter(asOf)
          && !t.date().isBefore(from)) {
        return true;
      }
    }
    return false;
  }

  /** The date full membership began; {@link LocalDate#MAX} if unknown, which no date reaches. */
  static LocalDate fullSince(Person person) {
    return person.partyStanding().fullSince().orElse(LocalDate.MAX);
  }

  /** The party standing on a date: zero before full membership began. */
  static Period standing(LocalDate since, LocalDate asOf) {
    return since.isAfter(asOf) ? Period.ZERO : Period.between(since, asOf);
  }

  private static Reason foreign(Person person) {
    return bar(
        AppointmentBar.FOREIGN_NATIONAL,
        "reason.appointment.bar.foreign-national",
        Argument.id("person", person.id()));
  }

  private static Reason headRelative(Person person, List<PersonId> heads, EnterpriseId enterprise) {
    return bar(
        AppointmentBar.RELATIVE_OF_MAIN_HEAD,
        "reason.appointment.bar.main-head-relative",
        Argument.id("person", person.id()),
        Argument.id("heads", ids(heads)),
        Argument.id("enterprise", enterprise));
  }

  private static Reason bar(AppointmentBar bar, String key, Argument... arguments) {
    ImmutableList<Argument> all =
        ImmutableList.<Argument>builder().add(bar.argument()).add(arguments).build();
    return Reason.of(key, all, bar.rule().citations(), ImmutableList.of());
  }

  private static String ids(List<PersonId> ids) {
    return ids.stream().map(PersonId::value).collect(Collectors.joining(", "));
  }
}
