package org.dangong.building;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangong.building.Town.AS_OF;
import static org.dangong.building.Town.DISTRICT;
import static org.dangong.building.Town.PARK;
import static org.dangong.building.Town.TOWN;
import static org.dangong.building.Town.TOWN2;
import static org.dangong.building.Town.enterprise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.dangong.decision.Verdict;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.policy.Citation;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.Source;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** BRANCH-REG Art. 5: proposed joint branches, by cluster first, then by region. */
class JointBranchProposalTest {
  private static final BuildingEngine ENGINE = BuildingEngine.of(Policy.national());

  private static List<JointBranchProposal> proposals(Jurisdiction j) {
    return ENGINE.evaluate(j, AS_OF).jointBranchProposals();
  }

  private static List<String> ids(JointBranchProposal p) {
    List<String> ids = new ArrayList<>();
    p.enterprises().forEach(e -> ids.add(e.value()));
    return ids;
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 5: units with two and one full members in one town form one joint branch")
  void twoAndOneMakeThree() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 10))
            .add(enterprise("E2", TOWN, 10))
            .staff("E1", 2, 0, 1)
            .staff("E2", 1, 3, 1)
            .build();
    JointBranchProposal p = proposals(j).get(0);
    assertThat(proposals(j)).hasSize(1);
    assertThat(ids(p)).containsExactly("E1", "E2");
    assertThat(p.basis()).isEqualTo(GroupingBasis.REGION);
    assertThat(p.region()).isEqualTo(TOWN);
    assertThat(p.fullMembers()).as("probationary members do not count").isEqualTo(3);
    assertThat(p.formable()).isTrue();
    assertThat(p.shortfall()).isZero();
    assertThat(p.escalated()).isFalse();
    assertThat(p.decision().verdict()).isEqualTo(Verdict.ADVISORY);
    assertThat(p.decision().render(Locale.ENGLISH))
        .contains(
            "Group 1: 2 units (E1, E2)",
            "3 full members together",
            "BRANCH-REG Art. 5",
            "2 units are grouped here in 1 group");
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 5: a unit with one full member and no neighbour is not yet formable, two"
          + " short")
  void aLoneUnitReportsItsShortfall() {
    Jurisdiction j = new Town().add(enterprise("E1", DISTRICT, 10)).staff("E1", 1, 0, 1).build();
    JointBranchProposal p = proposals(j).get(0);
    assertThat(p.formable()).isFalse();
    assertThat(p.shortfall()).isEqualTo(2);
    assertThat(p.decision().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(p.decision().render(Locale.ENGLISH))
        .contains("2 short of the 3", "Not yet formable");
  }

  @Test
  @DisplayName("BRANCH-REG Art. 5: units of a building area are grouped there first, across towns")
  void clusterFirst() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 10).addClusters(PARK))
            .add(enterprise("E2", TOWN2, 10).addClusters(PARK))
            .add(enterprise("E3", TOWN, 10))
            .staff("E1", 2, 0, 0)
            .staff("E2", 1, 0, 0)
            .staff("E3", 1, 0, 0)
            .build();
    List<JointBranchProposal> all = proposals(j);
    assertThat(all).hasSize(2);
    JointBranchProposal cluster = all.get(0);
    assertThat(cluster.basis()).isEqualTo(GroupingBasis.CLUSTER);
    assertThat(cluster.cluster()).contains(PARK);
    assertThat(ids(cluster)).containsExactly("E1", "E2");
    assertThat(cluster.formable()).isTrue();
    assertThat(cluster.decision().render(Locale.ENGLISH))
        .contains("share the building area or intermediary C1");
    JointBranchProposal alone = all.get(1);
    assertThat(ids(alone)).containsExactly("E3");
    assertThat(alone.region()).as("moved up from its town").isEqualTo(DISTRICT);
    assertThat(alone.escalated()).isTrue();
    assertThat(alone.formable()).isFalse();
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 5: units that cannot form a group in their towns are grouped in the district"
          + " above")
  void escalationToTheDistrict() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 10))
            .add(enterprise("E2", TOWN2, 10))
            .staff("E1", 1, 0, 0)
            .staff("E2", 2, 0, 0)
            .build();
    JointBranchProposal p = proposals(j).get(0);
    assertThat(proposals(j)).hasSize(1);
    assertThat(p.region()).isEqualTo(DISTRICT);
    assertThat(p.escalated()).isTrue();
    assertThat(p.formable()).isTrue();
    assertThat(p.decision().render(Locale.ENGLISH)).contains("grouped in R1");
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 5: seven units of one full member each make the fewest groups, at most five"
          + " units each")
  void atMostFiveUnitsInTheFewestGroups() {
    Town town = new Town();
    for (int i = 1; i <= 7; i++) {
      town.add(enterprise("E" + i, TOWN, 10)).staff("E" + i, 1, 0, 0);
    }
    List<JointBranchProposal> all = proposals(town.build());
    assertThat(all).hasSize(2);
    assertThat(all).allMatch(JointBranchProposal::formable);
    assertThat(all).allMatch(p -> p.units() <= 5);
    assertThat(all).extracting(JointBranchProposal::sequence).containsExactly(1, 2);
    assertThat(all.stream().mapToInt(JointBranchProposal::units).sum()).isEqualTo(7);
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 5: with too few full members, one group fills up and the rest is reported"
          + " short")
  void tooFewFullMembers() {
    Town town =
        new Town()
            .add(enterprise("E1", DISTRICT, 10))
            .staff("E1", 2, 0, 0)
            .add(enterprise("E2", DISTRICT, 10))
            .staff("E2", 1, 0, 0);
    for (int i = 3; i <= 6; i++) {
      town.add(enterprise("E" + i, DISTRICT, 10));
    }
    List<JointBranchProposal> all = proposals(town.build());
    assertThat(all).hasSize(2);
    JointBranchProposal formable =
        all.stream().filter(JointBranchProposal::formable).findFirst().orElseThrow();
    assertThat(formable.units()).isEqualTo(5);
    assertThat(formable.fullMembers()).isEqualTo(3);
    JointBranchProposal rest = all.stream().filter(p -> !p.formable()).findFirst().orElseThrow();
    assertThat(rest.units()).isEqualTo(1);
    assertThat(rest.shortfall()).isEqualTo(3);
  }

  @Test
  @DisplayName("JOINT_BRANCH_MAX_UNITS = 2: three units of one full member each cannot reach three")
  void twoUnitsAtMost() {
    Policy two =
        Policy.national().toBuilder()
            .set(
                Parameters.JOINT_BRANCH_MAX_UNITS,
                2,
                Citation.of(Source.LOCAL, "Art. 1", "两个单位").withNote("test"))
            .build();
    Town town = new Town();
    for (int i = 1; i <= 3; i++) {
      town.add(enterprise("E" + i, DISTRICT, 10)).staff("E" + i, 1, 0, 0);
    }
    List<JointBranchProposal> all =
        BuildingEngine.of(two).evaluate(town.build(), AS_OF).jointBranchProposals();
    assertThat(all).hasSize(2).allMatch(p -> !p.formable() && p.units() <= 2);
  }

  @Test
  @DisplayName("Grouping is deterministic whatever the order the jurisdiction was built in")
  void deterministic() {
    Town town = new Town();
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      names.add("E" + i);
    }
    for (String e : names) {
      town.add(enterprise(e, TOWN, 10)).staff(e, Integer.parseInt(e.substring(1)) % 3, 0, 0);
    }
    Jurisdiction j = town.build();
    Jurisdiction.Builder shuffled = Jurisdiction.builder();
    List<Enterprise> enterprises = new ArrayList<>(j.enterprises());
    Collections.reverse(enterprises);
    shuffled
        .addRegions(j.regions())
        .addClusters(j.clusters())
        .addEnterprises(enterprises)
        .addPeople(j.people());
    assertThat(proposals(shuffled.build())).isEqualTo(proposals(j));
    BuildingReport report = ENGINE.evaluate(j, AS_OF);
    for (JointBranchProposal p : report.jointBranchProposals()) {
      for (EnterpriseId e : p.enterprises()) {
        assertThat(report.proposalFor(e)).contains(p);
      }
    }
  }
}
