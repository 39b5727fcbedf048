package org.dangong.building;

import java.time.LocalDate;
import org.dangong.model.Assignment;
import org.dangong.model.AssignmentKind;
import org.dangong.model.Cluster;
import org.dangong.model.ClusterId;
import org.dangong.model.ClusterKind;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.EnterpriseStatus;
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

/**
 * A small hand-made world for scenario tests: a city R0 with a district R1, two towns R1-T1 and
 * R1-T2 and a subdistrict R1-S1, a building area C1 in R1-T1, and helpers to staff enterprises with
 * exactly the party and union members a clause is about.
 */
final class Town {
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  static final RegionId CITY = RegionId.of("R0");
  static final RegionId DISTRICT = RegionId.of("R1");
  static final RegionId TOWN = RegionId.of("R1-T1");
  static final RegionId TOWN2 = RegionId.of("R1-T2");
  static final RegionId SUBDISTRICT = RegionId.of("R1-S1");
  static final ClusterId PARK = ClusterId.of("C1");
  static final LocalDate HIRED = LocalDate.of(2015, 3, 1);

  private final Jurisdiction.Builder b = Jurisdiction.builder();

  Town() {
    b.addRegion(Region.builder().id(CITY).name("苏州市").level(RegionLevel.CITY).build());
    b.addRegion(
        Region.builder().id(DISTRICT).name("吴江区").level(RegionLevel.DISTRICT).parent(CITY).build());
    b.addRegion(
        Region.builder().id(TOWN).name("同里镇").level(RegionLevel.TOWN).parent(DISTRICT).build());
    b.addRegion(
        Region.builder().id(TOWN2).name("黎里镇").level(RegionLevel.TOWN).parent(DISTRICT).build());
    b.addRegion(
        Region.builder()
            .id(SUBDISTRICT)
            .name("松陵街道")
            .level(RegionLevel.SUBDISTRICT)
            .parent(DISTRICT)
            .build());
    b.addCluster(
        Cluster.builder()
            .id(PARK)
            .name("同里科技园")
            .kind(ClusterKind.SCIENCE_PARK)
            .region(TOWN)
            .build());
  }

  Jurisdiction.Builder builder() {
    return b;
  }

  Jurisdiction build() {
    return b.build();
  }

  /** An operating private enterprise founded in 2010, without female staff. */
  static Enterprise.Builder enterprise(String id, RegionId region, int headcount) {
    return Enterprise.builder()
        .id(EnterpriseId.of(id))
        .name(id + "有限公司")
        .ownership(Ownership.PRIVATE)
        .region(region)
        .headcount(headcount)
        .femaleHeadcount(0)
        .founded(LocalDate.of(2010, 1, 1))
        .status(EnterpriseStatus.OPERATING);
  }

  Town add(Enterprise.Builder enterprise) {
    b.addEnterprise(enterprise.build());
    return this;
  }

  /**
   * Staffs an enterprise: {@code full} full members, {@code probationary} probationary members and
   * {@code others} other staff; the first {@code unionMembers} of them (in that order) are active
   * members of {@code union}. Person ids are {@code <enterprise>-P<n>}, from 1.
   */
  Town staff(
      String enterprise, int full, int probationary, int others, int unionMembers, String union) {
    int n = 0;
    for (int i = 0; i < full + probationary + others; i++) {
      n++;
      PartyStanding standing =
          i < full
              ? PartyStanding.fullMember(LocalDate.of(2012, 7, 1))
              : i < full + probationary
                  ? PartyStanding.probationaryMember(LocalDate.of(2025, 1, 1))
                  : PartyStanding.none();
      Person.Builder p =
          Person.builder()
              .id(PersonId.of(enterprise + "-P" + n))
              .name("职工" + n)
              .birthDate(LocalDate.of(1985, 1, 1))
              .employment(Employment.of(EnterpriseId.of(enterprise), HIRED, EmploymentRole.STAFF))
              .partyStanding(standing);
      if (i < unionMembers) {
        p.unionMembership(UnionMembership.active(OrganizationId.of(union), HIRED));
      }
      b.addPerson(p.build());
    }
    return this;
  }

  Town staff(String enterprise, int full, int probationary, int others) {
    return staff(enterprise, full, probationary, others, 0, "none");
  }

  Town person(Person person) {
    b.addPerson(person);
    return this;
  }

  static PersonId person(String enterprise, int n) {
    return PersonId.of(enterprise + "-P" + n);
  }

  /** A party organisation founded in 2016 whose current term began in 2024 for three years. */
  static PartyOrganization.Builder party(
      String id, PartyForm form, RegionId region, String... enterprises) {
    PartyOrganization.Builder o =
        PartyOrganization.builder()
            .id(OrganizationId.of(id))
            .name(id + "党组织")
            .form(form)
            .region(region)
            .founded(LocalDate.of(2016, 7, 1))
            .termStart(LocalDate.of(2024, 7, 1))
            .termYears(3);
    for (String e : enterprises) {
      o.addCoveredEnterprise(EnterpriseId.of(e));
    }
    return o;
  }

  Town add(PartyOrganization.Builder organization) {
    b.addPartyOrganization(organization.build());
    return this;
  }

  /** A union founded in 2016 whose current term began in 2023 for five years. */
  static UnionOrganization.Builder union(
      String id, UnionForm form, RegionId region, String... enterprises) {
    UnionOrganization.Builder o =
        UnionOrganization.builder()
            .id(OrganizationId.of(id))
            .name(id + "工会")
            .form(form)
            .region(region)
            .founded(LocalDate.of(2016, 5, 1))
            .termStart(LocalDate.of(2023, 5, 1))
            .termYears(5);
    for (String e : enterprises) {
      o.addCoveredEnterprise(EnterpriseId.of(e));
    }
    return o;
  }

  Town add(UnionOrganization.Builder organization) {
    b.addUnionOrganization(organization.build());
    return this;
  }

  Town assign(AssignmentKind kind, String person, String enterprise) {
    b.addAssignment(
        Assignment.toEnterprise(kind, PersonId.of(person), EnterpriseId.of(enterprise), HIRED));
    return this;
  }

  Town assign(AssignmentKind kind, String person, RegionId region) {
    b.addAssignment(Assignment.toRegion(kind, PersonId.of(person), region, HIRED));
    return this;
  }

  /** People without employment, such as instructors or coordinators from outside. */
  Town official(String id) {
    b.addPerson(
        Person.builder()
            .id(PersonId.of(id))
            .name("干部" + id)
            .birthDate(LocalDate.of(1975, 1, 1))
            .build());
    return this;
  }
}
