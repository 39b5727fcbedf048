package org.dangong.building;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.dangong.building.Town.AS_OF;
import static org.dangong.building.Town.PARK;
import static org.dangong.building.Town.TOWN;
import static org.dangong.building.Town.TOWN2;
import static org.dangong.building.Town.enterprise;
import static org.dangong.building.Town.party;
import static org.dangong.building.Town.union;

import java.util.Optional;
import org.dangong.decision.Rule;
import org.dangong.model.EnterpriseId;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Ownership;
import org.dangong.model.PartyForm;
import org.dangong.model.RegionId;
import org.dangong.model.UnionForm;
import org.dangong.model.WomenWorkForm;
import org.dangong.policy.Policy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The classification-only screening on hand-made jurisdictions, at the edges of each threshold, and
 * always equal to the engine's full assessment of the same enterprise.
 */
class CoverageScreeningTest {
  private static final BuildingEngine ENGINE = BuildingEngine.of(Policy.national());

  private static EnterpriseId id(String value) {
    return EnterpriseId.of(value);
  }

  /** Screens the jurisdiction and checks every enterprise against its full assessment. */
  private static CoverageScreening screen(Jurisdiction j) {
    CoverageScreening s = ENGINE.classify(j, AS_OF);
    Agreement.check(s, ENGINE.evaluate(j, AS_OF));
    return s;
  }

  @Test
  @DisplayName("BRANCH-REG Art. 4–5, 20: exactly 3 full members need a branch with one secretary")
  void threeFullMembers() {
    Jurisdiction j =
        new Town().add(enterprise("E1", TOWN, 10)).staff("E1", 3, 0, 2).build();
    CoverageScreening s = screen(j);
    assertThat(s.requiredPartyForm(id("E1"))).isEqualTo(PartyForm.BRANCH);
    assertThat(s.branchLeadership(id("E1"))).contains(BranchLeadership.SECRETARY);
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 4–5: 2 full and 5 probationary members need a joint branch; probationary"
          + " members do not count")
  void twoFullAndProbationary() {
    Jurisdiction j =
        new Town().add(enterprise("E1", TOWN, 10)).staff("E1", 2, 5, 0).build();
    CoverageScreening s = screen(j);
    assertThat(s.requiredPartyForm(id("E1"))).isEqualTo(PartyForm.JOINT_BRANCH);
    assertThat(s.branchLeadership(id("E1"))).isEmpty();
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 20 and the 50/100 defaults: 7 full members a committee, 50 members a general"
          + " branch, 100 a primary committee")
  void branchCommitteeAndScale() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 10))
            .add(enterprise("E2", TOWN, 10))
            .add(enterprise("E3", TOWN, 60))
            .add(enterprise("E4", TOWN, 120))
            .staff("E1", 7, 0, 0)
            .staff("E2", 6, 1, 0)
            .staff("E3", 40, 10, 0)
            .staff("E4", 99, 1, 0)
            .build();
    CoverageScreening s = screen(j);
    assertThat(s.branchLeadership(id("E1"))).contains(BranchLeadership.COMMITTEE);
    assertThat(s.branchLeadership(id("E2"))).contains(BranchLeadership.SECRETARY);
    assertThat(s.requiredPartyForm(id("E3"))).isEqualTo(PartyForm.GENERAL_BRANCH);
    assertThat(s.branchLeadership(id("E3"))).isEmpty();
    assertThat(s.requiredPartyForm(id("E4"))).isEqualTo(PartyForm.PRIMARY_COMMITTEE);
    assertThat(s.requiring(PartyForm.BRANCH)).isEqualTo(2);
  }

  @Test
  @DisplayName("UNION-LAW Art. 11: 24 union members may share a committee, 25 need their own")
  void twentyFourVersusTwentyFive() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 30))
            .add(enterprise("E2", TOWN, 30))
            .staff("E1", 0, 0, 24, 24, "U1")
            .staff("E2", 0, 0, 25, 25, "U1")
            .add(union("U1", UnionForm.JOINT_COMMITTEE, TOWN, "E1", "E2"))
            .build();
    CoverageScreening s = screen(j);
    assertThat(s.unionCommitteeRequired(id("E1"))).isFalse();
    assertThat(s.unionCommitteeRequired(id("E2"))).isTrue();
    assertThat(s.unionCoverage(id("E2"))).isEqualTo(UnionCoverage.JOINT_COMMITTEE);
    assertThat(s.requiringUnionCommittee()).isEqualTo(1);
  }

  @Test
  @DisplayName("UNION-LAW Art. 14: 200 staff may have a full-time chair, 199 not")
  void fullTimeChair() {
    Jurisdiction j =
        new Town().add(enterprise("E1", TOWN, 200)).add(enterprise("E2", TOWN, 199)).build();
    CoverageScreening s = screen(j);
    assertThat(s.fullTimeChairPossible(id("E1"))).isTrue();
    assertThat(s.fullTimeChairPossible(id("E2"))).isFalse();
  }

  @Test
  @DisplayName(
      "UNION-LAW Art. 11: ten female staff a women workers' committee, nine a member, none"
          + " nothing")
  void women() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 30).femaleHeadcount(10))
            .add(enterprise("E2", TOWN, 30).femaleHeadcount(9))
            .add(enterprise("E3", TOWN, 30))
            .build();
    CoverageScreening s = screen(j);
    assertThat(s.womenWork(id("E1"))).isEqualTo(WomenWorkForm.COMMITTEE);
    assertThat(s.womenWork(id("E2"))).isEqualTo(WomenWorkForm.MEMBER);
    assertThat(s.womenWork(id("E3"))).isEqualTo(WomenWorkForm.NONE);
  }

  @Test
  @DisplayName(
      "Coverage: own, joint and no party organisation; own committee, joint committee, organiser,"
          + " federation through a building area, none; closed enterprises out of scope")
  void everyKindOfCoverage() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 40))
            .add(enterprise("E2", TOWN, 10))
            .add(enterprise("E3", TOWN, 10))
            .add(enterprise("E4", TOWN, 10).addClusters(PARK))
            .add(enterprise("E5", TOWN2, 10))
            .add(enterprise("E6", TOWN, 10).ownership(Ownership.STATE_OWNED))
            .add(enterprise("E7", TOWN, 10).status(EnterpriseStatus.CLOSED))
            .add(enterprise("E8", TOWN, 10))
            .add(party("PO1", PartyForm.BRANCH, TOWN, "E1"))
            .add(party("PO2", PartyForm.JOINT_BRANCH, TOWN, "E2", "E3"))
            .add(party("PO3", PartyForm.GENERAL_BRANCH, TOWN, "E8"))
            .add(union("U1", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "E1"))
            .add(union("U2", UnionForm.ORGANIZER, TOWN, "E2"))
            .add(union("U3", UnionForm.JOINT_COMMITTEE, TOWN, "E3", "E5"))
            .add(union("U4", UnionForm.FEDERATION, TOWN).cluster(PARK))
            .build();
    CoverageScreening s = screen(j);
    assertThat(s.enterprises())
        .extracting(EnterpriseId::value)
        .containsExactly("E1", "E2", "E3", "E4", "E5", "E7", "E8");
    assertThat(s.contains(id("E6"))).as("state-owned: outside").isFalse();
    assertThat(s.partyCoverage(id("E1"))).isEqualTo(PartyCoverage.OWN_ORGANIZATION);
    assertThat(s.partyCoverage(id("E2"))).isEqualTo(PartyCoverage.JOINT_ORGANIZATION);
    assertThat(s.partyCoverage(id("E8")))
        .as("a general branch of one enterprise is its own")
        .isEqualTo(PartyCoverage.OWN_ORGANIZATION);
    assertThat(s.partyCoverage(id("E4"))).isEqualTo(PartyCoverage.NONE);
    assertThat(s.unionCoverage(id("E1"))).isEqualTo(UnionCoverage.OWN_COMMITTEE);
    assertThat(s.unionCoverage(id("E2"))).isEqualTo(UnionCoverage.ORGANIZER);
    assertThat(s.unionCoverage(id("E4"))).isEqualTo(UnionCoverage.FEDERATION);
    assertThat(s.unionCoverage(id("E8"))).isEqualTo(UnionCoverage.NONE);
    assertThat(s.quadrant(id("E1"))).isEqualTo(Quadrant.BOTH);
    assertThat(s.inScope(id("E7"))).isFalse();
    assertThat(s.closedEnterprises()).isEqualTo(1);
    assertThat(s.inScopeEnterprises()).isEqualTo(6);
    assertThat(s.partyCovered()).isEqualTo(Share.of(4, 6));
    assertThat(s.unionCovered()).isEqualTo(Share.of(5, 6));
    assertThat(s.bothCovered()).isEqualTo(Share.of(3, 6));
    assertThat(s.scope()).isEmpty();

    CoverageScreening town2 = ENGINE.classify(j, TOWN2, AS_OF);
    assertThat(town2.scope()).contains(TOWN2);
    assertThat(town2.enterprises()).containsExactly(id("E5"));
    assertThat(town2.unionCoverage(id("E5"))).isEqualTo(UnionCoverage.JOINT_COMMITTEE);
    Agreement.check(town2, ENGINE.evaluate(j, TOWN2, AS_OF));
  }

  @Test
  @DisplayName("The screening holds no personal data in its text, and names its rules")
  void summaryAndRules() {
    Jurisdiction j = new Town().add(enterprise("E1", TOWN, 10)).staff("E1", 3, 0, 0).build();
    CoverageScreening s = screen(j);
    assertThat(s.toString()).doesNotContain("E1-P").contains("enterprises=1");
    assertThat(CoverageScreening.rules())
        .extracting(Rule::id)
        .extracting(Object::toString)
        .contains("BUILDING.PARTY-ORGANIZATION", "BUILDING.UNION-ORGANIZATION");
    assertThat(BuildingRules.all()).containsAll(CoverageScreening.rules());
    assertThat(s).isEqualTo(ENGINE.classify(j, AS_OF)).hasSameHashCodeAs(ENGINE.classify(j, AS_OF));
  }

  @Test
  @DisplayName("Unknown enterprises and regions are rejected with their id")
  void unknown() {
    Jurisdiction j = new Town().add(enterprise("E1", TOWN, 10)).build();
    CoverageScreening s = ENGINE.classify(j, AS_OF);
    assertThat(s.indexOf(id("E9"))).isEmpty();
    assertThat(s.indexOf(id("E1"))).hasValue(0);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> s.partyCoverage(id("E9")))
        .withMessageContaining("E9");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ENGINE.classify(j, RegionId.of("R9"), AS_OF))
        .withMessageContaining("R9");
    assertThat(ENGINE.classify(Jurisdiction.empty(), AS_OF).size()).isZero();
    assertThat(ENGINE.classify(Jurisdiction.empty(), AS_OF).partyCovered().isDefined()).isFalse();
    assertThat(Optional.of(s.asOf())).contains(AS_OF);
  }
}
