package org.dangong.restructuring;

import static org.dangong.restructuring.SeedCity.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.model.Assignment;
import org.dangong.model.AssignmentKind;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.OrganizationId;
import org.dangong.model.Ownership;
import org.dangong.model.PartyForm;
import org.dangong.model.PartyOrganization;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.model.RegionLevel;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionMembership;
import org.dangong.model.UnionOrganization;
import org.dangong.policy.PolicyValue;
import org.jspecify.annotations.Nullable;

/**
 * Small jurisdictions for {@link PlannerMutationTest}, built on {@link SeedCity}, and a compact
 * text of a plan's lines: every reason with its arguments, citations and policy parameters.
 */
final class PlannerFixtures {
  static final LocalDate FOUNDED = LocalDate.of(2005, 3, 1);
  static final LocalDate TERM = LocalDate.of(2024, 3, 1);

  static final EnterpriseId SUB = EnterpriseId.of("E-sub");
  static final OrganizationId SUB_BRANCH = OrganizationId.of("PO-sub");
  static final OrganizationId SUB_UNION = OrganizationId.of("U-sub");
  static final PersonId SUB_MEMBER = PersonId.of("P-b1");
  /** Retired, not employed; the mill's branch holds their relation explicitly. */
  static final PersonId MILL_PENSIONER = PersonId.of("P-r1");
  /** Works at the private company; the mill's branch and union still hold them. */
  static final PersonId COMMUTER = PersonId.of("P-w1");
  /** Retired, not employed; the joint branch holds their relation and the joint union them. */
  static final PersonId JOINT_PENSIONER = PersonId.of("P-r2");
  static final PersonId INSTRUCTOR = PersonId.of("P-i1");

  private PlannerFixtures() {}

  // ---- people and organisations ----

  static Person person(
      String id,
      @Nullable EnterpriseId employer,
      PartyStanding standing,
      @Nullable UnionMembership membership) {
    Person.Builder b =
        Person.builder()
            .id(PersonId.of(id))
            .name("职工" + id)
            .birthDate(LocalDate.of(1970, 6, 1))
            .partyStanding(standing);
    if (employer != null) {
      b.employment(Employment.of(employer, LocalDate.of(2010, 1, 1), EmploymentRole.STAFF));
    }
    if (membership != null) {
      b.unionMembership(membership);
    }
    return b.build();
  }

  static PartyStanding full() {
    return PartyStanding.fullMember(LocalDate.of(2000, 7, 1));
  }

  static PartyStanding heldBy(OrganizationId organization) {
    return PartyStanding.builder().from(full()).organization(organization).build();
  }

  static UnionMembership active(OrganizationId union) {
    return UnionMembership.active(union, LocalDate.of(2011, 3, 1));
  }

  static Enterprise enterprise(String id, RegionId region, Ownership ownership, int headcount) {
    return Enterprise.builder()
        .id(EnterpriseId.of(id))
        .name("企业" + id)
        .ownership(ownership)
        .region(region)
        .headcount(headcount)
        .femaleHeadcount(headcount / 2)
        .founded(FOUNDED)
        .build();
  }

  static PartyOrganization.Builder party(String id, PartyForm form, RegionId region) {
    return PartyOrganization.builder()
        .id(OrganizationId.of(id))
        .name("党组织" + id)
        .form(form)
        .region(region)
        .founded(FOUNDED)
        .termStart(TERM)
        .termYears(3);
  }

  static UnionOrganization.Builder union(String id, UnionForm form, RegionId region) {
    return UnionOrganization.builder()
        .id(OrganizationId.of(id))
        .name("工会" + id)
        .form(form)
        .region(region)
        .founded(FOUNDED)
        .termStart(TERM)
        .termYears(5);
  }

  // ---- jurisdictions ----

  /**
   * The seed city where the mill's branch comes under the district committee and has a deputy
   * and a committee member; a subsidiary E-sub whose branch and union come under the mill's; a
   * pensioner and a commuter the mill's organisations hold; a pensioner the joint organisations
   * hold; and a party-building instructor assigned to the mill.
   */
  static Jurisdiction.Builder millCity(boolean talentMarket) {
    Jurisdiction.Builder b = SeedCity.builder(talentMarket);
    b.removePartyOrganizationsIf(o -> o.id().equals(SOE_BRANCH));
    b.addPartyOrganization(
        party(SOE_BRANCH.value(), PartyForm.BRANCH, TOWN)
            .addCoveredEnterprises(SOE)
            .secretary(SOE_SECRETARY)
            .addDeputySecretaries(SOE_MEMBER)
            .addCommitteeMembers(SOE_CHAIR)
            .parent(DISTRICT_COMMITTEE)
            .build());
    b.removeUnionOrganizationsIf(o -> o.id().equals(SOE_UNION));
    b.addUnionOrganization(
        union(SOE_UNION.value(), UnionForm.ENTERPRISE_COMMITTEE, TOWN)
            .addCoveredEnterprises(SOE)
            .chair(SOE_CHAIR)
            .addViceChairs(SOE_MEMBER)
            .addCommitteeMembers(SOE_WORKER)
            .parent(TOWN_UNION)
            .build());
    b.addEnterprise(enterprise(SUB.value(), TOWN, Ownership.PRIVATE, 10));
    b.addPartyOrganization(
        party(SUB_BRANCH.value(), PartyForm.BRANCH, TOWN)
            .addCoveredEnterprises(SUB)
            .parent(SOE_BRANCH)
            .build());
    b.addUnionOrganization(
        union(SUB_UNION.value(), UnionForm.ENTERPRISE_COMMITTEE, TOWN)
            .addCoveredEnterprises(SUB)
            .parent(SOE_UNION)
            .build());
    b.addPerson(person(SUB_MEMBER.value(), SUB, full(), active(SUB_UNION)));
    b.addPerson(person(MILL_PENSIONER.value(), null, heldBy(SOE_BRANCH), null));
    b.addPerson(person(COMMUTER.value(), PRIVATE, heldBy(SOE_BRANCH), active(SOE_UNION)));
    b.addPerson(
        person(
            JOINT_PENSIONER.value(),
            null,
            heldBy(JOINT_BRANCH),
            UnionMembership.of(
                JOINT_UNION,
                LocalDate.of(2001, 1, 1),
                org.dangong.model.MembershipStatus.RETAINED)));
    b.addPerson(person(INSTRUCTOR.value(), null, full(), null));
    b.addAssignment(
        Assignment.toEnterprise(
            AssignmentKind.PARTY_BUILDING_INSTRUCTOR, INSTRUCTOR, SOE, LocalDate.of(2025, 1, 1)));
    return b;
  }

  /**
   * A town with no talent market, no working committee and no town or city union: one firm with
   * its own branch and union, and a second firm without organisations.
   */
  static Jurisdiction lonelyTown() {
    RegionId town = RegionId.of("R-lone");
    Jurisdiction.Builder b = Jurisdiction.builder();
    b.addRegion(Region.builder().id(town).name("孤镇").level(RegionLevel.TOWN).build());
    b.addEnterprise(enterprise("E-a", town, Ownership.PRIVATE, 6));
    b.addEnterprise(enterprise("E-b", town, Ownership.PRIVATE, 4));
    b.addPartyOrganization(
        party("PO-a", PartyForm.BRANCH, town)
            .addCoveredEnterprises(EnterpriseId.of("E-a"))
            .build());
    b.addUnionOrganization(
        union("U-a", UnionForm.ENTERPRISE_COMMITTEE, town)
            .addCoveredEnterprises(EnterpriseId.of("E-a"))
            .build());
    OrganizationId ua = OrganizationId.of("U-a");
    b.addPerson(person("P-a1", EnterpriseId.of("E-a"), full(), active(ua)));
    b.addPerson(person("P-a2", EnterpriseId.of("E-a"), full(), active(ua)));
    b.addPerson(person("P-a3", EnterpriseId.of("E-a"), full(), null));
    b.addPerson(
        person("P-a4", null, heldBy(OrganizationId.of("PO-a")), null));
    return b.build();
  }

  // ---- the text of a plan ----

  /** The plan's lines, one per line, each decision's reasons indented under it. */
  static String text(RestructuringPlan plan) {
    StringBuilder s = new StringBuilder();
    for (EnterpriseChange e : plan.enterprises()) {
      s.append("enterprise ")
          .append(e.enterprise())
          .append(' ')
          .append(e.fate())
          .append(" headcount=")
          .append(e.after().headcount())
          .append('/')
          .append(e.after().femaleHeadcount())
          .append(" ended=")
          .append(e.endedAssignments().stream().map(Assignment::person).toList())
          .append(" party=")
          .append(e.partyRequirement().map(r -> r.form()).map(Object::toString).orElse("-"))
          .append(" union=")
          .append(e.unionRequirement().map(r -> r.members()).map(Object::toString).orElse("-"))
          .append(" decisions=")
          .append(e.decisions().size())
          .append('\n');
      decision(s, e.decisions().get(0));
    }
    for (StaffMove m : plan.staffMoves()) {
      s.append("staff ")
          .append(m.person())
          .append(' ')
          .append(m.outcome())
          .append(' ')
          .append(m.employerAfter().map(Object::toString).orElse("-"))
          .append('\n');
    }
    for (PartyTransfer t : plan.partyTransfers()) {
      s.append("relation ")
          .append(t.person())
          .append(' ')
          .append(t.stage())
          .append(' ')
          .append(opt(t.holderBefore()))
          .append(" -> ")
          .append(opt(t.holderAfter()))
          .append(' ')
          .append(t.route())
          .append('\n');
      decision(s, t.decisions().get(0));
      s.append("  pipeline ").append(t.decisions().get(1).verdict()).append('\n');
    }
    for (MembershipTransfer t : plan.membershipTransfers()) {
      s.append("membership ")
          .append(t.person())
          .append(' ')
          .append(t.unionBefore())
          .append(' ')
          .append(t.statusBefore())
          .append(" -> ")
          .append(opt(t.unionAfter()))
          .append(' ')
          .append(opt(t.statusAfter()))
          .append(' ')
          .append(t.route())
          .append('\n');
      decision(s, t.decision());
    }
    for (PartyOrganizationChange c : plan.partyOrganizations()) {
      s.append("party ")
          .append(c.organization())
          .append(' ')
          .append(c.fate())
          .append(" into=")
          .append(opt(c.mergedInto()))
          .append(" members=")
          .append(c.fullMembersAfter())
          .append('/')
          .append(c.membersAfter())
          .append(" requirement=")
          .append(c.requirement().map(r -> r.form()).map(Object::toString).orElse("-"))
          .append('\n');
      c.after().ifPresent(o -> s.append("  after ").append(party(o)).append('\n'));
      for (Decision d : c.decisions()) {
        decision(s, d);
      }
    }
    for (UnionOrganizationChange c : plan.unionOrganizations()) {
      s.append("union ")
          .append(c.organization())
          .append(' ')
          .append(c.fate())
          .append(" into=")
          .append(opt(c.mergedInto()))
          .append(" members=")
          .append(c.activeMembersAfter())
          .append('/')
          .append(c.retainedMembersAfter())
          .append(" requirement=")
          .append(c.requirement().map(r -> r.members()).map(Object::toString).orElse("-"))
          .append('\n');
      c.after().ifPresent(o -> s.append("  after ").append(union(o)).append('\n'));
      for (Decision d : c.decisions()) {
        decision(s, d);
      }
    }
    Reconciliation r = plan.reconciliation();
    s.append("reconciliation ")
        .append(r.partyIn())
        .append(' ')
        .append(r.partyKept())
        .append(' ')
        .append(r.partyTransferred())
        .append(' ')
        .append(r.partyPending())
        .append(" | ")
        .append(r.unionIn())
        .append(' ')
        .append(r.unionActive())
        .append(' ')
        .append(r.unionRetained())
        .append(' ')
        .append(r.unionOutside())
        .append('\n');
    decision(s, r.decision());
    return s.toString().replaceAll("(?:Organization|Enterprise|Person|Region|Cluster)Id\\[([^\\]]*)\\]", "$1");
  }

  /** The lines of the text that start with the given prefix, with the lines indented under them. */
  static String section(String text, String prefix) {
    StringBuilder s = new StringBuilder();
    boolean in = false;
    for (String line : text.split("\n", -1)) {
      if (!line.startsWith(" ")) {
        in = line.startsWith(prefix);
      }
      if (in) {
        s.append(line).append('\n');
      }
    }
    return s.toString();
  }

  private static String party(PartyOrganization o) {
    return o.name()
        + " "
        + o.form()
        + " covers="
        + o.coveredEnterprises()
        + " parent="
        + opt(o.parent())
        + " secretary="
        + opt(o.secretary())
        + " vacant="
        + opt(o.secretaryVacantSince())
        + " deputies="
        + o.deputySecretaries()
        + " committee="
        + o.committeeMembers()
        + " term="
        + o.termStart()
        + "+"
        + o.termYears();
  }

  private static String union(UnionOrganization o) {
    return o.name()
        + " "
        + o.form()
        + " covers="
        + o.coveredEnterprises()
        + " parent="
        + opt(o.parent())
        + " chair="
        + opt(o.chair())
        + " vacant="
        + opt(o.chairVacantSince())
        + " vice="
        + o.viceChairs()
        + " committee="
        + o.committeeMembers()
        + " women="
        + o.womenWork()
        + " term="
        + o.termStart()
        + "+"
        + o.termYears();
  }

  private static void decision(StringBuilder s, Decision d) {
    s.append("  ").append(d.ruleId()).append(' ').append(d.verdict()).append('\n');
    for (Reason r : d.reasons()) {
      s.append("    ").append(reason(r)).append('\n');
    }
  }

  static String reason(Reason r) {
    String text = r.messageKey().replace("reason.restructuring.", "") + r.arguments();
    if (!r.citations().isEmpty()) {
      text += " cites " + r.citations();
    }
    if (!r.parameters().isEmpty()) {
      List<String> ids =
          r.parameters().stream()
              .map(PolicyValue::parameter)
              .map(p -> p.id())
              .collect(Collectors.toList());
      text += " uses " + ids;
    }
    return text;
  }

  private static String opt(Optional<?> o) {
    return o.map(Object::toString).orElse("-");
  }
}
