package org.dangong.building;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.dangong.building.Town.AS_OF;
import static org.dangong.building.Town.TOWN;
import static org.dangong.building.Town.enterprise;
import static org.dangong.building.Town.party;
import static org.dangong.building.Town.union;

import java.util.ArrayList;
import java.util.List;
import org.dangong.decision.Decision;
import org.dangong.model.EnterpriseId;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Jurisdiction;
import org.dangong.model.PartyForm;
import org.dangong.model.Problem;
import org.dangong.model.UnionForm;
import org.dangong.policy.Citation;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.Source;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The values around the engine: what a report and an assessment hand out, their short texts,
 * equality, and the validation of shares and requirement inputs.
 */
class BuildingValuesMutationTest {
  private static final BuildingEngine ENGINE = BuildingEngine.of(Policy.national());

  /**
   * E1 has neither organisation, E2 and E3 need a joint branch, E4 has its own branch and a union
   * committee whose chair was never trained; all in the town R1-T1.
   */
  private static Jurisdiction world() {
    return new Town()
        .add(enterprise("E1", TOWN, 10))
        .add(enterprise("E2", TOWN, 10))
        .add(enterprise("E3", TOWN, 10))
        .add(enterprise("E4", TOWN, 10))
        .staff("E2", 1, 0, 2)
        .staff("E3", 2, 0, 2)
        .staff("E4", 3, 0, 2)
        .add(party("P4", PartyForm.BRANCH, TOWN, "E4"))
        .add(union("U4", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "E4").chair(Town.person("E4", 1)))
        .build();
  }

  @Test
  @DisplayName(
      "A report hands out every action and every decision once, in the documented order; an"
          + " assessment its own decisions, its actions' and its organisations'")
  void reportCollectsEveryActionAndDecision() {
    BuildingReport report = ENGINE.evaluate(world(), AS_OF);
    assertThat(report.jointBranchProposals()).hasSize(1);

    List<BuildingAction> actions = new ArrayList<>();
    report.assessments().forEach(a -> actions.addAll(a.actions()));
    assertThat(actions).isNotEmpty();
    assertThat(report.actions()).containsExactlyElementsOf(actions);
    assertThat(report.actions())
        .extracting(a -> a.enterprise().value(), BuildingAction::kind)
        .startsWith(tuple("E1", ActionKind.SYNC_BUILD));

    List<Decision> all = new ArrayList<>();
    for (EnterpriseAssessment a : report.assessments()) {
      all.addAll(a.decisions());
      a.actions().forEach(x -> all.add(x.decision()));
    }
    all.addAll(report.organizationDecisions());
    report.jointBranchProposals().forEach(p -> all.add(p.decision()));
    all.addAll(report.networkDecisions());
    all.addAll(report.indicatorDecisions());
    assertThat(report.allDecisions()).containsExactlyElementsOf(all);
    assertThat(report.allDecisions())
        .contains(report.jointBranchProposals().get(0).decision())
        .contains(report.actions().get(0).decision());

    EnterpriseAssessment e1 = report.assessment(EnterpriseId.of("E1")).orElseThrow();
    assertThat(e1.actions()).isNotEmpty();
    List<Decision> own = new ArrayList<>(e1.decisions());
    e1.actions().forEach(x -> own.add(x.decision()));
    own.addAll(e1.organizationDecisions());
    assertThat(e1.allDecisions()).containsExactlyElementsOf(own);
    EnterpriseAssessment e4 = report.assessment(EnterpriseId.of("E4")).orElseThrow();
    assertThat(e4.organizationDecisions()).isNotEmpty();
    assertThat(e4.allDecisions()).containsAll(e4.organizationDecisions());
  }

  @Test
  @DisplayName("Reports, assessments, actions and counts are told in short, without personal data")
  void shortTexts() {
    Jurisdiction j = world();
    BuildingReport report = ENGINE.evaluate(j, AS_OF);
    BuildingCounts totals = report.totals();
    assertThat(totals)
        .hasToString(
            "BuildingCounts[enterprises=4, closed=0, party=1/4, union=1/4, both=1/4,"
                + " deputyRankTowns=0/2, coordinators=0/1, workingCommittees=0/1,"
                + " trainedChairs=0/1]");
    assertThat(report)
        .hasToString("BuildingReport[2025-06-30, enterprises=4, proposals=1, " + totals + "]");
    BuildingReport town = ENGINE.evaluate(j, TOWN, AS_OF);
    assertThat(town)
        .hasToString(
            "BuildingReport[2025-06-30, scope=R1-T1, enterprises=4, proposals=1, "
                + town.totals()
                + "]");
    EnterpriseAssessment e1 = report.assessment(EnterpriseId.of("E1")).orElseThrow();
    assertThat(e1)
        .hasToString(
            "EnterpriseAssessment[E1, NEITHER, decisions="
                + e1.decisions().size()
                + ", actions=1]");
    assertThat(e1.actions().get(0)).hasToString("BuildingAction[SYNC_BUILD, E1]");
    assertThat(ENGINE).hasToString("BuildingEngine[policy]");
  }

  @Test
  @DisplayName(
      "SYNC-NETWORK, LEAD-TOWN: the counts hold 2 towns, 1 subdistrict and 1 county-level region;"
          + " counts are equal when their values are")
  void countsOfRegionsAndEquality() {
    Jurisdiction j = world();
    BuildingCounts totals = ENGINE.evaluate(j, AS_OF).totals();
    assertThat(totals.towns()).isEqualTo(2);
    assertThat(totals.subdistricts()).isEqualTo(1);
    assertThat(totals.countyLevelRegions()).isEqualTo(1);

    BuildingCounts again = ENGINE.evaluate(j, AS_OF).totals();
    assertThat(again).isEqualTo(totals).hasSameHashCodeAs(totals);
    BuildingCounts town = ENGINE.evaluate(j, TOWN, AS_OF).totals();
    assertThat(town).isNotEqualTo(totals);
    assertThat(town.hashCode()).isNotEqualTo(totals.hashCode());
    assertThat(BuildingCounts.empty()).isNotEqualTo(totals);
    assertThat(BuildingCounts.empty().plus(totals)).isEqualTo(totals);
  }

  @Test
  @DisplayName("Engines are equal when their policies are")
  void enginesEqualByPolicy() {
    Policy local =
        Policy.national().toBuilder()
            .set(
                Parameters.JOINT_BRANCH_MAX_UNITS,
                4,
                Citation.of(Source.LOCAL, "测试", "a local choice for the test"))
            .build();
    BuildingEngine same = BuildingEngine.of(Policy.national());
    BuildingEngine other = BuildingEngine.of(local);
    assertThat(same).isEqualTo(ENGINE).hasSameHashCodeAs(ENGINE);
    assertThat(other).isNotEqualTo(ENGINE);
    assertThat(other.hashCode()).isNotEqualTo(ENGINE.hashCode());
    assertThat(ENGINE).isNotEqualTo(Policy.national());
  }

  @Test
  @DisplayName(
      "Shares: a negative part or one above the whole is refused naming every problem; shares add"
          + " part to part and whole to whole")
  void sharesValidateAndAdd() {
    assertThatThrownBy(() -> Share.of(-1, 5))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path, Problem::rule, Problem::value)
                    .containsExactly(tuple("Share.part", "NOT_NEGATIVE", "-1")));
    assertThatThrownBy(() -> Share.of(6, 5))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::rule)
                    .containsExactly("AT_MOST_WHOLE"));
    assertThatThrownBy(() -> Share.of(-1, -2))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::rule)
                    .containsExactly("NOT_NEGATIVE", "AT_MOST_WHOLE"));
    Share sum = Share.of(27, 66).plus(Share.of(3, 4));
    assertThat(sum.part()).isEqualTo(30);
    assertThat(sum.whole()).isEqualTo(70);
    assertThat(sum).hasToString("30/70");
    assertThat(Share.of(0, 0)).hasToString("0/0");
  }

  @Test
  @DisplayName(
      "UNION-LAW Art. 11: a negative staff count is refused as such; 24 members need 1 more for a"
          + " committee")
  void unionRequirementInputsAndMembersNeeded() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RequiredForms.union(0, -1, 0, Policy.national(), AS_OF))
        .withMessage("staff must not be negative: -1");
    UnionRequirement r = RequiredForms.union(24, 30, 0, Policy.national(), AS_OF);
    assertThat(r.committeeRequired()).isFalse();
    assertThat(r.organizationReason().messageKey()).isEqualTo(MessageKeys.UNION_OPTIONS);
    assertThat(r.organizationReason().argument("needed").orElseThrow().value().toString())
        .isEqualTo("1");
  }

  @Test
  @DisplayName(
      "A screening contains exactly the enterprises it screened; equal screenings hash alike")
  void screeningContainsAndHashes() {
    Jurisdiction j = world();
    CoverageScreening s = ENGINE.classify(j, AS_OF);
    assertThat(s.contains(EnterpriseId.of("E1"))).isTrue();
    assertThat(s.contains(EnterpriseId.of("E9"))).isFalse();
    CoverageScreening again = ENGINE.classify(j, AS_OF);
    assertThat(again).isEqualTo(s).hasSameHashCodeAs(s);
    CoverageScreening later = ENGINE.classify(j, AS_OF.plusDays(1));
    assertThat(later.hashCode()).isNotEqualTo(s.hashCode());
  }
}
