package org.dangong.appointment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Nationality;
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
import org.dangong.model.Training;
import org.dangong.model.TrainingKind;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionMembership;
import org.dangong.model.UnionOrganization;

/**
 * A small hand-written world for the scenario tests: the enterprise 伟德电子 (E-1) in the town of 同里,
 * with a branch (PO-1) and a union committee (U-1), and people holding every role the rules care
 * about.
 */
final class World {
  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  static final RegionId CITY = RegionId.of("R-sz");
  static final RegionId COUNTY = RegionId.of("R-wj");
  static final RegionId TOWN = RegionId.of("R-tl");
  static final EnterpriseId WEIDE = EnterpriseId.of("E-1");
  static final OrganizationId BRANCH = OrganizationId.of("PO-1");
  static final OrganizationId UNION = OrganizationId.of("U-1");

  /** The executive head and an investor; records P-REL as a close relative. */
  static final PersonId BOSS = PersonId.of("P-BOSS");

  static final PersonId DEPUTY = PersonId.of("P-DEP");
  static final PersonId PARTNER = PersonId.of("P-PAR");
  static final PersonId HR = PersonId.of("P-HR");
  static final PersonId FOREIGNER = PersonId.of("P-FOR");

  /** A relative of the boss; the relation is recorded on the boss only. */
  static final PersonId RELATIVE = PersonId.of("P-REL");

  /** The party secretary: a full member since 2015, not an investor, a union member. */
  static final PersonId SECRETARY = PersonId.of("P-SEC");

  /** The union chair: a full member since 2020, a union member, trained in 2024. */
  static final PersonId CHAIR = PersonId.of("P-CHR");

  static final PersonId PROBATIONER = PersonId.of("P-PRB");
  static final PersonId STAFF = PersonId.of("P-STF");

  private World() {}

  static Region city() {
    return Region.builder().id(CITY).name("苏州市").level(RegionLevel.CITY).build();
  }

  static Region county() {
    return Region.builder().id(COUNTY).name("吴江区").level(RegionLevel.DISTRICT).parent(CITY).build();
  }

  static Region town() {
    return Region.builder().id(TOWN).name("同里镇").level(RegionLevel.TOWN).parent(COUNTY).build();
  }

  static Enterprise enterprise(EnterpriseId id, String name, RegionId region) {
    return Enterprise.builder()
        .id(id)
        .name(name)
        .ownership(Ownership.PRIVATE)
        .region(region)
        .headcount(320)
        .femaleHeadcount(140)
        .founded(LocalDate.of(2004, 5, 1))
        .build();
  }

  /** A member of staff of the enterprise, with the given roles, a union member of the union. */
  static Person.Builder person(
      PersonId id,
      EnterpriseId employer,
      OrganizationId union,
      EmploymentRole role,
      EmploymentRole... more) {
    return Person.builder()
        .id(id)
        .name("职工" + id.value())
        .birthDate(LocalDate.of(1980, 1, 1))
        .employment(Employment.of(employer, LocalDate.of(2010, 1, 1), role, more))
        .unionMembership(UnionMembership.active(union, LocalDate.of(2010, 3, 1)));
  }

  static Person.Builder staff(PersonId id) {
    return person(id, WEIDE, UNION, EmploymentRole.STAFF);
  }

  static PartyOrganization.Builder branch() {
    return PartyOrganization.builder()
        .id(BRANCH)
        .name("伟德电子有限公司党支部")
        .form(PartyForm.BRANCH)
        .addCoveredEnterprises(WEIDE)
        .region(TOWN)
        .secretary(SECRETARY)
        .founded(LocalDate.of(2006, 7, 1))
        .termStart(LocalDate.of(2024, 7, 1))
        .termYears(3);
  }

  static UnionOrganization.Builder union() {
    return UnionOrganization.builder()
        .id(UNION)
        .name("伟德电子有限公司工会委员会")
        .form(UnionForm.ENTERPRISE_COMMITTEE)
        .addCoveredEnterprises(WEIDE)
        .region(TOWN)
        .chair(CHAIR)
        .founded(LocalDate.of(2005, 5, 1))
        .termStart(LocalDate.of(2023, 5, 1))
        .termYears(5);
  }

  /** Everyone at 伟德电子, each with one role. */
  static Person[] people() {
    return new Person[] {
      person(BOSS, WEIDE, UNION, EmploymentRole.EXECUTIVE, EmploymentRole.INVESTOR)
          .partyStanding(PartyStanding.fullMember(LocalDate.of(2005, 7, 1)))
          .addCloseRelatives(RELATIVE)
          .build(),
      person(DEPUTY, WEIDE, UNION, EmploymentRole.DEPUTY_EXECUTIVE).build(),
      person(PARTNER, WEIDE, UNION, EmploymentRole.PARTNER).build(),
      person(HR, WEIDE, UNION, EmploymentRole.HR_HEAD).build(),
      staff(FOREIGNER).nationality(Nationality.FOREIGN).build(),
      staff(RELATIVE).build(),
      staff(SECRETARY).partyStanding(PartyStanding.fullMember(LocalDate.of(2015, 7, 1))).build(),
      staff(CHAIR)
          .partyStanding(PartyStanding.fullMember(LocalDate.of(2020, 7, 1)))
          .addTrainings(Training.of(TrainingKind.UNION_CHAIR, LocalDate.of(2024, 6, 1), 24))
          .build(),
      staff(PROBATIONER)
          .partyStanding(PartyStanding.probationaryMember(LocalDate.of(2025, 1, 1)))
          .build(),
      staff(STAFF).build()
    };
  }

  /** The whole world: regions, 伟德电子, its people, branch and union. */
  static Jurisdiction.Builder builder() {
    return Jurisdiction.builder()
        .addRegion(city())
        .addRegion(county())
        .addRegion(town())
        .addEnterprise(enterprise(WEIDE, "伟德电子有限公司", TOWN))
        .addPeople(Arrays.asList(people()))
        .addPartyOrganization(branch().build())
        .addUnionOrganization(union().build());
  }

  static Jurisdiction world() {
    return builder().build();
  }

  /** The world in which 伟德 has no union: U-1, which holds the memberships, covers E-0 instead. */
  static Jurisdiction withoutUnion() {
    EnterpriseId elsewhere = EnterpriseId.of("E-0");
    return builder()
        .addEnterprise(enterprise(elsewhere, "别处企业", TOWN))
        .removeUnionOrganizationsIf(u -> true)
        .addUnionOrganization(union().coveredEnterprises(List.of(elsewhere)).build())
        .build();
  }

  /** The world with one person replaced. */
  static Jurisdiction replacing(Jurisdiction j, Person person) {
    return j.toBuilder().removePeopleIf(p -> p.id().equals(person.id())).addPerson(person).build();
  }

  static Person get(Jurisdiction j, PersonId id) {
    return j.person(id).orElseThrow();
  }
}
