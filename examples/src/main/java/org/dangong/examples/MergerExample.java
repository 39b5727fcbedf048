package org.dangong.examples;

import static org.dangong.examples.ExampleArgs.text;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Locale;
import org.dangong.decision.Labels;
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
import org.dangong.policy.Policy;
import org.dangong.restructuring.Allocation;
import org.dangong.restructuring.MembershipTransfer;
import org.dangong.restructuring.Merger;
import org.dangong.restructuring.PartyOrganizationChange;
import org.dangong.restructuring.PartyTransfer;
import org.dangong.restructuring.RestructuringEngine;
import org.dangong.restructuring.RestructuringPlan;
import org.dangong.restructuring.StaffMove;
import org.dangong.restructuring.Successor;
import org.dangong.restructuring.UnionOrganizationChange;

/**
 * 同步健全 when two enterprises merge (SYNC-RESTRUCTURE): 伟德电子 absorbs 恒力纺织, which has a union
 * but no party organisation. The plan moves the staff, transfers every party relation (关系接转) and
 * union membership (会籍管理), merges the absorbed union, vacates its chair and shows that nobody is
 * lost.
 *
 * <p>Run: {@code ./mvnw -q -pl examples -am compile exec:java
 * -Dexec.mainClass=org.dangong.examples.MergerExample [-Dexec.args="--lang en"]}.
 */
public final class MergerExample {
  static final LocalDate DATE = LocalDate.of(2026, 7, 1);
  static final EnterpriseId WEIDE = EnterpriseId.of("E-1");
  static final EnterpriseId HENGLI = EnterpriseId.of("E-2");
  static final OrganizationId WEIDE_BRANCH = OrganizationId.of("PO-1");
  static final OrganizationId WEIDE_UNION = OrganizationId.of("UO-1");
  static final OrganizationId HENGLI_UNION = OrganizationId.of("UO-2");
  /** 伟德's secretary, 王芳. */
  static final PersonId WANG_FANG = PersonId.of("P-1");
  /** 伟德's union chair, 陈刚. */
  static final PersonId CHEN_GANG = PersonId.of("P-2");
  /** 恒力's union chair, 赵敏, a full party member whose relation is held by the working committee. */
  static final PersonId ZHAO_MIN = PersonId.of("P-11");
  /** A probationary member at 恒力, 孙丽. */
  static final PersonId SUN_LI = PersonId.of("P-12");
  /** A worker at 恒力, 钱伟, who retires on the day of the merger. */
  static final PersonId QIAN_WEI = PersonId.of("P-13");

  private MergerExample() {}

  /**
   * Runs the example.
   *
   * @param args {@code [--lang zh|en]}
   */
  public static void main(String[] args) {
    run(System.out, ExampleArgs.locale(args));
  }

  /**
   * Plans the merger and prints its lines.
   *
   * @param out where to print
   * @param locale the language of the decisions
   */
  static void run(PrintStream out, Locale locale) {
    Jurisdiction before = town();
    // GUIDE-BEGIN merger
    Merger merger =
        Merger.builder()
            .addAbsorbed(HENGLI)
            .successor(Successor.existing(WEIDE))
            .addAllocations(Allocation.retired(QIAN_WEI))
            .build(); // throws InvalidRestructuringException naming every problem
    RestructuringPlan plan = RestructuringEngine.of(Policy.national()).plan(before, merger, DATE);

    for (StaffMove move : plan.staffMoves()) {
      out.println(move.person().value() + ": " + Labels.label(move.outcome(), locale)
          + " -> " + move.employerAfter().map(EnterpriseId::value).orElse("-"));
    }
    for (PartyTransfer transfer : plan.partyTransfers()) { // 关系接转, the stage never changes
      out.println(transfer.person().value() + " (" + Labels.label(transfer.stage(), locale) + "): "
          + transfer.holderBefore().map(OrganizationId::value).orElse("-") + " -> "
          + transfer.holderAfter().map(OrganizationId::value).orElse("-") + ", "
          + Labels.label(transfer.route(), locale));
    }
    for (MembershipTransfer transfer : plan.membershipTransfers()) { // 会籍管理
      out.println(transfer.person().value() + ": " + transfer.unionBefore().value() + " -> "
          + transfer.unionAfter().map(OrganizationId::value).orElse("-") + ", "
          + Labels.label(transfer.route(), locale));
    }
    for (PartyOrganizationChange change : plan.partyOrganizations()) {
      out.println(change.organization().value() + ": " + Labels.label(change.fate(), locale));
    }
    for (UnionOrganizationChange change : plan.unionOrganizations()) {
      out.println(change.organization().value() + ": " + Labels.label(change.fate(), locale)
          + change.mergedInto().map(into -> " -> " + into.value()).orElse(""));
    }
    plan.unionOrganization(HENGLI_UNION)
        .ifPresent(change -> change.decisions().forEach(d -> out.println(d.render(locale))));
    out.println(plan.reconciliation().decision().render(locale)); // nobody is lost

    Jurisdiction after = plan.apply(before); // a valid snapshot after the merger
    // GUIDE-END merger
    out.println(
        text(locale, "合并后伟德电子职工人数：", "Employees of 伟德电子 after the merger: ")
            + after.employees(WEIDE).size());
  }

  /**
   * Returns the town with 伟德电子 (branch and union) and 恒力纺织 (union only).
   *
   * @return the jurisdiction before the merger
   */
  static Jurisdiction town() {
    RegionId town = RegionId.of("R-tongli");
    return Jurisdiction.builder()
        .addRegion(Region.builder().id(town).name("同里镇").level(RegionLevel.TOWN).build())
        .addEnterprise(enterprise(WEIDE, "伟德电子有限公司", town, 320))
        .addEnterprise(enterprise(HENGLI, "恒力纺织有限公司", town, 60))
        .addPerson(
            person(WANG_FANG, "王芳", WEIDE, WEIDE_UNION)
                .partyStanding(PartyStanding.fullMember(LocalDate.of(2012, 7, 1)))
                .build())
        .addPerson(
            person(CHEN_GANG, "陈刚", WEIDE, WEIDE_UNION)
                .partyStanding(PartyStanding.fullMember(LocalDate.of(2015, 7, 1)))
                .build())
        .addPerson(
            person(PersonId.of("P-3"), "张华", WEIDE, WEIDE_UNION)
                .partyStanding(PartyStanding.fullMember(LocalDate.of(2010, 7, 1)))
                .build())
        .addPerson(
            person(ZHAO_MIN, "赵敏", HENGLI, HENGLI_UNION)
                .partyStanding(PartyStanding.fullMember(LocalDate.of(2016, 7, 1)))
                .build())
        .addPerson(
            person(SUN_LI, "孙丽", HENGLI, HENGLI_UNION)
                .partyStanding(PartyStanding.probationaryMember(LocalDate.of(2026, 1, 10)))
                .build())
        .addPerson(person(QIAN_WEI, "钱伟", HENGLI, HENGLI_UNION).build())
        .addPartyOrganization(
            PartyOrganization.builder()
                .id(WEIDE_BRANCH)
                .name("伟德电子有限公司党支部")
                .form(PartyForm.BRANCH)
                .addCoveredEnterprises(WEIDE)
                .region(town)
                .secretary(WANG_FANG)
                .founded(LocalDate.of(2006, 7, 1))
                .termStart(LocalDate.of(2024, 7, 1))
                .termYears(3)
                .build())
        .addUnionOrganization(union(WEIDE_UNION, "伟德电子有限公司工会委员会", WEIDE, town, CHEN_GANG))
        .addUnionOrganization(union(HENGLI_UNION, "恒力纺织有限公司工会委员会", HENGLI, town, ZHAO_MIN))
        .build();
  }

  private static Enterprise enterprise(EnterpriseId id, String name, RegionId town, int headcount) {
    return Enterprise.builder()
        .id(id)
        .name(name)
        .ownership(Ownership.PRIVATE)
        .region(town)
        .headcount(headcount)
        .femaleHeadcount(headcount / 2)
        .founded(LocalDate.of(2004, 5, 1))
        .build();
  }

  private static Person.Builder person(
      PersonId id, String name, EnterpriseId employer, OrganizationId union) {
    return Person.builder()
        .id(id)
        .name(name)
        .birthDate(LocalDate.of(1966, 7, 1))
        .employment(Employment.of(employer, LocalDate.of(2010, 1, 1), EmploymentRole.STAFF))
        .unionMembership(UnionMembership.active(union, LocalDate.of(2010, 3, 1)));
  }

  private static UnionOrganization union(
      OrganizationId id, String name, EnterpriseId enterprise, RegionId town, PersonId chair) {
    return UnionOrganization.builder()
        .id(id)
        .name(name)
        .form(UnionForm.ENTERPRISE_COMMITTEE)
        .addCoveredEnterprises(enterprise)
        .region(town)
        .chair(chair)
        .founded(LocalDate.of(2008, 5, 1))
        .termStart(LocalDate.of(2023, 5, 1))
        .termYears(5)
        .build();
  }
}
