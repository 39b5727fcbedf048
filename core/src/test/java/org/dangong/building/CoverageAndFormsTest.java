package org.dangong.building;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;
import static org.dangong.building.Town.AS_OF;
import static org.dangong.building.Town.DISTRICT;
import static org.dangong.building.Town.PARK;
import static org.dangong.building.Town.TOWN;
import static org.dangong.building.Town.enterprise;
import static org.dangong.building.Town.party;
import static org.dangong.building.Town.person;
import static org.dangong.building.Town.union;

import java.time.LocalDate;
import java.util.Locale;
import org.dangong.decision.Decision;
import org.dangong.decision.Rule;
import org.dangong.decision.Verdict;
import org.dangong.model.EnterpriseId;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.Jurisdiction;
import org.dangong.model.OrganizationId;
import org.dangong.model.Ownership;
import org.dangong.model.PartyForm;
import org.dangong.model.RegionId;
import org.dangong.model.UnionForm;
import org.dangong.model.WomenWorkForm;
import org.dangong.policy.Policy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Coverage of each enterprise and its required forms compared with what exists, one clause at a
 * time, on hand-made jurisdictions.
 */
class CoverageAndFormsTest {
  private static final BuildingEngine ENGINE = BuildingEngine.of(Policy.national());

  private static EnterpriseAssessment assess(Jurisdiction j, String enterprise) {
    return ENGINE.assess(j, EnterpriseId.of(enterprise), AS_OF);
  }

  private static Verdict verdict(EnterpriseAssessment a, Rule rule) {
    return a.decision(rule).map(Decision::verdict).orElseThrow();
  }

  @Test
  @DisplayName(
      "Coverage: own, joint and no party organisation; own committee, joint committee, organiser,"
          + " federation and no union")
  void everyKindOfCoverage() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 40))
            .add(enterprise("E2", TOWN, 10))
            .add(enterprise("E3", TOWN, 10))
            .add(enterprise("E4", TOWN, 10).addClusters(PARK))
            .add(enterprise("E5", TOWN, 10))
            .add(enterprise("E6", TOWN, 10).ownership(Ownership.STATE_OWNED))
            .add(party("PO1", PartyForm.BRANCH, TOWN, "E1"))
            .add(party("PO2", PartyForm.JOINT_BRANCH, TOWN, "E2", "E3"))
            .add(union("U1", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "E1"))
            .add(union("U2", UnionForm.ORGANIZER, TOWN, "E2"))
            .add(union("U3", UnionForm.JOINT_COMMITTEE, TOWN, "E3", "E5"))
            .add(union("U4", UnionForm.FEDERATION, TOWN).cluster(PARK))
            .build();
    BuildingReport report = ENGINE.evaluate(j, AS_OF);
    assertThat(report.assessments())
        .extracting(a -> a.enterprise().value())
        .containsExactly("E1", "E2", "E3", "E4", "E5");
    EnterpriseAssessment e1 = report.assessment(EnterpriseId.of("E1")).orElseThrow();
    assertThat(e1.partyCoverage()).isEqualTo(PartyCoverage.OWN_ORGANIZATION);
    assertThat(e1.unionCoverage()).isEqualTo(UnionCoverage.OWN_COMMITTEE);
    assertThat(e1.quadrant()).isEqualTo(Quadrant.BOTH);
    EnterpriseAssessment e2 = report.assessment(EnterpriseId.of("E2")).orElseThrow();
    assertThat(e2.partyCoverage()).isEqualTo(PartyCoverage.JOINT_ORGANIZATION);
    assertThat(e2.unionCoverage()).isEqualTo(UnionCoverage.ORGANIZER);
    assertThat(report.assessment(EnterpriseId.of("E3")).orElseThrow().unionCoverage())
        .isEqualTo(UnionCoverage.JOINT_COMMITTEE);
    EnterpriseAssessment e4 = report.assessment(EnterpriseId.of("E4")).orElseThrow();
    assertThat(e4.unionCoverage())
        .as("a federation of its building area covers it")
        .isEqualTo(UnionCoverage.FEDERATION);
    assertThat(e4.unionOrganizations()).containsExactly(OrganizationId.of("U4"));
    assertThat(e4.quadrant()).isEqualTo(Quadrant.UNION_ONLY);
    EnterpriseAssessment e5 = report.assessment(EnterpriseId.of("E5")).orElseThrow();
    assertThat(e5.quadrant()).isEqualTo(Quadrant.UNION_ONLY);
    assertThat(report.assessment(EnterpriseId.of("E6")))
        .as("state-owned: out of the engine")
        .isEmpty();
    assertThat(e1.decision(BuildingRules.COVERAGE).orElseThrow().render(Locale.SIMPLIFIED_CHINESE))
        .contains("单独建立党组织", "单独建立工会委员会", "党工组织均已建立");
  }

  @Test
  @DisplayName(
      "Coverage: a general branch covering several units is a joint organisation; one covering one"
          + " unit is its own")
  void generalBranchesOfOneOrSeveralUnits() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 10))
            .add(enterprise("E2", TOWN, 10))
            .add(enterprise("E3", TOWN, 10))
            .add(party("PO1", PartyForm.GENERAL_BRANCH, TOWN, "E1", "E2"))
            .add(party("PO2", PartyForm.PRIMARY_COMMITTEE, TOWN, "E3"))
            .build();
    assertThat(assess(j, "E1").partyCoverage()).isEqualTo(PartyCoverage.JOINT_ORGANIZATION);
    assertThat(assess(j, "E3").partyCoverage()).isEqualTo(PartyCoverage.OWN_ORGANIZATION);
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 4: exactly three full members covered only by a joint branch must found"
          + " their own branch")
  void threeFullMembersInAJointBranch() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 10))
            .add(enterprise("E2", TOWN, 10))
            .staff("E1", 3, 0, 2)
            .add(party("PO1", PartyForm.JOINT_BRANCH, TOWN, "E1", "E2"))
            .build();
    EnterpriseAssessment a = assess(j, "E1");
    assertThat(a.fullMembers()).isEqualTo(3);
    assertThat(a.partyRequirement().ownOrganizationRequired()).isTrue();
    assertThat(verdict(a, BuildingRules.PARTY_ORGANIZATION)).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(a.decision(BuildingRules.PARTY_ORGANIZATION).orElseThrow().render(Locale.ENGLISH))
        .contains(
            "3 full members", "Covered only by the joint organisation PO1", "BRANCH-REG Art. 4");
    assertThat(verdict(assess(j, "E2"), BuildingRules.PARTY_ORGANIZATION))
        .isEqualTo(Verdict.SATISFIED);
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 5: two full and five probationary members without a party organisation join"
          + " a joint branch")
  void twoFullMembersWithoutOrganization() {
    Jurisdiction j = new Town().add(enterprise("E1", TOWN, 10)).staff("E1", 2, 5, 1).build();
    EnterpriseAssessment a = assess(j, "E1");
    assertThat(a.probationaryMembers()).isEqualTo(5);
    assertThat(a.partyRequirement().form()).isEqualTo(PartyForm.JOINT_BRANCH);
    assertThat(verdict(a, BuildingRules.PARTY_ORGANIZATION)).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(a.jointBranchCandidate()).isTrue();
    assertThat(a.decision(BuildingRules.BRANCH_LEADERSHIP)).as("no branch of its own").isEmpty();
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 5: an own branch with only two full members is advised, not condemned")
  void ownBranchBelowTheMinimum() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 10))
            .staff("E1", 2, 0, 1)
            .add(party("PO1", PartyForm.BRANCH, TOWN, "E1"))
            .build();
    assertThat(verdict(assess(j, "E1"), BuildingRules.PARTY_ORGANIZATION))
        .isEqualTo(Verdict.ADVISORY);
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 20: a branch of exactly seven full members without a committee must set one"
          + " up")
  void sevenFullMembersWithoutCommittee() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 20))
            .staff("E1", 7, 0, 3)
            .add(party("PO1", PartyForm.BRANCH, TOWN, "E1"))
            .build();
    EnterpriseAssessment a = assess(j, "E1");
    assertThat(verdict(a, BuildingRules.BRANCH_LEADERSHIP)).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(a.decision(BuildingRules.BRANCH_LEADERSHIP).orElseThrow().render(Locale.ENGLISH))
        .contains("7 full members", "PO1 has no branch committee");
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 20: six full and two probationary members elect one secretary, no committee")
  void sixFullMembersElectOneSecretary() {
    Town town = new Town().add(enterprise("E1", TOWN, 20)).staff("E1", 6, 2, 3);
    Jurisdiction plain =
        town.add(party("PO1", PartyForm.BRANCH, TOWN, "E1").secretary(person("E1", 1))).build();
    assertThat(verdict(assess(plain, "E1"), BuildingRules.BRANCH_LEADERSHIP))
        .isEqualTo(Verdict.SATISFIED);
    Jurisdiction withCommittee =
        new Town()
            .add(enterprise("E1", TOWN, 20))
            .staff("E1", 6, 2, 3)
            .add(
                party("PO1", PartyForm.BRANCH, TOWN, "E1")
                    .secretary(person("E1", 1))
                    .addCommitteeMembers(person("E1", 2), person("E1", 3)))
            .build();
    EnterpriseAssessment a = assess(withCommittee, "E1");
    assertThat(verdict(a, BuildingRules.BRANCH_LEADERSHIP)).isEqualTo(Verdict.ADVISORY);
    assertThat(a.partyRequirement().leadership())
        .map(LeadershipRequirement::leadership)
        .contains(BranchLeadership.SECRETARY);
    Jurisdiction none = new Town().add(enterprise("E1", TOWN, 20)).staff("E1", 6, 2, 3).build();
    EnterpriseAssessment planned = assess(none, "E1");
    assertThat(verdict(planned, BuildingRules.BRANCH_LEADERSHIP)).isEqualTo(Verdict.INFORMATIONAL);
    assertThat(
            planned
                .decision(BuildingRules.BRANCH_LEADERSHIP)
                .orElseThrow()
                .render(Locale.SIMPLIFIED_CHINESE))
        .contains("设1名书记", "不设委员会");
  }

  @Test
  @DisplayName("BRANCH-REG Art. 20: a joint branch counts the full members of all its units")
  void jointBranchLeadership() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 10))
            .add(enterprise("E2", TOWN, 10))
            .add(enterprise("E3", TOWN, 10))
            .staff("E1", 2, 0, 0)
            .staff("E2", 2, 0, 0)
            .staff("E3", 2, 1, 0)
            .add(party("PO1", PartyForm.JOINT_BRANCH, TOWN, "E1", "E2", "E3"))
            .build();
    Decision d =
        assess(j, "E1").organizationDecisions().stream()
            .filter(x -> x.ruleId().equals(BuildingRules.BRANCH_LEADERSHIP.id()))
            .findFirst()
            .orElseThrow();
    assertThat(d.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(d.render(Locale.ENGLISH)).contains("3 units with 6 full members", "one secretary");
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 4: a branch above 50 members is advised to divide, never found in violation")
  void branchAboveFiftyIsAdvisory() {
    Jurisdiction fiftyOne =
        new Town()
            .add(enterprise("E1", TOWN, 80))
            .staff("E1", 45, 6, 10)
            .add(party("PO1", PartyForm.BRANCH, TOWN, "E1"))
            .build();
    EnterpriseAssessment a = assess(fiftyOne, "E1");
    assertThat(a.organizationDecisions())
        .filteredOn(d -> d.ruleId().equals(BuildingRules.BRANCH_SIZE.id()))
        .singleElement()
        .satisfies(d -> assertThat(d.verdict()).isEqualTo(Verdict.ADVISORY))
        .satisfies(
            d ->
                assertThat(d.render(Locale.ENGLISH))
                    .contains("51 party members", "Advice, not a violation"));
    assertThat(a.allDecisions())
        .filteredOn(
            d ->
                d.ruleId().equals(BuildingRules.BRANCH_SIZE.id())
                    || d.ruleId().equals(BuildingRules.PARTY_SCALE.id()))
        .noneMatch(d -> d.verdict() == Verdict.NOT_SATISFIED);
    Jurisdiction fifty =
        new Town()
            .add(enterprise("E1", TOWN, 80))
            .staff("E1", 45, 5, 10)
            .add(party("PO1", PartyForm.BRANCH, TOWN, "E1"))
            .build();
    assertThat(assess(fifty, "E1").organizationDecisions())
        .noneMatch(d -> d.ruleId().equals(BuildingRules.BRANCH_SIZE.id()));
  }

  @Test
  @DisplayName(
      "Policy default: from 50 members a general branch is the default, so a branch is advised to"
          + " change")
  void partyScaleDefaults() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 80))
            .staff("E1", 45, 15, 10)
            .add(party("PO1", PartyForm.BRANCH, TOWN, "E1"))
            .build();
    EnterpriseAssessment a = assess(j, "E1");
    assertThat(a.partyRequirement().form()).isEqualTo(PartyForm.GENERAL_BRANCH);
    assertThat(verdict(a, BuildingRules.PARTY_SCALE)).isEqualTo(Verdict.ADVISORY);
    assertThat(verdict(a, BuildingRules.PARTY_ORGANIZATION)).isEqualTo(Verdict.SATISFIED);
    Jurisdiction general =
        new Town()
            .add(enterprise("E1", TOWN, 80))
            .staff("E1", 45, 15, 10)
            .add(party("PO1", PartyForm.GENERAL_BRANCH, TOWN, "E1"))
            .build();
    assertThat(verdict(assess(general, "E1"), BuildingRules.PARTY_SCALE))
        .isEqualTo(Verdict.SATISFIED);
  }

  @Test
  @DisplayName("LEAD-TEAM: an organisation whose term has expired is due for renewal")
  void expiredTerms() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 30))
            .staff("E1", 3, 0, 3)
            .add(
                party("PO1", PartyForm.BRANCH, TOWN, "E1")
                    .termStart(LocalDate.of(2021, 3, 1))
                    .termYears(3))
            .add(
                union("U1", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "E1")
                    .termStart(LocalDate.of(2020, 6, 30))
                    .termYears(5))
            .build();
    EnterpriseAssessment a = assess(j, "E1");
    assertThat(a.organizationDecisions())
        .filteredOn(d -> d.ruleId().equals(BuildingRules.TERM_EXPIRED.id()))
        .extracting(d -> d.subject().id(), Decision::verdict)
        .containsExactly(tuple("PO1", Verdict.NOT_SATISFIED), tuple("U1", Verdict.NOT_SATISFIED));
    Decision party =
        a.organizationDecisions().stream()
            .filter(d -> d.subject().id().equals("PO1"))
            .findFirst()
            .orElseThrow();
    assertThat(party.render(Locale.ENGLISH))
        .contains("ended on 2024-03-01", "overdue by more than 1 year", "TERM-OPINION §1");
    Decision union =
        a.organizationDecisions().stream()
            .filter(d -> d.subject().id().equals("U1"))
            .findFirst()
            .orElseThrow();
    assertThat(union.render(Locale.ENGLISH))
        .contains("ended on 2025-06-30", "UNION-LAW Art. 16")
        .doesNotContain("overdue");
    Jurisdiction current =
        new Town()
            .add(enterprise("E1", TOWN, 30))
            .add(party("PO1", PartyForm.BRANCH, TOWN, "E1"))
            .build();
    assertThat(assess(current, "E1").organizationDecisions()).isEmpty();
  }

  @Test
  @DisplayName(
      "UNION-LAW Art. 11: 24 members may be covered by a joint committee, 25 need their own"
          + " committee")
  void twentyFourVersusTwentyFiveMembers() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 30))
            .add(enterprise("E2", TOWN, 30))
            .add(enterprise("E3", TOWN, 30))
            .add(enterprise("E4", TOWN, 30))
            .staff("E1", 0, 0, 24, 24, "U1")
            .staff("E2", 0, 0, 25, 25, "U1")
            .staff("E3", 0, 0, 24)
            .staff("E4", 0, 0, 25, 25, "U9")
            .add(union("U1", UnionForm.JOINT_COMMITTEE, TOWN, "E1", "E2"))
            .add(union("U9", UnionForm.TOWN_UNION, TOWN))
            .build();
    assertThat(verdict(assess(j, "E1"), BuildingRules.UNION_ORGANIZATION))
        .isEqualTo(Verdict.SATISFIED);
    EnterpriseAssessment e2 = assess(j, "E2");
    assertThat(e2.unionMembers()).isEqualTo(25);
    assertThat(verdict(e2, BuildingRules.UNION_ORGANIZATION)).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(e2.decision(BuildingRules.UNION_ORGANIZATION).orElseThrow().render(Locale.ENGLISH))
        .contains("25 union members", "must set up", "no union committee of its own");
    assertThat(verdict(assess(j, "E3"), BuildingRules.UNION_ORGANIZATION))
        .as("may, not must")
        .isEqualTo(Verdict.ADVISORY);
    EnterpriseAssessment e4 = assess(j, "E4");
    assertThat(e4.unionCoverage())
        .as("a town union covers no enterprise directly")
        .isEqualTo(UnionCoverage.NONE);
    assertThat(verdict(e4, BuildingRules.UNION_ORGANIZATION)).isEqualTo(Verdict.NOT_SATISFIED);
  }

  @Test
  @DisplayName(
      "UNION-LAW Art. 14: 200 staff may have a full-time chair, 199 not; the decision is never a"
          + " violation")
  void fullTimeChairIsInformational() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 200))
            .add(enterprise("E2", TOWN, 199))
            .add(union("U1", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "E1"))
            .add(union("U2", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "E2").fullTimeChair(true))
            .build();
    EnterpriseAssessment e1 = assess(j, "E1");
    assertThat(e1.unionRequirement().fullTimeChairPossible()).isTrue();
    assertThat(verdict(e1, BuildingRules.FULL_TIME_CHAIR)).isEqualTo(Verdict.INFORMATIONAL);
    assertThat(e1.decision(BuildingRules.FULL_TIME_CHAIR).orElseThrow().render(Locale.ENGLISH))
        .contains(
            "200 staff",
            "may have a full-time chair (may, not must)",
            "The chair of U1 is not full-time");
    EnterpriseAssessment e2 = assess(j, "E2");
    assertThat(e2.unionRequirement().fullTimeChairPossible()).isFalse();
    assertThat(verdict(e2, BuildingRules.FULL_TIME_CHAIR)).isEqualTo(Verdict.INFORMATIONAL);
  }

  @Test
  @DisplayName(
      "UNION-LAW Art. 11: a women workers' committee where there are ten female staff, else a"
          + " member")
  void womenWork() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 30).femaleHeadcount(12))
            .add(enterprise("E2", TOWN, 30).femaleHeadcount(12))
            .add(enterprise("E3", TOWN, 30).femaleHeadcount(9))
            .add(
                union("U1", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "E1")
                    .womenWork(WomenWorkForm.MEMBER))
            .add(
                union("U2", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "E2")
                    .womenWork(WomenWorkForm.COMMITTEE))
            .add(
                union("U3", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "E3")
                    .womenWork(WomenWorkForm.MEMBER))
            .build();
    assertThat(verdict(assess(j, "E1"), BuildingRules.WOMEN_WORK)).isEqualTo(Verdict.ADVISORY);
    assertThat(verdict(assess(j, "E2"), BuildingRules.WOMEN_WORK)).isEqualTo(Verdict.SATISFIED);
    assertThat(verdict(assess(j, "E3"), BuildingRules.WOMEN_WORK)).isEqualTo(Verdict.SATISFIED);
  }

  @Test
  @DisplayName(
      "A closed enterprise is classified once, out of scope: no required forms, no actions")
  void closedEnterprise() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 10).status(EnterpriseStatus.CLOSED))
            .staff("E1", 1, 0, 0)
            .build();
    BuildingReport report = ENGINE.evaluate(j, AS_OF);
    EnterpriseAssessment a = report.assessment(EnterpriseId.of("E1")).orElseThrow();
    assertThat(a.inScope()).isFalse();
    assertThat(a.decisions())
        .extracting(Decision::ruleId)
        .containsExactly(BuildingRules.COVERAGE.id());
    assertThat(a.actions()).isEmpty();
    assertThat(a.jointBranchCandidate()).isFalse();
    assertThat(report.totals().nonPublicEnterprises()).isEqualTo(1);
    assertThat(report.totals().closedEnterprises()).isEqualTo(1);
    assertThat(report.totals().inScopeEnterprises()).isZero();
    assertThat(report.jointBranchProposals()).isEmpty();
  }

  @Test
  @DisplayName(
      "The district's enterprises: assessing one equals the assessment in the whole report")
  void assessingOneEqualsTheReport() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 10).addClusters(PARK))
            .add(enterprise("E2", DISTRICT, 10))
            .staff("E1", 1, 0, 2)
            .add(party("PO1", PartyForm.JOINT_BRANCH, TOWN, "E2"))
            .build();
    BuildingReport report = ENGINE.evaluate(j, AS_OF);
    assertThat(assess(j, "E1")).isEqualTo(report.assessment(EnterpriseId.of("E1")).orElseThrow());
    assertThat(assess(j, "E2")).isEqualTo(report.assessment(EnterpriseId.of("E2")).orElseThrow());
  }

  @Test
  @DisplayName("Assessing an enterprise that is not there or not non-public is a bad argument")
  void badArguments() {
    Jurisdiction j =
        new Town().add(enterprise("E1", TOWN, 10).ownership(Ownership.COLLECTIVE)).build();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assess(j, "E9"))
        .withMessageContaining("no enterprise E9");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> assess(j, "E1"))
        .withMessageContaining("non-public");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ENGINE.evaluate(j, RegionId.of("R9"), AS_OF))
        .withMessageContaining("no region R9");
  }
}
