package org.dangong.building;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangong.decision.Reason;
import org.dangong.decision.Verdict;
import org.dangong.model.ClusterId;
import org.dangong.model.EnterpriseId;
import org.dangong.model.RegionId;
import org.dangong.policy.Citation;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.Source;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The joint-branch planner (BRANCH-REG Art. 5) on hand-made pools: how many groups it makes, which
 * units form each core, how the other units are spread, how the proposals are ordered, numbered and
 * explained. Each pool here holds the units of one region or building area.
 */
class JointBranchPlannerMutationTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  private static final RegionId DISTRICT = RegionId.of("R1");
  private static final RegionId TOWN = RegionId.of("R1-T1");

  /** A district R1 (not escalated further) with a town R1-T1; clusters C1 and C2 in the town. */
  private static final JointBranchPlanner.Regions REGIONS =
      new JointBranchPlanner.Regions() {
        private final Map<RegionId, Integer> depth = ImmutableMap.of(DISTRICT, 1, TOWN, 2);

        @Override
        public int depth(RegionId region) {
          return depth.getOrDefault(region, 0);
        }

        @Override
        public Optional<RegionId> escalation(RegionId region) {
          return region.equals(TOWN) ? Optional.of(DISTRICT) : Optional.empty();
        }

        @Override
        public RegionId regionOf(ClusterId cluster) {
          return TOWN;
        }
      };

  private static List<JointBranchProposal> plan(
      Policy policy, List<JointBranchPlanner.Unit> units) {
    return new JointBranchPlanner(
            policy.entry(Parameters.BRANCH_MIN_FULL_MEMBERS, AS_OF),
            policy.entry(Parameters.JOINT_BRANCH_MAX_UNITS, AS_OF),
            AS_OF)
        .plan(units, REGIONS);
  }

  private static List<JointBranchProposal> plan(List<JointBranchPlanner.Unit> units) {
    return plan(Policy.national(), units);
  }

  /** Units in the district, each {@code id:fullMembers} (or just {@code id} for none). */
  private static List<JointBranchPlanner.Unit> district(String... units) {
    List<JointBranchPlanner.Unit> all = new ArrayList<>();
    for (String u : units) {
      all.add(unit(u, DISTRICT, Optional.empty()));
    }
    return all;
  }

  private static JointBranchPlanner.Unit unit(
      String spec, RegionId region, Optional<ClusterId> cluster) {
    String[] parts = spec.split(":");
    int full = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
    return new JointBranchPlanner.Unit(EnterpriseId.of(parts[0]), region, cluster, full);
  }

  private static List<String> groups(List<JointBranchProposal> proposals) {
    return proposals.stream()
        .map(p -> String.join(",", p.enterprises().stream().map(EnterpriseId::value).toList()))
        .toList();
  }

  private static List<String> keys(JointBranchProposal p) {
    return p.decision().reasons().stream().map(Reason::messageKey).toList();
  }

  private static String arg(JointBranchProposal p, String key, String name) {
    Reason r =
        p.decision().reasons().stream()
            .filter(x -> x.messageKey().equals(key))
            .findFirst()
            .orElseThrow(() -> new AssertionError(key + " in " + p.decision()));
    return String.valueOf(r.argument(name).orElseThrow().value());
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 5: five units that could each found a core make one joint branch of the"
          + " most units, not five")
  void fiveUnitsMakeOneGroup() {
    List<JointBranchProposal> proposals = plan(district("A:3", "B:3", "C:3", "D:3", "E:3"));
    assertThat(groups(proposals)).containsExactly("A,B,C,D,E");
    JointBranchProposal p = proposals.get(0);
    assertThat(p.formable()).isTrue();
    assertThat(p.fullMembers()).isEqualTo(15);
    assertThat(p.decision().verdict()).isEqualTo(Verdict.ADVISORY);
    assertThat(keys(p))
        .containsExactly(
            MessageKeys.JOINT_UNITS,
            MessageKeys.JOINT_BY_REGION,
            MessageKeys.JOINT_FORMABLE,
            MessageKeys.JOINT_FEWEST_GROUPS);
    assertThat(arg(p, MessageKeys.JOINT_FORMABLE, "units")).isEqualTo("5");
    assertThat(arg(p, MessageKeys.JOINT_FORMABLE, "maximum")).isEqualTo("5");
    assertThat(arg(p, MessageKeys.JOINT_FORMABLE, "required")).isEqualTo("3");
    assertThat(arg(p, MessageKeys.JOINT_FEWEST_GROUPS, "unitsHere")).isEqualTo("5");
    assertThat(arg(p, MessageKeys.JOINT_FEWEST_GROUPS, "groups")).isEqualTo("1");
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 5: a core stops at exactly 3 full members; six units make two groups, the"
          + " others spread over the cores in turn")
  void coreStopsAtTheMinimum() {
    List<JointBranchProposal> proposals = plan(district("A:3", "B:3", "C", "D", "E", "F"));
    assertThat(groups(proposals)).containsExactly("A,C,E", "B,D,F");
    assertThat(proposals).extracting(JointBranchProposal::sequence).containsExactly(1, 2);
    assertThat(proposals)
        .extracting(
            p -> arg(p, MessageKeys.JOINT_FEWEST_GROUPS, "unitsHere"),
            p -> arg(p, MessageKeys.JOINT_FEWEST_GROUPS, "groups"))
        .containsExactly(tuple("6", "2"), tuple("6", "2"));
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 5: the other units go to the smallest group, the first group among equals")
  void threeCoresTakeTurns() {
    List<JointBranchProposal> proposals =
        plan(district("A:3", "B:3", "C:3", "Z1", "Z2", "Z3", "Z4", "Z5", "Z6", "Z7", "Z8"));
    assertThat(groups(proposals)).containsExactly("A,Z1,Z4,Z7", "B,Z2,Z5,Z8", "C,Z3,Z6");
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 5: a core is completed by the unit with the fewest full members that reaches"
          + " the minimum")
  void coreCompletedByTheSmallestSufficientUnit() {
    List<JointBranchProposal> proposals = plan(district("A:2", "B:1", "C:2", "D:1", "Z1", "Z2"));
    assertThat(groups(proposals)).containsExactly("A,B,Z1", "C,D,Z2");
    assertThat(proposals).extracting(JointBranchProposal::fullMembers).containsExactly(3, 3);
    assertThat(proposals).allMatch(JointBranchProposal::formable);
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 5: a unit that cannot make a core goes back among the others and is left in"
          + " a group short of 2 full members")
  void unitThatCannotMakeACoreGoesBack() {
    List<JointBranchProposal> proposals = plan(district("A:3", "B:1", "Z1", "Z2", "Z3", "Z4"));
    assertThat(groups(proposals)).containsExactly("A,Z1,Z2,Z3,Z4", "B");
    JointBranchProposal shortGroup = proposals.get(1);
    assertThat(shortGroup.formable()).isFalse();
    assertThat(shortGroup.shortfall()).isEqualTo(2);
    assertThat(shortGroup.decision().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(keys(shortGroup))
        .containsExactly(
            MessageKeys.JOINT_UNITS,
            MessageKeys.JOINT_BY_REGION,
            MessageKeys.JOINT_SHORTFALL,
            MessageKeys.JOINT_FEWEST_GROUPS);
    assertThat(arg(shortGroup, MessageKeys.JOINT_SHORTFALL, "shortfall")).isEqualTo("2");
  }

  @Test
  @DisplayName(
      "JOINT_BRANCH_MAX_UNITS at 2: units of a core that fails go back in id order, so the groups"
          + " that are not yet formable are cut in id order")
  void unitsOfAFailedCoreGoBackInIdOrder() {
    Policy two =
        Policy.national().toBuilder()
            .set(
                Parameters.JOINT_BRANCH_MAX_UNITS,
                2,
                Citation.of(Source.LOCAL, "测试", "a local choice for the test"))
            .build();
    List<JointBranchProposal> proposals = plan(two, district("A:1", "B:1", "C:1"));
    assertThat(groups(proposals)).containsExactly("A,B", "C");
    assertThat(proposals).noneMatch(JointBranchProposal::formable);
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 5: seven units without full members make the fewest groups, as even as"
          + " possible: four and three")
  void leftoversSplitEvenly() {
    List<JointBranchProposal> proposals =
        plan(district("Z1", "Z2", "Z3", "Z4", "Z5", "Z6", "Z7"));
    assertThat(groups(proposals)).containsExactly("Z1,Z2,Z3,Z4", "Z5,Z6,Z7");
    assertThat(proposals).extracting(JointBranchProposal::shortfall).containsExactly(3, 3);
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 5: proposals come by basis, then place, then first unit, and are numbered"
          + " per place")
  void orderedByBasisPlaceAndFirstUnit() {
    List<JointBranchPlanner.Unit> units =
        List.of(
            unit("K2:3", TOWN, Optional.of(ClusterId.of("C2"))),
            unit("K1:3", TOWN, Optional.of(ClusterId.of("C1"))),
            unit("N9:3", DISTRICT, Optional.empty()),
            unit("N1:3", TOWN, Optional.empty()));
    List<JointBranchProposal> proposals = plan(units);
    assertThat(proposals)
        .extracting(
            p -> p.basis() + " " + p.cluster().map(ClusterId::value).orElse(p.region().value()))
        .containsExactly("CLUSTER C1", "CLUSTER C2", "REGION R1", "REGION R1-T1");
    assertThat(groups(proposals)).containsExactly("K1", "K2", "N9", "N1");
    assertThat(proposals).extracting(JointBranchProposal::sequence).containsExactly(1, 1, 1, 1);
    assertThat(proposals)
        .extracting(p -> arg(p, MessageKeys.JOINT_FEWEST_GROUPS, "groups"))
        .containsExactly("1", "1", "1", "1");
    assertThat(keys(proposals.get(0))).contains(MessageKeys.JOINT_BY_CLUSTER);
  }
}
