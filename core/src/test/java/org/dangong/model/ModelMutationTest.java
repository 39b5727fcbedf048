package org.dangong.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import com.google.common.base.Strings;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Boundaries, reference checks, lookups and text forms of the model that the other tests leave
 * implicit; each case pins one behaviour a plausible slip in the code would change.
 */
class ModelMutationTest {
  private static final PersonId NOBODY = PersonId.of("P-404");
  private static final EnterpriseId NO_ENTERPRISE = EnterpriseId.of("E-404");
  private static final RegionId NO_REGION = RegionId.of("R-404");
  private static final ClusterId NO_CLUSTER = ClusterId.of("C-404");
  private static final OrganizationId NO_ORGANIZATION = OrganizationId.of("O-404");

  private static List<Problem> problemsOf(Runnable action) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, action::run);
    assertThat(e).as("expected an InvalidValueException").isNotNull();
    return e.problems();
  }

  private static List<Problem> problemsOf(Jurisdiction.Builder builder) {
    return problemsOf(builder::build);
  }

  @Test
  void duplicateRegionsClustersEnterprisesAndOrganizationsAreEachNamed() {
    Cluster park =
        Cluster.builder()
            .id(ClusterId.of("C-1"))
            .name("科技园")
            .kind(ClusterKind.SCIENCE_PARK)
            .region(ModelFixtures.TOWN)
            .build();
    Jurisdiction.Builder b =
        ModelFixtures.world()
            .addRegion(ModelFixtures.city())
            .addCluster(park)
            .addCluster(park)
            .addEnterprise(ModelFixtures.weide())
            .addPartyOrganization(ModelFixtures.branch())
            .addUnionOrganization(ModelFixtures.union());
    assertThat(problemsOf(b))
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(
            tuple("regions[R-sz]", "DUPLICATE_ID", "R-sz"),
            tuple("clusters[C-1]", "DUPLICATE_ID", "C-1"),
            tuple("enterprises[E-1]", "DUPLICATE_ID", "E-1"),
            tuple("partyOrganizations[PO-1]", "DUPLICATE_ID", "PO-1"),
            tuple("unionOrganizations[U-1]", "DUPLICATE_ID", "U-1"));
  }

  @Test
  void everyReferenceOfAPartyOrganizationIsChecked() {
    PartyOrganization committee =
        ModelFixtures.branch()
            .withId(OrganizationId.of("PO-2"))
            .withForm(PartyForm.JOINT_BRANCH)
            .withCoveredEnterprises(ModelFixtures.WEIDE, NO_ENTERPRISE)
            .withCluster(NO_CLUSTER)
            .withRegion(NO_REGION)
            .withParent(NO_ORGANIZATION)
            .withSecretary(NOBODY)
            .withDeputySecretaries(PersonId.of("P-405"))
            .withCommitteeMembers(PersonId.of("P-406"));
    Jurisdiction.Builder b = ModelFixtures.world().addPartyOrganization(committee);
    assertThat(problemsOf(b))
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(
            tuple("partyOrganizations[PO-2].coveredEnterprises", "UNKNOWN_REFERENCE", "E-404"),
            tuple("partyOrganizations[PO-2].cluster", "UNKNOWN_REFERENCE", "C-404"),
            tuple("partyOrganizations[PO-2].region", "UNKNOWN_REFERENCE", "R-404"),
            tuple("partyOrganizations[PO-2].parent", "UNKNOWN_REFERENCE", "O-404"),
            tuple("partyOrganizations[PO-2].secretary", "UNKNOWN_REFERENCE", "P-404"),
            tuple("partyOrganizations[PO-2].deputySecretaries", "UNKNOWN_REFERENCE", "P-405"),
            tuple("partyOrganizations[PO-2].committeeMembers", "UNKNOWN_REFERENCE", "P-406"));
  }

  @Test
  @org.junit.jupiter.api.DisplayName(
      "BRANCH-REG Art. 23: a secretary employed elsewhere is not employed by a covered enterprise")
  void aSecretaryEmployedByAnotherEnterpriseIsReported() {
    Enterprise other = ModelFixtures.weide().withId(EnterpriseId.of("E-2"));
    Person secretary =
        ModelFixtures.secretary()
            .withEmployment(
                Employment.of(other.id(), ModelFixtures.D2010, EmploymentRole.STAFF));
    Jurisdiction.Builder b =
        ModelFixtures.world()
            .addEnterprise(other)
            .removePeopleIf(p -> p.id().equals(ModelFixtures.SECRETARY))
            .addPerson(secretary);
    assertThat(problemsOf(b))
        .extracting(Problem::path, Problem::rule)
        .containsExactly(
            tuple(
                "partyOrganizations[PO-1].secretary",
                "SECRETARY_NOT_EMPLOYED_BY_COVERED_ENTERPRISE"));
  }

  @Test
  void everyReferenceOfAUnionOrganizationIsChecked() {
    UnionOrganization union =
        ModelFixtures.union()
            .withId(OrganizationId.of("U-2"))
            .withForm(UnionForm.JOINT_COMMITTEE)
            .withCoveredEnterprises(ModelFixtures.WEIDE, NO_ENTERPRISE)
            .withCluster(NO_CLUSTER)
            .withRegion(NO_REGION)
            .withParent(NO_ORGANIZATION)
            .withChair(NOBODY)
            .withViceChairs(PersonId.of("P-405"))
            .withCommitteeMembers(PersonId.of("P-406"));
    Jurisdiction.Builder b = ModelFixtures.world().addUnionOrganization(union);
    assertThat(problemsOf(b))
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(
            tuple("unionOrganizations[U-2].coveredEnterprises", "UNKNOWN_REFERENCE", "E-404"),
            tuple("unionOrganizations[U-2].cluster", "UNKNOWN_REFERENCE", "C-404"),
            tuple("unionOrganizations[U-2].region", "UNKNOWN_REFERENCE", "R-404"),
            tuple("unionOrganizations[U-2].parent", "UNKNOWN_REFERENCE", "O-404"),
            tuple("unionOrganizations[U-2].chair", "UNKNOWN_REFERENCE", "P-404"),
            tuple("unionOrganizations[U-2].viceChairs", "UNKNOWN_REFERENCE", "P-405"),
            tuple("unionOrganizations[U-2].committeeMembers", "UNKNOWN_REFERENCE", "P-406"));
  }

  @Test
  void aPersonsPartyOrganizationAndAnAssignedEnterpriseMustExist() {
    Person member =
        ModelFixtures.chair()
            .withId(PersonId.of("P-3"))
            .withPartyStanding(
                PartyStanding.fullMember(LocalDate.of(2005, 1, 1)).withOrganization(NO_ORGANIZATION));
    Jurisdiction.Builder b =
        ModelFixtures.world()
            .addPerson(member)
            .addAssignment(
                Assignment.toEnterprise(
                    AssignmentKind.PARTY_BUILDING_INSTRUCTOR,
                    ModelFixtures.SECRETARY,
                    NO_ENTERPRISE,
                    ModelFixtures.D2010));
    assertThat(problemsOf(b))
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(
            tuple("people[P-3].partyStanding.organization", "UNKNOWN_REFERENCE", "O-404"),
            tuple(
                "assignments[PARTY_BUILDING_INSTRUCTOR:P-1->E-404].enterprise",
                "UNKNOWN_REFERENCE",
                "E-404"));
  }

  @Test
  void partyOrganizationParentCyclesAreReported() {
    PartyOrganization upper =
        ModelFixtures.branch()
            .withId(OrganizationId.of("PO-2"))
            .withForm(PartyForm.GENERAL_BRANCH)
            .withSecretary(Optional.empty())
            .withParent(ModelFixtures.BRANCH);
    Jurisdiction.Builder b =
        ModelFixtures.world()
            .removePartyOrganizationsIf(o -> true)
            .addPartyOrganization(ModelFixtures.branch().withParent(upper.id()))
            .addPartyOrganization(upper);
    assertThat(problemsOf(b))
        .extracting(Problem::path, Problem::rule)
        .containsExactly(
            tuple("partyOrganizations[PO-1].parent", "ORGANIZATION_CYCLE"),
            tuple("partyOrganizations[PO-2].parent", "ORGANIZATION_CYCLE"));
  }

  @Test
  void lookupsFindWhatIsThereAndNothingElse() {
    Cluster park =
        Cluster.builder()
            .id(ClusterId.of("C-1"))
            .name("科技园")
            .kind(ClusterKind.SCIENCE_PARK)
            .region(ModelFixtures.TOWN)
            .build();
    Jurisdiction j = ModelFixtures.world().addCluster(park).build();
    assertThat(j.cluster(park.id())).contains(park);
    assertThat(j.cluster(NO_CLUSTER)).isEmpty();
    assertThat(j.enterprise(ModelFixtures.WEIDE)).contains(ModelFixtures.weide());
    assertThat(j.enterprise(NO_ENTERPRISE)).isEmpty();
    assertThat(j.person(ModelFixtures.CHAIR)).contains(ModelFixtures.chair());
    assertThat(j.person(NOBODY)).isEmpty();
    assertThat(j.partyOrganization(ModelFixtures.BRANCH)).contains(ModelFixtures.branch());
    assertThat(j.partyOrganization(ModelFixtures.UNION)).isEmpty();
    assertThat(j.isWithin(ModelFixtures.TOWN, ModelFixtures.CITY)).isTrue();
    assertThat(j.isWithin(ModelFixtures.TOWN, ModelFixtures.TOWN)).isTrue();
    assertThat(j.isWithin(ModelFixtures.CITY, ModelFixtures.TOWN)).isFalse();
    assertThat(j.isWithin(ModelFixtures.TOWN, NO_REGION)).isFalse();
    assertThat(j.ancestors(ModelFixtures.CITY)).isEmpty();
    Jurisdiction other = ModelFixtures.world().build();
    assertThat(j.hashCode()).isNotEqualTo(other.hashCode());
    assertThat(other.hashCode()).isEqualTo(ModelFixtures.world().build().hashCode());
  }

  @Test
  void personPredicatesReadTheEmploymentAndStanding() {
    Person secretary = ModelFixtures.secretary();
    assertThat(secretary.isEmployedBy(ModelFixtures.WEIDE)).isTrue();
    assertThat(secretary.isEmployedBy(NO_ENTERPRISE)).isFalse();
    assertThat(secretary.withEmployment(Optional.empty()).isEmployedBy(ModelFixtures.WEIDE))
        .isFalse();
    assertThat(secretary.hasRole(EmploymentRole.STAFF)).isTrue();
    assertThat(secretary.hasRole(EmploymentRole.HR_HEAD)).isFalse();
    assertThat(secretary.withEmployment(Optional.empty()).hasRole(EmploymentRole.STAFF)).isFalse();
    assertThat(secretary.isFullPartyMember()).isTrue();
    assertThat(ModelFixtures.chair().isFullPartyMember()).isFalse();
  }

  @Test
  void classificationsOfEnumsAreExact() {
    assertThat(Stream.of(RegionLevel.values()).filter(RegionLevel::isCountyLevel))
        .containsExactlyInAnyOrder(
            RegionLevel.COUNTY_LEVEL_CITY, RegionLevel.DISTRICT, RegionLevel.DEVELOPMENT_ZONE);
    assertThat(Stream.of(RegionLevel.values()).filter(RegionLevel::isTownLevel))
        .containsExactlyInAnyOrder(RegionLevel.TOWN, RegionLevel.SUBDISTRICT);
    assertThat(Stream.of(ClusterKind.values()).filter(ClusterKind::isIntermediary))
        .containsExactlyInAnyOrder(
            ClusterKind.TALENT_MARKET, ClusterKind.PRIVATE_ENTERPRISE_ASSOCIATION);
    assertThat(Stream.of(PartyForm.values()).filter(f -> !f.isGrassroots()))
        .containsExactly(PartyForm.NON_PUBLIC_WORKING_COMMITTEE);
    assertThat(ModelFixtures.weide().isNonPublic()).isTrue();
    assertThat(ModelFixtures.weide().withOwnership(Ownership.STATE_OWNED).isNonPublic()).isFalse();
  }

  @Test
  void everyLabelledConstantHasTheKeyOfItsTypeAndName() {
    List<Class<? extends Enum<?>>> types =
        List.of(
            AssignmentKind.class,
            ClusterKind.class,
            EmploymentRole.class,
            EnterpriseStatus.class,
            MembershipStatus.class,
            Nationality.class,
            Ownership.class,
            PartyForm.class,
            PartyStage.class,
            RegionLevel.class,
            TrainingKind.class,
            UnionForm.class,
            WomenWorkForm.class);
    for (Class<? extends Enum<?>> type : types) {
      for (Enum<?> constant : type.getEnumConstants()) {
        assertThat(((Labelled) constant).messageKey())
            .isEqualTo("enum." + type.getSimpleName() + "." + constant.name());
      }
    }
  }

  @Test
  void idsReadAsTypeAndValueAndAreChecked() {
    assertThat(RegionId.of("R-1")).hasToString("RegionId[R-1]");
    assertThat(ClusterId.of("C-1")).hasToString("ClusterId[C-1]");
    assertThat(PersonId.of("P-1")).hasToString("PersonId[P-1]");
    assertThat(OrganizationId.of("O-1")).hasToString("OrganizationId[O-1]");
    assertThat(problemsOf(() -> OrganizationId.of("")))
        .extracting(Problem::rule)
        .containsExactly("ID_NOT_EMPTY");
  }

  @Test
  void namesOfExactly200CharactersAreAcceptedAndLongerOnesAbbreviated() {
    String longest = Strings.repeat("名", 200);
    assertThat(ModelFixtures.chair().withName(longest).name()).isEqualTo(longest);
    assertThat(problemsOf(() -> ModelFixtures.chair().withName(longest + "名")))
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(
            tuple(
                "Person[P-2].name",
                "AT_MOST_200_CHARACTERS",
                Strings.repeat("名", 40) + "…(201 chars)"));
    assertThat(Texts.abbreviate(Strings.repeat("x", 40))).isEqualTo(Strings.repeat("x", 40));
  }

  @Test
  void blankNamesAreRejectedForEveryNamedValue() {
    assertThat(problemsOf(() -> ModelFixtures.chair().withName(" ")))
        .extracting(Problem::path, Problem::rule)
        .containsExactly(tuple("Person[P-2].name", "NOT_BLANK"));
    assertThat(problemsOf(() -> ModelFixtures.branch().withName(" ")))
        .extracting(Problem::path, Problem::rule)
        .containsExactly(tuple("PartyOrganization[PO-1].name", "NOT_BLANK"));
    assertThat(problemsOf(() -> ModelFixtures.union().withName(" ")))
        .extracting(Problem::path, Problem::rule)
        .containsExactly(tuple("UnionOrganization[U-1].name", "NOT_BLANK"));
    assertThat(
            problemsOf(
                () ->
                    Cluster.builder()
                        .id(ClusterId.of("C-1"))
                        .name(" ")
                        .kind(ClusterKind.SCIENCE_PARK)
                        .region(ModelFixtures.TOWN)
                        .build()))
        .extracting(Problem::path, Problem::rule)
        .containsExactly(tuple("Cluster[C-1].name", "NOT_BLANK"));
  }

  @Test
  void termsOfOneAndTenYearsAreTheBounds() {
    assertThat(ModelFixtures.branch().withTermYears(1).termYears()).isEqualTo(1);
    assertThat(ModelFixtures.branch().withTermYears(10).termYears()).isEqualTo(10);
    assertThat(problemsOf(() -> ModelFixtures.branch().withTermYears(11)))
        .extracting(Problem::rule)
        .containsExactly("BETWEEN_1_AND_10");
    assertThat(problemsOf(() -> ModelFixtures.branch().withTermYears(0)))
        .extracting(Problem::rule)
        .containsExactly("BETWEEN_1_AND_10");
    assertThat(ModelFixtures.union().withTermYears(1).termYears()).isEqualTo(1);
    assertThat(ModelFixtures.union().withTermYears(10).termYears()).isEqualTo(10);
    assertThat(problemsOf(() -> ModelFixtures.union().withTermYears(11)))
        .extracting(Problem::rule)
        .containsExactly("BETWEEN_1_AND_10");
    assertThat(problemsOf(() -> ModelFixtures.union().withTermYears(0)))
        .extracting(Problem::rule)
        .containsExactly("BETWEEN_1_AND_10");
  }

  @Test
  void trainingHoursRunFromOneToTenThousand() {
    LocalDate day = LocalDate.of(2024, 6, 1);
    assertThat(Training.of(TrainingKind.UNION_CHAIR, day, 1).hours()).isEqualTo(1);
    assertThat(Training.of(TrainingKind.UNION_CHAIR, day, 10_000).hours()).isEqualTo(10_000);
    assertThat(problemsOf(() -> Training.of(TrainingKind.UNION_CHAIR, day, 10_001)))
        .extracting(Problem::rule)
        .containsExactly("BETWEEN_1_AND_10000");
    assertThat(problemsOf(() -> Training.of(TrainingKind.UNION_CHAIR, day, 0)))
        .extracting(Problem::rule)
        .containsExactly("BETWEEN_1_AND_10000");
  }

  @Test
  void datesBeforeBirthOrFoundingAreRejected() {
    Person chair = ModelFixtures.chair();
    LocalDate beforeBirth = chair.birthDate().minusDays(1);
    assertThat(
            problemsOf(
                () ->
                    chair.withTrainings(
                        Training.of(TrainingKind.UNION_CHAIR, beforeBirth, 8))))
        .extracting(Problem::path, Problem::rule)
        .containsExactly(tuple("Person[P-2].trainings[0].date", "NOT_BEFORE_BIRTH"));
    assertThat(
            problemsOf(() -> chair.withPartyStanding(PartyStanding.fullMember(beforeBirth))))
        .extracting(Problem::path, Problem::rule)
        .contains(tuple("Person[P-2].partyStanding", "NOT_BEFORE_BIRTH"));
    PartyOrganization branch = ModelFixtures.branch();
    assertThat(
            problemsOf(
                () ->
                    branch
                        .withSecretary(Optional.empty())
                        .withSecretaryVacantSince(branch.founded().minusDays(1))))
        .extracting(Problem::path, Problem::rule)
        .containsExactly(
            tuple("PartyOrganization[PO-1].secretaryVacantSince", "NOT_BEFORE_FOUNDED"));
  }

  @Test
  void aUnionChairIsNotAlsoAViceChairAndTermsExpireOnTheirEnd() {
    UnionOrganization union = ModelFixtures.union();
    assertThat(problemsOf(() -> union.withViceChairs(ModelFixtures.CHAIR)))
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(tuple("UnionOrganization[U-1].viceChairs", "NOT_THE_CHAIR", "P-2"));
    assertThat(
            problemsOf(
                () ->
                    union
                        .withChair(Optional.empty())
                        .withChairVacantSince(union.founded().minusDays(1))))
        .extracting(Problem::path, Problem::rule)
        .containsExactly(tuple("UnionOrganization[U-1].chairVacantSince", "NOT_BEFORE_FOUNDED"));
    assertThat(union.fullTimeChair()).isFalse();
    assertThat(union.isTermExpired(union.termEnd())).isTrue();
    assertThat(union.isTermExpired(union.termEnd().minusDays(1))).isFalse();
  }

  @Test
  void clusterEnterpriseAndRegionIndexesAreFilled() {
    Cluster park =
        Cluster.builder()
            .id(ClusterId.of("C-1"))
            .name("科技园")
            .kind(ClusterKind.SCIENCE_PARK)
            .region(ModelFixtures.TOWN)
            .build();
    Assignment coordinator =
        Assignment.toRegion(
            AssignmentKind.UNION_WORK_COORDINATOR,
            ModelFixtures.CHAIR,
            ModelFixtures.TOWN,
            ModelFixtures.D2010);
    Jurisdiction j =
        ModelFixtures.world()
            .addCluster(park)
            .removeEnterprisesIf(e -> true)
            .addEnterprise(ModelFixtures.weide().withClusters(park.id()))
            .addAssignment(coordinator)
            .build();
    assertThat(j.clustersIn(ModelFixtures.TOWN)).containsExactly(park);
    assertThat(j.enterprisesIn(park.id())).extracting(Enterprise::id).containsExactly(ModelFixtures.WEIDE);
    assertThat(j.assignmentsTo(ModelFixtures.TOWN)).containsExactly(coordinator);
  }

  @Test
  void aRegionAssignedToACoordinatorMustExist() {
    Jurisdiction.Builder b =
        ModelFixtures.world()
            .addAssignment(
                Assignment.toRegion(
                    AssignmentKind.UNION_WORK_COORDINATOR,
                    ModelFixtures.SECRETARY,
                    NO_REGION,
                    ModelFixtures.D2010));
    assertThat(problemsOf(b))
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(
            tuple("assignments[UNION_WORK_COORDINATOR:P-1->R-404].region", "UNKNOWN_REFERENCE", "R-404"));
  }

  @Test
  void anExceptionNeedsAProblem() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new InvalidValueException(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an InvalidValueException needs at least one problem");
  }

  @Test
  void partyStageDatesAreNamedByTheirField() {
    LocalDate d = LocalDate.of(2020, 1, 1);
    assertThat(
            problemsOf(
                () ->
                    PartyStanding.builder()
                        .stage(PartyStage.APPLICANT)
                        .appliedOn(d)
                        .activistSince(d)
                        .developmentTargetSince(d)
                        .probationarySince(d)
                        .fullSince(d)
                        .build()))
        .extracting(Problem::path, Problem::rule)
        .containsExactly(
            tuple("PartyStanding.activistSince", "ABSENT_AFTER_STAGE_APPLICANT"),
            tuple("PartyStanding.developmentTargetSince", "ABSENT_AFTER_STAGE_APPLICANT"),
            tuple("PartyStanding.probationarySince", "ABSENT_AFTER_STAGE_APPLICANT"),
            tuple("PartyStanding.fullSince", "ABSENT_AFTER_STAGE_APPLICANT"));
    assertThat(
            problemsOf(() -> PartyStanding.builder().stage(PartyStage.ACTIVIST).appliedOn(d).build()))
        .extracting(Problem::path, Problem::rule)
        .containsExactly(tuple("PartyStanding.activistSince", "REQUIRED_FOR_STAGE"));
    assertThat(problemsOf(() -> PartyStanding.builder().stage(PartyStage.APPLICANT).build()))
        .extracting(Problem::path, Problem::rule)
        .containsExactly(tuple("PartyStanding.appliedOn", "REQUIRED_FOR_STAGE"));
  }
}
