package org.dangong.building;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dangong.decision.Decision;
import org.dangong.decision.RuleId;
import org.dangong.decision.Verdict;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.policy.Citation;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.Source;
import org.dangong.testkit.Cities;
import org.dangong.testkit.JurisdictionGenerator;
import org.dangong.testkit.Jurisdictions;
import org.dangong.testkit.PropertyRunner;
import org.junit.jupiter.api.Test;

/**
 * Invariants of the building engine over generated jurisdictions (testkit generators and runner).
 */
class BuildingPropertiesTest {
  private static final JurisdictionGenerator JURISDICTIONS =
      Jurisdictions.jurisdictions()
          .counties(1, 3)
          .townsPerCounty(0, 3)
          .enterprises(0, 25)
          .peoplePerEnterprise(0, 12)
          .clusters(0, 3);
  private static final LocalDate AS_OF = JURISDICTIONS.referenceDate();
  private static final Policy NATIONAL = Policy.national();
  private static final BuildingEngine ENGINE = BuildingEngine.of(NATIONAL);
  private static final Citation LOCAL =
      Citation.of(Source.LOCAL, "Art. 1", "本地规定").withNote("test");

  private static PropertyRunner<Jurisdiction> forAll() {
    return PropertyRunner.forAll(JURISDICTIONS).samples(80);
  }

  @Test
  void everyNonPublicEnterpriseIsClassifiedExactlyOnceAndNothingThrows() {
    forAll()
        .check(
            j -> {
              BuildingReport report = ENGINE.evaluate(j, AS_OF);
              List<EnterpriseId> expected =
                  j.enterprises().stream()
                      .filter(Enterprise::isNonPublic)
                      .map(Enterprise::id)
                      .toList();
              assertThat(report.assessments())
                  .extracting(EnterpriseAssessment::enterprise)
                  .containsExactlyElementsOf(expected);
              for (EnterpriseAssessment a : report.assessments()) {
                assertThat(a.quadrant())
                    .isEqualTo(Quadrant.of(a.partyCoverage(), a.unionCoverage()));
                assertThat(a.decisions()).isNotEmpty();
                assertThat(a.decisions().get(0).ruleId()).isEqualTo(BuildingRules.COVERAGE.id());
                assertThat(a.partyCoverage().isCovered())
                    .isEqualTo(!a.partyOrganizations().isEmpty());
                assertThat(a.unionCoverage().isCovered())
                    .isEqualTo(!a.unionOrganizations().isEmpty());
              }
              assertThat(report.totals().nonPublicEnterprises()).isEqualTo(expected.size());
            });
  }

  @Test
  void rollupsAddUpAtEveryLevel() {
    forAll()
        .check(
            j -> {
              BuildingReport report = ENGINE.evaluate(j, AS_OF);
              assertThat(report.regions())
                  .extracting(RegionStatistics::region)
                  .containsExactlyElementsOf(ids(j.regions()));
              BuildingCounts roots = BuildingCounts.empty();
              for (RegionStatistics r : report.regions()) {
                BuildingCounts sum = r.direct();
                for (RegionId child : r.children()) {
                  sum = sum.plus(report.region(child).orElseThrow().total());
                }
                assertThat(r.total()).as(r.region().value()).isEqualTo(sum);
                if (r.parent().isEmpty()) {
                  roots = roots.plus(r.total());
                }
                BuildingCounts.Tally direct = new BuildingCounts.Tally();
                report.assessments().stream()
                    .filter(a -> a.region().equals(r.region()))
                    .forEach(direct::enterprise);
                BuildingCounts enterprisesOnly = direct.build();
                assertThat(r.direct().nonPublicEnterprises())
                    .isEqualTo(enterprisesOnly.nonPublicEnterprises());
                for (Quadrant q : Quadrant.values()) {
                  assertThat(r.direct().enterprises(q)).isEqualTo(enterprisesOnly.enterprises(q));
                }
              }
              assertThat(report.totals()).isEqualTo(roots);
              BuildingCounts t = report.totals();
              long party = 0;
              for (PartyCoverage c : PartyCoverage.values()) {
                party += t.enterprises(c);
              }
              long union = 0;
              for (UnionCoverage c : UnionCoverage.values()) {
                union += t.enterprises(c);
              }
              long quadrants = 0;
              for (Quadrant q : Quadrant.values()) {
                quadrants += t.enterprises(q);
              }
              assertThat(List.of(party, union, quadrants)).containsOnly(t.inScopeEnterprises());
            });
  }

  @Test
  void jointBranchProposalsGroupEveryCandidateOnceWithinTheLimits() {
    forAll()
        .check(
            j -> {
              BuildingReport report = ENGINE.evaluate(j, AS_OF);
              int minimum = NATIONAL.value(Parameters.BRANCH_MIN_FULL_MEMBERS, AS_OF);
              int maximum = NATIONAL.value(Parameters.JOINT_BRANCH_MAX_UNITS, AS_OF);
              Set<EnterpriseId> candidates = new HashSet<>();
              report.assessments().stream()
                  .filter(EnterpriseAssessment::jointBranchCandidate)
                  .forEach(a -> candidates.add(a.enterprise()));
              List<EnterpriseId> grouped = new ArrayList<>();
              Map<String, int[]> perPlace = new HashMap<>();
              for (JointBranchProposal p : report.jointBranchProposals()) {
                grouped.addAll(p.enterprises());
                assertThat(p.units()).isBetween(1, maximum);
                assertThat(p.enterprises()).isSorted();
                int full =
                    p.enterprises().stream()
                        .mapToInt(e -> report.assessment(e).orElseThrow().fullMembers())
                        .sum();
                assertThat(p.fullMembers()).isEqualTo(full);
                assertThat(p.formable()).isEqualTo(full >= minimum);
                assertThat(p.shortfall()).isEqualTo(Math.max(0, minimum - full));
                assertThat(p.decision().verdict())
                    .isEqualTo(p.formable() ? Verdict.ADVISORY : Verdict.NOT_SATISFIED);
                for (EnterpriseId e : p.enterprises()) {
                  Enterprise enterprise = j.enterprise(e).orElseThrow();
                  if (p.basis() == GroupingBasis.CLUSTER) {
                    assertThat(enterprise.clusters()).contains(p.cluster().orElseThrow());
                  } else {
                    assertThat(j.isWithin(enterprise.region(), p.region())).isTrue();
                  }
                }
                if (p.basis() == GroupingBasis.REGION) {
                  assertThat(p.escalated())
                      .isEqualTo(
                          p.enterprises().stream()
                              .anyMatch(
                                  e -> !j.enterprise(e).orElseThrow().region().equals(p.region())));
                }
                int[] place =
                    perPlace.computeIfAbsent(
                        p.basis() + "/" + p.cluster() + "/" + p.region(), k -> new int[2]);
                place[0]++;
                place[1] += p.units();
              }
              assertThat(grouped).as("no enterprise in two groups").doesNotHaveDuplicates();
              assertThat(new HashSet<>(grouped))
                  .as("every candidate grouped")
                  .isEqualTo(candidates);
              for (int[] place : perPlace.values()) {
                assertThat(place[0])
                    .as("the fewest groups")
                    .isEqualTo((place[1] + maximum - 1) / maximum);
              }
            });
  }

  @Test
  void aRegionAloneGivesTheSameAssessments() {
    forAll()
        .samples(30)
        .check(
            j -> {
              BuildingReport whole = ENGINE.evaluate(j, AS_OF);
              List<EnterpriseAssessment> parts = new ArrayList<>();
              for (Region root : j.rootRegions()) {
                BuildingReport top = ENGINE.evaluate(j, root.id(), AS_OF);
                assertThat(top.totals()).isEqualTo(whole.region(root.id()).orElseThrow().total());
                parts.addAll(
                    top.assessments().stream().filter(a -> a.region().equals(root.id())).toList());
                for (Region child : j.children(root.id())) {
                  BuildingReport part = ENGINE.evaluate(j, child.id(), AS_OF);
                  parts.addAll(part.assessments());
                  assertThat(part.totals())
                      .isEqualTo(whole.region(child.id()).orElseThrow().total());
                }
              }
              assertThat(parts).hasSameSizeAs(whole.assessments());
              for (EnterpriseAssessment a : parts) {
                assertThat(whole.assessment(a.enterprise())).contains(a);
              }
            });
  }

  @Test
  void theSameInputGivesAnEqualReport() {
    forAll()
        .samples(40)
        .check(
            j -> {
              BuildingReport report = ENGINE.evaluate(j, AS_OF);
              assertThat(
                      BuildingEngine.of(Policy.national()).evaluate(j.toBuilder().build(), AS_OF))
                  .isEqualTo(report);
              for (EnterpriseAssessment a : report.assessments()) {
                assertThat(ENGINE.assess(j, a.enterprise(), AS_OF)).isEqualTo(a);
              }
            });
  }

  @Test
  void threeFullMembersAreWhereTheBranchMinimumMatters() {
    Policy four = NATIONAL.toBuilder().set(Parameters.BRANCH_MIN_FULL_MEMBERS, 4, LOCAL).build();
    forAll()
        .check(
            j ->
                compare(
                    j,
                    four,
                    a -> a.fullMembers() == 3,
                    a ->
                        a.partyRequirement().form()
                            + "/"
                            + a.decision(BuildingRules.PARTY_ORGANIZATION).map(Decision::verdict),
                    Set.of(
                        BuildingRules.UNION_ORGANIZATION.id(),
                        BuildingRules.FULL_TIME_CHAIR.id(),
                        BuildingRules.WOMEN_WORK.id(),
                        BuildingRules.COVERAGE.id())));
  }

  @Test
  void theCommitteeMinimumMattersExactlyAtItsValue() {
    Citation c = LOCAL;
    Policy four =
        NATIONAL.toBuilder().set(Parameters.BRANCH_COMMITTEE_MIN_FULL_MEMBERS, 4, c).build();
    Policy five =
        NATIONAL.toBuilder().set(Parameters.BRANCH_COMMITTEE_MIN_FULL_MEMBERS, 5, c).build();
    forAll()
        .check(
            j -> {
              BuildingReport a = BuildingEngine.of(four).evaluate(j, AS_OF);
              BuildingReport b = BuildingEngine.of(five).evaluate(j, AS_OF);
              for (int i = 0; i < a.assessments().size(); i++) {
                EnterpriseAssessment x = a.assessments().get(i);
                EnterpriseAssessment y = b.assessments().get(i);
                boolean differs =
                    !x.decision(BuildingRules.BRANCH_LEADERSHIP)
                        .map(d -> d.verdict() + d.reasons().get(0).messageKey())
                        .equals(
                            y.decision(BuildingRules.BRANCH_LEADERSHIP)
                                .map(d -> d.verdict() + d.reasons().get(0).messageKey()));
                if (differs) {
                  assertThat(x.fullMembers()).isEqualTo(4);
                }
                if (x.fullMembers() == 4
                    && x.decision(BuildingRules.BRANCH_LEADERSHIP).isPresent()) {
                  assertThat(differs)
                      .as("a branch of four full members: committee or secretary")
                      .isTrue();
                }
                assertThat(x.decision(BuildingRules.PARTY_ORGANIZATION))
                    .isEqualTo(y.decision(BuildingRules.PARTY_ORGANIZATION));
                assertThat(x.unionRequirement()).isEqualTo(y.unionRequirement());
              }
            });
  }

  @Test
  void theUnionMinimumMattersExactlyAtItsValue() {
    Policy five =
        NATIONAL.toBuilder().set(Parameters.UNION_COMMITTEE_MIN_MEMBERS, 5, LOCAL).build();
    Policy six = NATIONAL.toBuilder().set(Parameters.UNION_COMMITTEE_MIN_MEMBERS, 6, LOCAL).build();
    forAll()
        .check(
            j -> {
              BuildingReport a = BuildingEngine.of(five).evaluate(j, AS_OF);
              BuildingReport b = BuildingEngine.of(six).evaluate(j, AS_OF);
              for (int i = 0; i < a.assessments().size(); i++) {
                EnterpriseAssessment x = a.assessments().get(i);
                EnterpriseAssessment y = b.assessments().get(i);
                boolean differs =
                    x.unionRequirement().committeeRequired()
                            != y.unionRequirement().committeeRequired()
                        || !x.decision(BuildingRules.UNION_ORGANIZATION)
                            .map(Decision::verdict)
                            .equals(
                                y.decision(BuildingRules.UNION_ORGANIZATION)
                                    .map(Decision::verdict));
                assertThat(differs).as(x.enterprise().value()).isEqualTo(x.unionMembers() == 5);
                assertThat(x.partyRequirement()).isEqualTo(y.partyRequirement());
                assertThat(x.decision(BuildingRules.FULL_TIME_CHAIR))
                    .isEqualTo(y.decision(BuildingRules.FULL_TIME_CHAIR));
              }
            });
  }

  @Test
  void theFullTimeChairThresholdMattersExactlyAtItsValue() {
    forAll()
        .check(
            j -> {
              int t =
                  j.enterprises().stream()
                      .mapToInt(Enterprise::headcount)
                      .filter(h -> h > 0)
                      .findFirst()
                      .orElse(200);
              Policy at =
                  NATIONAL.toBuilder().set(Parameters.FULL_TIME_CHAIR_MIN_STAFF, t, LOCAL).build();
              Policy above =
                  NATIONAL.toBuilder()
                      .set(Parameters.FULL_TIME_CHAIR_MIN_STAFF, t + 1, LOCAL)
                      .build();
              BuildingReport a = BuildingEngine.of(at).evaluate(j, AS_OF);
              BuildingReport b = BuildingEngine.of(above).evaluate(j, AS_OF);
              for (int i = 0; i < a.assessments().size(); i++) {
                EnterpriseAssessment x = a.assessments().get(i);
                EnterpriseAssessment y = b.assessments().get(i);
                int staff = j.enterprise(x.enterprise()).orElseThrow().headcount();
                assertThat(
                        x.unionRequirement().fullTimeChairPossible()
                            != y.unionRequirement().fullTimeChairPossible())
                    .isEqualTo(staff == t);
                assertThat(x.decision(BuildingRules.FULL_TIME_CHAIR).map(Decision::verdict))
                    .isEqualTo(y.decision(BuildingRules.FULL_TIME_CHAIR).map(Decision::verdict));
                assertThat(x.actions()).isEqualTo(y.actions());
              }
            });
  }

  @Test
  void everyDecisionReadsInChineseAndEnglish() {
    forAll()
        .samples(15)
        .check(
            j -> {
              for (Decision d : ENGINE.evaluate(j, AS_OF).allDecisions()) {
                String zh = d.render(Locale.SIMPLIFIED_CHINESE);
                String en = d.render(Locale.ENGLISH);
                assertThat(zh)
                    .doesNotContain("reason.building", "rule.BUILDING", "enum.")
                    .containsPattern("\\p{IsHan}");
                assertThat(en).doesNotContain("reason.building", "rule.BUILDING", "enum.", "{");
              }
            });
  }

  @Test
  void theSyntheticCityHasTwentySevenOfSixtySixTownChairsOfDeputyRank() {
    Jurisdiction city = Cities.suzhouLike().enterprises(400).meanPeoplePerEnterprise(8).generate(7);
    BuildingReport report = ENGINE.evaluate(city, AS_OF);
    assertThat(report.totals().townChairDeputyRank()).isEqualTo(Share.of(27, 66));
    assertThat(report.totals().nonPublicEnterprises())
        .isEqualTo(city.enterprises().stream().filter(Enterprise::isNonPublic).count());
    assertThat(report.totals().partyCovered().fraction())
        .hasValueSatisfying(f -> assertThat(f.doubleValue()).isBetween(0.6, 0.95));
  }

  @Test
  void countiesEvaluatedInParallelGiveTheCityAssessments() {
    Jurisdiction city =
        Cities.suzhouLike().enterprises(300).meanPeoplePerEnterprise(6).generate(11);
    BuildingReport whole = ENGINE.evaluate(city, AS_OF);
    Region root = city.rootRegions().get(0);
    List<BuildingReport> parts =
        city.children(root.id()).parallelStream()
            .map(county -> ENGINE.evaluate(city, county.id(), AS_OF))
            .toList();
    List<EnterpriseAssessment> assessed =
        new ArrayList<>(ENGINE.evaluate(city, root.id(), AS_OF).assessments());
    assessed.removeIf(a -> !a.region().equals(root.id()));
    BuildingCounts sum = whole.region(root.id()).orElseThrow().direct();
    for (BuildingReport part : parts) {
      assessed.addAll(part.assessments());
      sum = sum.plus(part.totals());
    }
    assertThat(assessed).hasSameSizeAs(whole.assessments());
    for (EnterpriseAssessment a : assessed) {
      assertThat(whole.assessment(a.enterprise())).contains(a);
    }
    assertThat(sum).as("the city total is the sum of its parts").isEqualTo(whole.totals());
  }

  /**
   * Evaluates under the national policy and under another, and checks that the outcome picked by
   * {@code outcome} differs exactly for the enterprises {@code where} selects, and that the
   * decisions of the {@code unaffected} rules are equal everywhere.
   */
  private static void compare(
      Jurisdiction j,
      Policy other,
      java.util.function.Predicate<EnterpriseAssessment> where,
      Function<EnterpriseAssessment, Object> outcome,
      Set<RuleId> unaffected) {
    BuildingReport a = ENGINE.evaluate(j, AS_OF);
    BuildingReport b = BuildingEngine.of(other).evaluate(j, AS_OF);
    assertThat(b.assessments()).hasSameSizeAs(a.assessments());
    for (int i = 0; i < a.assessments().size(); i++) {
      EnterpriseAssessment x = a.assessments().get(i);
      EnterpriseAssessment y = b.assessments().get(i);
      assertThat(outcome.apply(x).equals(outcome.apply(y)))
          .as(x.enterprise().value())
          .isEqualTo(!where.test(x));
      for (Decision d : x.decisions()) {
        if (unaffected.contains(d.ruleId())) {
          assertThat(y.decisions()).contains(d);
        }
      }
      assertThat(x.organizationDecisions()).isEqualTo(y.organizationDecisions());
    }
  }

  private static List<RegionId> ids(List<Region> regions) {
    return regions.stream().map(Region::id).toList();
  }
}
