package org.dangong.building;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Locale;
import org.dangong.decision.Decision;
import org.dangong.decision.Subject;
import org.dangong.decision.Verdict;
import org.dangong.model.EnterpriseId;
import org.dangong.model.PartyForm;
import org.dangong.model.UnionForm;
import org.dangong.model.WomenWorkForm;
import org.dangong.policy.Citation;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.Source;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The required forms for given counts, one clause at a time, at the edges of each threshold. */
class RequiredFormsTest {
  private static final Policy NATIONAL = Policy.national();
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final Subject E1 = Subject.enterprise(EnterpriseId.of("E-1"));

  private static PartyRequirement party(int full, int all) {
    return RequiredForms.party(full, all, NATIONAL, AS_OF);
  }

  private static UnionRequirement union(int members, int staff, int female) {
    return RequiredForms.union(members, staff, female, NATIONAL, AS_OF);
  }

  @Test
  @DisplayName("BRANCH-REG Art. 4: exactly three full members found the unit's own branch")
  void exactlyThreeFullMembersFoundABranch() {
    PartyRequirement r = party(3, 3);
    assertThat(r.ownOrganizationRequired()).isTrue();
    assertThat(r.form()).isEqualTo(PartyForm.BRANCH);
    assertThat(r.fullMembersToOwnBranch()).isZero();
    assertThat(r.organizationReason().parameters())
        .extracting(v -> v.parameter().id())
        .containsExactly("BRANCH_MIN_FULL_MEMBERS");
    assertThat(r.organizationReason().allCitations())
        .extracting(Citation::toString)
        .contains("BRANCH-REG Art. 4", "PARTY-CONST Art. 30");
  }

  @Test
  @DisplayName("BRANCH-REG Art. 5: two full and five probationary members join a joint branch")
  void probationaryMembersDoNotCount() {
    PartyRequirement r = party(2, 7);
    assertThat(r.ownOrganizationRequired()).isFalse();
    assertThat(r.form()).isEqualTo(PartyForm.JOINT_BRANCH);
    assertThat(r.probationaryMembers()).isEqualTo(5);
    assertThat(r.fullMembersToOwnBranch()).isEqualTo(1);
    assertThat(r.leadership()).isEmpty();
    assertThat(r.scaleReason()).isEmpty();
    assertThat(r.organizationReason().allCitations())
        .extracting(Citation::toString)
        .contains("BRANCH-REG Art. 5");
    assertThat(r.organizationReason().message(Locale.ENGLISH))
        .contains(
            "Only 2 full members",
            "5 probationary, who do not count",
            "joint party branch",
            "at most 5 units");
    assertThat(r.organizationReason().message(Locale.SIMPLIFIED_CHINESE))
        .contains("联合党支部", "预备党员5名");
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 20: six full and two probationary members elect one secretary, no committee")
  void sixFullMembersElectOneSecretary() {
    PartyRequirement r = party(6, 8);
    assertThat(r.form()).isEqualTo(PartyForm.BRANCH);
    assertThat(r.leadership())
        .map(LeadershipRequirement::leadership)
        .contains(BranchLeadership.SECRETARY);
    assertThat(r.leadership().orElseThrow().reason().message(Locale.ENGLISH))
        .contains("6 full members", "fewer than 7", "one secretary", "no committee");
  }

  @Test
  @DisplayName("BRANCH-REG Art. 20: exactly seven full members set up a branch committee")
  void exactlySevenFullMembersSetUpACommittee() {
    assertThat(party(7, 7).leadership())
        .map(LeadershipRequirement::leadership)
        .contains(BranchLeadership.COMMITTEE);
    assertThat(RequiredForms.branchLeadership(7, NATIONAL, AS_OF).leadership())
        .isEqualTo(BranchLeadership.COMMITTEE);
    assertThat(RequiredForms.branchLeadership(6, NATIONAL, AS_OF).leadership())
        .isEqualTo(BranchLeadership.SECRETARY);
    assertThat(RequiredForms.branchLeadership(7, NATIONAL, AS_OF).reason().allCitations())
        .extracting(Citation::toString)
        .containsExactly("BRANCH-REG Art. 20");
  }

  @Test
  @DisplayName(
      "Policy default (机关 regulation): a general branch from 50 members, cited as a default, not"
          + " enterprise law")
  void generalBranchFromFiftyMembersIsADefault() {
    assertThat(party(10, 49).form()).isEqualTo(PartyForm.BRANCH);
    PartyRequirement fifty = party(10, 50);
    assertThat(fifty.form()).isEqualTo(PartyForm.GENERAL_BRANCH);
    assertThat(fifty.leadership()).isEmpty();
    assertThat(fifty.scaleReason().orElseThrow().parameters())
        .extracting(v -> v.parameter().id())
        .contains("GENERAL_BRANCH_MIN_MEMBERS");
    assertThat(fifty.scaleReason().orElseThrow().allCitations().get(0).note())
        .hasValueSatisfying(
            n -> assertThat(n).contains("Default policy parameter", "not enterprise law"));
    assertThat(fifty.scaleReason().orElseThrow().message(Locale.ENGLISH))
        .contains("policy default");
  }

  @Test
  @DisplayName("Policy default (机关 regulation): a primary committee from 100 members")
  void primaryCommitteeFromHundredMembers() {
    assertThat(party(80, 99).form()).isEqualTo(PartyForm.GENERAL_BRANCH);
    assertThat(party(80, 100).form()).isEqualTo(PartyForm.PRIMARY_COMMITTEE);
  }

  @Test
  @DisplayName(
      "UNION-LAW Art. 11: 24 members may choose a committee, a joint committee or an organiser")
  void twentyFourMembersMayChoose() {
    UnionRequirement r = union(24, 30, 0);
    assertThat(r.committeeRequired()).isFalse();
    assertThat(r.membersToCommittee()).isEqualTo(1);
    assertThat(r.allowedForms())
        .containsExactly(
            UnionForm.ENTERPRISE_COMMITTEE, UnionForm.JOINT_COMMITTEE, UnionForm.ORGANIZER);
    assertThat(r.organizationReason().message(Locale.ENGLISH))
        .contains("joint committee", "organiser");
  }

  @Test
  @DisplayName("UNION-LAW Art. 11: 25 members must set up a union committee")
  void twentyFiveMembersMustHaveACommittee() {
    UnionRequirement r = union(25, 30, 0);
    assertThat(r.committeeRequired()).isTrue();
    assertThat(r.membersToCommittee()).isZero();
    assertThat(r.allowedForms()).containsExactly(UnionForm.ENTERPRISE_COMMITTEE);
    assertThat(r.organizationReason().allCitations())
        .extracting(Citation::toString)
        .contains("UNION-LAW Art. 11");
  }

  @Test
  @DisplayName(
      "UNION-LAW Art. 14: a full-time chair is possible at 200 staff, not at 199, and never"
          + " required")
  void fullTimeChairIsPossibleFromTwoHundredStaff() {
    assertThat(union(10, 199, 0).fullTimeChairPossible()).isFalse();
    UnionRequirement two = union(10, 200, 0);
    assertThat(two.fullTimeChairPossible()).isTrue();
    assertThat(two.fullTimeChairReason().message(Locale.ENGLISH))
        .contains("may have a full-time chair", "not must");
    assertThat(two.fullTimeChairReason().message(Locale.SIMPLIFIED_CHINESE)).contains("可以设专职工会主席");
    assertThat(two.decisions(E1))
        .filteredOn(d -> d.ruleId().equals(BuildingRules.FULL_TIME_CHAIR.id()))
        .extracting(Decision::verdict)
        .containsExactly(Verdict.INFORMATIONAL);
  }

  @Test
  @DisplayName(
      "UNION-LAW Art. 11: a women workers' committee from ten female staff, else a women workers'"
          + " member")
  void womensCommitteeOrMember() {
    assertThat(union(10, 50, 0).womenWork()).isEqualTo(WomenWorkForm.NONE);
    assertThat(union(10, 50, 9).womenWork()).isEqualTo(WomenWorkForm.MEMBER);
    assertThat(union(10, 50, 10).womenWork()).isEqualTo(WomenWorkForm.COMMITTEE);
    assertThat(union(10, 50, 10).womenWorkReason().parameters())
        .extracting(v -> v.parameter().id())
        .containsExactly("WOMENS_COMMITTEE_MIN_FEMALE_STAFF");
  }

  @Test
  @DisplayName(
      "Requirements read as informational decisions for an organisation still to be founded")
  void requirementsAsDecisions() {
    assertThat(party(6, 8).decisions(E1))
        .extracting(d -> d.ruleId().value())
        .containsExactly(
            "BUILDING.PARTY-ORGANIZATION", "BUILDING.PARTY-SCALE", "BUILDING.BRANCH-LEADERSHIP");
    assertThat(party(2, 2).decisions(E1))
        .extracting(d -> d.ruleId().value())
        .containsExactly("BUILDING.PARTY-ORGANIZATION");
    assertThat(union(3, 3, 1).decisions(E1))
        .hasSize(3)
        .allMatch(d -> d.verdict() == Verdict.INFORMATIONAL);
    String zh = party(6, 8).decisions(E1).get(2).render(Locale.SIMPLIFIED_CHINESE);
    assertThat(zh).contains("设1名书记", "BRANCH-REG Art. 20");
  }

  @Test
  @DisplayName("A local policy moves the thresholds without a code change")
  void localPolicyMovesTheThresholds() {
    Citation local = Citation.of(Source.LOCAL, "Art. 1", "local rule").withNote("test");
    Policy policy =
        NATIONAL.toBuilder()
            .set(Parameters.BRANCH_MIN_FULL_MEMBERS, 4, local)
            .set(Parameters.UNION_COMMITTEE_MIN_MEMBERS, 20, local)
            .set(Parameters.FULL_TIME_CHAIR_MIN_STAFF, 150, local)
            .build();
    assertThat(RequiredForms.party(3, 3, policy, AS_OF).form()).isEqualTo(PartyForm.JOINT_BRANCH);
    assertThat(RequiredForms.union(20, 150, 0, policy, AS_OF).committeeRequired()).isTrue();
    assertThat(RequiredForms.union(20, 150, 0, policy, AS_OF).fullTimeChairPossible()).isTrue();
  }

  @Test
  @DisplayName("Counts that cannot be are bad arguments")
  void badCounts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> party(-1, 0))
        .withMessageContaining("fullMembers");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> party(3, 2))
        .withMessageContaining("allMembers");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> union(-1, 0, 0))
        .withMessageContaining("members");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> union(0, 5, 6))
        .withMessageContaining("femaleStaff");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RequiredForms.branchLeadership(-1, NATIONAL, AS_OF))
        .withMessageContaining("fullMembers");
  }
}
