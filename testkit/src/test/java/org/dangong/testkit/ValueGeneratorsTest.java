package org.dangong.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;
import org.dangong.model.Enterprise;
import org.dangong.model.Ownership;
import org.dangong.model.PartyStage;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.model.Region;
import org.dangong.model.RegionLevel;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionOrganization;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Every single-value generator builds valid values, deterministically, and honours its options. */
class ValueGeneratorsTest {
  static Stream<Arguments> generators() {
    return Stream.of(
        Arguments.of("regions", Regions.regions()),
        Arguments.of("clusters", Clusters.clusters()),
        Arguments.of("enterprises", Enterprises.enterprises()),
        Arguments.of("people", People.people()),
        Arguments.of("employments", Employments.employments()),
        Arguments.of("partyStandings", PartyStandings.partyStandings()),
        Arguments.of("unionMemberships", UnionMemberships.unionMemberships()),
        Arguments.of("trainings", Trainings.trainings()),
        Arguments.of("partyOrganizations", PartyOrganizations.partyOrganizations()),
        Arguments.of("unionOrganizations", UnionOrganizations.unionOrganizations()),
        Arguments.of("assignments", Assignments.assignments()),
        Arguments.of("regionIds", Identifiers.regionIds()),
        Arguments.of("clusterIds", Identifiers.clusterIds()),
        Arguments.of("enterpriseIds", Identifiers.enterpriseIds()),
        Arguments.of("personIds", Identifiers.personIds()),
        Arguments.of("organizationIds", Identifiers.organizationIds()),
        Arguments.of("dates", Dates.between(LocalDate.of(2000, 1, 1), LocalDate.of(2001, 1, 1))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generators")
  void theSameSeedGivesTheSameValuesAndOtherSeedsOtherValues(String name, Generator<?> generator) {
    List<?> first = generator.samples(11, 300);
    assertThat(generator.samples(11, 300)).isEqualTo(first);
    assertThat(generator.samples(12, 300)).isNotEqualTo(first);
    assertThat(first.stream().distinct().count()).isGreaterThan(20);
  }

  @Test
  void peopleHonourAgesStagesAndEmployment() {
    LocalDate ref = LocalDate.of(2030, 1, 1);
    List<Person> people =
        People.people()
            .ages(30, 40)
            .partyStageMix(Mix.of(PartyStage.ACTIVIST, 1))
            .employedShare(0)
            .unionMemberShare(1)
            .referenceDate(ref)
            .samples(1, 300);
    assertThat(people)
        .allMatch(p -> p.ageOn(ref) >= 30 && p.ageOn(ref) <= 40)
        .allMatch(p -> p.partyStanding().stage() == PartyStage.ACTIVIST)
        .allMatch(p -> p.partyStanding().activistSince().orElseThrow().isBefore(ref.plusDays(1)))
        .allMatch(p -> p.employment().isEmpty())
        .allMatch(p -> p.unionMembership().isPresent());
    assertThatThrownBy(() -> People.people().ages(10, 20)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void partyStandingsFollowThePipeline() {
    LocalDate born = LocalDate.of(1990, 5, 4);
    for (PartyStage stage : PartyStage.values()) {
      List<PartyStanding> standings =
          PartyStandings.partyStandings().stageMix(Mix.of(stage, 1)).bornOn(born).samples(2, 200);
      assertThat(standings).allMatch(s -> s.stage() == stage);
      assertThat(standings)
          .allMatch(s -> Stream.of(PartyStage.values()).allMatch(x -> s.dateOf(x).map(d -> !d.isBefore(born.plusYears(18))).orElse(true)))
          .allMatch(s -> Stream.of(PartyStage.values()).allMatch(x -> s.dateOf(x).map(d -> !d.isAfter(Dates.DEFAULT_REFERENCE_DATE)).orElse(true)));
    }
    // Too young for the party: nobody under 18 is in the pipeline.
    assertThat(
            PartyStandings.partyStandings().stageMix(Mix.of(PartyStage.FULL, 1)).bornOn(LocalDate.of(2010, 1, 1)).samples(1, 20))
        .allMatch(s -> s.stage() == PartyStage.NONE);
    // Some activists were cultivated for a year or more, some less.
    List<PartyStanding> targets =
        PartyStandings.partyStandings().stageMix(Mix.of(PartyStage.DEVELOPMENT_TARGET, 1)).samples(3, 500);
    assertThat(targets).anyMatch(s -> s.activistSince().map(a -> a.plusYears(1).isAfter(s.developmentTargetSince().orElseThrow())).orElse(false));
    assertThat(targets).anyMatch(s -> s.activistSince().map(a -> !a.plusYears(1).isAfter(s.developmentTargetSince().orElseThrow())).orElse(false));
  }

  @Test
  void enterprisesHonourOwnershipAndHeadcounts() {
    List<Enterprise> enterprises =
        Enterprises.enterprises().ownershipMix(Mix.of(Ownership.FOREIGN_INVESTED, 1)).headcounts(200, 300).samples(1, 200);
    assertThat(enterprises)
        .allMatch(e -> e.ownership() == Ownership.FOREIGN_INVESTED)
        .allMatch(e -> e.headcount() >= 200 && e.headcount() <= 300)
        .allMatch(e -> e.femaleHeadcount() <= e.headcount())
        .allMatch(e -> e.founded().isBefore(Dates.DEFAULT_REFERENCE_DATE));
    assertThat(Enterprises.suzhouOwnershipMix().share(Ownership.PRIVATE)).isEqualTo(0.62);
  }

  @Test
  void regionsHonourLevels() {
    List<Region> towns = Regions.regions().levels(Mix.of(RegionLevel.TOWN, 1)).parentShare(1).samples(1, 100);
    assertThat(towns).allMatch(r -> r.level() == RegionLevel.TOWN && r.parent().isPresent() && r.name().endsWith("镇"));
    assertThat(Regions.regions().levels(Mix.of(RegionLevel.CITY, 1)).samples(1, 50)).allMatch(r -> r.parent().isEmpty());
  }

  @Test
  void employmentsNeverCombineStaffWithAnotherRole() {
    List<Employment> employments = Employments.employments().samples(1, 500);
    assertThat(employments).allMatch(e -> !e.hasRole(EmploymentRole.STAFF) || e.roles().size() == 1);
    assertThat(employments).anyMatch(e -> e.hasRole(EmploymentRole.INVESTOR));
  }

  @Test
  void unionOrganizationsCoverWhatTheirFormAllows() {
    List<UnionOrganization> unions = UnionOrganizations.unionOrganizations().samples(1, 500);
    assertThat(unions).anyMatch(u -> u.form() == UnionForm.TOWN_UNION && u.chairHoldsDeputyRank());
    assertThat(unions).anyMatch(u -> u.form() == UnionForm.FEDERATION && u.coveredEnterprises().isEmpty());
    assertThat(unions).anyMatch(u -> u.chair().isEmpty() && u.chairVacantSince().isPresent());
  }

  @Test
  void idsReachTheEdgesOfWhatTheModelAccepts() {
    List<String> ids = Identifiers.enterpriseIds().map(id -> id.value()).samples(1, 1000);
    assertThat(ids).anyMatch(id -> id.length() == 1).anyMatch(id -> id.length() == 128).anyMatch(id -> id.chars().anyMatch(c -> c > 127));
  }
}
