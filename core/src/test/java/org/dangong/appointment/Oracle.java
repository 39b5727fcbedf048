package org.dangong.appointment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Nationality;
import org.dangong.model.PartyOrganization;
import org.dangong.model.Person;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionOrganization;

/**
 * The bars written out a second time, straight from the clauses and independently of the engine,
 * for the property tests to compare against: CHAIR-RULES Art. 6, UNION-LAW Art. 10, union
 * membership and BRANCH-REG Art. 23 under the national policy.
 */
final class Oracle {
  private Oracle() {}

  /** 本企业: the enterprise of a single-enterprise union, else the person's own employer. */
  private static Optional<EnterpriseId> ownEnterprise(UnionOrganization u, Person p) {
    if (u.form() == UnionForm.ENTERPRISE_COMMITTEE || u.form() == UnionForm.ORGANIZER) {
      return Optional.of(u.coveredEnterprises().iterator().next());
    }
    return p.employment().map(Employment::employer);
  }

  private static boolean related(Person a, Person b) {
    return a.closeRelatives().contains(b.id()) || b.closeRelatives().contains(a.id());
  }

  static Set<AppointmentBar> chairBars(Jurisdiction j, UnionOrganization u, Person p) {
    Set<AppointmentBar> bars = EnumSet.noneOf(AppointmentBar.class);
    Optional<EnterpriseId> own = ownEnterprise(u, p);
    if (own.isPresent()) {
      boolean there = p.isEmployedBy(own.get());
      if (there
          && (p.hasRole(EmploymentRole.EXECUTIVE) || p.hasRole(EmploymentRole.DEPUTY_EXECUTIVE))) {
        bars.add(AppointmentBar.EXECUTIVE);
      }
      if (there && p.hasRole(EmploymentRole.PARTNER)) {
        bars.add(AppointmentBar.PARTNER);
      }
      if (there && p.hasRole(EmploymentRole.HR_HEAD)) {
        bars.add(AppointmentBar.HR_HEAD);
      }
      bars.addAll(relativeBars(j, own.get(), p));
    }
    if (p.nationality() == Nationality.FOREIGN) {
      bars.add(AppointmentBar.FOREIGN_NATIONAL);
    }
    if (!p.isActiveMemberOf(u.id())) {
      bars.add(AppointmentBar.NOT_UNION_MEMBER);
    }
    return bars;
  }

  static Set<AppointmentBar> committeeBars(Jurisdiction j, UnionOrganization u, Person p) {
    Set<AppointmentBar> bars = EnumSet.noneOf(AppointmentBar.class);
    ownEnterprise(u, p)
        .ifPresent(
            e -> {
              if (relativeBars(j, e, p).contains(AppointmentBar.RELATIVE_OF_MAIN_HEAD)) {
                bars.add(AppointmentBar.RELATIVE_OF_MAIN_HEAD);
              }
            });
    return bars;
  }

  private static Set<AppointmentBar> relativeBars(Jurisdiction j, EnterpriseId e, Person p) {
    Set<AppointmentBar> bars = EnumSet.noneOf(AppointmentBar.class);
    for (Person other : j.people()) { // deliberately the slow way: every person in the snapshot
      if (other.id().equals(p.id()) || !other.isEmployedBy(e) || !related(p, other)) {
        continue;
      }
      if (other.hasRole(EmploymentRole.EXECUTIVE)
          || other.hasRole(EmploymentRole.DEPUTY_EXECUTIVE)
          || other.hasRole(EmploymentRole.PARTNER)) {
        bars.add(AppointmentBar.RELATIVE_OF_EXECUTIVE_OR_PARTNER);
      }
      if (other.hasRole(EmploymentRole.EXECUTIVE)) {
        bars.add(AppointmentBar.RELATIVE_OF_MAIN_HEAD);
      }
    }
    return bars;
  }

  static Set<AppointmentBar> partyHeadBars(PartyOrganization o, Person p, LocalDate asOf) {
    Set<AppointmentBar> bars = EnumSet.noneOf(AppointmentBar.class);
    Optional<LocalDate> since = p.partyStanding().fullSince();
    if (!p.isFullPartyMember()) {
      bars.add(AppointmentBar.NOT_FULL_PARTY_MEMBER);
      bars.add(AppointmentBar.INSUFFICIENT_PARTY_STANDING);
    } else if (since.orElseThrow().plusYears(1).isAfter(asOf)) {
      bars.add(AppointmentBar.INSUFFICIENT_PARTY_STANDING);
    }
    boolean inside =
        p.employment().map(e -> o.coveredEnterprises().contains(e.employer())).orElse(false);
    if (o.form().isGrassroots() && !inside) {
      bars.add(AppointmentBar.NOT_IN_ORGANIZATION);
    }
    return bars;
  }
}
