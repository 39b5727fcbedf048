package org.dangong.model;

import java.time.LocalDate;

/** A tiny, hand-written valid world for the model's unit tests. */
final class ModelFixtures {
  static final RegionId CITY = RegionId.of("R-sz");
  static final RegionId TOWN = RegionId.of("R-tl");
  static final EnterpriseId WEIDE = EnterpriseId.of("E-1");
  static final OrganizationId BRANCH = OrganizationId.of("PO-1");
  static final OrganizationId UNION = OrganizationId.of("U-1");
  static final PersonId SECRETARY = PersonId.of("P-1");
  static final PersonId CHAIR = PersonId.of("P-2");
  static final LocalDate D2010 = LocalDate.of(2010, 1, 1);

  private ModelFixtures() {}

  static Region city() {
    return Region.builder().id(CITY).name("苏州市").level(RegionLevel.CITY).build();
  }

  static Region town() {
    return Region.builder().id(TOWN).name("同里镇").level(RegionLevel.TOWN).parent(CITY).build();
  }

  static Enterprise weide() {
    return Enterprise.builder()
        .id(WEIDE)
        .name("伟德电子有限公司")
        .ownership(Ownership.FOREIGN_INVESTED)
        .region(TOWN)
        .headcount(320)
        .femaleHeadcount(140)
        .founded(LocalDate.of(2004, 5, 1))
        .build();
  }

  static Person secretary() {
    return Person.builder()
        .id(SECRETARY)
        .name("李明")
        .birthDate(LocalDate.of(1975, 3, 1))
        .employment(Employment.of(WEIDE, D2010, EmploymentRole.STAFF))
        .partyStanding(PartyStanding.fullMember(LocalDate.of(2000, 7, 1)))
        .unionMembership(UnionMembership.active(UNION, D2010))
        .build();
  }

  static Person chair() {
    return Person.builder()
        .id(CHAIR)
        .name("张伟")
        .birthDate(LocalDate.of(1980, 4, 2))
        .employment(Employment.of(WEIDE, D2010, EmploymentRole.STAFF))
        .unionMembership(UnionMembership.active(UNION, D2010))
        .addTrainings(Training.of(TrainingKind.UNION_CHAIR, LocalDate.of(2024, 6, 1), 24))
        .build();
  }

  static PartyOrganization branch() {
    return PartyOrganization.builder()
        .id(BRANCH)
        .name("伟德电子有限公司党支部")
        .form(PartyForm.BRANCH)
        .addCoveredEnterprises(WEIDE)
        .region(TOWN)
        .secretary(SECRETARY)
        .founded(LocalDate.of(2006, 7, 1))
        .termStart(LocalDate.of(2024, 7, 1))
        .termYears(3)
        .build();
  }

  static UnionOrganization union() {
    return UnionOrganization.builder()
        .id(UNION)
        .name("伟德电子有限公司工会委员会")
        .form(UnionForm.ENTERPRISE_COMMITTEE)
        .addCoveredEnterprises(WEIDE)
        .region(TOWN)
        .chair(CHAIR)
        .womenWork(WomenWorkForm.COMMITTEE)
        .founded(LocalDate.of(2005, 5, 1))
        .termStart(LocalDate.of(2023, 5, 1))
        .termYears(5)
        .build();
  }

  static Jurisdiction.Builder world() {
    return Jurisdiction.builder()
        .addRegion(city())
        .addRegion(town())
        .addEnterprise(weide())
        .addPerson(secretary())
        .addPerson(chair())
        .addPartyOrganization(branch())
        .addUnionOrganization(union())
        .addAssignment(
            Assignment.toEnterprise(AssignmentKind.PARTY_BUILDING_INSTRUCTOR, SECRETARY, WEIDE, D2010));
  }
}
