package org.dangong.building;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangong.building.Town.AS_OF;
import static org.dangong.building.Town.CITY;
import static org.dangong.building.Town.DISTRICT;
import static org.dangong.building.Town.SUBDISTRICT;
import static org.dangong.building.Town.TOWN;
import static org.dangong.building.Town.TOWN2;
import static org.dangong.building.Town.enterprise;
import static org.dangong.building.Town.party;
import static org.dangong.building.Town.union;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dangong.decision.Decision;
import org.dangong.decision.Rule;
import org.dangong.decision.Verdict;
import org.dangong.model.AssignmentKind;
import org.dangong.model.Jurisdiction;
import org.dangong.model.PartyForm;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.model.RegionLevel;
import org.dangong.model.Training;
import org.dangong.model.TrainingKind;
import org.dangong.model.UnionForm;
import org.dangong.policy.Policy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** SYNC-NETWORK, LEAD-TOWN, LEAD-TRAIN and the regional counts rolled up the region tree. */
class NetworkAndIndicatorsTest {
  private static final BuildingEngine ENGINE = BuildingEngine.of(Policy.national());

  private static List<Decision> decisions(List<Decision> all, Rule rule, RegionId region) {
    return all.stream()
        .filter(d -> d.ruleId().equals(rule.id()) && d.subject().id().equals(region.value()))
        .toList();
  }

  @Test
  @DisplayName("SYNC-NETWORK: every subdistrict has a union work coordinator")
  void subdistrictCoordinator() {
    BuildingReport without = ENGINE.evaluate(new Town().build(), AS_OF);
    assertThat(
            decisions(
                without.networkDecisions(), BuildingRules.SUBDISTRICT_COORDINATOR, SUBDISTRICT))
        .singleElement()
        .satisfies(d -> assertThat(d.verdict()).isEqualTo(Verdict.NOT_SATISFIED));
    assertThat(without.totals().subdistrictsWithCoordinator()).isEqualTo(Share.of(0, 1));
    BuildingReport with =
        ENGINE.evaluate(
            new Town()
                .official("X1")
                .assign(AssignmentKind.UNION_WORK_COORDINATOR, "X1", SUBDISTRICT)
                .build(),
            AS_OF);
    assertThat(
            decisions(with.networkDecisions(), BuildingRules.SUBDISTRICT_COORDINATOR, SUBDISTRICT))
        .singleElement()
        .satisfies(d -> assertThat(d.verdict()).isEqualTo(Verdict.SATISFIED))
        .satisfies(d -> assertThat(d.render(Locale.SIMPLIFIED_CHINESE)).contains("工会工作协理员X1"));
    assertThat(with.totals().subdistrictsWithCoordinator()).isEqualTo(Share.of(1, 1));
  }

  @Test
  @DisplayName(
      "SYNC-NETWORK: every county-level region has a non-public-economy party working committee")
  void workingCommittee() {
    BuildingReport without = ENGINE.evaluate(new Town().build(), AS_OF);
    assertThat(decisions(without.networkDecisions(), BuildingRules.WORKING_COMMITTEE, DISTRICT))
        .singleElement()
        .satisfies(d -> assertThat(d.verdict()).isEqualTo(Verdict.NOT_SATISFIED));
    assertThat(decisions(without.networkDecisions(), BuildingRules.WORKING_COMMITTEE, CITY))
        .as("the city is not county level")
        .isEmpty();
    BuildingReport with =
        ENGINE.evaluate(
            new Town().add(party("W1", PartyForm.NON_PUBLIC_WORKING_COMMITTEE, DISTRICT)).build(),
            AS_OF);
    assertThat(decisions(with.networkDecisions(), BuildingRules.WORKING_COMMITTEE, DISTRICT))
        .singleElement()
        .satisfies(d -> assertThat(d.verdict()).isEqualTo(Verdict.SATISFIED));
    assertThat(with.totals().countyLevelRegionsWithWorkingCommittee()).isEqualTo(Share.of(1, 1));
  }

  @Test
  @DisplayName(
      "LEAD-TOWN: 27 of the seed's 66 towns have a union chair with same-level deputy rank")
  void seedTwentySevenOfSixtySix() {
    Town town = new Town();
    for (int i = 1; i <= 66; i++) {
      RegionId id = RegionId.of("R2-T" + i);
      town.builder()
          .addRegion(
              Region.builder().id(id).name("镇" + i).level(RegionLevel.TOWN).parent(CITY).build());
      town.official("C" + i);
      town.add(
          union("TU" + i, UnionForm.TOWN_UNION, id)
              .chair(PersonId.of("C" + i))
              .chairHoldsDeputyRank(i <= 27));
    }
    BuildingReport report = ENGINE.evaluate(town.build(), AS_OF);
    assertThat(report.region(CITY).orElseThrow().total().townChairDeputyRank())
        .isEqualTo(Share.of(27, 68));
    Share seed = Share.of(27, 66);
    assertThat(seed.percent()).hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("40.9"));
    assertThat(decisions(report.indicatorDecisions(), BuildingRules.TOWN_CHAIR_RANK_SHARE, CITY))
        .singleElement()
        .satisfies(d -> assertThat(d.render(Locale.ENGLISH)).contains("27 of 68 towns", "39.7%"))
        .satisfies(d -> assertThat(d.render(Locale.SIMPLIFIED_CHINESE)).contains("68个镇中有27个镇"));
  }

  @Test
  @DisplayName("LEAD-TOWN: a town whose union chair is vacant does not count as holding the rank")
  void vacantTownChair() {
    Jurisdiction j =
        new Town()
            .official("C1")
            .add(
                union("TU1", UnionForm.TOWN_UNION, TOWN)
                    .chair(PersonId.of("C1"))
                    .chairHoldsDeputyRank(true))
            .add(union("TU2", UnionForm.TOWN_UNION, TOWN2).chairHoldsDeputyRank(true))
            .build();
    assertThat(ENGINE.evaluate(j, AS_OF).totals().townChairDeputyRank()).isEqualTo(Share.of(1, 2));
  }

  @Test
  @DisplayName(
      "LEAD-TRAIN: the share of enterprise union chairs trained within three years, each union"
          + " counted once")
  void trainedChairs() {
    Person trained =
        Person.builder()
            .id(PersonId.of("C1"))
            .name("张伟")
            .birthDate(LocalDate.of(1980, 1, 1))
            .addTrainings(Training.of(TrainingKind.UNION_CHAIR, LocalDate.of(2023, 1, 1), 24))
            .build();
    Person stale =
        trained
            .withId(PersonId.of("C2"))
            .withTrainings(Training.of(TrainingKind.UNION_CHAIR, LocalDate.of(2021, 1, 1), 24));
    Person never =
        trained
            .withId(PersonId.of("C3"))
            .withTrainings(Training.of(TrainingKind.OTHER, LocalDate.of(2024, 1, 1), 8));
    Jurisdiction j =
        new Town()
            .person(trained)
            .person(stale)
            .person(never)
            .add(enterprise("E1", TOWN, 10))
            .add(enterprise("E2", TOWN, 10))
            .add(enterprise("E3", TOWN2, 10))
            .add(enterprise("E4", TOWN2, 10))
            .add(union("U1", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "E1").chair(PersonId.of("C1")))
            .add(union("U2", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "E2").chair(PersonId.of("C2")))
            .add(union("U3", UnionForm.JOINT_COMMITTEE, TOWN2, "E3", "E4").chair(PersonId.of("C3")))
            .build();
    BuildingReport report = ENGINE.evaluate(j, AS_OF);
    assertThat(report.totals().trainedChairs()).isEqualTo(Share.of(1, 3));
    assertThat(report.region(TOWN).orElseThrow().direct().trainedChairs())
        .isEqualTo(Share.of(1, 2));
    assertThat(report.organizationDecisions())
        .filteredOn(d -> d.ruleId().equals(BuildingRules.CHAIR_TRAINING.id()))
        .extracting(d -> d.subject().id() + ":" + d.verdict())
        .containsExactly("U1:SATISFIED", "U2:ADVISORY", "U3:ADVISORY");
    assertThat(decisions(report.indicatorDecisions(), BuildingRules.TRAINED_CHAIR_SHARE, CITY))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.render(Locale.ENGLISH))
                    .contains("1 of 3 enterprise union chairs", "within 3 years", "33.3%"));
  }

  @Test
  @DisplayName(
      "DUAL-LEAD-2: a region's party-building instructor without a union-building instructor")
  void regionInstructors() {
    Jurisdiction j =
        new Town()
            .official("I1")
            .assign(AssignmentKind.PARTY_BUILDING_INSTRUCTOR, "I1", TOWN)
            .build();
    assertThat(
            decisions(
                ENGINE.evaluate(j, AS_OF).networkDecisions(), BuildingRules.DUAL_LEAD_2, TOWN))
        .singleElement()
        .satisfies(d -> assertThat(d.verdict()).isEqualTo(Verdict.ADVISORY));
  }

  @Test
  @DisplayName("Coverage counts roll up the region tree: the city total is the sum of its parts")
  void rollUp() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 30))
            .add(enterprise("E2", TOWN, 10))
            .add(enterprise("E3", TOWN2, 10))
            .add(enterprise("E4", DISTRICT, 10))
            .add(enterprise("E5", CITY, 10))
            .add(party("PO1", PartyForm.JOINT_BRANCH, TOWN, "E1", "E2"))
            .add(union("U1", UnionForm.ENTERPRISE_COMMITTEE, TOWN, "E1"))
            .add(union("U2", UnionForm.ORGANIZER, TOWN2, "E3"))
            .build();
    BuildingReport report = ENGINE.evaluate(j, AS_OF);
    RegionStatistics city = report.region(CITY).orElseThrow();
    RegionStatistics district = report.region(DISTRICT).orElseThrow();
    assertThat(city.children()).containsExactly(DISTRICT);
    assertThat(district.children()).containsExactly(SUBDISTRICT, TOWN, TOWN2);
    assertThat(report.region(TOWN).orElseThrow().total().enterprises(Quadrant.BOTH)).isEqualTo(1);
    assertThat(district.total())
        .isEqualTo(
            district
                .direct()
                .plus(report.region(TOWN).orElseThrow().total())
                .plus(report.region(TOWN2).orElseThrow().total())
                .plus(report.region(SUBDISTRICT).orElseThrow().total()));
    assertThat(city.total())
        .isEqualTo(city.direct().plus(district.total()))
        .isEqualTo(report.totals());
    BuildingCounts total = report.totals();
    assertThat(total.inScopeEnterprises()).isEqualTo(5);
    assertThat(total.partyCovered()).isEqualTo(Share.of(2, 5));
    assertThat(total.unionCovered()).isEqualTo(Share.of(2, 5));
    assertThat(total.enterprises(Quadrant.BOTH)).isEqualTo(1);
    assertThat(total.enterprises(Quadrant.PARTY_ONLY)).isEqualTo(1);
    assertThat(total.enterprises(Quadrant.UNION_ONLY)).isEqualTo(1);
    assertThat(total.enterprises(Quadrant.NEITHER)).isEqualTo(2);
    assertThat(total.enterprises(UnionCoverage.ORGANIZER)).isEqualTo(1);
    assertThat(decisions(report.indicatorDecisions(), BuildingRules.COVERAGE_RATE, CITY))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.render(Locale.ENGLISH))
                    .contains(
                        "5 non-public enterprises: 2 covered by a party organisation (40%), 2 by a"
                            + " union (40%), 1 by both (20%)"));
  }

  @Test
  @DisplayName("Evaluating a region alone gives the same assessments as evaluating the whole city")
  void regionAlone() {
    Jurisdiction j =
        new Town()
            .add(enterprise("E1", TOWN, 30))
            .add(enterprise("E2", TOWN2, 10))
            .add(enterprise("E3", CITY, 10))
            .staff("E1", 2, 0, 3)
            .add(party("PO1", PartyForm.JOINT_BRANCH, TOWN, "E1", "E3"))
            .build();
    BuildingReport whole = ENGINE.evaluate(j, AS_OF);
    BuildingReport district = ENGINE.evaluate(j, DISTRICT, AS_OF);
    assertThat(district.scope()).contains(DISTRICT);
    assertThat(district.assessments())
        .extracting(a -> a.enterprise().value())
        .containsExactly("E1", "E2");
    for (EnterpriseAssessment a : district.assessments()) {
      assertThat(whole.assessment(a.enterprise())).contains(a);
    }
    assertThat(district.region(CITY)).isEmpty();
    assertThat(district.region(DISTRICT).orElseThrow().parent()).isEmpty();
    assertThat(district.totals()).isEqualTo(district.region(DISTRICT).orElseThrow().total());
  }
}
