package org.dangong.building;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangong.building.Town.AS_OF;
import static org.dangong.building.Town.PARK;
import static org.dangong.building.Town.TOWN;
import static org.dangong.building.Town.enterprise;
import static org.dangong.building.Town.party;
import static org.dangong.building.Town.person;
import static org.dangong.building.Town.union;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.dangong.decision.Verdict;
import org.dangong.model.AssignmentKind;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;
import org.dangong.model.EnterpriseId;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.Jurisdiction;
import org.dangong.model.OrganizationId;
import org.dangong.model.PartyForm;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionMembership;
import org.dangong.policy.Policy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The building actions of the seed's practices, each with its reasons and citations. */
class BuildingActionsTest {
  private static final BuildingEngine ENGINE = BuildingEngine.of(Policy.national());

  private static EnterpriseAssessment assess(Jurisdiction j, String enterprise) {
    return ENGINE.assess(j, EnterpriseId.of(enterprise), AS_OF);
  }

  private static BuildingAction action(EnterpriseAssessment a, ActionKind kind) {
    return a.action(kind)
        .orElseThrow(() -> new AssertionError("no " + kind + " in " + a.actions()));
  }

  @Test
  @DisplayName(
      "SYNC-BUILD: a newly founded enterprise with neither organisation plans both together")
  void newEnterprisePlansBothTogether() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 40).founded(LocalDate.of(2025, 1, 10)))
            .add(enterprise("E2", TOWN, 40).founded(LocalDate.of(2019, 1, 10)))
            .add(enterprise("E3", TOWN, 40).status(EnterpriseStatus.RESTRUCTURING))
            .staff("E1", 3, 0, 5)
            .build();
    BuildingAction a = action(assess(j, "E1"), ActionKind.SYNC_BUILD);
    assertThat(a.decision().verdict()).isEqualTo(Verdict.ADVISORY);
    assertThat(a.decision().render(Locale.ENGLISH))
        .contains(
            "Founded on 2025-01-10, within 1 year",
            "plan its party and union organisations together",
            "3 full members");
    assertThat(a.decision().render(Locale.SIMPLIFIED_CHINESE)).contains("同步谋划");
    assertThat(action(assess(j, "E2"), ActionKind.SYNC_BUILD).decision().render(Locale.ENGLISH))
        .contains("more than 1 year ago, and still without either organisation");
    assertThat(action(assess(j, "E3"), ActionKind.SYNC_BUILD).decision().render(Locale.ENGLISH))
        .contains("Being restructured");
    assertThat(assess(j, "E1").actions())
        .extracting(BuildingAction::kind)
        .containsExactly(ActionKind.SYNC_BUILD);
  }

  @Test
  @DisplayName(
      "MUTUAL-P2U / DUAL-LEAD-1: party members join first; eight members need seventeen more to"
          + " reach 25")
  void partyOnlyCountsTheMembersToTwentyFive() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 60))
            .staff("E1", 4, 1, 10, 0, "none")
            .add(party("PO1", PartyForm.BRANCH, TOWN, "E1"))
            .add(union("U9", UnionForm.TOWN_UNION, TOWN))
            .build();
    // eight of the non-party staff hold memberships of the town union, transferred with them
    Jurisdiction.Builder b = j.toBuilder();
    for (int n = 6; n <= 13; n++) {
      PersonId id = person("E1", n);
      Person p = j.person(id).orElseThrow();
      b.removePeopleIf(x -> x.id().equals(id));
      b.addPerson(
          p.withUnionMembership(UnionMembership.active(OrganizationId.of("U9"), Town.HIRED)));
    }
    EnterpriseAssessment e = assess(b.build(), "E1");
    assertThat(e.quadrant()).isEqualTo(Quadrant.PARTY_ONLY);
    assertThat(e.unionMembers()).isEqualTo(8);
    BuildingAction a = action(e, ActionKind.MUTUAL_P2U);
    assertThat(a.unionMembersNeeded()).hasValue(17);
    assertThat(a.organizations()).containsExactly(OrganizationId.of("PO1"));
    assertThat(a.decision().render(Locale.ENGLISH))
        .contains(
            "PO1 leads the founding of a union",
            "5 party members work here, 5 of them not yet union members",
            "8 union members now: 17 more reach the 25");
    assertThat(BuildingRules.MUTUAL_P2U.practices()).containsExactly("MUTUAL-P2U", "DUAL-LEAD-1");
  }

  @Test
  @DisplayName(
      "MUTUAL-P2U: an enterprise of fewer than 25 staff is offered UNION-LAW Art. 11's three"
          + " options")
  void smallPartyOnlyEnterprise() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 12))
            .staff("E1", 3, 0, 5)
            .add(party("PO1", PartyForm.BRANCH, TOWN, "E1"))
            .build();
    BuildingAction a = action(assess(j, "E1"), ActionKind.MUTUAL_P2U);
    assertThat(a.unionMembersNeeded()).hasValue(25);
    assertThat(a.decision().render(Locale.ENGLISH))
        .contains("Only 12 staff, fewer than 25", "elect an organiser");
  }

  @Test
  @DisplayName(
      "MUTUAL-U2P / DUAL-REC-1: the union recommends its chair, a full member of long standing, to"
          + " head the branch")
  void unionOnlyRecommendsItsChair() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 30))
            .staff("E1", 2, 0, 6, 8, "U1")
            .add(union("U1", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "E1").chair(person("E1", 1)))
            .build();
    EnterpriseAssessment e = assess(j, "E1");
    BuildingAction a = action(e, ActionKind.MUTUAL_U2P);
    assertThat(a.recommendedChair()).contains(person("E1", 1));
    assertThat(a.fullMembersNeeded()).hasValue(1);
    assertThat(a.decision().render(Locale.ENGLISH))
        .contains(
            "E1-P1 has been a full party member since 2012-07-01",
            "DUAL-REC-1",
            "1 more needed",
            "NONPUBLIC-OPINION");
    assertThat(a.decision().render(Locale.SIMPLIFIED_CHINESE)).contains("双荐");
    assertThat(e.jointBranchCandidate()).as("meanwhile it needs a joint branch").isTrue();
  }

  @Test
  @DisplayName(
      "MUTUAL-U2P / DUAL-REC-1: a probationary chair, or one of short standing, is not yet"
          + " recommended")
  void chairNotYetEligible() {
    Person probationary =
        Person.builder()
            .id(PersonId.of("C1"))
            .name("周敏")
            .birthDate(LocalDate.of(1990, 1, 1))
            .employment(Employment.of(EnterpriseId.of("E1"), Town.HIRED, EmploymentRole.STAFF))
            .partyStanding(PartyStanding.probationaryMember(LocalDate.of(2025, 1, 1)))
            .unionMembership(UnionMembership.active(OrganizationId.of("U1"), Town.HIRED))
            .build();
    Person recent =
        probationary
            .withId(PersonId.of("C2"))
            .withPartyStanding(PartyStanding.fullMember(LocalDate.of(2024, 12, 1)))
            .withEmployment(Employment.of(EnterpriseId.of("E2"), Town.HIRED, EmploymentRole.STAFF));
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 30))
            .add(enterprise("E2", TOWN, 30))
            .person(probationary)
            .person(recent)
            .add(union("U1", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "E1").chair(PersonId.of("C1")))
            .add(union("U2", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "E2").chair(PersonId.of("C2")))
            .build();
    BuildingAction first = action(assess(j, "E1"), ActionKind.MUTUAL_U2P);
    assertThat(first.recommendedChair()).isEmpty();
    assertThat(first.decision().render(Locale.ENGLISH))
        .contains("C1 is a probationary party member");
    BuildingAction second = action(assess(j, "E2"), ActionKind.MUTUAL_U2P);
    assertThat(second.recommendedChair()).isEmpty();
    assertThat(second.decision().render(Locale.ENGLISH))
        .contains("only since 2024-12-01, less than 1 year");
  }

  @Test
  @DisplayName(
      "MUTUAL-U2P / DUAL-REC-2: union members who have applied are recommended as activists; three"
          + " full members found the branch")
  void unionOnlyRecommendsActivists() {
    Person applicant =
        Person.builder()
            .id(PersonId.of("A1"))
            .name("王芳")
            .birthDate(LocalDate.of(1995, 5, 1))
            .employment(Employment.of(EnterpriseId.of("E1"), Town.HIRED, EmploymentRole.STAFF))
            .partyStanding(PartyStanding.applicant(LocalDate.of(2024, 9, 1)))
            .unionMembership(UnionMembership.active(OrganizationId.of("U1"), Town.HIRED))
            .build();
    Person outsider = applicant.withId(PersonId.of("A2")).withUnionMembership(Optional.empty());
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 30))
            .staff("E1", 3, 0, 0, 3, "U1")
            .person(applicant)
            .person(outsider)
            .add(union("U1", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "E1"))
            .build();
    BuildingAction a = action(assess(j, "E1"), ActionKind.MUTUAL_U2P);
    assertThat(a.activistCandidates()).containsExactly(PersonId.of("A1"));
    assertThat(a.fullMembersNeeded()).hasValue(0);
    assertThat(a.decision().render(Locale.ENGLISH))
        .contains(
            "The chair of U1 is vacant",
            "1 union member aged 18 or over has applied",
            "DEVELOP-REG Art. 8",
            "found the party branch now");
    assertThat(BuildingRules.MUTUAL_U2P.practices()).contains("DUAL-REC-1", "DUAL-REC-2");
  }

  @Test
  @DisplayName(
      "DUAL-LEAD-2: a party-building instructor without a union-building instructor beside them")
  void dualLeadTwo() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 10))
            .add(enterprise("E2", TOWN, 10))
            .official("I1")
            .official("I2")
            .assign(AssignmentKind.PARTY_BUILDING_INSTRUCTOR, "I1", "E1")
            .assign(AssignmentKind.PARTY_BUILDING_INSTRUCTOR, "I1", "E2")
            .assign(AssignmentKind.UNION_BUILDING_INSTRUCTOR, "I2", "E2")
            .build();
    BuildingAction a = action(assess(j, "E1"), ActionKind.DUAL_LEAD_2);
    assertThat(a.instructors()).containsExactly(PersonId.of("I1"));
    assertThat(a.decision().render(Locale.ENGLISH))
        .contains("I1 (since 2015-03-01) has no union-building instructor");
    assertThat(assess(j, "E2").action(ActionKind.DUAL_LEAD_2)).isEmpty();
  }

  @Test
  @DisplayName(
      "SYNC-CLUSTER: a small unit of a building area joins its party organisation; where there is"
          + " none, both are founded together")
  void syncCluster() {
    Jurisdiction withParty =
        new Town()
            .add(enterprise("E1", TOWN, 8).addClusters(PARK))
            .add(enterprise("E2", TOWN, 8).addClusters(PARK))
            .staff("E1", 1, 0, 3)
            .add(party("PO1", PartyForm.JOINT_BRANCH, TOWN, "E2").cluster(PARK))
            .build();
    EnterpriseAssessment e1 = assess(withParty, "E1");
    assertThat(e1.clusterPartyOrganization()).contains(OrganizationId.of("PO1"));
    assertThat(e1.jointBranchCandidate())
        .as("it joins the building area's organisation instead")
        .isFalse();
    BuildingAction a = action(e1, ActionKind.SYNC_CLUSTER);
    assertThat(a.cluster()).contains(PARK);
    assertThat(a.organizations()).containsExactly(OrganizationId.of("PO1"));
    assertThat(a.decision().render(Locale.ENGLISH))
        .contains(
            "Join the party organisation PO1",
            "Found a union federation in C1",
            "UNION-LAW Art. 11");

    Jurisdiction bare =
        new Town().add(enterprise("E1", TOWN, 8).addClusters(PARK)).staff("E1", 1, 0, 3).build();
    BuildingAction both = action(assess(bare, "E1"), ActionKind.SYNC_CLUSTER);
    assertThat(both.decision().render(Locale.ENGLISH))
        .contains("Found the joint party organisation and the union federation of C1 together");
    assertThat(both.decision().render(Locale.SIMPLIFIED_CHINESE)).contains("同步建立联合党组织和工会联合会");
  }

  @Test
  @DisplayName(
      "SYNC-CLUSTER: a building area's joint branch already covering five units has no room")
  void fullClusterJointBranch() {
    Town town = new Town();
    for (int i = 1; i <= 6; i++) {
      town.add(enterprise("E" + i, TOWN, 8).addClusters(PARK));
    }
    Jurisdiction j =
        town.add(
                party("PO1", PartyForm.JOINT_BRANCH, TOWN, "E1", "E2", "E3", "E4", "E5")
                    .cluster(PARK))
            .build();
    EnterpriseAssessment e6 = assess(j, "E6");
    assertThat(e6.clusterPartyOrganization()).isEmpty();
    assertThat(e6.jointBranchCandidate()).isTrue();
    assertThat(action(e6, ActionKind.SYNC_CLUSTER).decision().render(Locale.ENGLISH))
        .contains("already covers 5 units");
  }

  @Test
  @DisplayName("Enterprises with both organisations and no instructors need no building action")
  void bothCoveredNeedsNothing() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 30))
            .staff("E1", 3, 0, 3)
            .add(party("PO1", PartyForm.BRANCH, TOWN, "E1"))
            .add(union("U1", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "E1"))
            .build();
    assertThat(assess(j, "E1").actions()).isEmpty();
  }
}
