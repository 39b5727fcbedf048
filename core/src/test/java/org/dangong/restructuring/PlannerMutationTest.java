package org.dangong.restructuring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.dangong.restructuring.PlannerFixtures.*;
import static org.dangong.restructuring.SeedCity.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangong.decision.Decision;
import org.dangong.model.Cluster;
import org.dangong.model.ClusterId;
import org.dangong.model.ClusterKind;
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
import org.dangong.model.MembershipStatus;
import org.dangong.model.UnionOrganization;
import org.dangong.model.PersonId;
import org.dangong.model.UnionForm;
import org.dangong.policy.Policy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The planner's decisions in detail: for small restructurings of the seed city, every line of the
 * plan (enterprises, staff, relations, memberships, organisations, reconciliation) with the exact
 * reasons, arguments, citations and policy parameters it carries, and the thresholds (joint branch
 * units, union committee members, general branch and primary committee members) one below and at
 * their values. The text format is {@link PlannerFixtures#text}.
 */
class PlannerMutationTest {
  private static final RestructuringEngine ENGINE = RestructuringEngine.of(Policy.national());

  private static RestructuringPlan millCloses(boolean tm) {
    return ENGINE.plan(millCity(tm).build(),
        Closure.builder().enterprise(SOE)
            .addAllocations(Allocation.to(SOE_MEMBER, PRIVATE), Allocation.retired(SOE_SECRETARY),
                Allocation.to(SOE_TARGET, PRIVATE))
            .build(), DATE);
  }


  private static Jurisdiction big(int unionMembers, int partyMembers) {
    Jurisdiction.Builder b = millCity(true);
    b.addEnterprise(enterprise("E-big", TOWN, Ownership.PRIVATE, 300));
    b.addUnionOrganization(union("U-big", UnionForm.ENTERPRISE_COMMITTEE, TOWN).addCoveredEnterprises(EnterpriseId.of("E-big")).parent(TOWN_UNION).build());
    b.addPartyOrganization(party("PO-big", PartyForm.PRIMARY_COMMITTEE, TOWN).addCoveredEnterprises(EnterpriseId.of("E-big")).build());
    for (int i = 0; i < Math.max(unionMembers, partyMembers); i++) {
      b.addPerson(person(String.format("P-g%03d", i), EnterpriseId.of("E-big"),
          i < partyMembers ? full() : PartyStanding.none(),
          i < unionMembers ? active(OrganizationId.of("U-big")) : null));
    }
    return b.build();
  }

  private static List<PersonId> bigStaff(int n) {
    List<PersonId> l = new ArrayList<>();
    for (int i = 0; i < n; i++) l.add(PersonId.of(String.format("P-g%03d", i)));
    return l;
  }

  private static RestructuringPlan toSmall(int n) {
    Jurisdiction j = big(30, 0);
    return ENGINE.plan(j, StaffTransfer.builder().source(EnterpriseId.of("E-big")).destination(SMALL).addAllPeople(bigStaff(n)).build(), DATE);
  }

  private static RestructuringPlan bigSplit(int n) {
    Jurisdiction j = big(0, 120);
    Enterprise part = enterprise("E-part", TOWN, Ownership.PRIVATE, 150);
    Split.Builder b = Split.builder().source(EnterpriseId.of("E-big")).sourceContinues(true).addParts(Successor.toBeFounded(part));
    for (PersonId p : bigStaff(n)) b.addAllocations(Allocation.to(p, part.id()));
    return ENGINE.plan(j, b.build(), DATE);
  }

  private static RestructuringPlan lonely() {
    return ENGINE.plan(lonelyTown(), Closure.builder().enterprise(EnterpriseId.of("E-a"))
        .addAllocations(Allocation.to(PersonId.of("P-a2"), EnterpriseId.of("E-b")), Allocation.retired(PersonId.of("P-a3"))).build(), DATE);
  }

  private static RestructuringPlan smallFirmsMerge() {
    return ENGINE.plan(millCity(true).build(), Merger.builder().successor(Successor.existing(PRIVATE)).addAbsorbed(SMALL, TINY)
        .addAllocations(Allocation.retired(SMALL_WORKER), Allocation.unemployed(TINY_MEMBER)).build(), DATE);
  }

  private static RestructuringPlan privateSplits() {
    Jurisdiction.Builder b = millCity(true);
    b.addEnterprise(enterprise("E-x", TOWN, Ownership.PRIVATE, 3));
    b.addPartyOrganization(party("PO-pvt-2", PartyForm.BRANCH, TOWN).addCoveredEnterprises(EnterpriseId.of("E-x")).build());
    Enterprise pvt = enterprise("pvt", TOWN, Ownership.PRIVATE, 3);
    Enterprise longer = Enterprise.builder().from(enterprise("E-" + "x".repeat(123), DISTRICT, Ownership.PRIVATE, 1))
        .name("长".repeat(200)).build();
    return ENGINE.plan(b.build(), Split.builder().source(PRIVATE).sourceContinues(true)
        .addParts(Successor.toBeFounded(pvt), Successor.toBeFounded(longer))
        .addAllocations(Allocation.to(PRIVATE_SECRETARY, pvt.id()), Allocation.to(PRIVATE_MEMBER, pvt.id()),
            Allocation.to(PRIVATE_MEMBER_2, pvt.id()), Allocation.to(PRIVATE_WORKER, longer.id())).build(), DATE);
  }

  private static RestructuringPlan privatised(Jurisdiction j) {
    return ENGINE.plan(j, OwnershipChange.builder().enterprise(SOE).ownership(Ownership.PRIVATE)
        .addAllocations(Allocation.retired(SOE_SECRETARY)).build(), DATE);
  }

  private static RestructuringPlan toTiny() {
    return ENGINE.plan(millCity(true).build(), StaffTransfer.builder().source(SOE).destination(TINY).addPeople(SOE_CHAIR, SOE_MEMBER).build(), DATE);
  }

  private static RestructuringPlan smallSplits(int extraUnits) {
    Jurisdiction.Builder b = millCity(true);
    if (extraUnits > 0) {
      b.removePartyOrganizationsIf(o -> o.id().equals(JOINT_BRANCH));
      PartyOrganization.Builder jb = party(JOINT_BRANCH.value(), PartyForm.JOINT_BRANCH, TOWN).addCoveredEnterprises(SMALL, TINY).secretary(SMALL_MEMBER).parent(DISTRICT_COMMITTEE);
      for (int i = 0; i < extraUnits; i++) {
        b.addEnterprise(enterprise("E-j" + i, TOWN, Ownership.PRIVATE, 2));
        jb.addCoveredEnterprises(EnterpriseId.of("E-j" + i));
      }
      b.addPartyOrganization(jb.build());
    }
    Enterprise n1 = enterprise("N1", TOWN, Ownership.PRIVATE, 1);
    return ENGINE.plan(b.build(), Split.builder().source(SMALL).sourceContinues(true).addParts(Successor.toBeFounded(n1))
        .addAllocations(Allocation.to(SMALL_MEMBER, n1.id())).build(), DATE);
  }

  private static String sections(String text, String... prefixes) {
    StringBuilder b = new StringBuilder();
    for (String p : prefixes) b.append(section(text, p));
    return b.toString();
  }

  @Test
  @DisplayName("SYNC-RESTRUCTURE: a closing mill's organisations are dissolved, its children re-parented, its people sent to their new employer, the talent market or the higher union, and its assignments ended")
  void millClosesPlan() {
    assertThat(text(millCloses(true)))
        .isEqualTo(
            """
        enterprise E-pvt CONTINUES headcount=32/10 ended=[] party=BRANCH union=8 decisions=7
          SYNC-RESTRUCTURE.ENTERPRISE INFORMATIONAL
            enterprise-continues[enterprise=E-pvt, kind=CLOSURE] cites [SEED SYNC-RESTRUCTURE]
            headcount-changes[enterprise=E-pvt, from=30, to=32]
        enterprise E-soe CLOSES headcount=0/0 ended=[P-i1] party=- union=- decisions=1
          SYNC-RESTRUCTURE.ENTERPRISE INFORMATIONAL
            enterprise-closes[enterprise=E-soe, date=2026-07-01, kind=CLOSURE] cites [SEED SYNC-RESTRUCTURE]
            headcount-changes[enterprise=E-soe, from=40, to=0]
            assignment-ends[person=P-i1, assignment=PARTY_BUILDING_INSTRUCTOR, enterprise=E-soe]
        staff P-p1 STAYS E-pvt
        staff P-p2 STAYS E-pvt
        staff P-p3 STAYS E-pvt
        staff P-p4 STAYS E-pvt
        staff P-p5 STAYS E-pvt
        staff P-s1 RETIRES -
        staff P-s2 BECOMES_UNEMPLOYED -
        staff P-s3 MOVES E-pvt
        staff P-s4 BECOMES_UNEMPLOYED -
        staff P-s5 BECOMES_UNEMPLOYED -
        staff P-s6 BECOMES_UNEMPLOYED -
        staff P-s7 MOVES E-pvt
        staff P-s8 BECOMES_UNEMPLOYED -
        staff P-w1 STAYS E-pvt
        relation P-p1 FULL PO-pvt -> PO-pvt KEPT
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-employer-organization[person=P-p1, from=PO-pvt, to=PO-pvt, enterprise=E-pvt] cites [SEED SYNC-RESTRUCTURE]
          pipeline INFORMATIONAL
        relation P-p2 FULL PO-pvt -> PO-pvt KEPT
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-employer-organization[person=P-p2, from=PO-pvt, to=PO-pvt, enterprise=E-pvt] cites [SEED SYNC-RESTRUCTURE]
          pipeline INFORMATIONAL
        relation P-p3 FULL PO-pvt -> PO-pvt KEPT
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-employer-organization[person=P-p3, from=PO-pvt, to=PO-pvt, enterprise=E-pvt] cites [SEED SYNC-RESTRUCTURE]
          pipeline INFORMATIONAL
        relation P-p5 FULL PO-pvt -> PO-pvt KEPT
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-employer-organization[person=P-p5, from=PO-pvt, to=PO-pvt, enterprise=E-pvt] cites [SEED SYNC-RESTRUCTURE]
          pipeline INFORMATIONAL
        relation P-r1 FULL PO-soe -> PO-tm TO_TALENT_MARKET
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            former-organization-ceases[person=P-r1, from=PO-soe] cites [SEED SYNC-RESTRUCTURE]
            relation-to-talent-market[person=P-r1, from=PO-soe, to=PO-tm, cluster=C-tm, region=R-dist] cites [SEED SYNC-CLUSTER]
          pipeline INFORMATIONAL
        relation P-s1 FULL PO-soe -> PO-tm TO_TALENT_MARKET
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            former-organization-ceases[person=P-s1, from=PO-soe] cites [SEED SYNC-RESTRUCTURE]
            relation-to-talent-market[person=P-s1, from=PO-soe, to=PO-tm, cluster=C-tm, region=R-dist] cites [SEED SYNC-CLUSTER]
          pipeline INFORMATIONAL
        relation P-s2 FULL PO-soe -> PO-tm TO_TALENT_MARKET
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            former-organization-ceases[person=P-s2, from=PO-soe] cites [SEED SYNC-RESTRUCTURE]
            relation-to-talent-market[person=P-s2, from=PO-soe, to=PO-tm, cluster=C-tm, region=R-dist] cites [SEED SYNC-CLUSTER]
          pipeline INFORMATIONAL
        relation P-s3 FULL PO-soe -> PO-pvt TO_EMPLOYER_ORGANIZATION
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-employer-organization[person=P-s3, from=PO-soe, to=PO-pvt, enterprise=E-pvt] cites [SEED SYNC-RESTRUCTURE]
          pipeline INFORMATIONAL
        relation P-s4 PROBATIONARY PO-soe -> PO-tm TO_TALENT_MARKET
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            former-organization-ceases[person=P-s4, from=PO-soe] cites [SEED SYNC-RESTRUCTURE]
            relation-to-talent-market[person=P-s4, from=PO-soe, to=PO-tm, cluster=C-tm, region=R-dist] cites [SEED SYNC-CLUSTER]
          pipeline INFORMATIONAL
        relation P-s5 ACTIVIST PO-soe -> PO-tm TO_TALENT_MARKET
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            former-organization-ceases[person=P-s5, from=PO-soe] cites [SEED SYNC-RESTRUCTURE]
            relation-to-talent-market[person=P-s5, from=PO-soe, to=PO-tm, cluster=C-tm, region=R-dist] cites [SEED SYNC-CLUSTER]
          pipeline INFORMATIONAL
        relation P-s6 APPLICANT PO-soe -> PO-tm TO_TALENT_MARKET
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            former-organization-ceases[person=P-s6, from=PO-soe] cites [SEED SYNC-RESTRUCTURE]
            relation-to-talent-market[person=P-s6, from=PO-soe, to=PO-tm, cluster=C-tm, region=R-dist] cites [SEED SYNC-CLUSTER]
          pipeline INFORMATIONAL
        relation P-s7 DEVELOPMENT_TARGET PO-soe -> PO-pvt TO_EMPLOYER_ORGANIZATION
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-employer-organization[person=P-s7, from=PO-soe, to=PO-pvt, enterprise=E-pvt] cites [SEED SYNC-RESTRUCTURE]
          pipeline ADVISORY
        relation P-w1 FULL PO-soe -> PO-pvt TO_EMPLOYER_ORGANIZATION
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-employer-organization[person=P-w1, from=PO-soe, to=PO-pvt, enterprise=E-pvt] cites [SEED SYNC-RESTRUCTURE]
          pipeline INFORMATIONAL
        membership P-p1 U-pvt ACTIVE -> U-pvt ACTIVE KEPT
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-kept[person=P-p1, union=U-pvt, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-p2 U-pvt ACTIVE -> U-pvt ACTIVE KEPT
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-kept[person=P-p2, union=U-pvt, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-p3 U-pvt ACTIVE -> U-pvt ACTIVE KEPT
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-kept[person=P-p3, union=U-pvt, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-p4 U-pvt ACTIVE -> U-pvt ACTIVE KEPT
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-kept[person=P-p4, union=U-pvt, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-p5 U-pvt ACTIVE -> U-pvt ACTIVE KEPT
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-kept[person=P-p5, union=U-pvt, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-s1 U-soe ACTIVE -> U-town RETAINED TO_HIGHER_UNION
          SYNC-RESTRUCTURE.RETAINED-TO-HIGHER-UNION INFORMATIONAL
            membership-to-higher-union[person=P-s1, from=U-soe, to=U-town, since=2000-03-01] cites [LOCAL Beijing 2020, UNION-CONST Art. 8]
        membership P-s2 U-soe ACTIVE -> U-town RETAINED TO_HIGHER_UNION
          SYNC-RESTRUCTURE.RETAINED-TO-HIGHER-UNION INFORMATIONAL
            membership-to-higher-union[person=P-s2, from=U-soe, to=U-town, since=2000-03-01] cites [LOCAL Beijing 2020, UNION-CONST Art. 8]
        membership P-s3 U-soe ACTIVE -> U-pvt ACTIVE TO_EMPLOYER_UNION
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-follows-labour[person=P-s3, from=U-soe, to=U-pvt, enterprise=E-pvt, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-s4 U-soe ACTIVE -> U-town RETAINED TO_HIGHER_UNION
          SYNC-RESTRUCTURE.RETAINED-TO-HIGHER-UNION INFORMATIONAL
            membership-to-higher-union[person=P-s4, from=U-soe, to=U-town, since=2000-03-01] cites [LOCAL Beijing 2020, UNION-CONST Art. 8]
        membership P-s5 U-soe ACTIVE -> U-town RETAINED TO_HIGHER_UNION
          SYNC-RESTRUCTURE.RETAINED-TO-HIGHER-UNION INFORMATIONAL
            membership-to-higher-union[person=P-s5, from=U-soe, to=U-town, since=2000-03-01] cites [LOCAL Beijing 2020, UNION-CONST Art. 8]
        membership P-s6 U-soe ACTIVE -> U-town RETAINED TO_HIGHER_UNION
          SYNC-RESTRUCTURE.RETAINED-TO-HIGHER-UNION INFORMATIONAL
            membership-to-higher-union[person=P-s6, from=U-soe, to=U-town, since=2000-03-01] cites [LOCAL Beijing 2020, UNION-CONST Art. 8]
        membership P-s7 U-soe ACTIVE -> U-pvt ACTIVE TO_EMPLOYER_UNION
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-follows-labour[person=P-s7, from=U-soe, to=U-pvt, enterprise=E-pvt, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-s8 U-soe ACTIVE -> U-town RETAINED TO_HIGHER_UNION
          SYNC-RESTRUCTURE.RETAINED-TO-HIGHER-UNION INFORMATIONAL
            membership-to-higher-union[person=P-s8, from=U-soe, to=U-town, since=2000-03-01] cites [LOCAL Beijing 2020, UNION-CONST Art. 8]
        membership P-s9 U-soe RETAINED -> U-town RETAINED TO_HIGHER_UNION
          SYNC-RESTRUCTURE.RETAINED-TO-HIGHER-UNION INFORMATIONAL
            membership-to-higher-union[person=P-s9, from=U-soe, to=U-town, since=1985-05-01] cites [LOCAL Beijing 2020, UNION-CONST Art. 8]
        membership P-w1 U-soe ACTIVE -> U-pvt ACTIVE TO_EMPLOYER_UNION
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-follows-labour[person=P-w1, from=U-soe, to=U-pvt, enterprise=E-pvt, since=2011-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        party PO-pvt CONTINUED into=- members=6/6 requirement=BRANCH
          after 宏达纺织党支部 BRANCH covers=[E-pvt] parent=PO-dist-wc secretary=P-p1 vacant=- deputies=[] committee=[] term=2024-03-01+3
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-continued[organization=PO-pvt, units=1] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30]
            relations-moved[organization=PO-pvt, arriving=3, leaving=0]
            members-after[organization=PO-pvt, fullMembers=6, members=6]
          BUILDING.PARTY-ORGANIZATION INFORMATIONAL
            reason.building.own-organization-required[fullMembers=6, probationaryMembers=0, required=3] uses [BRANCH_MIN_FULL_MEMBERS]
          BUILDING.PARTY-SCALE INFORMATIONAL
            reason.building.branch-default[members=6, required=50] uses [GENERAL_BRANCH_MIN_MEMBERS]
          BUILDING.BRANCH-LEADERSHIP INFORMATIONAL
            reason.building.branch-secretary[fullMembers=6, required=7] uses [BRANCH_COMMITTEE_MIN_FULL_MEMBERS]
        party PO-soe DISSOLVED into=- members=0/0 requirement=-
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-dissolved[organization=PO-soe] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30]
            relations-moved[organization=PO-soe, arriving=0, leaving=9]
        party PO-sub CONTINUED into=- members=1/1 requirement=-
          after 党组织PO-sub BRANCH covers=[E-sub] parent=PO-dist-wc secretary=- vacant=- deputies=[] committee=[] term=2024-03-01+3
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-continued[organization=PO-sub, units=1] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30]
            parent-replaced[organization=PO-sub, old=PO-soe, parent=PO-dist-wc] cites [PARTY-CONST Art. 30]
            members-after[organization=PO-sub, fullMembers=1, members=1]
        party PO-tm CONTINUED into=- members=4/5 requirement=-
          after 吴中人才市场党委 PRIMARY_COMMITTEE covers=[E-agency] parent=PO-dist-wc secretary=P-a1 vacant=- deputies=[] committee=[] term=2024-03-01+3
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-continued[organization=PO-tm, units=1] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30]
            relations-moved[organization=PO-tm, arriving=6, leaving=0]
            members-after[organization=PO-tm, fullMembers=4, members=5]
        union U-pvt CONTINUED into=- members=8/0 requirement=8
          after 宏达纺织工会委员会 ENTERPRISE_COMMITTEE covers=[E-pvt] parent=U-town chair=P-p2 vacant=- vice=[] committee=[] women=NONE term=2024-03-01+5
          SYNC-RESTRUCTURE.UNION-ORGANIZATION INFORMATIONAL
            organization-continued[organization=U-pvt, units=1] cites [SEED SYNC-RESTRUCTURE, UNION-LAW Art. 11]
            memberships-moved[organization=U-pvt, arriving=3, leaving=0]
            union-members-after[organization=U-pvt, active=8, retained=0]
          BUILDING.UNION-ORGANIZATION INFORMATIONAL
            reason.building.union-options[members=8, required=25, needed=17] uses [UNION_COMMITTEE_MIN_MEMBERS]
          BUILDING.FULL-TIME-CHAIR INFORMATIONAL
            reason.building.full-time-chair-not-provided[staff=32, required=200] uses [FULL_TIME_CHAIR_MIN_STAFF]
          BUILDING.WOMEN-WORK INFORMATIONAL
            reason.building.womens-committee[femaleStaff=10, required=10] uses [WOMENS_COMMITTEE_MIN_FEMALE_STAFF]
        union U-soe DISSOLVED into=- members=0/0 requirement=-
          SYNC-RESTRUCTURE.UNION-ORGANIZATION INFORMATIONAL
            organization-dissolved[organization=U-soe] cites [SEED SYNC-RESTRUCTURE, UNION-LAW Art. 11]
            memberships-moved[organization=U-soe, arriving=0, leaving=10]
        union U-sub CONTINUED into=- members=1/0 requirement=-
          after 工会U-sub ENTERPRISE_COMMITTEE covers=[E-sub] parent=U-town chair=- vacant=- vice=[] committee=[] women=NONE term=2024-03-01+5
          SYNC-RESTRUCTURE.UNION-ORGANIZATION INFORMATIONAL
            organization-continued[organization=U-sub, units=1] cites [SEED SYNC-RESTRUCTURE, UNION-LAW Art. 11]
            parent-replaced[organization=U-sub, old=U-soe, parent=U-town]
            union-members-after[organization=U-sub, active=1, retained=0]
        union U-town CONTINUED into=- members=0/7 requirement=-
          after 木渎镇总工会 TOWN_UNION covers=[] parent=U-dist chair=- vacant=- vice=[] committee=[] women=NONE term=2024-03-01+5
          SYNC-RESTRUCTURE.UNION-ORGANIZATION INFORMATIONAL
            organization-continued[organization=U-town, units=0] cites [SEED SYNC-RESTRUCTURE, UNION-LAW Art. 11]
            memberships-moved[organization=U-town, arriving=7, leaving=0]
            union-members-after[organization=U-town, active=0, retained=7]
        reconciliation 13 4 9 0 | 15 8 7 0
          SYNC-RESTRUCTURE.RECONCILIATION SATISFIED
            reconciliation-party[affected=13, kept=4, transferred=9, pending=0] cites [SEED SYNC-RESTRUCTURE]
            reconciliation-union[affected=15, active=8, retained=7, outside=0] cites [MEMBERSHIP-RULES Art. 3]
        """);
  }

  @Test
  @DisplayName("SYNC-NETWORK: without a talent market the nearest non-public-economy working committee holds the relations of last resort")
  void millClosesWithoutTalentMarketPlan() {
    assertThat(sections(text(millCloses(false)), "relation P-r1", "relation P-s2", "party PO-dist-wc"))
        .isEqualTo(
            """
        relation P-r1 FULL PO-soe -> PO-dist-wc TO_WORKING_COMMITTEE
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            former-organization-ceases[person=P-r1, from=PO-soe] cites [SEED SYNC-RESTRUCTURE]
            relation-to-working-committee[person=P-r1, from=PO-soe, to=PO-dist-wc, region=R-dist] cites [SEED SYNC-NETWORK]
          pipeline INFORMATIONAL
        relation P-s2 FULL PO-soe -> PO-dist-wc TO_WORKING_COMMITTEE
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            former-organization-ceases[person=P-s2, from=PO-soe] cites [SEED SYNC-RESTRUCTURE]
            relation-to-working-committee[person=P-s2, from=PO-soe, to=PO-dist-wc, region=R-dist] cites [SEED SYNC-NETWORK]
          pipeline INFORMATIONAL
        party PO-dist-wc CONTINUED into=- members=3/4 requirement=-
          after 吴中区非公经济党工委 NON_PUBLIC_WORKING_COMMITTEE covers=[] parent=PO-city-wc secretary=- vacant=- deputies=[] committee=[] term=2024-03-01+3
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-continued[organization=PO-dist-wc, units=0] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30]
            relations-moved[organization=PO-dist-wc, arriving=6, leaving=0]
            members-after[organization=PO-dist-wc, fullMembers=3, members=4]
        """);
  }

  @Test
  @DisplayName("SYNC-NETWORK: with no holder of last resort a relation is pending (advisory) and a membership goes outside the jurisdiction")
  void lonelyPlan() {
    assertThat(text(lonely()))
        .isEqualTo(
            """
        enterprise E-a CLOSES headcount=0/0 ended=[] party=- union=- decisions=1
          SYNC-RESTRUCTURE.ENTERPRISE INFORMATIONAL
            enterprise-closes[enterprise=E-a, date=2026-07-01, kind=CLOSURE] cites [SEED SYNC-RESTRUCTURE]
            headcount-changes[enterprise=E-a, from=6, to=0]
        enterprise E-b CONTINUES headcount=5/2 ended=[] party=JOINT_BRANCH union=1 decisions=5
          SYNC-RESTRUCTURE.ENTERPRISE INFORMATIONAL
            enterprise-continues[enterprise=E-b, kind=CLOSURE] cites [SEED SYNC-RESTRUCTURE]
            headcount-changes[enterprise=E-b, from=4, to=5]
        staff P-a1 BECOMES_UNEMPLOYED -
        staff P-a2 MOVES E-b
        staff P-a3 RETIRES -
        relation P-a1 FULL PO-a -> - PENDING
          SYNC-RESTRUCTURE.PARTY-RELATION ADVISORY
            former-organization-ceases[person=P-a1, from=PO-a] cites [SEED SYNC-RESTRUCTURE]
            relation-pending[person=P-a1, from=PO-a, region=R-lone] cites [SEED SYNC-NETWORK]
          pipeline INFORMATIONAL
        relation P-a2 FULL PO-a -> - PENDING
          SYNC-RESTRUCTURE.PARTY-RELATION ADVISORY
            no-employer-organization[enterprise=E-b, fullMembers=1, required=3, maximum=5] uses [BRANCH_MIN_FULL_MEMBERS, JOINT_BRANCH_MAX_UNITS]
            relation-pending[person=P-a2, from=PO-a, region=R-lone] cites [SEED SYNC-NETWORK]
          pipeline INFORMATIONAL
        relation P-a3 FULL PO-a -> - PENDING
          SYNC-RESTRUCTURE.PARTY-RELATION ADVISORY
            former-organization-ceases[person=P-a3, from=PO-a] cites [SEED SYNC-RESTRUCTURE]
            relation-pending[person=P-a3, from=PO-a, region=R-lone] cites [SEED SYNC-NETWORK]
          pipeline INFORMATIONAL
        relation P-a4 FULL PO-a -> - PENDING
          SYNC-RESTRUCTURE.PARTY-RELATION ADVISORY
            former-organization-ceases[person=P-a4, from=PO-a] cites [SEED SYNC-RESTRUCTURE]
            relation-pending[person=P-a4, from=PO-a, region=R-lone] cites [SEED SYNC-NETWORK]
          pipeline INFORMATIONAL
        membership P-a1 U-a ACTIVE -> - - TO_UNION_OUTSIDE
          SYNC-RESTRUCTURE.RETAINED-TO-HIGHER-UNION ADVISORY
            membership-to-outside[person=P-a1, from=U-a, since=2011-03-01] cites [LOCAL Beijing 2020, UNION-CONST Art. 8]
        membership P-a2 U-a ACTIVE -> UO-E-b ACTIVE TO_FOUNDED_UNION
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-to-founded-union[person=P-a2, from=U-a, to=UO-E-b, enterprise=E-b, since=2011-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        party PO-a DISSOLVED into=- members=0/0 requirement=-
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-dissolved[organization=PO-a] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30]
            relations-moved[organization=PO-a, arriving=0, leaving=4]
        union U-a DISSOLVED into=- members=0/0 requirement=-
          SYNC-RESTRUCTURE.UNION-ORGANIZATION INFORMATIONAL
            organization-dissolved[organization=U-a] cites [SEED SYNC-RESTRUCTURE, UNION-LAW Art. 11]
            memberships-moved[organization=U-a, arriving=0, leaving=2]
        union UO-E-b TO_BE_FOUNDED into=- members=1/0 requirement=1
          after 企业E-b工会委员会 ENTERPRISE_COMMITTEE covers=[E-b] parent=- chair=- vacant=2026-07-01 vice=[] committee=[] women=MEMBER term=2026-07-01+3
          SYNC-RESTRUCTURE.UNION-ORGANIZATION INFORMATIONAL
            union-founded[organization=UO-E-b, form=ENTERPRISE_COMMITTEE, enterprise=E-b, members=1, required=25] cites [SEED SYNC-RESTRUCTURE, UNION-LAW Art. 11] uses [UNION_COMMITTEE_MIN_MEMBERS, UNION_TERM_YEARS]
            memberships-moved[organization=UO-E-b, arriving=1, leaving=0]
            union-members-after[organization=UO-E-b, active=1, retained=0]
          BUILDING.UNION-ORGANIZATION INFORMATIONAL
            reason.building.union-options[members=1, required=25, needed=24] uses [UNION_COMMITTEE_MIN_MEMBERS]
          BUILDING.FULL-TIME-CHAIR INFORMATIONAL
            reason.building.full-time-chair-not-provided[staff=5, required=200] uses [FULL_TIME_CHAIR_MIN_STAFF]
          BUILDING.WOMEN-WORK INFORMATIONAL
            reason.building.womens-member[femaleStaff=2, required=10] uses [WOMENS_COMMITTEE_MIN_FEMALE_STAFF]
          SYNC-RESTRUCTURE.POST-VACATED ADVISORY
            chair-to-fill[organization=UO-E-b, since=2026-07-01, due=2026-10-01, period=P3M] cites [NONPUBLIC-OPINION cross-appointment] uses [CHAIR_VACANCY_FILL_WITHIN]
        reconciliation 4 0 0 4 | 2 1 0 1
          SYNC-RESTRUCTURE.RECONCILIATION SATISFIED
            reconciliation-party[affected=4, kept=0, transferred=0, pending=4] cites [SEED SYNC-RESTRUCTURE]
            reconciliation-union[affected=2, active=1, retained=0, outside=1] cites [MEMBERSHIP-RULES Art. 3]
        """);
  }

  @Test
  @DisplayName("PARTY-CONST Art. 30: in a merger the joint organisations covering nothing are merged into the successor's, and so are the relations and memberships they hold")
  void smallFirmsMergePlan() {
    assertThat(text(smallFirmsMerge()))
        .isEqualTo(
            """
        enterprise E-pvt CONTINUES headcount=41/17 ended=[] party=BRANCH union=7 decisions=7
          SYNC-RESTRUCTURE.ENTERPRISE INFORMATIONAL
            enterprise-continues[enterprise=E-pvt, kind=MERGER] cites [SEED SYNC-RESTRUCTURE]
            headcount-changes[enterprise=E-pvt, from=30, to=41]
        enterprise E-small CLOSES headcount=0/0 ended=[] party=- union=- decisions=1
          SYNC-RESTRUCTURE.ENTERPRISE INFORMATIONAL
            enterprise-closes[enterprise=E-small, date=2026-07-01, kind=MERGER] cites [SEED SYNC-RESTRUCTURE]
            headcount-changes[enterprise=E-small, from=8, to=0]
        enterprise E-tiny CLOSES headcount=0/0 ended=[] party=- union=- decisions=1
          SYNC-RESTRUCTURE.ENTERPRISE INFORMATIONAL
            enterprise-closes[enterprise=E-tiny, date=2026-07-01, kind=MERGER] cites [SEED SYNC-RESTRUCTURE]
            headcount-changes[enterprise=E-tiny, from=5, to=0]
        staff P-m1 MOVES E-pvt
        staff P-m2 RETIRES -
        staff P-p1 STAYS E-pvt
        staff P-p2 STAYS E-pvt
        staff P-p3 STAYS E-pvt
        staff P-p4 STAYS E-pvt
        staff P-p5 STAYS E-pvt
        staff P-t1 BECOMES_UNEMPLOYED -
        staff P-t2 MOVES E-pvt
        staff P-w1 STAYS E-pvt
        relation P-m1 FULL PO-joint -> PO-pvt TO_EMPLOYER_ORGANIZATION
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-employer-organization[person=P-m1, from=PO-joint, to=PO-pvt, enterprise=E-pvt] cites [SEED SYNC-RESTRUCTURE]
          pipeline INFORMATIONAL
        relation P-p1 FULL PO-pvt -> PO-pvt KEPT
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-employer-organization[person=P-p1, from=PO-pvt, to=PO-pvt, enterprise=E-pvt] cites [SEED SYNC-RESTRUCTURE]
          pipeline INFORMATIONAL
        relation P-p2 FULL PO-pvt -> PO-pvt KEPT
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-employer-organization[person=P-p2, from=PO-pvt, to=PO-pvt, enterprise=E-pvt] cites [SEED SYNC-RESTRUCTURE]
          pipeline INFORMATIONAL
        relation P-p3 FULL PO-pvt -> PO-pvt KEPT
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-employer-organization[person=P-p3, from=PO-pvt, to=PO-pvt, enterprise=E-pvt] cites [SEED SYNC-RESTRUCTURE]
          pipeline INFORMATIONAL
        relation P-p5 FULL PO-pvt -> PO-pvt KEPT
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-employer-organization[person=P-p5, from=PO-pvt, to=PO-pvt, enterprise=E-pvt] cites [SEED SYNC-RESTRUCTURE]
          pipeline INFORMATIONAL
        relation P-r2 FULL PO-joint -> PO-pvt TO_MERGED_ORGANIZATION
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-merged[person=P-r2, from=PO-joint, to=PO-pvt] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30]
          pipeline INFORMATIONAL
        relation P-t1 FULL PO-joint -> PO-pvt TO_MERGED_ORGANIZATION
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-merged[person=P-t1, from=PO-joint, to=PO-pvt] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30]
          pipeline INFORMATIONAL
        relation P-t2 PROBATIONARY PO-joint -> PO-pvt TO_EMPLOYER_ORGANIZATION
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-employer-organization[person=P-t2, from=PO-joint, to=PO-pvt, enterprise=E-pvt] cites [SEED SYNC-RESTRUCTURE]
          pipeline INFORMATIONAL
        relation P-w1 FULL PO-soe -> PO-pvt TO_EMPLOYER_ORGANIZATION
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-employer-organization[person=P-w1, from=PO-soe, to=PO-pvt, enterprise=E-pvt] cites [SEED SYNC-RESTRUCTURE]
          pipeline INFORMATIONAL
        membership P-m1 U-joint ACTIVE -> U-pvt ACTIVE TO_EMPLOYER_UNION
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-follows-labour[person=P-m1, from=U-joint, to=U-pvt, enterprise=E-pvt, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-m2 U-joint ACTIVE -> U-pvt RETAINED TO_MERGED_UNION
          SYNC-RESTRUCTURE.MEMBERSHIP-RETAINED INFORMATIONAL
            membership-retained[person=P-m2, departure=RETIREMENT, union=U-pvt, since=2000-03-01] cites [UNION-CONST Art. 8, MEMBERSHIP-RULES Art. 3]
        membership P-p1 U-pvt ACTIVE -> U-pvt ACTIVE KEPT
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-kept[person=P-p1, union=U-pvt, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-p2 U-pvt ACTIVE -> U-pvt ACTIVE KEPT
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-kept[person=P-p2, union=U-pvt, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-p3 U-pvt ACTIVE -> U-pvt ACTIVE KEPT
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-kept[person=P-p3, union=U-pvt, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-p4 U-pvt ACTIVE -> U-pvt ACTIVE KEPT
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-kept[person=P-p4, union=U-pvt, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-p5 U-pvt ACTIVE -> U-pvt ACTIVE KEPT
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-kept[person=P-p5, union=U-pvt, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-r2 U-joint RETAINED -> U-pvt RETAINED TO_MERGED_UNION
          SYNC-RESTRUCTURE.MEMBERSHIP-RETAINED INFORMATIONAL
            membership-to-merged-union[person=P-r2, from=U-joint, to=U-pvt, status=RETAINED, since=2001-01-01] cites [UNION-CONST Art. 8, MEMBERSHIP-RULES Art. 3]
        membership P-t1 U-joint ACTIVE -> U-pvt RETAINED TO_MERGED_UNION
          SYNC-RESTRUCTURE.MEMBERSHIP-RETAINED INFORMATIONAL
            membership-retained[person=P-t1, departure=UNEMPLOYMENT, union=U-pvt, since=2000-03-01] cites [UNION-CONST Art. 8, MEMBERSHIP-RULES Art. 3]
        membership P-w1 U-soe ACTIVE -> U-pvt ACTIVE TO_EMPLOYER_UNION
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-follows-labour[person=P-w1, from=U-soe, to=U-pvt, enterprise=E-pvt, since=2011-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        party PO-joint MERGED into=PO-pvt members=0/0 requirement=-
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-merged[organization=PO-joint, target=PO-pvt] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30]
            relations-moved[organization=PO-joint, arriving=0, leaving=4]
        party PO-pvt CONTINUED into=- members=8/9 requirement=BRANCH
          after 宏达纺织党支部 BRANCH covers=[E-pvt] parent=PO-dist-wc secretary=P-p1 vacant=- deputies=[] committee=[] term=2024-03-01+3
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-continued[organization=PO-pvt, units=1] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30]
            relations-moved[organization=PO-pvt, arriving=5, leaving=0]
            members-after[organization=PO-pvt, fullMembers=8, members=9]
          BUILDING.PARTY-ORGANIZATION INFORMATIONAL
            reason.building.own-organization-required[fullMembers=6, probationaryMembers=1, required=3] uses [BRANCH_MIN_FULL_MEMBERS]
          BUILDING.PARTY-SCALE INFORMATIONAL
            reason.building.branch-default[members=7, required=50] uses [GENERAL_BRANCH_MIN_MEMBERS]
          BUILDING.BRANCH-LEADERSHIP INFORMATIONAL
            reason.building.branch-secretary[fullMembers=6, required=7] uses [BRANCH_COMMITTEE_MIN_FULL_MEMBERS]
        party PO-soe CONTINUED into=- members=4/5 requirement=-
          after 党组织PO-soe BRANCH covers=[E-soe] parent=PO-dist-wc secretary=P-s1 vacant=- deputies=[P-s3] committee=[P-s2] term=2024-03-01+3
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-continued[organization=PO-soe, units=1] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30]
            relations-moved[organization=PO-soe, arriving=0, leaving=1]
            members-after[organization=PO-soe, fullMembers=4, members=5]
        union U-joint MERGED into=U-pvt members=0/0 requirement=-
          SYNC-RESTRUCTURE.UNION-ORGANIZATION INFORMATIONAL
            organization-merged[organization=U-joint, target=U-pvt] cites [SEED SYNC-RESTRUCTURE, UNION-LAW Art. 11]
            memberships-moved[organization=U-joint, arriving=0, leaving=4]
        union U-pvt CONTINUED into=- members=7/3 requirement=7
          after 宏达纺织工会委员会 ENTERPRISE_COMMITTEE covers=[E-pvt] parent=U-town chair=P-p2 vacant=- vice=[] committee=[] women=NONE term=2024-03-01+5
          SYNC-RESTRUCTURE.UNION-ORGANIZATION INFORMATIONAL
            organization-continued[organization=U-pvt, units=1] cites [SEED SYNC-RESTRUCTURE, UNION-LAW Art. 11]
            memberships-moved[organization=U-pvt, arriving=5, leaving=0]
            union-members-after[organization=U-pvt, active=7, retained=3]
          BUILDING.UNION-ORGANIZATION INFORMATIONAL
            reason.building.union-options[members=7, required=25, needed=18] uses [UNION_COMMITTEE_MIN_MEMBERS]
          BUILDING.FULL-TIME-CHAIR INFORMATIONAL
            reason.building.full-time-chair-not-provided[staff=41, required=200] uses [FULL_TIME_CHAIR_MIN_STAFF]
          BUILDING.WOMEN-WORK INFORMATIONAL
            reason.building.womens-committee[femaleStaff=17, required=10] uses [WOMENS_COMMITTEE_MIN_FEMALE_STAFF]
        union U-soe CONTINUED into=- members=8/1 requirement=-
          after 工会U-soe ENTERPRISE_COMMITTEE covers=[E-soe] parent=U-town chair=P-s2 vacant=- vice=[P-s3] committee=[P-s8] women=NONE term=2024-03-01+5
          SYNC-RESTRUCTURE.UNION-ORGANIZATION INFORMATIONAL
            organization-continued[organization=U-soe, units=1] cites [SEED SYNC-RESTRUCTURE, UNION-LAW Art. 11]
            memberships-moved[organization=U-soe, arriving=0, leaving=1]
            union-members-after[organization=U-soe, active=8, retained=1]
        reconciliation 9 4 5 0 | 10 7 3 0
          SYNC-RESTRUCTURE.RECONCILIATION SATISFIED
            reconciliation-party[affected=9, kept=4, transferred=5, pending=0] cites [SEED SYNC-RESTRUCTURE]
            reconciliation-union[affected=10, active=7, retained=3, outside=0] cites [MEMBERSHIP-RULES Art. 3]
        """);
  }

  @Test
  @DisplayName("BRANCH-REG Art. 4: a split-off part with three full members founds a branch under a free id; a part with union members founds a union; the secretary who leaves vacates the post")
  void privateSplitsPlan() {
    assertThat(text(privateSplits()))
        .isEqualTo(
            """
        enterprise E-pvt CONTINUES headcount=26/10 ended=[] party=JOINT_BRANCH union=2 decisions=5
          SYNC-RESTRUCTURE.ENTERPRISE INFORMATIONAL
            enterprise-continues[enterprise=E-pvt, kind=SPLIT] cites [SEED SYNC-RESTRUCTURE]
            headcount-changes[enterprise=E-pvt, from=30, to=26]
        enterprise E-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx FOUNDED headcount=1/0 ended=[] party=JOINT_BRANCH union=1 decisions=5
          SYNC-RESTRUCTURE.ENTERPRISE INFORMATIONAL
            enterprise-founded[enterprise=E-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, date=2026-07-01, kind=SPLIT] cites [SEED SYNC-RESTRUCTURE]
        enterprise pvt FOUNDED headcount=3/1 ended=[] party=BRANCH union=3 decisions=7
          SYNC-RESTRUCTURE.ENTERPRISE INFORMATIONAL
            enterprise-founded[enterprise=pvt, date=2026-07-01, kind=SPLIT] cites [SEED SYNC-RESTRUCTURE]
        staff P-p1 MOVES pvt
        staff P-p2 STAYS E-pvt
        staff P-p3 MOVES pvt
        staff P-p4 MOVES E-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
        staff P-p5 MOVES pvt
        staff P-w1 STAYS E-pvt
        relation P-p1 FULL PO-pvt -> PO-pvt-3 TO_FOUNDED_ORGANIZATION
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-founded[person=P-p1, from=PO-pvt, to=PO-pvt-3, enterprise=pvt] cites [SEED SYNC-RESTRUCTURE] uses [BRANCH_MIN_FULL_MEMBERS]
          pipeline INFORMATIONAL
        relation P-p2 FULL PO-pvt -> PO-pvt KEPT
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-employer-organization[person=P-p2, from=PO-pvt, to=PO-pvt, enterprise=E-pvt] cites [SEED SYNC-RESTRUCTURE]
          pipeline INFORMATIONAL
        relation P-p3 FULL PO-pvt -> PO-pvt-3 TO_FOUNDED_ORGANIZATION
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-founded[person=P-p3, from=PO-pvt, to=PO-pvt-3, enterprise=pvt] cites [SEED SYNC-RESTRUCTURE] uses [BRANCH_MIN_FULL_MEMBERS]
          pipeline INFORMATIONAL
        relation P-p5 FULL PO-pvt -> PO-pvt-3 TO_FOUNDED_ORGANIZATION
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-founded[person=P-p5, from=PO-pvt, to=PO-pvt-3, enterprise=pvt] cites [SEED SYNC-RESTRUCTURE] uses [BRANCH_MIN_FULL_MEMBERS]
          pipeline INFORMATIONAL
        relation P-w1 FULL PO-soe -> PO-pvt TO_EMPLOYER_ORGANIZATION
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-employer-organization[person=P-w1, from=PO-soe, to=PO-pvt, enterprise=E-pvt] cites [SEED SYNC-RESTRUCTURE]
          pipeline INFORMATIONAL
        membership P-p1 U-pvt ACTIVE -> UO-pvt ACTIVE TO_FOUNDED_UNION
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-to-founded-union[person=P-p1, from=U-pvt, to=UO-pvt, enterprise=pvt, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-p2 U-pvt ACTIVE -> U-pvt ACTIVE KEPT
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-kept[person=P-p2, union=U-pvt, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-p3 U-pvt ACTIVE -> UO-pvt ACTIVE TO_FOUNDED_UNION
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-to-founded-union[person=P-p3, from=U-pvt, to=UO-pvt, enterprise=pvt, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-p4 U-pvt ACTIVE -> UO-39f48ff0 ACTIVE TO_FOUNDED_UNION
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-to-founded-union[person=P-p4, from=U-pvt, to=UO-39f48ff0, enterprise=E-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-p5 U-pvt ACTIVE -> UO-pvt ACTIVE TO_FOUNDED_UNION
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-to-founded-union[person=P-p5, from=U-pvt, to=UO-pvt, enterprise=pvt, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-w1 U-soe ACTIVE -> U-pvt ACTIVE TO_EMPLOYER_UNION
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-follows-labour[person=P-w1, from=U-soe, to=U-pvt, enterprise=E-pvt, since=2011-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        party PO-pvt CONTINUED into=- members=2/2 requirement=JOINT_BRANCH
          after 宏达纺织党支部 BRANCH covers=[E-pvt] parent=PO-dist-wc secretary=- vacant=2026-07-01 deputies=[] committee=[] term=2024-03-01+3
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-continued[organization=PO-pvt, units=1] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30]
            relations-moved[organization=PO-pvt, arriving=1, leaving=3]
            members-after[organization=PO-pvt, fullMembers=2, members=2]
          BUILDING.PARTY-ORGANIZATION INFORMATIONAL
            reason.building.joint-branch-required[fullMembers=2, probationaryMembers=0, required=3, maximum=5] uses [BRANCH_MIN_FULL_MEMBERS, JOINT_BRANCH_MAX_UNITS]
          SYNC-RESTRUCTURE.FORM-REVIEW ADVISORY
            form-differs[organization=PO-pvt, current=BRANCH, required=JOINT_BRANCH] cites [PARTY-CONST Art. 30]
          SYNC-RESTRUCTURE.POST-VACATED ADVISORY
            post-vacated[person=P-p1, post=SECRETARY, organization=PO-pvt, since=2026-07-01] cites [PARTY-CONST Art. 31, NONPUBLIC-OPINION cross-appointment]
        party PO-pvt-3 TO_BE_FOUNDED into=- members=3/3 requirement=BRANCH
          after 企业pvt党支部 BRANCH covers=[pvt] parent=PO-dist-wc secretary=- vacant=2026-07-01 deputies=[] committee=[] term=2026-07-01+3
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-founded[organization=PO-pvt-3, form=BRANCH, enterprise=pvt, fullMembers=3, required=3] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30] uses [BRANCH_MIN_FULL_MEMBERS, BRANCH_TERM_YEARS]
            relations-moved[organization=PO-pvt-3, arriving=3, leaving=0]
            members-after[organization=PO-pvt-3, fullMembers=3, members=3]
          BUILDING.PARTY-ORGANIZATION INFORMATIONAL
            reason.building.own-organization-required[fullMembers=3, probationaryMembers=0, required=3] uses [BRANCH_MIN_FULL_MEMBERS]
          BUILDING.PARTY-SCALE INFORMATIONAL
            reason.building.branch-default[members=3, required=50] uses [GENERAL_BRANCH_MIN_MEMBERS]
          BUILDING.BRANCH-LEADERSHIP INFORMATIONAL
            reason.building.branch-secretary[fullMembers=3, required=7] uses [BRANCH_COMMITTEE_MIN_FULL_MEMBERS]
          SYNC-RESTRUCTURE.POST-VACATED ADVISORY
            post-to-fill[post=SECRETARY, organization=PO-pvt-3, since=2026-07-01] cites [PARTY-CONST Art. 31, NONPUBLIC-OPINION cross-appointment]
        party PO-soe CONTINUED into=- members=4/5 requirement=-
          after 党组织PO-soe BRANCH covers=[E-soe] parent=PO-dist-wc secretary=P-s1 vacant=- deputies=[P-s3] committee=[P-s2] term=2024-03-01+3
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-continued[organization=PO-soe, units=1] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30]
            relations-moved[organization=PO-soe, arriving=0, leaving=1]
            members-after[organization=PO-soe, fullMembers=4, members=5]
        union U-pvt CONTINUED into=- members=2/0 requirement=2
          after 宏达纺织工会委员会 ENTERPRISE_COMMITTEE covers=[E-pvt] parent=U-town chair=P-p2 vacant=- vice=[] committee=[] women=NONE term=2024-03-01+5
          SYNC-RESTRUCTURE.UNION-ORGANIZATION INFORMATIONAL
            organization-continued[organization=U-pvt, units=1] cites [SEED SYNC-RESTRUCTURE, UNION-LAW Art. 11]
            memberships-moved[organization=U-pvt, arriving=1, leaving=4]
            union-members-after[organization=U-pvt, active=2, retained=0]
          BUILDING.UNION-ORGANIZATION INFORMATIONAL
            reason.building.union-options[members=2, required=25, needed=23] uses [UNION_COMMITTEE_MIN_MEMBERS]
          BUILDING.FULL-TIME-CHAIR INFORMATIONAL
            reason.building.full-time-chair-not-provided[staff=26, required=200] uses [FULL_TIME_CHAIR_MIN_STAFF]
          BUILDING.WOMEN-WORK INFORMATIONAL
            reason.building.womens-committee[femaleStaff=10, required=10] uses [WOMENS_COMMITTEE_MIN_FEMALE_STAFF]
        union U-soe CONTINUED into=- members=8/1 requirement=-
          after 工会U-soe ENTERPRISE_COMMITTEE covers=[E-soe] parent=U-town chair=P-s2 vacant=- vice=[P-s3] committee=[P-s8] women=NONE term=2024-03-01+5
          SYNC-RESTRUCTURE.UNION-ORGANIZATION INFORMATIONAL
            organization-continued[organization=U-soe, units=1] cites [SEED SYNC-RESTRUCTURE, UNION-LAW Art. 11]
            memberships-moved[organization=U-soe, arriving=0, leaving=1]
            union-members-after[organization=U-soe, active=8, retained=1]
        union UO-39f48ff0 TO_BE_FOUNDED into=- members=1/0 requirement=1
          after 长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长长工会委员会 ENTERPRISE_COMMITTEE covers=[E-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx] parent=U-dist chair=- vacant=2026-07-01 vice=[] committee=[] women=NONE term=2026-07-01+3
          SYNC-RESTRUCTURE.UNION-ORGANIZATION INFORMATIONAL
            union-founded[organization=UO-39f48ff0, form=ENTERPRISE_COMMITTEE, enterprise=E-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx, members=1, required=25] cites [SEED SYNC-RESTRUCTURE, UNION-LAW Art. 11] uses [UNION_COMMITTEE_MIN_MEMBERS, UNION_TERM_YEARS]
            memberships-moved[organization=UO-39f48ff0, arriving=1, leaving=0]
            union-members-after[organization=UO-39f48ff0, active=1, retained=0]
          BUILDING.UNION-ORGANIZATION INFORMATIONAL
            reason.building.union-options[members=1, required=25, needed=24] uses [UNION_COMMITTEE_MIN_MEMBERS]
          BUILDING.FULL-TIME-CHAIR INFORMATIONAL
            reason.building.full-time-chair-not-provided[staff=1, required=200] uses [FULL_TIME_CHAIR_MIN_STAFF]
          BUILDING.WOMEN-WORK INFORMATIONAL
            reason.building.no-female-staff[] cites [UNION-LAW Art. 11]
          SYNC-RESTRUCTURE.POST-VACATED ADVISORY
            chair-to-fill[organization=UO-39f48ff0, since=2026-07-01, due=2026-10-01, period=P3M] cites [NONPUBLIC-OPINION cross-appointment] uses [CHAIR_VACANCY_FILL_WITHIN]
        union UO-pvt TO_BE_FOUNDED into=- members=3/0 requirement=3
          after 企业pvt工会委员会 ENTERPRISE_COMMITTEE covers=[pvt] parent=U-town chair=- vacant=2026-07-01 vice=[] committee=[] women=MEMBER term=2026-07-01+3
          SYNC-RESTRUCTURE.UNION-ORGANIZATION INFORMATIONAL
            union-founded[organization=UO-pvt, form=ENTERPRISE_COMMITTEE, enterprise=pvt, members=3, required=25] cites [SEED SYNC-RESTRUCTURE, UNION-LAW Art. 11] uses [UNION_COMMITTEE_MIN_MEMBERS, UNION_TERM_YEARS]
            memberships-moved[organization=UO-pvt, arriving=3, leaving=0]
            union-members-after[organization=UO-pvt, active=3, retained=0]
          BUILDING.UNION-ORGANIZATION INFORMATIONAL
            reason.building.union-options[members=3, required=25, needed=22] uses [UNION_COMMITTEE_MIN_MEMBERS]
          BUILDING.FULL-TIME-CHAIR INFORMATIONAL
            reason.building.full-time-chair-not-provided[staff=3, required=200] uses [FULL_TIME_CHAIR_MIN_STAFF]
          BUILDING.WOMEN-WORK INFORMATIONAL
            reason.building.womens-member[femaleStaff=1, required=10] uses [WOMENS_COMMITTEE_MIN_FEMALE_STAFF]
          SYNC-RESTRUCTURE.POST-VACATED ADVISORY
            chair-to-fill[organization=UO-pvt, since=2026-07-01, due=2026-10-01, period=P3M] cites [NONPUBLIC-OPINION cross-appointment] uses [CHAIR_VACANCY_FILL_WITHIN]
        reconciliation 5 1 4 0 | 6 6 0 0
          SYNC-RESTRUCTURE.RECONCILIATION SATISFIED
            reconciliation-party[affected=5, kept=1, transferred=4, pending=0] cites [SEED SYNC-RESTRUCTURE]
            reconciliation-union[affected=6, active=6, retained=0, outside=0] cites [MEMBERSHIP-RULES Art. 3]
        """);
  }

  @Test
  @DisplayName("SYNC-NETWORK: a state-owned enterprise become private brings its branch under the district's non-public-economy working committee")
  void privatisedSeedPlan() {
    assertThat(sections(text(privatised(city())), "party", "union"))
        .isEqualTo(
            """
        party PO-soe CONTINUED into=- members=3/4 requirement=JOINT_BRANCH
          after 苏州第一纺织厂党支部 BRANCH covers=[E-soe] parent=PO-dist-wc secretary=- vacant=2026-07-01 deputies=[] committee=[] term=2024-03-01+3
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-continued[organization=PO-soe, units=1] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30]
            members-after[organization=PO-soe, fullMembers=3, members=4]
          SYNC-RESTRUCTURE.REAFFILIATION INFORMATIONAL
            reaffiliated[organization=PO-soe, enterprise=E-soe, ownership=PRIVATE, parent=PO-dist-wc] cites [SEED SYNC-NETWORK]
          BUILDING.PARTY-ORGANIZATION INFORMATIONAL
            reason.building.joint-branch-required[fullMembers=2, probationaryMembers=1, required=3, maximum=5] uses [BRANCH_MIN_FULL_MEMBERS, JOINT_BRANCH_MAX_UNITS]
          SYNC-RESTRUCTURE.FORM-REVIEW ADVISORY
            form-differs[organization=PO-soe, current=BRANCH, required=JOINT_BRANCH] cites [PARTY-CONST Art. 30]
          SYNC-RESTRUCTURE.POST-VACATED ADVISORY
            post-vacated[person=P-s1, post=SECRETARY, organization=PO-soe, since=2026-07-01] cites [PARTY-CONST Art. 31, NONPUBLIC-OPINION cross-appointment]
        union U-soe CONTINUED into=- members=7/2 requirement=7
          after 苏州第一纺织厂工会委员会 ENTERPRISE_COMMITTEE covers=[E-soe] parent=U-town chair=P-s2 vacant=- vice=[] committee=[] women=NONE term=2024-03-01+5
          SYNC-RESTRUCTURE.UNION-ORGANIZATION INFORMATIONAL
            organization-continued[organization=U-soe, units=1] cites [SEED SYNC-RESTRUCTURE, UNION-LAW Art. 11]
            union-members-after[organization=U-soe, active=7, retained=2]
          BUILDING.UNION-ORGANIZATION INFORMATIONAL
            reason.building.union-options[members=7, required=25, needed=18] uses [UNION_COMMITTEE_MIN_MEMBERS]
          BUILDING.FULL-TIME-CHAIR INFORMATIONAL
            reason.building.full-time-chair-not-provided[staff=39, required=200] uses [FULL_TIME_CHAIR_MIN_STAFF]
          BUILDING.WOMEN-WORK INFORMATIONAL
            reason.building.womens-committee[femaleStaff=20, required=10] uses [WOMENS_COMMITTEE_MIN_FEMALE_STAFF]
        """);
  }

  @Test
  @DisplayName("SYNC-NETWORK: a branch already under the working committee is not reaffiliated")
  void privatisedMillPlan() {
    assertThat(sections(text(privatised(millCity(true).build())), "party"))
        .isEqualTo(
            """
        party PO-soe CONTINUED into=- members=5/6 requirement=JOINT_BRANCH
          after 党组织PO-soe BRANCH covers=[E-soe] parent=PO-dist-wc secretary=- vacant=2026-07-01 deputies=[P-s3] committee=[P-s2] term=2024-03-01+3
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-continued[organization=PO-soe, units=1] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30]
            members-after[organization=PO-soe, fullMembers=5, members=6]
          BUILDING.PARTY-ORGANIZATION INFORMATIONAL
            reason.building.joint-branch-required[fullMembers=2, probationaryMembers=1, required=3, maximum=5] uses [BRANCH_MIN_FULL_MEMBERS, JOINT_BRANCH_MAX_UNITS]
          SYNC-RESTRUCTURE.FORM-REVIEW ADVISORY
            form-differs[organization=PO-soe, current=BRANCH, required=JOINT_BRANCH] cites [PARTY-CONST Art. 30]
          SYNC-RESTRUCTURE.POST-VACATED ADVISORY
            post-vacated[person=P-s1, post=SECRETARY, organization=PO-soe, since=2026-07-01] cites [PARTY-CONST Art. 31, NONPUBLIC-OPINION cross-appointment]
        """);
  }

  @Test
  @DisplayName("BRANCH-REG Art. 4: an enterprise reaching three full members leaves the joint branch and founds its own; the posts of those who leave are vacated (CHAIR-RULES Art. 18)")
  void toTinyPlan() {
    assertThat(text(toTiny()))
        .isEqualTo(
            """
        enterprise E-soe CONTINUES headcount=38/20 ended=[] party=JOINT_BRANCH union=6 decisions=5
          SYNC-RESTRUCTURE.ENTERPRISE INFORMATIONAL
            enterprise-continues[enterprise=E-soe, kind=STAFF_TRANSFER] cites [SEED SYNC-RESTRUCTURE]
            headcount-changes[enterprise=E-soe, from=40, to=38]
        enterprise E-tiny CONTINUES headcount=7/4 ended=[] party=BRANCH union=3 decisions=7
          SYNC-RESTRUCTURE.ENTERPRISE INFORMATIONAL
            enterprise-continues[enterprise=E-tiny, kind=STAFF_TRANSFER] cites [SEED SYNC-RESTRUCTURE]
            headcount-changes[enterprise=E-tiny, from=5, to=7]
        staff P-s1 STAYS E-soe
        staff P-s2 MOVES E-tiny
        staff P-s3 MOVES E-tiny
        staff P-s4 STAYS E-soe
        staff P-s5 STAYS E-soe
        staff P-s6 STAYS E-soe
        staff P-s7 STAYS E-soe
        staff P-s8 STAYS E-soe
        staff P-t1 STAYS E-tiny
        staff P-t2 STAYS E-tiny
        relation P-s1 FULL PO-soe -> PO-soe KEPT
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-employer-organization[person=P-s1, from=PO-soe, to=PO-soe, enterprise=E-soe] cites [SEED SYNC-RESTRUCTURE]
          pipeline INFORMATIONAL
        relation P-s2 FULL PO-soe -> PO-E-tiny TO_FOUNDED_ORGANIZATION
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-founded[person=P-s2, from=PO-soe, to=PO-E-tiny, enterprise=E-tiny] cites [SEED SYNC-RESTRUCTURE] uses [BRANCH_MIN_FULL_MEMBERS]
          pipeline INFORMATIONAL
        relation P-s3 FULL PO-soe -> PO-E-tiny TO_FOUNDED_ORGANIZATION
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-founded[person=P-s3, from=PO-soe, to=PO-E-tiny, enterprise=E-tiny] cites [SEED SYNC-RESTRUCTURE] uses [BRANCH_MIN_FULL_MEMBERS]
          pipeline INFORMATIONAL
        relation P-s4 PROBATIONARY PO-soe -> PO-soe KEPT
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-employer-organization[person=P-s4, from=PO-soe, to=PO-soe, enterprise=E-soe] cites [SEED SYNC-RESTRUCTURE]
          pipeline INFORMATIONAL
        relation P-s5 ACTIVIST PO-soe -> PO-soe KEPT
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-employer-organization[person=P-s5, from=PO-soe, to=PO-soe, enterprise=E-soe] cites [SEED SYNC-RESTRUCTURE]
          pipeline INFORMATIONAL
        relation P-s6 APPLICANT PO-soe -> PO-soe KEPT
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-employer-organization[person=P-s6, from=PO-soe, to=PO-soe, enterprise=E-soe] cites [SEED SYNC-RESTRUCTURE]
          pipeline INFORMATIONAL
        relation P-s7 DEVELOPMENT_TARGET PO-soe -> PO-soe KEPT
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-employer-organization[person=P-s7, from=PO-soe, to=PO-soe, enterprise=E-soe] cites [SEED SYNC-RESTRUCTURE]
          pipeline INFORMATIONAL
        relation P-t1 FULL PO-joint -> PO-E-tiny TO_FOUNDED_ORGANIZATION
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-founded[person=P-t1, from=PO-joint, to=PO-E-tiny, enterprise=E-tiny] cites [SEED SYNC-RESTRUCTURE] uses [BRANCH_MIN_FULL_MEMBERS]
          pipeline INFORMATIONAL
        relation P-t2 PROBATIONARY PO-joint -> PO-E-tiny TO_FOUNDED_ORGANIZATION
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-founded[person=P-t2, from=PO-joint, to=PO-E-tiny, enterprise=E-tiny] cites [SEED SYNC-RESTRUCTURE] uses [BRANCH_MIN_FULL_MEMBERS]
          pipeline INFORMATIONAL
        membership P-s1 U-soe ACTIVE -> U-soe ACTIVE KEPT
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-kept[person=P-s1, union=U-soe, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-s2 U-soe ACTIVE -> U-joint ACTIVE TO_EMPLOYER_UNION
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-follows-labour[person=P-s2, from=U-soe, to=U-joint, enterprise=E-tiny, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-s3 U-soe ACTIVE -> U-joint ACTIVE TO_EMPLOYER_UNION
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-follows-labour[person=P-s3, from=U-soe, to=U-joint, enterprise=E-tiny, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-s4 U-soe ACTIVE -> U-soe ACTIVE KEPT
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-kept[person=P-s4, union=U-soe, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-s5 U-soe ACTIVE -> U-soe ACTIVE KEPT
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-kept[person=P-s5, union=U-soe, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-s6 U-soe ACTIVE -> U-soe ACTIVE KEPT
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-kept[person=P-s6, union=U-soe, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-s7 U-soe ACTIVE -> U-soe ACTIVE KEPT
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-kept[person=P-s7, union=U-soe, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-s8 U-soe ACTIVE -> U-soe ACTIVE KEPT
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-kept[person=P-s8, union=U-soe, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-t1 U-joint ACTIVE -> U-joint ACTIVE KEPT
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-kept[person=P-t1, union=U-joint, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        party PO-E-tiny TO_BE_FOUNDED into=- members=3/4 requirement=BRANCH
          after 木渎绣品工作室党支部 BRANCH covers=[E-tiny] parent=PO-dist-wc secretary=- vacant=2026-07-01 deputies=[] committee=[] term=2026-07-01+3
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-founded[organization=PO-E-tiny, form=BRANCH, enterprise=E-tiny, fullMembers=3, required=3] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30] uses [BRANCH_MIN_FULL_MEMBERS, BRANCH_TERM_YEARS]
            relations-moved[organization=PO-E-tiny, arriving=4, leaving=0]
            members-after[organization=PO-E-tiny, fullMembers=3, members=4]
          BUILDING.PARTY-ORGANIZATION INFORMATIONAL
            reason.building.own-organization-required[fullMembers=3, probationaryMembers=1, required=3] uses [BRANCH_MIN_FULL_MEMBERS]
          BUILDING.PARTY-SCALE INFORMATIONAL
            reason.building.branch-default[members=4, required=50] uses [GENERAL_BRANCH_MIN_MEMBERS]
          BUILDING.BRANCH-LEADERSHIP INFORMATIONAL
            reason.building.branch-secretary[fullMembers=3, required=7] uses [BRANCH_COMMITTEE_MIN_FULL_MEMBERS]
          SYNC-RESTRUCTURE.POST-VACATED ADVISORY
            post-to-fill[post=SECRETARY, organization=PO-E-tiny, since=2026-07-01] cites [PARTY-CONST Art. 31, NONPUBLIC-OPINION cross-appointment]
        party PO-joint CONTINUED into=- members=2/2 requirement=-
          after 木渎镇联合党支部 JOINT_BRANCH covers=[E-small] parent=PO-dist-wc secretary=P-m1 vacant=- deputies=[] committee=[] term=2024-03-01+3
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-continued[organization=PO-joint, units=1] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30]
            enterprise-leaves-joint-branch[organization=PO-joint, enterprise=E-tiny] cites [BRANCH-REG Art. 4]
            relations-moved[organization=PO-joint, arriving=0, leaving=2]
            members-after[organization=PO-joint, fullMembers=2, members=2]
        party PO-soe CONTINUED into=- members=3/4 requirement=JOINT_BRANCH
          after 党组织PO-soe BRANCH covers=[E-soe] parent=PO-dist-wc secretary=P-s1 vacant=- deputies=[] committee=[] term=2024-03-01+3
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-continued[organization=PO-soe, units=1] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30]
            relations-moved[organization=PO-soe, arriving=0, leaving=2]
            members-after[organization=PO-soe, fullMembers=3, members=4]
          BUILDING.PARTY-ORGANIZATION INFORMATIONAL
            reason.building.joint-branch-required[fullMembers=1, probationaryMembers=1, required=3, maximum=5] uses [BRANCH_MIN_FULL_MEMBERS, JOINT_BRANCH_MAX_UNITS]
          SYNC-RESTRUCTURE.FORM-REVIEW ADVISORY
            form-differs[organization=PO-soe, current=BRANCH, required=JOINT_BRANCH] cites [PARTY-CONST Art. 30]
          SYNC-RESTRUCTURE.POST-VACATED INFORMATIONAL
            post-vacated[person=P-s3, post=DEPUTY_SECRETARY, organization=PO-soe, since=2026-07-01] cites [PARTY-CONST Art. 31, NONPUBLIC-OPINION cross-appointment]
          SYNC-RESTRUCTURE.POST-VACATED INFORMATIONAL
            post-vacated[person=P-s2, post=PARTY_COMMITTEE_MEMBER, organization=PO-soe, since=2026-07-01] cites [PARTY-CONST Art. 31, NONPUBLIC-OPINION cross-appointment]
        union U-joint CONTINUED into=- members=5/1 requirement=-
          after 木渎镇联合工会 JOINT_COMMITTEE covers=[E-small, E-tiny] parent=U-town chair=- vacant=- vice=[] committee=[] women=NONE term=2024-03-01+5
          SYNC-RESTRUCTURE.UNION-ORGANIZATION INFORMATIONAL
            organization-continued[organization=U-joint, units=2] cites [SEED SYNC-RESTRUCTURE, UNION-LAW Art. 11]
            memberships-moved[organization=U-joint, arriving=2, leaving=0]
            union-members-after[organization=U-joint, active=5, retained=1]
        union U-soe CONTINUED into=- members=7/1 requirement=6
          after 工会U-soe ENTERPRISE_COMMITTEE covers=[E-soe] parent=U-town chair=- vacant=2026-07-01 vice=[] committee=[P-s8] women=NONE term=2024-03-01+5
          SYNC-RESTRUCTURE.UNION-ORGANIZATION INFORMATIONAL
            organization-continued[organization=U-soe, units=1] cites [SEED SYNC-RESTRUCTURE, UNION-LAW Art. 11]
            memberships-moved[organization=U-soe, arriving=0, leaving=2]
            union-members-after[organization=U-soe, active=7, retained=1]
          BUILDING.UNION-ORGANIZATION INFORMATIONAL
            reason.building.union-options[members=6, required=25, needed=19] uses [UNION_COMMITTEE_MIN_MEMBERS]
          BUILDING.FULL-TIME-CHAIR INFORMATIONAL
            reason.building.full-time-chair-not-provided[staff=38, required=200] uses [FULL_TIME_CHAIR_MIN_STAFF]
          BUILDING.WOMEN-WORK INFORMATIONAL
            reason.building.womens-committee[femaleStaff=20, required=10] uses [WOMENS_COMMITTEE_MIN_FEMALE_STAFF]
          SYNC-RESTRUCTURE.POST-VACATED ADVISORY
            chair-vacated[person=P-s2, organization=U-soe, since=2026-07-01, due=2026-10-01, period=P3M] cites [NONPUBLIC-OPINION cross-appointment] uses [CHAIR_VACANCY_FILL_WITHIN]
          SYNC-RESTRUCTURE.POST-VACATED INFORMATIONAL
            post-vacated[person=P-s3, post=VICE_CHAIR, organization=U-soe, since=2026-07-01] cites [UNION-LAW Art. 16, NONPUBLIC-OPINION cross-appointment]
        reconciliation 9 5 4 0 | 9 9 0 0
          SYNC-RESTRUCTURE.RECONCILIATION SATISFIED
            reconciliation-party[affected=9, kept=5, transferred=4, pending=0] cites [SEED SYNC-RESTRUCTURE]
            reconciliation-union[affected=9, active=9, retained=0, outside=0] cites [MEMBERSHIP-RULES Art. 3]
        """);
  }

  @Test
  @DisplayName("BRANCH-REG Art. 5: a part with one full member joins the joint branch its people came from")
  void smallSplits0Plan() {
    assertThat(text(smallSplits(0)))
        .isEqualTo(
            """
        enterprise E-small CONTINUES headcount=7/3 ended=[] party=JOINT_BRANCH union=1 decisions=5
          SYNC-RESTRUCTURE.ENTERPRISE INFORMATIONAL
            enterprise-continues[enterprise=E-small, kind=SPLIT] cites [SEED SYNC-RESTRUCTURE]
            headcount-changes[enterprise=E-small, from=8, to=7]
        enterprise N1 FOUNDED headcount=1/0 ended=[] party=JOINT_BRANCH union=1 decisions=5
          SYNC-RESTRUCTURE.ENTERPRISE INFORMATIONAL
            enterprise-founded[enterprise=N1, date=2026-07-01, kind=SPLIT] cites [SEED SYNC-RESTRUCTURE]
        staff P-m1 MOVES N1
        staff P-m2 STAYS E-small
        relation P-m1 FULL PO-joint -> PO-joint KEPT
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-joint-branch[person=P-m1, from=PO-joint, to=PO-joint, enterprise=N1] cites [SEED SYNC-RESTRUCTURE] uses [BRANCH_MIN_FULL_MEMBERS, JOINT_BRANCH_MAX_UNITS]
          pipeline INFORMATIONAL
        membership P-m1 U-joint ACTIVE -> UO-N1 ACTIVE TO_FOUNDED_UNION
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-to-founded-union[person=P-m1, from=U-joint, to=UO-N1, enterprise=N1, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        membership P-m2 U-joint ACTIVE -> U-joint ACTIVE KEPT
          SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR INFORMATIONAL
            membership-kept[person=P-m2, union=U-joint, since=2000-03-01] cites [UNION-CONST Art. 5, MEMBERSHIP-RULES Art. 3]
        party PO-joint CONTINUED into=- members=3/4 requirement=-
          after 木渎镇联合党支部 JOINT_BRANCH covers=[E-small, E-tiny, N1] parent=PO-dist-wc secretary=P-m1 vacant=- deputies=[] committee=[] term=2024-03-01+3
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-continued[organization=PO-joint, units=3] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30]
            enterprise-joins[organization=PO-joint, enterprise=N1, units=3, maximum=5] uses [JOINT_BRANCH_MAX_UNITS]
            members-after[organization=PO-joint, fullMembers=3, members=4]
        union U-joint CONTINUED into=- members=2/1 requirement=-
          after 木渎镇联合工会 JOINT_COMMITTEE covers=[E-small, E-tiny] parent=U-town chair=- vacant=- vice=[] committee=[] women=NONE term=2024-03-01+5
          SYNC-RESTRUCTURE.UNION-ORGANIZATION INFORMATIONAL
            organization-continued[organization=U-joint, units=2] cites [SEED SYNC-RESTRUCTURE, UNION-LAW Art. 11]
            memberships-moved[organization=U-joint, arriving=0, leaving=1]
            union-members-after[organization=U-joint, active=2, retained=1]
        union UO-N1 TO_BE_FOUNDED into=- members=1/0 requirement=1
          after 企业N1工会委员会 ENTERPRISE_COMMITTEE covers=[N1] parent=U-town chair=- vacant=2026-07-01 vice=[] committee=[] women=NONE term=2026-07-01+3
          SYNC-RESTRUCTURE.UNION-ORGANIZATION INFORMATIONAL
            union-founded[organization=UO-N1, form=ENTERPRISE_COMMITTEE, enterprise=N1, members=1, required=25] cites [SEED SYNC-RESTRUCTURE, UNION-LAW Art. 11] uses [UNION_COMMITTEE_MIN_MEMBERS, UNION_TERM_YEARS]
            memberships-moved[organization=UO-N1, arriving=1, leaving=0]
            union-members-after[organization=UO-N1, active=1, retained=0]
          BUILDING.UNION-ORGANIZATION INFORMATIONAL
            reason.building.union-options[members=1, required=25, needed=24] uses [UNION_COMMITTEE_MIN_MEMBERS]
          BUILDING.FULL-TIME-CHAIR INFORMATIONAL
            reason.building.full-time-chair-not-provided[staff=1, required=200] uses [FULL_TIME_CHAIR_MIN_STAFF]
          BUILDING.WOMEN-WORK INFORMATIONAL
            reason.building.no-female-staff[] cites [UNION-LAW Art. 11]
          SYNC-RESTRUCTURE.POST-VACATED ADVISORY
            chair-to-fill[organization=UO-N1, since=2026-07-01, due=2026-10-01, period=P3M] cites [NONPUBLIC-OPINION cross-appointment] uses [CHAIR_VACANCY_FILL_WITHIN]
        reconciliation 1 1 0 0 | 2 2 0 0
          SYNC-RESTRUCTURE.RECONCILIATION SATISFIED
            reconciliation-party[affected=1, kept=1, transferred=0, pending=0] cites [SEED SYNC-RESTRUCTURE]
            reconciliation-union[affected=2, active=2, retained=0, outside=0] cites [MEMBERSHIP-RULES Art. 3]
        """);
  }

  @Test
  @DisplayName("BRANCH-REG Art. 5: a joint branch of four units takes a fifth (JOINT_BRANCH_MAX_UNITS = 5)")
  void smallSplits2Plan() {
    assertThat(sections(text(smallSplits(2)), "relation P-m1", "party"))
        .isEqualTo(
            """
        relation P-m1 FULL PO-joint -> PO-joint KEPT
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            relation-to-joint-branch[person=P-m1, from=PO-joint, to=PO-joint, enterprise=N1] cites [SEED SYNC-RESTRUCTURE] uses [BRANCH_MIN_FULL_MEMBERS, JOINT_BRANCH_MAX_UNITS]
          pipeline INFORMATIONAL
        party PO-joint CONTINUED into=- members=3/4 requirement=-
          after 党组织PO-joint JOINT_BRANCH covers=[E-j0, E-j1, E-small, E-tiny, N1] parent=PO-dist-wc secretary=P-m1 vacant=- deputies=[] committee=[] term=2024-03-01+3
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-continued[organization=PO-joint, units=5] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30]
            enterprise-joins[organization=PO-joint, enterprise=N1, units=5, maximum=5] uses [JOINT_BRANCH_MAX_UNITS]
            members-after[organization=PO-joint, fullMembers=3, members=4]
        """);
  }

  @Test
  @DisplayName("BRANCH-REG Art. 5: a joint branch of five units takes no more; the relation goes to the talent market")
  void smallSplits3Plan() {
    assertThat(sections(text(smallSplits(3)), "relation P-m1", "party"))
        .isEqualTo(
            """
        relation P-m1 FULL PO-joint -> PO-tm TO_TALENT_MARKET
          SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
            no-employer-organization[enterprise=N1, fullMembers=1, required=3, maximum=5] uses [BRANCH_MIN_FULL_MEMBERS, JOINT_BRANCH_MAX_UNITS]
            relation-to-talent-market[person=P-m1, from=PO-joint, to=PO-tm, cluster=C-tm, region=R-dist] cites [SEED SYNC-CLUSTER]
          pipeline INFORMATIONAL
        party PO-joint CONTINUED into=- members=2/3 requirement=-
          after 党组织PO-joint JOINT_BRANCH covers=[E-j0, E-j1, E-j2, E-small, E-tiny] parent=PO-dist-wc secretary=- vacant=2026-07-01 deputies=[] committee=[] term=2024-03-01+3
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-continued[organization=PO-joint, units=5] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30]
            relations-moved[organization=PO-joint, arriving=0, leaving=1]
            members-after[organization=PO-joint, fullMembers=2, members=3]
          SYNC-RESTRUCTURE.POST-VACATED ADVISORY
            post-vacated[person=P-m1, post=SECRETARY, organization=PO-joint, since=2026-07-01] cites [PARTY-CONST Art. 31, NONPUBLIC-OPINION cross-appointment]
        party PO-tm CONTINUED into=- members=2/2 requirement=-
          after 吴中人才市场党委 PRIMARY_COMMITTEE covers=[E-agency] parent=PO-dist-wc secretary=P-a1 vacant=- deputies=[] committee=[] term=2024-03-01+3
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-continued[organization=PO-tm, units=1] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30]
            relations-moved[organization=PO-tm, arriving=1, leaving=0]
            members-after[organization=PO-tm, fullMembers=2, members=2]
        """);
  }

  @Test
  @DisplayName("UNION-LAW Art. 11: with 24 union members an enterprise stays in the joint union")
  void toSmall22Plan() {
    assertThat(sections(text(toSmall(22)), "enterprise E-small", "union U-joint", "union UO"))
        .isEqualTo(
            """
        enterprise E-small CONTINUES headcount=30/3 ended=[] party=JOINT_BRANCH union=24 decisions=5
          SYNC-RESTRUCTURE.ENTERPRISE INFORMATIONAL
            enterprise-continues[enterprise=E-small, kind=STAFF_TRANSFER] cites [SEED SYNC-RESTRUCTURE]
            headcount-changes[enterprise=E-small, from=8, to=30]
        union U-joint CONTINUED into=- members=25/1 requirement=-
          after 木渎镇联合工会 JOINT_COMMITTEE covers=[E-small, E-tiny] parent=U-town chair=- vacant=- vice=[] committee=[] women=NONE term=2024-03-01+5
          SYNC-RESTRUCTURE.UNION-ORGANIZATION INFORMATIONAL
            organization-continued[organization=U-joint, units=2] cites [SEED SYNC-RESTRUCTURE, UNION-LAW Art. 11]
            memberships-moved[organization=U-joint, arriving=22, leaving=0]
            union-members-after[organization=U-joint, active=25, retained=1]
        """);
  }

  @Test
  @DisplayName("UNION-LAW Art. 11: with 25 union members an enterprise leaves the joint union and founds its own committee")
  void toSmall23Plan() {
    assertThat(sections(text(toSmall(23)), "enterprise E-small", "union U-joint", "union UO"))
        .isEqualTo(
            """
        enterprise E-small CONTINUES headcount=31/3 ended=[] party=JOINT_BRANCH union=25 decisions=5
          SYNC-RESTRUCTURE.ENTERPRISE INFORMATIONAL
            enterprise-continues[enterprise=E-small, kind=STAFF_TRANSFER] cites [SEED SYNC-RESTRUCTURE]
            headcount-changes[enterprise=E-small, from=8, to=31]
        union U-joint CONTINUED into=- members=1/1 requirement=-
          after 木渎镇联合工会 JOINT_COMMITTEE covers=[E-tiny] parent=U-town chair=- vacant=- vice=[] committee=[] women=NONE term=2024-03-01+5
          SYNC-RESTRUCTURE.UNION-ORGANIZATION INFORMATIONAL
            organization-continued[organization=U-joint, units=1] cites [SEED SYNC-RESTRUCTURE, UNION-LAW Art. 11]
            enterprise-leaves-joint-union[organization=U-joint, enterprise=E-small] cites [UNION-LAW Art. 11]
            memberships-moved[organization=U-joint, arriving=0, leaving=2]
            union-members-after[organization=U-joint, active=1, retained=1]
        union UO-E-small TO_BE_FOUNDED into=- members=25/0 requirement=25
          after 木渎小五金厂工会委员会 ENTERPRISE_COMMITTEE covers=[E-small] parent=U-town chair=- vacant=2026-07-01 vice=[] committee=[] women=MEMBER term=2026-07-01+3
          SYNC-RESTRUCTURE.UNION-ORGANIZATION INFORMATIONAL
            union-founded[organization=UO-E-small, form=ENTERPRISE_COMMITTEE, enterprise=E-small, members=25, required=25] cites [SEED SYNC-RESTRUCTURE, UNION-LAW Art. 11] uses [UNION_COMMITTEE_MIN_MEMBERS, UNION_TERM_YEARS]
            memberships-moved[organization=UO-E-small, arriving=25, leaving=0]
            union-members-after[organization=UO-E-small, active=25, retained=0]
          BUILDING.UNION-ORGANIZATION INFORMATIONAL
            reason.building.union-committee-required[members=25, required=25] uses [UNION_COMMITTEE_MIN_MEMBERS]
          BUILDING.FULL-TIME-CHAIR INFORMATIONAL
            reason.building.full-time-chair-not-provided[staff=31, required=200] uses [FULL_TIME_CHAIR_MIN_STAFF]
          BUILDING.WOMEN-WORK INFORMATIONAL
            reason.building.womens-member[femaleStaff=3, required=10] uses [WOMENS_COMMITTEE_MIN_FEMALE_STAFF]
          SYNC-RESTRUCTURE.POST-VACATED ADVISORY
            chair-to-fill[organization=UO-E-small, since=2026-07-01, due=2026-10-01, period=P3M] cites [NONPUBLIC-OPINION cross-appointment] uses [CHAIR_VACANCY_FILL_WITHIN]
        """);
  }

  @Test
  @DisplayName("PARTY-CONST Art. 30: a founded organisation of 49 members takes the form and term the scale requires")
  void bigSplit49Plan() {
    assertThat(sections(text(bigSplit(49)), "party PO-E-part"))
        .isEqualTo(
            """
        party PO-E-part TO_BE_FOUNDED into=- members=49/49 requirement=BRANCH
          after 企业E-part党支部 BRANCH covers=[E-part] parent=PO-dist-wc secretary=- vacant=2026-07-01 deputies=[] committee=[] term=2026-07-01+3
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-founded[organization=PO-E-part, form=BRANCH, enterprise=E-part, fullMembers=49, required=3] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30] uses [BRANCH_MIN_FULL_MEMBERS, BRANCH_TERM_YEARS]
            relations-moved[organization=PO-E-part, arriving=49, leaving=0]
            members-after[organization=PO-E-part, fullMembers=49, members=49]
          BUILDING.PARTY-ORGANIZATION INFORMATIONAL
            reason.building.own-organization-required[fullMembers=49, probationaryMembers=0, required=3] uses [BRANCH_MIN_FULL_MEMBERS]
          BUILDING.PARTY-SCALE INFORMATIONAL
            reason.building.branch-default[members=49, required=50] uses [GENERAL_BRANCH_MIN_MEMBERS]
          BUILDING.BRANCH-LEADERSHIP INFORMATIONAL
            reason.building.branch-committee[fullMembers=49, required=7] uses [BRANCH_COMMITTEE_MIN_FULL_MEMBERS]
          SYNC-RESTRUCTURE.POST-VACATED ADVISORY
            post-to-fill[post=SECRETARY, organization=PO-E-part, since=2026-07-01] cites [PARTY-CONST Art. 31, NONPUBLIC-OPINION cross-appointment]
        """);
  }

  @Test
  @DisplayName("PARTY-CONST Art. 30: a founded organisation of 50 members takes the form and term the scale requires")
  void bigSplit50Plan() {
    assertThat(sections(text(bigSplit(50)), "party PO-E-part"))
        .isEqualTo(
            """
        party PO-E-part TO_BE_FOUNDED into=- members=50/50 requirement=GENERAL_BRANCH
          after 企业E-part党总支 GENERAL_BRANCH covers=[E-part] parent=PO-dist-wc secretary=- vacant=2026-07-01 deputies=[] committee=[] term=2026-07-01+3
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-founded[organization=PO-E-part, form=GENERAL_BRANCH, enterprise=E-part, fullMembers=50, required=3] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30] uses [BRANCH_MIN_FULL_MEMBERS, BRANCH_TERM_YEARS]
            relations-moved[organization=PO-E-part, arriving=50, leaving=0]
            members-after[organization=PO-E-part, fullMembers=50, members=50]
          BUILDING.PARTY-ORGANIZATION INFORMATIONAL
            reason.building.own-organization-required[fullMembers=50, probationaryMembers=0, required=3] uses [BRANCH_MIN_FULL_MEMBERS]
          BUILDING.PARTY-SCALE INFORMATIONAL
            reason.building.general-branch-default[members=50, required=50, maximum=100] uses [GENERAL_BRANCH_MIN_MEMBERS, PRIMARY_COMMITTEE_MIN_MEMBERS]
          SYNC-RESTRUCTURE.POST-VACATED ADVISORY
            post-to-fill[post=SECRETARY, organization=PO-E-part, since=2026-07-01] cites [PARTY-CONST Art. 31, NONPUBLIC-OPINION cross-appointment]
        """);
  }

  @Test
  @DisplayName("PARTY-CONST Art. 30: a founded organisation of 99 members takes the form and term the scale requires")
  void bigSplit99Plan() {
    assertThat(sections(text(bigSplit(99)), "party PO-E-part"))
        .isEqualTo(
            """
        party PO-E-part TO_BE_FOUNDED into=- members=99/99 requirement=GENERAL_BRANCH
          after 企业E-part党总支 GENERAL_BRANCH covers=[E-part] parent=PO-dist-wc secretary=- vacant=2026-07-01 deputies=[] committee=[] term=2026-07-01+3
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-founded[organization=PO-E-part, form=GENERAL_BRANCH, enterprise=E-part, fullMembers=99, required=3] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30] uses [BRANCH_MIN_FULL_MEMBERS, BRANCH_TERM_YEARS]
            relations-moved[organization=PO-E-part, arriving=99, leaving=0]
            members-after[organization=PO-E-part, fullMembers=99, members=99]
          BUILDING.PARTY-ORGANIZATION INFORMATIONAL
            reason.building.own-organization-required[fullMembers=99, probationaryMembers=0, required=3] uses [BRANCH_MIN_FULL_MEMBERS]
          BUILDING.PARTY-SCALE INFORMATIONAL
            reason.building.general-branch-default[members=99, required=50, maximum=100] uses [GENERAL_BRANCH_MIN_MEMBERS, PRIMARY_COMMITTEE_MIN_MEMBERS]
          SYNC-RESTRUCTURE.POST-VACATED ADVISORY
            post-to-fill[post=SECRETARY, organization=PO-E-part, since=2026-07-01] cites [PARTY-CONST Art. 31, NONPUBLIC-OPINION cross-appointment]
        """);
  }

  @Test
  @DisplayName("PARTY-CONST Art. 30: a founded organisation of 100 members takes the form and term the scale requires")
  void bigSplit100Plan() {
    assertThat(sections(text(bigSplit(100)), "party PO-E-part"))
        .isEqualTo(
            """
        party PO-E-part TO_BE_FOUNDED into=- members=100/100 requirement=PRIMARY_COMMITTEE
          after 企业E-part党委 PRIMARY_COMMITTEE covers=[E-part] parent=PO-dist-wc secretary=- vacant=2026-07-01 deputies=[] committee=[] term=2026-07-01+5
          SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
            organization-founded[organization=PO-E-part, form=PRIMARY_COMMITTEE, enterprise=E-part, fullMembers=100, required=3] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30] uses [BRANCH_MIN_FULL_MEMBERS, PRIMARY_COMMITTEE_TERM_YEARS]
            relations-moved[organization=PO-E-part, arriving=100, leaving=0]
            members-after[organization=PO-E-part, fullMembers=100, members=100]
          BUILDING.PARTY-ORGANIZATION INFORMATIONAL
            reason.building.own-organization-required[fullMembers=100, probationaryMembers=0, required=3] uses [BRANCH_MIN_FULL_MEMBERS]
          BUILDING.PARTY-SCALE INFORMATIONAL
            reason.building.primary-committee-default[members=100, required=100] uses [PRIMARY_COMMITTEE_MIN_MEMBERS]
          SYNC-RESTRUCTURE.POST-VACATED ADVISORY
            post-to-fill[post=SECRETARY, organization=PO-E-part, since=2026-07-01] cites [PARTY-CONST Art. 31, NONPUBLIC-OPINION cross-appointment]
        """);
  }

  // ---- single behaviours, asserted directly ----

  private static PartyTransfer relation(RestructuringPlan plan, PersonId person) {
    return plan.partyTransfer(person).orElseThrow();
  }

  private static List<String> reasons(Decision decision) {
    return decision.reasons().stream().map(PlannerFixtures::reason).toList();
  }

  @Test
  @DisplayName(
      "SYNC-RESTRUCTURE: a stayer whose employer has no party organisation keeps a relation held"
          + " by an organisation that continues; a newcomer goes to the talent market")
  void stayerKeepsARelationHeldElsewhere() {
    EnterpriseId free = EnterpriseId.of("E-free");
    PersonId stayer = PersonId.of("P-f1");
    Jurisdiction.Builder b = millCity(true);
    b.addEnterprise(enterprise(free.value(), DISTRICT, Ownership.PRIVATE, 3));
    b.addPerson(person(stayer.value(), free, heldBy(PRIVATE_BRANCH), null));
    RestructuringPlan plan = ENGINE.plan(b.build(), StaffTransfer.of(SOE, free, SOE_MEMBER), DATE);

    PartyTransfer kept = relation(plan, stayer);
    assertThat(kept.route()).isEqualTo(PartyRoute.KEPT);
    assertThat(kept.holderAfter()).contains(PRIVATE_BRANCH);
    assertThat(reasons(kept.decisions().get(0)))
        .containsExactly(
            "relation-kept[person=P-f1, organization=PO-pvt]"
                + " cites [SEED SYNC-RESTRUCTURE]");
    PartyTransfer newcomer = relation(plan, SOE_MEMBER);
    assertThat(newcomer.route()).isEqualTo(PartyRoute.TO_TALENT_MARKET);
    assertThat(reasons(newcomer.decisions().get(0)).get(0))
        .isEqualTo(
            "no-employer-organization[enterprise=E-free, fullMembers=2, required=3,"
                + " maximum=5] uses [BRANCH_MIN_FULL_MEMBERS, JOINT_BRANCH_MAX_UNITS]");
  }

  @Test
  @DisplayName("BRANCH-REG Art. 5: an enterprise without party members joins no joint branch")
  void withoutPartyMembersNoJointBranch() {
    Jurisdiction before = millCity(true).build();
    Enterprise n1 = enterprise("N1", TOWN, Ownership.PRIVATE, 1);
    RestructuringPlan plan =
        ENGINE.plan(
            before,
            Split.builder()
                .source(SMALL)
                .sourceContinues(true)
                .addParts(Successor.toBeFounded(n1))
                .addAllocations(Allocation.to(SMALL_WORKER, n1.id()))
                .build(),
            DATE);
    Jurisdiction after = plan.apply(before);
    assertThat(after.partyOrganizationsCovering(n1.id())).isEmpty();
    assertThat(after.partyOrganization(JOINT_BRANCH).orElseThrow().coveredEnterprises())
        .containsExactly(SMALL, TINY);
  }

  @Test
  @DisplayName(
      "SYNC-NETWORK: a branch the working committee itself comes under is not reaffiliated below it")
  void noReaffiliationIntoACycle() {
    Jurisdiction.Builder b = SeedCity.builder(true);
    PartyOrganization committee = city().partyOrganization(DISTRICT_COMMITTEE).orElseThrow();
    b.removePartyOrganizationsIf(o -> o.id().equals(DISTRICT_COMMITTEE));
    b.addPartyOrganization(PartyOrganization.builder().from(committee).parent(SOE_BRANCH).build());
    RestructuringPlan plan = privatised(b.build());
    PartyOrganizationChange branch = plan.partyOrganization(SOE_BRANCH).orElseThrow();
    assertThat(branch.after().orElseThrow().parent()).isEmpty();
    assertThat(branch.decisions())
        .extracting(d -> d.ruleId().value())
        .doesNotContain("SYNC-RESTRUCTURE.REAFFILIATION");
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 4: a founded state-owned part's organisations take a name cut to 180"
          + " characters; its branch comes under no working committee, its union under the town's")
  void foundedOrganisationsOfALongNamedStatePart() {
    Enterprise part =
        Enterprise.builder()
            .from(enterprise("E-state", TOWN, Ownership.STATE_OWNED, 3))
            .name("名".repeat(181))
            .build();
    RestructuringPlan plan =
        ENGINE.plan(
            millCity(true).build(),
            Split.builder()
                .source(PRIVATE)
                .sourceContinues(true)
                .addParts(Successor.toBeFounded(part))
                .addAllocations(
                    Allocation.to(PRIVATE_SECRETARY, part.id()),
                    Allocation.to(PRIVATE_MEMBER, part.id()),
                    Allocation.to(PRIVATE_MEMBER_2, part.id()))
                .build(),
            DATE);
    PartyOrganization branch =
        plan.partyOrganization(OrganizationId.of("PO-E-state")).orElseThrow().after().orElseThrow();
    assertThat(branch.name()).isEqualTo("名".repeat(180) + "党支部");
    assertThat(branch.parent()).isEmpty();
    UnionOrganization union =
        plan.unionOrganization(OrganizationId.of("UO-E-state")).orElseThrow().after().orElseThrow();
    assertThat(union.name()).isEqualTo("名".repeat(180) + "工会委员会");
    assertThat(union.parent()).contains(TOWN_UNION);
  }

  @Test
  @DisplayName("SYNC-RESTRUCTURE: the reconciliation's subject is cut to 128 characters")
  void reconciliationSubjectOfALongId() {
    String id = "E-" + "q".repeat(123);
    Jurisdiction.Builder b = millCity(true);
    b.addEnterprise(enterprise(id, TOWN, Ownership.PRIVATE, 0));
    RestructuringPlan plan =
        ENGINE.plan(b.build(), Closure.builder().enterprise(EnterpriseId.of(id)).build(), DATE);
    assertThat(plan.reconciliation().decision().subject().id())
        .isEqualTo(("CLOSURE:" + id).substring(0, 128));
    assertThat(plan.reconciliation().partyIn()).isZero();
  }

  @Test
  @DisplayName(
      "SYNC-RESTRUCTURE: a relation and membership held by a closing mill for someone working"
          + " elsewhere go to their employer's organisations")
  void orphanHoldersGoToTheirEmployer() {
    PersonId agent = PersonId.of("P-w2");
    OrganizationId agencyUnion = OrganizationId.of("U-agency");
    Jurisdiction.Builder b = millCity(true);
    b.addUnionOrganization(
        union(agencyUnion.value(), UnionForm.ENTERPRISE_COMMITTEE, DISTRICT)
            .addCoveredEnterprises(AGENCY)
            .build());
    b.addPerson(person(agent.value(), AGENCY, heldBy(SOE_BRANCH), active(SOE_UNION)));
    Jurisdiction before = b.build();
    RestructuringPlan plan = ENGINE.plan(before, Closure.builder().enterprise(SOE).build(), DATE);

    PartyTransfer party = relation(plan, agent);
    assertThat(party.route()).isEqualTo(PartyRoute.TO_EMPLOYER_ORGANIZATION);
    assertThat(reasons(party.decisions().get(0)))
        .containsExactly(
            "relation-to-employer-organization[person=P-w2, from=PO-soe,"
                + " to=PO-tm, enterprise=E-agency]"
                + " cites [SEED SYNC-RESTRUCTURE]");
    MembershipTransfer union = plan.membershipTransfer(agent).orElseThrow();
    assertThat(union.route()).isEqualTo(MembershipRoute.TO_EMPLOYER_UNION);
    assertThat(union.unionAfter()).contains(agencyUnion);
    assertThat(union.statusAfter()).contains(MembershipStatus.ACTIVE);
    Person after = plan.apply(before).person(agent).orElseThrow();
    assertThat(after.partyStanding().organization()).isEmpty();
    assertThat(after.unionMembership().orElseThrow().union()).isEqualTo(agencyUnion);
  }

  @Test
  @DisplayName(
      "PARTY-CONST Art. 30: a branch founded in an enterprise a general branch covers with another"
          + " comes under that general branch")
  void foundedUnderTheGeneralBranch() {
    OrganizationId group = OrganizationId.of("PO-grp");
    Jurisdiction.Builder b = millCity(true);
    b.addEnterprise(enterprise("E-y", TOWN, Ownership.PRIVATE, 3));
    b.addEnterprise(enterprise("E-z", TOWN, Ownership.PRIVATE, 3));
    b.addPartyOrganization(
        party(group.value(), PartyForm.GENERAL_BRANCH, TOWN)
            .addCoveredEnterprises(EnterpriseId.of("E-y"), EnterpriseId.of("E-z"))
            .parent(DISTRICT_COMMITTEE)
            .build());
    RestructuringPlan plan =
        ENGINE.plan(
            b.build(),
            StaffTransfer.of(SOE, EnterpriseId.of("E-y"), SOE_SECRETARY, SOE_CHAIR, SOE_MEMBER),
            DATE);
    PartyOrganization founded =
        plan.partyOrganization(OrganizationId.of("PO-E-y")).orElseThrow().after().orElseThrow();
    assertThat(founded.parent()).contains(group);
    assertThat(relation(plan, SOE_MEMBER).holderAfter()).contains(founded.id());
  }

  @Test
  @DisplayName(
      "SYNC-CLUSTER: only a talent market holds relations of last resort, and a cluster's"
          + " federation continues when its enterprise closes")
  void otherClustersHoldNothing() {
    ClusterId park = ClusterId.of("C-park");
    EnterpriseId firm = EnterpriseId.of("E-park");
    OrganizationId parkBranch = OrganizationId.of("PO-park");
    OrganizationId federation = OrganizationId.of("U-park");
    Jurisdiction.Builder b = millCity(true);
    b.addCluster(
        Cluster.builder().id(park).name("科技园").kind(ClusterKind.SCIENCE_PARK).region(TOWN).build());
    b.addEnterprise(
        Enterprise.builder()
            .from(enterprise(firm.value(), TOWN, Ownership.PRIVATE, 2))
            .addClusters(park)
            .build());
    b.addPartyOrganization(
        party(parkBranch.value(), PartyForm.BRANCH, TOWN)
            .addCoveredEnterprises(firm)
            .cluster(park)
            .build());
    b.addUnionOrganization(
        union(federation.value(), UnionForm.FEDERATION, TOWN)
            .addCoveredEnterprises(firm)
            .cluster(park)
            .build());
    Jurisdiction before = b.build();
    RestructuringPlan mill = ENGINE.plan(before, Closure.builder().enterprise(SOE).build(), DATE);
    assertThat(relation(mill, SOE_CHAIR).holderAfter()).contains(TALENT_MARKET_PARTY);

    RestructuringPlan closing =
        ENGINE.plan(before, Closure.builder().enterprise(firm).build(), DATE);
    assertThat(closing.partyOrganization(parkBranch).orElseThrow().fate())
        .isEqualTo(OrganizationFate.DISSOLVED);
    assertThat(closing.unionOrganization(federation).orElseThrow().fate())
        .isEqualTo(OrganizationFate.CONTINUED);
  }

  @Test
  @DisplayName(
      "UNION-LAW Art. 11: an enterprise reaching 25 members keeps its own union committee; a part"
          + " without union members gets none founded")
  void ownUnionContinuesAndNoUnionWithoutMembers() {
    Jurisdiction big = big(30, 0);
    RestructuringPlan plan =
        ENGINE.plan(
            big,
            StaffTransfer.builder()
                .source(EnterpriseId.of("E-big"))
                .destination(PRIVATE)
                .addAllPeople(bigStaff(20))
                .build(),
            DATE);
    assertThat(plan.membershipTransfer(PersonId.of("P-g000")).orElseThrow().unionAfter())
        .contains(PRIVATE_UNION);
    assertThat(plan.unionOrganization(PRIVATE_UNION).orElseThrow().requirement().orElseThrow().members())
        .isEqualTo(26);
    assertThat(plan.unionOrganization(OrganizationId.of("UO-E-pvt"))).isEmpty();

    Jurisdiction before = millCity(true).build();
    Enterprise n2 = enterprise("N2", TOWN, Ownership.PRIVATE, 1);
    RestructuringPlan split =
        ENGINE.plan(
            before,
            Split.builder()
                .source(TINY)
                .sourceContinues(true)
                .addParts(Successor.toBeFounded(n2))
                .addAllocations(Allocation.to(TINY_PROBATIONARY, n2.id()))
                .build(),
            DATE);
    Jurisdiction after = split.apply(before);
    assertThat(after.unionOrganizationsCovering(n2.id())).isEmpty();
    assertThat(after.partyOrganizationsCovering(n2.id()))
        .extracting(PartyOrganization::id)
        .containsExactly(JOINT_BRANCH);
  }

  @Test
  @DisplayName(
      "PARTY-CONST Art. 31: a post of a branch founded after the restructuring's date is vacant"
          + " from its founding; an employment that starts later keeps its start")
  void laterDatesAreKept() {
    LocalDate later = DATE.plusMonths(2);
    PersonId newcomer = PersonId.of("P-n1");
    Jurisdiction.Builder b = millCity(true);
    PartyOrganization branch = city().partyOrganization(PRIVATE_BRANCH).orElseThrow();
    b.removePartyOrganizationsIf(o -> o.id().equals(PRIVATE_BRANCH));
    b.addPartyOrganization(
        PartyOrganization.builder().from(branch).founded(later).termStart(later).build());
    b.addPerson(
        Person.builder()
            .from(person(newcomer.value(), PRIVATE, PartyStanding.none(), null))
            .employment(Employment.of(PRIVATE, later, EmploymentRole.STAFF))
            .build());
    Jurisdiction before = b.build();
    RestructuringPlan plan =
        ENGINE.plan(before, StaffTransfer.of(PRIVATE, SOE, PRIVATE_SECRETARY, newcomer), DATE);
    assertThat(plan.partyOrganization(PRIVATE_BRANCH).orElseThrow().vacatedPosts())
        .extracting(VacatedPost::formerHolder, VacatedPost::vacantSince)
        .containsExactly(tuple(Optional.of(PRIVATE_SECRETARY), later));
    Jurisdiction after = plan.apply(before);
    assertThat(after.person(newcomer).orElseThrow().employment().orElseThrow().since())
        .isEqualTo(later);
    assertThat(after.person(PRIVATE_SECRETARY).orElseThrow().employment().orElseThrow().since())
        .isEqualTo(DATE);
  }

  @Test
  @DisplayName("A new organisation's id keeps an enterprise id of 117 characters, and hashes longer")
  void idsUpTo120CharactersAreKept() {
    String id = "E-" + "k".repeat(115);
    Enterprise part = enterprise(id, TOWN, Ownership.PRIVATE, 1);
    RestructuringPlan plan =
        ENGINE.plan(
            millCity(true).build(),
            Split.builder()
                .source(PRIVATE)
                .sourceContinues(true)
                .addParts(Successor.toBeFounded(part))
                .addAllocations(Allocation.to(PRIVATE_WORKER, part.id()))
                .build(),
            DATE);
    assertThat(plan.membershipTransfer(PRIVATE_WORKER).orElseThrow().unionAfter())
        .contains(OrganizationId.of("UO-" + id));
  }

  @Test
  @DisplayName(
      "SYNC-RESTRUCTURE: a relation moved to the employer's founded branch is held implicitly;"
          + " a successor nobody joins still gets its requirements")
  void implicitHoldersAndEmptySuccessor() {
    Jurisdiction before = millCity(true).build();
    Jurisdiction after = toTiny().apply(before);
    assertThat(after.person(TINY_MEMBER).orElseThrow().partyStanding().organization()).isEmpty();
    assertThat(after.partyOrganizationsCovering(TINY))
        .extracting(PartyOrganization::id)
        .containsExactly(OrganizationId.of("PO-E-tiny"));

    Jurisdiction.Builder b = millCity(true);
    b.addEnterprise(enterprise("E-empty", TOWN, Ownership.PRIVATE, 0));
    RestructuringPlan plan =
        ENGINE.plan(
            b.build(),
            Merger.builder()
                .successor(Successor.existing(EnterpriseId.of("E-empty")))
                .addAbsorbed(SMALL)
                .addAllocations(Allocation.retired(SMALL_MEMBER), Allocation.retired(SMALL_WORKER))
                .build(),
            DATE);
    EnterpriseChange empty =
        plan.enterprises().stream()
            .filter(e -> e.enterprise().value().equals("E-empty"))
            .findFirst()
            .orElseThrow();
    assertThat(empty.partyRequirement().orElseThrow().fullMembers()).isZero();
    assertThat(empty.unionRequirement().orElseThrow().members()).isZero();
  }

  @Test
  @DisplayName(
      "UNION-CONST Art. 8: when a firm of the joint organisations closes, they continue with less"
          + " coverage, keep the relation of those who leave and retain their memberships")
  void smallClosesPlan() {
    assertThat(
            text(
                ENGINE.plan(
                    millCity(true).build(),
                    Closure.builder()
                        .enterprise(SMALL)
                        .addAllocations(Allocation.retired(SMALL_WORKER))
                        .build(),
                    DATE)))
        .isEqualTo(
            """
            enterprise E-small CLOSES headcount=0/0 ended=[] party=- union=- decisions=1
              SYNC-RESTRUCTURE.ENTERPRISE INFORMATIONAL
                enterprise-closes[enterprise=E-small, date=2026-07-01, kind=CLOSURE] cites [SEED SYNC-RESTRUCTURE]
                headcount-changes[enterprise=E-small, from=8, to=0]
            staff P-m1 BECOMES_UNEMPLOYED -
            staff P-m2 RETIRES -
            relation P-m1 FULL PO-joint -> PO-joint KEPT
              SYNC-RESTRUCTURE.PARTY-RELATION INFORMATIONAL
                relation-kept-leaving[person=P-m1, organization=PO-joint] cites [SEED SYNC-RESTRUCTURE]
              pipeline INFORMATIONAL
            membership P-m1 U-joint ACTIVE -> U-joint RETAINED KEPT
              SYNC-RESTRUCTURE.MEMBERSHIP-RETAINED INFORMATIONAL
                membership-retained[person=P-m1, departure=UNEMPLOYMENT, union=U-joint, since=2000-03-01] cites [UNION-CONST Art. 8, MEMBERSHIP-RULES Art. 3]
            membership P-m2 U-joint ACTIVE -> U-joint RETAINED KEPT
              SYNC-RESTRUCTURE.MEMBERSHIP-RETAINED INFORMATIONAL
                membership-retained[person=P-m2, departure=RETIREMENT, union=U-joint, since=2000-03-01] cites [UNION-CONST Art. 8, MEMBERSHIP-RULES Art. 3]
            party PO-joint CONTINUED into=- members=3/4 requirement=-
              after 木渎镇联合党支部 JOINT_BRANCH covers=[E-tiny] parent=PO-dist-wc secretary=- vacant=2026-07-01 deputies=[] committee=[] term=2024-03-01+3
              SYNC-RESTRUCTURE.PARTY-ORGANIZATION INFORMATIONAL
                organization-continued[organization=PO-joint, units=1] cites [SEED SYNC-RESTRUCTURE, PARTY-CONST Art. 30]
                coverage-reduced[organization=PO-joint, enterprise=E-small]
                members-after[organization=PO-joint, fullMembers=3, members=4]
              SYNC-RESTRUCTURE.POST-VACATED ADVISORY
                post-vacated[person=P-m1, post=SECRETARY, organization=PO-joint, since=2026-07-01] cites [PARTY-CONST Art. 31, NONPUBLIC-OPINION cross-appointment]
            union U-joint CONTINUED into=- members=1/3 requirement=-
              after 木渎镇联合工会 JOINT_COMMITTEE covers=[E-tiny] parent=U-town chair=- vacant=- vice=[] committee=[] women=NONE term=2024-03-01+5
              SYNC-RESTRUCTURE.UNION-ORGANIZATION INFORMATIONAL
                organization-continued[organization=U-joint, units=1] cites [SEED SYNC-RESTRUCTURE, UNION-LAW Art. 11]
                coverage-reduced[organization=U-joint, enterprise=E-small]
                union-members-after[organization=U-joint, active=1, retained=3]
            reconciliation 1 1 0 0 | 2 0 2 0
              SYNC-RESTRUCTURE.RECONCILIATION SATISFIED
                reconciliation-party[affected=1, kept=1, transferred=0, pending=0] cites [SEED SYNC-RESTRUCTURE]
                reconciliation-union[affected=2, active=0, retained=2, outside=0] cites [MEMBERSHIP-RULES Art. 3]
            """);
  }

  @Test
  @DisplayName("CROSS-APPOINT: a union committee member who moves away vacates the seat")
  void unionCommitteeSeatVacatedPlan() {
    RestructuringPlan plan =
        ENGINE.plan(millCity(true).build(), StaffTransfer.of(SOE, PRIVATE, SOE_WORKER), DATE);
    assertThat(section(text(plan), "union U-soe"))
        .isEqualTo(
            """
            union U-soe CONTINUED into=- members=7/1 requirement=7
              after 工会U-soe ENTERPRISE_COMMITTEE covers=[E-soe] parent=U-town chair=P-s2 vacant=- vice=[P-s3] committee=[] women=NONE term=2024-03-01+5
              SYNC-RESTRUCTURE.UNION-ORGANIZATION INFORMATIONAL
                organization-continued[organization=U-soe, units=1] cites [SEED SYNC-RESTRUCTURE, UNION-LAW Art. 11]
                memberships-moved[organization=U-soe, arriving=0, leaving=2]
                union-members-after[organization=U-soe, active=7, retained=1]
              BUILDING.UNION-ORGANIZATION INFORMATIONAL
                reason.building.union-options[members=7, required=25, needed=18] uses [UNION_COMMITTEE_MIN_MEMBERS]
              BUILDING.FULL-TIME-CHAIR INFORMATIONAL
                reason.building.full-time-chair-not-provided[staff=39, required=200] uses [FULL_TIME_CHAIR_MIN_STAFF]
              BUILDING.WOMEN-WORK INFORMATIONAL
                reason.building.womens-committee[femaleStaff=20, required=10] uses [WOMENS_COMMITTEE_MIN_FEMALE_STAFF]
              SYNC-RESTRUCTURE.POST-VACATED INFORMATIONAL
                post-vacated[person=P-s8, post=UNION_COMMITTEE_MEMBER, organization=U-soe, since=2026-07-01] cites [UNION-LAW Art. 16, NONPUBLIC-OPINION cross-appointment]
            """);
    assertThat(plan.unionOrganization(SOE_UNION).orElseThrow().vacatedPosts())
        .extracting(v -> v.decision().subject())
        .containsExactly(org.dangong.decision.Subject.unionOrganization(SOE_UNION));
  }

  @Test
  @DisplayName("SEED SYNC-RESTRUCTURE: the enterprise line of an ownership change names both ownerships")
  void ownershipChangeEnterprisePlan() {
    assertThat(section(text(privatised(city())), "enterprise"))
        .isEqualTo(
            """
            enterprise E-soe CONTINUES headcount=39/20 ended=[] party=JOINT_BRANCH union=7 decisions=5
              SYNC-RESTRUCTURE.ENTERPRISE INFORMATIONAL
                enterprise-continues[enterprise=E-soe, kind=OWNERSHIP_CHANGE] cites [SEED SYNC-RESTRUCTURE]
                ownership-changes[enterprise=E-soe, from=STATE_OWNED, to=PRIVATE]
                headcount-changes[enterprise=E-soe, from=40, to=39]
            """);
  }

  @Test
  @DisplayName(
      "SYNC-RESTRUCTURE: of several organisations covering an enterprise, the one that holds its"
          + " people comes first by form (branch, general branch, primary committee, joint branch;"
          + " enterprise committee, organizer, joint committee, federation), then by id")
  void organisationsRankByFormBeforeId() {
    EnterpriseId multi = EnterpriseId.of("E-multi");
    PersonId mover = PersonId.of("P-mu1");
    PersonId stayer = PersonId.of("P-mu2");
    Jurisdiction.Builder b = millCity(true);
    b.addEnterprise(enterprise(multi.value(), TOWN, Ownership.PRIVATE, 10));
    PartyForm[] forms = {
      PartyForm.JOINT_BRANCH, PartyForm.PRIMARY_COMMITTEE, PartyForm.GENERAL_BRANCH
    };
    for (int i = 0; i < forms.length; i++) {
      EnterpriseId other = EnterpriseId.of("E-o" + i);
      b.addEnterprise(enterprise(other.value(), TOWN, Ownership.PRIVATE, 2));
      b.addPartyOrganization(
          party("PO-m" + i, forms[i], TOWN).addCoveredEnterprises(multi, other).build());
    }
    b.addPartyOrganization(party("PO-m3", PartyForm.BRANCH, TOWN).addCoveredEnterprises(multi).build());
    UnionForm[] unions = {
      UnionForm.FEDERATION,
      UnionForm.JOINT_COMMITTEE,
      UnionForm.ORGANIZER,
      UnionForm.ENTERPRISE_COMMITTEE
    };
    for (int i = 0; i < unions.length; i++) {
      b.addUnionOrganization(union("U-o" + i, unions[i], TOWN).addCoveredEnterprises(multi).build());
    }
    OrganizationId committee = OrganizationId.of("U-o3");
    b.addPerson(person(mover.value(), multi, full(), active(committee)));
    b.addPerson(person(stayer.value(), multi, PartyStanding.none(), active(committee)));
    RestructuringPlan plan = ENGINE.plan(b.build(), StaffTransfer.of(multi, PRIVATE, mover), DATE);

    assertThat(relation(plan, mover).holderBefore()).contains(OrganizationId.of("PO-m3"));
    MembershipTransfer kept = plan.membershipTransfer(stayer).orElseThrow();
    assertThat(kept.route()).isEqualTo(MembershipRoute.KEPT);
    assertThat(kept.unionAfter()).contains(committee);
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 5: an enterprise with two full members stays with the joint branch that"
          + " covers it; firms merged into a new one with two full members carry the joint branch on")
  void jointBranchContinuesAndCarriesOn() {
    RestructuringPlan shared =
        ENGINE.plan(millCity(true).build(), StaffTransfer.of(TINY, SMALL, TINY_MEMBER), DATE);
    PartyTransfer moved = relation(shared, TINY_MEMBER);
    assertThat(moved.route()).isEqualTo(PartyRoute.KEPT);
    assertThat(reasons(moved.decisions().get(0)))
        .containsExactly(
            "relation-to-employer-organization[person=P-t1, from=PO-joint, to=PO-joint,"
                + " enterprise=E-small] cites [SEED SYNC-RESTRUCTURE]");

    Enterprise merged = enterprise("N-m", TOWN, Ownership.PRIVATE, 13);
    Jurisdiction before = millCity(true).build();
    RestructuringPlan plan =
        ENGINE.plan(
            before,
            Merger.builder()
                .successor(Successor.toBeFounded(merged))
                .addAbsorbed(SMALL, TINY)
                .build(),
            DATE);
    assertThat(plan.apply(before).partyOrganization(JOINT_BRANCH).orElseThrow().coveredEnterprises())
        .containsExactly(merged.id());
    assertThat(relation(plan, TINY_PROBATIONARY).route()).isEqualTo(PartyRoute.KEPT);
  }
}
