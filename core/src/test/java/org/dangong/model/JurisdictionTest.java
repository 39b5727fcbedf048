package org.dangong.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snapshot's referential checks and indexes. */
class JurisdictionTest {

  private static List<Problem> problemsOf(Jurisdiction.Builder builder) {
    try {
      builder.build();
    } catch (InvalidJurisdictionException e) {
      return e.problems();
    }
    throw new AssertionError("expected an InvalidJurisdictionException");
  }

  @Test
  void aSoundWorldBuildsAndIsIndexed() {
    Jurisdiction j = ModelFixtures.world().build();
    assertThat(j.enterprises()).extracting(Enterprise::id).containsExactly(ModelFixtures.WEIDE);
    assertThat(j.employees(ModelFixtures.WEIDE))
        .extracting(Person::id)
        .containsExactly(ModelFixtures.SECRETARY, ModelFixtures.CHAIR);
    assertThat(j.partyOrganizationsCovering(ModelFixtures.WEIDE)).containsExactly(ModelFixtures.branch());
    assertThat(j.unionOrganizationsCovering(ModelFixtures.WEIDE)).containsExactly(ModelFixtures.union());
    assertThat(j.unionMembers(ModelFixtures.UNION)).hasSize(2);
    assertThat(j.enterprisesIn(ModelFixtures.TOWN)).containsExactly(ModelFixtures.weide());
    assertThat(j.enterprisesIn(ModelFixtures.CITY)).isEmpty();
    assertThat(j.children(ModelFixtures.CITY)).containsExactly(ModelFixtures.town());
    assertThat(j.rootRegions()).containsExactly(ModelFixtures.city());
    assertThat(j.ancestors(ModelFixtures.TOWN)).containsExactly(ModelFixtures.city());
    assertThat(j.isWithin(ModelFixtures.TOWN, ModelFixtures.CITY)).isTrue();
    assertThat(j.isWithin(ModelFixtures.CITY, ModelFixtures.TOWN)).isFalse();
    assertThat(j.assignmentsTo(ModelFixtures.WEIDE)).hasSize(1);
    assertThat(j.person(PersonId.of("nobody"))).isEmpty();
    assertThat(j.partyOrganization(ModelFixtures.UNION)).isEmpty();
    assertThat(j.unionOrganization(ModelFixtures.UNION)).contains(ModelFixtures.union());
    assertThat(j.toString()).isEqualTo(
        "Jurisdiction[regions=2, clusters=0, enterprises=1, people=2, partyOrganizations=1, unionOrganizations=1, assignments=1]");
  }

  @Test
  void orderIsByIdWhateverTheInsertionOrder() {
    Person p3 = ModelFixtures.chair().withId(PersonId.of("P-0"));
    Jurisdiction a = ModelFixtures.world().addPerson(p3).build();
    Jurisdiction b =
        Jurisdiction.builder()
            .addPerson(p3)
            .addUnionOrganization(ModelFixtures.union())
            .addPartyOrganization(ModelFixtures.branch())
            .addPerson(ModelFixtures.chair())
            .addPerson(ModelFixtures.secretary())
            .addEnterprise(ModelFixtures.weide())
            .addRegion(ModelFixtures.town())
            .addRegion(ModelFixtures.city())
            .addAssignment(ModelFixtures.world().build().assignments().get(0))
            .build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(b.people()).extracting(Person::id).containsExactly(PersonId.of("P-0"), ModelFixtures.SECRETARY, ModelFixtures.CHAIR);
    assertThat(a.toBuilder().build()).isEqualTo(a);
  }

  @Test
  void everyUnknownReferenceIsNamedAtOnce() {
    Jurisdiction.Builder b =
        ModelFixtures.world()
            .removeRegionsIf(r -> r.id().equals(ModelFixtures.CITY))
            .addPerson(
                ModelFixtures.chair()
                    .withId(PersonId.of("P-3"))
                    .withEmployment(Employment.of(EnterpriseId.of("E-404"), ModelFixtures.D2010, EmploymentRole.STAFF))
                    .withCloseRelatives(PersonId.of("P-404")));
    assertThat(problemsOf(b))
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(
            tuple("regions[R-tl].parent", "UNKNOWN_REFERENCE", "R-sz"),
            tuple("people[P-3].employment.employer", "UNKNOWN_REFERENCE", "E-404"),
            tuple("people[P-3].closeRelatives", "UNKNOWN_REFERENCE", "P-404"));
  }

  @Test
  void organizationReferencesMustResolveToTheRightKind() {
    Jurisdiction.Builder b =
        ModelFixtures.world()
            .removePartyOrganizationsIf(o -> true)
            .addPartyOrganization(ModelFixtures.branch().withParent(ModelFixtures.UNION))
            .addPerson(
                ModelFixtures.chair()
                    .withId(PersonId.of("P-3"))
                    .withUnionMembership(UnionMembership.active(ModelFixtures.BRANCH, ModelFixtures.D2010)));
    assertThat(problemsOf(b))
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(
            tuple("people[P-3].unionMembership.union", "UNKNOWN_REFERENCE", "PO-1"),
            tuple("partyOrganizations[PO-1].parent", "UNKNOWN_REFERENCE", "U-1"));
  }

  @Test
  void duplicateIdsAreRejectedIncludingAcrossPartyAndUnion() {
    Jurisdiction.Builder b =
        ModelFixtures.world()
            .addPerson(ModelFixtures.chair())
            .addUnionOrganization(ModelFixtures.union().withId(ModelFixtures.BRANCH));
    assertThat(problemsOf(b))
        .extracting(Problem::path, Problem::rule)
        .containsExactly(
            tuple("people[P-2]", "DUPLICATE_ID"), tuple("unionOrganizations[PO-1]", "DUPLICATE_ID"));
  }

  @Test
  void regionCyclesAreReportedForEveryRegionOnTheCycle() {
    Region a = Region.builder().id(RegionId.of("A")).name("甲").level(RegionLevel.DISTRICT).parent(RegionId.of("B")).build();
    Region b = Region.builder().id(RegionId.of("B")).name("乙").level(RegionLevel.DISTRICT).parent(RegionId.of("A")).build();
    Region c = Region.builder().id(RegionId.of("C")).name("丙").level(RegionLevel.TOWN).parent(RegionId.of("A")).build();
    assertThat(problemsOf(Jurisdiction.builder().addRegion(a).addRegion(b).addRegion(c)))
        .extracting(Problem::path, Problem::rule)
        .containsExactly(tuple("regions[A].parent", "REGION_CYCLE"), tuple("regions[B].parent", "REGION_CYCLE"));
  }

  @Test
  void organizationParentCyclesAreReported() {
    UnionOrganization town =
        UnionOrganization.builder()
            .id(OrganizationId.of("U-town"))
            .name("同里镇总工会")
            .form(UnionForm.TOWN_UNION)
            .region(ModelFixtures.TOWN)
            .parent(ModelFixtures.UNION)
            .founded(ModelFixtures.D2010)
            .termStart(ModelFixtures.D2010)
            .termYears(5)
            .build();
    Jurisdiction.Builder b =
        ModelFixtures.world()
            .removeUnionOrganizationsIf(u -> true)
            .addUnionOrganization(ModelFixtures.union().withParent(town.id()))
            .addUnionOrganization(town);
    assertThat(problemsOf(b))
        .extracting(Problem::path, Problem::rule)
        .containsExactly(
            tuple("unionOrganizations[U-1].parent", "ORGANIZATION_CYCLE"),
            tuple("unionOrganizations[U-town].parent", "ORGANIZATION_CYCLE"));
  }

  @Test
  void theSecretaryIsAPartyMemberOfACoveredEnterprise() {
    Person notMember = ModelFixtures.secretary().withPartyStanding(PartyStanding.applicant(LocalDate.of(2024, 1, 1)));
    Jurisdiction.Builder b =
        ModelFixtures.world()
            .removePeopleIf(p -> p.id().equals(ModelFixtures.SECRETARY))
            .addPerson(notMember.withEmployment(java.util.Optional.empty()));
    assertThat(problemsOf(b))
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(
            tuple("partyOrganizations[PO-1].secretary", "SECRETARY_NOT_PARTY_MEMBER", "P-1"),
            tuple("partyOrganizations[PO-1].secretary", "SECRETARY_NOT_EMPLOYED_BY_COVERED_ENTERPRISE", "P-1"));
  }

  @Test
  void partyPostHoldersAreMembers() {
    Jurisdiction.Builder b =
        ModelFixtures.world()
            .removePartyOrganizationsIf(o -> true)
            .addPartyOrganization(ModelFixtures.branch().withCommitteeMembers(ModelFixtures.CHAIR, PersonId.of("P-404")));
    assertThat(problemsOf(b))
        .extracting(Problem::rule, Problem::value)
        .containsExactly(tuple("POST_HOLDER_NOT_PARTY_MEMBER", "P-2"), tuple("UNKNOWN_REFERENCE", "P-404"));
  }

  @Test
  void aCoordinatorIsAssignedToARegion() {
    Jurisdiction.Builder b =
        ModelFixtures.world()
            .addAssignment(
                Assignment.toEnterprise(
                    AssignmentKind.UNION_WORK_COORDINATOR, ModelFixtures.CHAIR, ModelFixtures.WEIDE, ModelFixtures.D2010))
            .addAssignment(
                Assignment.toRegion(
                    AssignmentKind.UNION_WORK_COORDINATOR, PersonId.of("P-404"), RegionId.of("R-404"), ModelFixtures.D2010));
    assertThat(problemsOf(b))
        .extracting(Problem::rule, Problem::value)
        .containsExactly(
            tuple("COORDINATOR_ASSIGNED_TO_REGION", "E-1"),
            tuple("UNKNOWN_REFERENCE", "P-404"),
            tuple("UNKNOWN_REFERENCE", "R-404"));
  }

  @Test
  void clustersEnterprisesAndOrganizationsReferToKnownPlaces() {
    Cluster park =
        Cluster.builder().id(ClusterId.of("C-1")).name("科技园").kind(ClusterKind.SCIENCE_PARK).region(RegionId.of("R-404")).build();
    Jurisdiction.Builder b =
        ModelFixtures.world()
            .addCluster(park)
            .removeEnterprisesIf(e -> true)
            .addEnterprise(ModelFixtures.weide().withClusters(ClusterId.of("C-1"), ClusterId.of("C-404")));
    assertThat(problemsOf(b))
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(
            tuple("clusters[C-1].region", "UNKNOWN_REFERENCE", "R-404"),
            tuple("enterprises[E-1].clusters", "UNKNOWN_REFERENCE", "C-404"));
  }

  @Test
  void theExceptionMessageListsEveryProblem() {
    Jurisdiction.Builder b = Jurisdiction.builder().addEnterprise(ModelFixtures.weide());
    assertThatThrownBy(b::build)
        .isInstanceOf(InvalidJurisdictionException.class)
        .hasMessage("invalid jurisdiction, 1 problem:\n  enterprises[E-1].region: UNKNOWN_REFERENCE (value: R-tl)");
  }

  @Test
  void aBuilderCanBeReusedAndTheBuiltSnapshotDoesNotChange() {
    Jurisdiction.Builder b = ModelFixtures.world();
    Jurisdiction first = b.build();
    b.removeAssignmentsIf(a -> true);
    Jurisdiction second = b.build();
    assertThat(first.assignments()).hasSize(1);
    assertThat(second.assignments()).isEmpty();
    assertThat(Jurisdiction.empty().enterprises()).isEmpty();
  }
}
