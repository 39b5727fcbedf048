package org.dangong.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Every construction-time rule of the value types: bad input names field, rule and value. */
class ValueValidationTest {

  private static InvalidValueException thrown(Runnable r) {
    try {
      r.run();
    } catch (InvalidValueException e) {
      return e;
    }
    throw new AssertionError("expected an InvalidValueException");
  }

  @Test
  void idsRejectEmptyWhitespaceControlAndOverlongText() {
    assertThat(thrown(() -> EnterpriseId.of("")).problems())
        .extracting(Problem::rule)
        .containsExactly("ID_NOT_EMPTY");
    assertThat(thrown(() -> PersonId.of("P 1")).problems())
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(tuple("PersonId.value", "ID_NO_WHITESPACE_OR_CONTROL_CHARACTERS", "P 1"));
    assertThat(thrown(() -> RegionId.of("R\u0000")).problems())
        .extracting(Problem::rule)
        .containsExactly("ID_NO_WHITESPACE_OR_CONTROL_CHARACTERS");
    assertThat(thrown(() -> ClusterId.of("C".repeat(129))).problems())
        .extracting(Problem::rule)
        .containsExactly("ID_AT_MOST_128_CHARACTERS");
    assertThat(OrganizationId.of("O".repeat(128)).value()).hasSize(128);
  }

  @Test
  void idsCompareAndEqualByText() {
    assertThat(EnterpriseId.of("E-1")).isEqualTo(EnterpriseId.of("E-1")).hasSameHashCodeAs(EnterpriseId.of("E-1"));
    assertThat(EnterpriseId.of("E-1")).isLessThan(EnterpriseId.of("E-2"));
    assertThat(EnterpriseId.of("E-1")).hasToString("EnterpriseId[E-1]");
  }

  @Test
  void enterpriseListsEveryProblemAtOnce() {
    InvalidValueException e =
        thrown(
            () ->
                Enterprise.builder()
                    .id(EnterpriseId.of("E-9"))
                    .name(" ")
                    .ownership(Ownership.PRIVATE)
                    .region(ModelFixtures.TOWN)
                    .headcount(-1)
                    .femaleHeadcount(5)
                    .founded(ModelFixtures.D2010)
                    .build());
    assertThat(e.problems())
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(
            tuple("Enterprise[E-9].name", "NOT_BLANK", " "),
            tuple("Enterprise[E-9].headcount", "NOT_NEGATIVE", "-1"),
            tuple("Enterprise[E-9].femaleHeadcount", "AT_MOST_HEADCOUNT", "5"));
    assertThat(e).hasMessageContaining("3 problems").hasMessageContaining("Enterprise[E-9].headcount: NOT_NEGATIVE (value: -1)");
  }

  @Test
  void namesRejectControlCharactersAndOverlongText() {
    assertThat(thrown(() -> ModelFixtures.city().withName("苏\n州")).problems())
        .extracting(Problem::rule)
        .containsExactly("NO_CONTROL_CHARACTERS");
    assertThat(thrown(() -> ModelFixtures.city().withName("苏".repeat(201))).problems())
        .extracting(Problem::rule)
        .containsExactly("AT_MOST_200_CHARACTERS");
  }

  @Test
  void regionMayNotBeItsOwnParent() {
    assertThat(thrown(() -> ModelFixtures.city().withParent(ModelFixtures.CITY)).problems())
        .extracting(Problem::path, Problem::rule)
        .containsExactly(tuple("Region[R-sz].parent", "NOT_OWN_PARENT"));
  }

  @Test
  void employmentNeedsARoleAndStaffIsNotCombined() {
    assertThat(
            thrown(
                    () ->
                        Employment.builder()
                            .employer(ModelFixtures.WEIDE)
                            .since(ModelFixtures.D2010)
                            .build())
                .problems())
        .extracting(Problem::rule)
        .containsExactly("AT_LEAST_ONE");
    assertThat(
            thrown(
                    () ->
                        Employment.of(
                            ModelFixtures.WEIDE, ModelFixtures.D2010, EmploymentRole.STAFF, EmploymentRole.HR_HEAD))
                .problems())
        .extracting(Problem::rule)
        .containsExactly("STAFF_NOT_COMBINED");
    Employment owner =
        Employment.of(ModelFixtures.WEIDE, ModelFixtures.D2010, EmploymentRole.INVESTOR, EmploymentRole.EXECUTIVE);
    assertThat(owner.hasRole(EmploymentRole.EXECUTIVE)).isTrue();
    assertThat(owner.hasRole(EmploymentRole.HR_HEAD)).isFalse();
  }

  @Test
  void partyStandingNeedsTheDateOfItsStageAndOrderedDates() {
    assertThat(thrown(() -> PartyStanding.builder().stage(PartyStage.FULL).build()).problems())
        .extracting(Problem::path, Problem::rule, Problem::value)
        .containsExactly(tuple("PartyStanding.fullSince", "REQUIRED_FOR_STAGE", "FULL"));
    assertThat(
            thrown(
                    () ->
                        PartyStanding.builder()
                            .stage(PartyStage.PROBATIONARY)
                            .appliedOn(LocalDate.of(2020, 1, 1))
                            .activistSince(LocalDate.of(2019, 1, 1))
                            .probationarySince(LocalDate.of(2022, 1, 1))
                            .fullSince(LocalDate.of(2023, 1, 1))
                            .build())
                .problems())
        .extracting(Problem::path, Problem::rule)
        .containsExactly(
            tuple("PartyStanding.activistSince", "NOT_BEFORE_EARLIER_STAGE"),
            tuple("PartyStanding.fullSince", "ABSENT_AFTER_STAGE_PROBATIONARY"));
  }

  @Test
  void disciplinaryProbationOnlyForMembersAndNoOrganizationWithoutStanding() {
    assertThat(
            thrown(
                    () ->
                        PartyStanding.builder()
                            .stage(PartyStage.NONE)
                            .underDisciplinaryProbation(true)
                            .organization(ModelFixtures.BRANCH)
                            .build())
                .problems())
        .extracting(Problem::rule)
        .containsExactly("ONLY_FOR_MEMBERS", "NOT_FOR_STAGE_NONE");
    assertThat(PartyStanding.fullMember(ModelFixtures.D2010).withUnderDisciplinaryProbation(true).isFullMember())
        .isTrue();
  }

  @Test
  void personDatesFollowBirthAndNobodyIsTheirOwnRelative() {
    Person chair = ModelFixtures.chair();
    InvalidValueException e =
        thrown(
            () ->
                Person.builder()
                    .from(chair)
                    .birthDate(LocalDate.of(2011, 1, 1))
                    .addCloseRelatives(chair.id())
                    .build());
    assertThat(e.problems())
        .extracting(Problem::path, Problem::rule)
        .containsExactly(
            tuple("Person[P-2].employment.since", "NOT_BEFORE_BIRTH"),
            tuple("Person[P-2].unionMembership.since", "NOT_BEFORE_BIRTH"),
            tuple("Person[P-2].closeRelatives", "NOT_OWN_RELATIVE"));
  }

  @Test
  void personToStringHidesPersonalData() {
    assertThat(ModelFixtures.secretary().toString()).isEqualTo("Person[P-1]").doesNotContain("李明");
  }

  @Test
  void personAgeAndMembershipHelpers() {
    Person chair = ModelFixtures.chair();
    assertThat(chair.ageOn(LocalDate.of(1998, 4, 1))).isEqualTo(17);
    assertThat(chair.ageOn(LocalDate.of(1998, 4, 2))).isEqualTo(18);
    assertThat(chair.ageOn(LocalDate.of(1970, 1, 1))).isZero();
    assertThat(chair.isActiveMemberOf(ModelFixtures.UNION)).isTrue();
    assertThat(chair.withUnionMembership(chair.unionMembership().orElseThrow().withStatus(MembershipStatus.RETAINED))
            .isActiveMemberOf(ModelFixtures.UNION))
        .isFalse();
    assertThat(chair.isEmployedBy(ModelFixtures.WEIDE)).isTrue();
    assertThat(chair.isPartyMember()).isFalse();
    assertThat(ModelFixtures.secretary().isFullPartyMember()).isTrue();
  }

  @Test
  void trainingHoursInRangeAndDaysRoundUp() {
    assertThat(thrown(() -> Training.of(TrainingKind.OTHER, ModelFixtures.D2010, 0)).problems())
        .extracting(Problem::rule)
        .containsExactly("BETWEEN_1_AND_10000");
    assertThat(Training.of(TrainingKind.DEVELOPMENT_TARGET, ModelFixtures.D2010, 24).days()).isEqualTo(3);
    assertThat(Training.of(TrainingKind.DEVELOPMENT_TARGET, ModelFixtures.D2010, 17).days()).isEqualTo(3);
  }

  @Test
  void branchCoversExactlyOneEnterpriseAndWorkingCommitteeNone() {
    PartyOrganization branch = ModelFixtures.branch();
    assertThat(thrown(() -> branch.withCoveredEnterprises(ModelFixtures.WEIDE, EnterpriseId.of("E-2"))).problems())
        .extracting(Problem::rule)
        .containsExactly("BRANCH_COVERS_EXACTLY_ONE");
    assertThat(thrown(() -> branch.withForm(PartyForm.NON_PUBLIC_WORKING_COMMITTEE)).problems())
        .extracting(Problem::rule)
        .containsExactly("WORKING_COMMITTEE_COVERS_NONE");
    assertThat(branch.withForm(PartyForm.JOINT_BRANCH).form()).isEqualTo(PartyForm.JOINT_BRANCH);
  }

  @Test
  void partyOrganizationTermsAndVacancies() {
    PartyOrganization branch = ModelFixtures.branch();
    InvalidValueException e =
        thrown(
            () ->
                PartyOrganization.builder()
                    .from(branch)
                    .termYears(0)
                    .termStart(LocalDate.of(2000, 1, 1))
                    .secretaryVacantSince(LocalDate.of(2025, 1, 1))
                    .addDeputySecretaries(ModelFixtures.SECRETARY)
                    .parent(branch.id())
                    .build());
    assertThat(e.problems())
        .extracting(Problem::rule)
        .containsExactly(
            "BETWEEN_1_AND_10", "NOT_BEFORE_FOUNDED", "ONLY_WHEN_VACANT", "NOT_THE_SECRETARY", "NOT_OWN_PARENT");
    assertThat(branch.termEnd()).isEqualTo(LocalDate.of(2027, 7, 1));
    assertThat(branch.isTermExpired(LocalDate.of(2027, 6, 30))).isFalse();
    assertThat(branch.isTermExpired(LocalDate.of(2027, 7, 1))).isTrue();
  }

  @Test
  void unionFormsCoverWhatTheyShould() {
    UnionOrganization union = ModelFixtures.union();
    assertThat(thrown(() -> union.withForm(UnionForm.TOWN_UNION)).problems())
        .extracting(Problem::rule)
        .containsExactly("REGIONAL_UNION_COVERS_NONE");
    assertThat(thrown(() -> union.withForm(UnionForm.ORGANIZER).withCoveredEnterprises()).problems())
        .extracting(Problem::rule)
        .containsExactly("COVERS_EXACTLY_ONE");
    assertThat(thrown(() -> union.withForm(UnionForm.FEDERATION).withCoveredEnterprises()).problems())
        .extracting(Problem::rule)
        .containsExactly("ENTERPRISES_OR_CLUSTER");
    assertThat(thrown(() -> union.withChairHoldsDeputyRank(true)).problems())
        .extracting(Problem::path, Problem::rule)
        .containsExactly(tuple("UnionOrganization[U-1].chairHoldsDeputyRank", "ONLY_FOR_TOWN_UNIONS"));
    assertThat(thrown(() -> union.withViceChairs(ModelFixtures.CHAIR)).problems())
        .extracting(Problem::rule)
        .containsExactly("NOT_THE_CHAIR");
    assertThat(thrown(() -> union.withChairVacantSince(LocalDate.of(2025, 1, 1))).problems())
        .extracting(Problem::rule)
        .containsExactly("ONLY_WHEN_VACANT");
    assertThat(union.postHolders()).containsExactly(ModelFixtures.CHAIR);
  }

  @Test
  void assignmentHasExactlyOneTarget() {
    Assignment a =
        Assignment.toRegion(
            AssignmentKind.UNION_WORK_COORDINATOR, ModelFixtures.CHAIR, ModelFixtures.TOWN, ModelFixtures.D2010);
    assertThat(thrown(() -> a.withEnterprise(ModelFixtures.WEIDE)).problems())
        .extracting(Problem::rule)
        .containsExactly("EXACTLY_ONE_OF_ENTERPRISE_OR_REGION");
  }

  @Test
  void enumsClassifyAsTheRulesNeed() {
    assertThat(Ownership.STATE_OWNED.isNonPublic()).isFalse();
    assertThat(Ownership.COLLECTIVE.isNonPublic()).isFalse();
    assertThat(Ownership.RESTRUCTURED_STATE_OWNED.isNonPublic()).isTrue();
    assertThat(RegionLevel.SUBDISTRICT.isTownLevel()).isTrue();
    assertThat(RegionLevel.DISTRICT.isCountyLevel()).isTrue();
    assertThat(RegionLevel.CITY.isCountyLevel()).isFalse();
    assertThat(PartyStage.PROBATIONARY.isMember()).isTrue();
    assertThat(PartyStage.DEVELOPMENT_TARGET.isInPipeline()).isTrue();
    assertThat(PartyStage.FULL.isInPipeline()).isFalse();
    assertThat(UnionForm.FEDERATION.isGrassroots()).isTrue();
    assertThat(UnionForm.TOWN_UNION.isGrassroots()).isFalse();
    assertThat(ClusterKind.TALENT_MARKET.isIntermediary()).isTrue();
    assertThat(PartyForm.JOINT_BRANCH.messageKey()).isEqualTo("enum.PartyForm.JOINT_BRANCH");
  }
}
