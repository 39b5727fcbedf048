package org.dangong.restructuring;

import java.time.LocalDate;
import org.dangong.model.Cluster;
import org.dangong.model.ClusterId;
import org.dangong.model.ClusterKind;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.MembershipStatus;
import org.dangong.model.OrganizationId;
import org.dangong.model.Ownership;
import org.dangong.model.PartyForm;
import org.dangong.model.PartyOrganization;
import org.dangong.model.PartyStage;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.model.RegionLevel;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionMembership;
import org.dangong.model.UnionOrganization;

/**
 * A small city shaped like the seed's SOE restructuring: a state-owned textile mill with its own
 * branch and union, a private textile company, two small private firms sharing a joint branch and a
 * joint union, a talent market with a party organisation, and the district's non-public-economy
 * party working committee.
 */
final class SeedCity {
  static final LocalDate DATE = LocalDate.of(2026, 7, 1);

  static final RegionId CITY = RegionId.of("R-city");
  static final RegionId DISTRICT = RegionId.of("R-dist");
  static final RegionId TOWN = RegionId.of("R-town");
  static final ClusterId TALENT_MARKET = ClusterId.of("C-tm");

  static final EnterpriseId SOE = EnterpriseId.of("E-soe");
  static final EnterpriseId PRIVATE = EnterpriseId.of("E-pvt");
  static final EnterpriseId SMALL = EnterpriseId.of("E-small");
  static final EnterpriseId TINY = EnterpriseId.of("E-tiny");
  static final EnterpriseId AGENCY = EnterpriseId.of("E-agency");

  static final OrganizationId CITY_COMMITTEE = OrganizationId.of("PO-city-wc");
  static final OrganizationId DISTRICT_COMMITTEE = OrganizationId.of("PO-dist-wc");
  static final OrganizationId TALENT_MARKET_PARTY = OrganizationId.of("PO-tm");
  static final OrganizationId SOE_BRANCH = OrganizationId.of("PO-soe");
  static final OrganizationId PRIVATE_BRANCH = OrganizationId.of("PO-pvt");
  static final OrganizationId JOINT_BRANCH = OrganizationId.of("PO-joint");

  static final OrganizationId CITY_UNION = OrganizationId.of("U-city");
  static final OrganizationId DISTRICT_UNION = OrganizationId.of("U-dist");
  static final OrganizationId TOWN_UNION = OrganizationId.of("U-town");
  static final OrganizationId SOE_UNION = OrganizationId.of("U-soe");
  static final OrganizationId PRIVATE_UNION = OrganizationId.of("U-pvt");
  static final OrganizationId JOINT_UNION = OrganizationId.of("U-joint");

  // E-soe: secretary (retires in the seed scenario), union chair, a full member, the pipeline
  static final PersonId SOE_SECRETARY = PersonId.of("P-s1");
  static final PersonId SOE_CHAIR = PersonId.of("P-s2");
  static final PersonId SOE_MEMBER = PersonId.of("P-s3");
  static final PersonId SOE_PROBATIONARY = PersonId.of("P-s4");
  static final PersonId SOE_ACTIVIST = PersonId.of("P-s5");
  static final PersonId SOE_APPLICANT = PersonId.of("P-s6");
  static final PersonId SOE_TARGET = PersonId.of("P-s7");
  static final PersonId SOE_WORKER = PersonId.of("P-s8");
  static final PersonId SOE_RETIREE = PersonId.of("P-s9");

  static final PersonId PRIVATE_SECRETARY = PersonId.of("P-p1");
  static final PersonId PRIVATE_CHAIR = PersonId.of("P-p2");
  static final PersonId PRIVATE_MEMBER = PersonId.of("P-p3");
  static final PersonId PRIVATE_WORKER = PersonId.of("P-p4");
  static final PersonId PRIVATE_MEMBER_2 = PersonId.of("P-p5");

  static final PersonId SMALL_MEMBER = PersonId.of("P-m1");
  static final PersonId SMALL_WORKER = PersonId.of("P-m2");
  static final PersonId TINY_MEMBER = PersonId.of("P-t1");
  static final PersonId TINY_PROBATIONARY = PersonId.of("P-t2");
  static final PersonId AGENCY_SECRETARY = PersonId.of("P-a1");
  static final PersonId OFFICIAL = PersonId.of("P-o1");

  private static final LocalDate FOUNDED = LocalDate.of(2005, 3, 1);
  private static final LocalDate TERM = LocalDate.of(2024, 3, 1);

  private SeedCity() {}

  /** The whole city, with the talent market. */
  static Jurisdiction city() {
    return builder(true).build();
  }

  /** The city without the talent market and its party organisation. */
  static Jurisdiction cityWithoutTalentMarket() {
    return builder(false).build();
  }

  static Jurisdiction.Builder builder(boolean talentMarket) {
    Jurisdiction.Builder b = Jurisdiction.builder();
    b.addRegion(Region.builder().id(CITY).name("苏州市").level(RegionLevel.CITY).build());
    b.addRegion(
        Region.builder().id(DISTRICT).name("吴中区").level(RegionLevel.DISTRICT).parent(CITY).build());
    b.addRegion(
        Region.builder().id(TOWN).name("木渎镇").level(RegionLevel.TOWN).parent(DISTRICT).build());

    b.addEnterprise(enterprise(SOE, "苏州第一纺织厂", Ownership.STATE_OWNED, 40, 20));
    b.addEnterprise(enterprise(PRIVATE, "苏州宏达纺织有限公司", Ownership.PRIVATE, 30, 10));
    b.addEnterprise(enterprise(SMALL, "木渎小五金厂", Ownership.PRIVATE, 8, 3));
    b.addEnterprise(enterprise(TINY, "木渎绣品工作室", Ownership.PRIVATE, 5, 4));

    b.addPartyOrganization(
        party(CITY_COMMITTEE, "苏州市委非公有制经济组织工作委员会", PartyForm.NON_PUBLIC_WORKING_COMMITTEE, CITY)
            .secretary(OFFICIAL)
            .build());
    b.addPartyOrganization(
        party(DISTRICT_COMMITTEE, "吴中区非公经济党工委", PartyForm.NON_PUBLIC_WORKING_COMMITTEE, DISTRICT)
            .parent(CITY_COMMITTEE)
            .build());
    b.addPartyOrganization(
        party(SOE_BRANCH, "苏州第一纺织厂党支部", PartyForm.BRANCH, TOWN)
            .addCoveredEnterprises(SOE)
            .secretary(SOE_SECRETARY)
            .build());
    b.addPartyOrganization(
        party(PRIVATE_BRANCH, "宏达纺织党支部", PartyForm.BRANCH, TOWN)
            .addCoveredEnterprises(PRIVATE)
            .secretary(PRIVATE_SECRETARY)
            .parent(DISTRICT_COMMITTEE)
            .build());
    b.addPartyOrganization(
        party(JOINT_BRANCH, "木渎镇联合党支部", PartyForm.JOINT_BRANCH, TOWN)
            .addCoveredEnterprises(SMALL, TINY)
            .secretary(SMALL_MEMBER)
            .parent(DISTRICT_COMMITTEE)
            .build());

    b.addUnionOrganization(union(CITY_UNION, "苏州市总工会", UnionForm.CITY_FEDERATION, CITY).build());
    b.addUnionOrganization(
        union(DISTRICT_UNION, "吴中区总工会", UnionForm.CITY_FEDERATION, DISTRICT)
            .parent(CITY_UNION)
            .build());
    b.addUnionOrganization(
        union(TOWN_UNION, "木渎镇总工会", UnionForm.TOWN_UNION, TOWN).parent(DISTRICT_UNION).build());
    b.addUnionOrganization(
        union(SOE_UNION, "苏州第一纺织厂工会委员会", UnionForm.ENTERPRISE_COMMITTEE, TOWN)
            .addCoveredEnterprises(SOE)
            .chair(SOE_CHAIR)
            .parent(TOWN_UNION)
            .build());
    b.addUnionOrganization(
        union(PRIVATE_UNION, "宏达纺织工会委员会", UnionForm.ENTERPRISE_COMMITTEE, TOWN)
            .addCoveredEnterprises(PRIVATE)
            .chair(PRIVATE_CHAIR)
            .parent(TOWN_UNION)
            .build());
    b.addUnionOrganization(
        union(JOINT_UNION, "木渎镇联合工会", UnionForm.JOINT_COMMITTEE, TOWN)
            .addCoveredEnterprises(SMALL, TINY)
            .parent(TOWN_UNION)
            .build());

    b.addPerson(official(OFFICIAL, PartyStanding.fullMember(LocalDate.of(1995, 7, 1))));
    b.addPerson(employee(SOE_SECRETARY, SOE, full(1990), SOE_UNION));
    b.addPerson(employee(SOE_CHAIR, SOE, full(2001), SOE_UNION));
    b.addPerson(employee(SOE_MEMBER, SOE, full(2010), SOE_UNION));
    b.addPerson(
        employee(
            SOE_PROBATIONARY,
            SOE,
            PartyStanding.probationaryMember(LocalDate.of(2026, 1, 10)),
            SOE_UNION));
    b.addPerson(
        employee(
            SOE_ACTIVIST,
            SOE,
            PartyStanding.builder()
                .stage(PartyStage.ACTIVIST)
                .appliedOn(LocalDate.of(2024, 12, 1))
                .activistSince(LocalDate.of(2025, 3, 1))
                .build(),
            SOE_UNION));
    b.addPerson(
        employee(SOE_APPLICANT, SOE, PartyStanding.applicant(LocalDate.of(2026, 2, 1)), SOE_UNION));
    b.addPerson(
        employee(
            SOE_TARGET,
            SOE,
            PartyStanding.builder()
                .stage(PartyStage.DEVELOPMENT_TARGET)
                .activistSince(LocalDate.of(2024, 9, 1))
                .developmentTargetSince(LocalDate.of(2026, 3, 1))
                .build(),
            SOE_UNION));
    b.addPerson(employee(SOE_WORKER, SOE, PartyStanding.none(), SOE_UNION));
    b.addPerson(
        Person.builder()
            .id(SOE_RETIREE)
            .name("陈退休")
            .birthDate(LocalDate.of(1955, 5, 5))
            .unionMembership(
                UnionMembership.of(SOE_UNION, LocalDate.of(1985, 5, 1), MembershipStatus.RETAINED))
            .build());

    b.addPerson(employee(PRIVATE_SECRETARY, PRIVATE, full(2005), PRIVATE_UNION));
    b.addPerson(employee(PRIVATE_CHAIR, PRIVATE, full(2008), PRIVATE_UNION));
    b.addPerson(employee(PRIVATE_MEMBER, PRIVATE, full(2012), PRIVATE_UNION));
    b.addPerson(employee(PRIVATE_WORKER, PRIVATE, PartyStanding.none(), PRIVATE_UNION));
    b.addPerson(employee(PRIVATE_MEMBER_2, PRIVATE, full(2015), PRIVATE_UNION));

    b.addPerson(employee(SMALL_MEMBER, SMALL, full(2003), JOINT_UNION));
    b.addPerson(employee(SMALL_WORKER, SMALL, PartyStanding.none(), JOINT_UNION));
    b.addPerson(employee(TINY_MEMBER, TINY, full(2011), JOINT_UNION));
    b.addPerson(
        employee(
            TINY_PROBATIONARY,
            TINY,
            PartyStanding.probationaryMember(LocalDate.of(2025, 11, 1)),
            null));

    if (talentMarket) {
      b.addCluster(
          Cluster.builder()
              .id(TALENT_MARKET)
              .name("吴中人才市场")
              .kind(ClusterKind.TALENT_MARKET)
              .region(DISTRICT)
              .build());
      b.addEnterprise(
          Enterprise.builder()
              .from(enterprise(AGENCY, "吴中人才服务有限公司", Ownership.PRIVATE, 12, 6))
              .region(DISTRICT)
              .addClusters(TALENT_MARKET)
              .build());
      b.addPartyOrganization(
          party(TALENT_MARKET_PARTY, "吴中人才市场党委", PartyForm.PRIMARY_COMMITTEE, DISTRICT)
              .addCoveredEnterprises(AGENCY)
              .cluster(TALENT_MARKET)
              .secretary(AGENCY_SECRETARY)
              .parent(DISTRICT_COMMITTEE)
              .build());
      b.addPerson(employee(AGENCY_SECRETARY, AGENCY, full(2000), null));
    }
    return b;
  }

  private static PartyStanding full(int year) {
    return PartyStanding.fullMember(LocalDate.of(year, 7, 1));
  }

  private static Enterprise enterprise(
      EnterpriseId id, String name, Ownership ownership, int headcount, int female) {
    return Enterprise.builder()
        .id(id)
        .name(name)
        .ownership(ownership)
        .region(TOWN)
        .headcount(headcount)
        .femaleHeadcount(female)
        .founded(FOUNDED)
        .build();
  }

  private static PartyOrganization.Builder party(
      OrganizationId id, String name, PartyForm form, RegionId region) {
    PartyOrganization.Builder b =
        PartyOrganization.builder()
            .id(id)
            .name(name)
            .form(form)
            .region(region)
            .founded(FOUNDED)
            .termStart(TERM)
            .termYears(3);
    return b;
  }

  private static UnionOrganization.Builder union(
      OrganizationId id, String name, UnionForm form, RegionId region) {
    return UnionOrganization.builder()
        .id(id)
        .name(name)
        .form(form)
        .region(region)
        .founded(FOUNDED)
        .termStart(TERM)
        .termYears(5);
  }

  private static Person official(PersonId id, PartyStanding standing) {
    return Person.builder()
        .id(id)
        .name("王干部")
        .birthDate(LocalDate.of(1970, 1, 1))
        .partyStanding(standing)
        .build();
  }

  private static Person employee(
      PersonId id,
      EnterpriseId employer,
      PartyStanding standing,
      @org.jspecify.annotations.Nullable OrganizationId union) {
    Person.Builder b =
        Person.builder()
            .id(id)
            .name("职工" + id.value())
            .birthDate(LocalDate.of(1968, 6, 1))
            .employment(Employment.of(employer, LocalDate.of(2000, 1, 1), EmploymentRole.STAFF))
            .partyStanding(standing);
    if (union != null) {
      b.unionMembership(UnionMembership.active(union, LocalDate.of(2000, 3, 1)));
    }
    return b.build();
  }
}
