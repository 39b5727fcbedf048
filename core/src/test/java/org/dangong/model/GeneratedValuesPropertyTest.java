package org.dangong.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangong.testkit.Assignments;
import org.dangong.testkit.Cities;
import org.dangong.testkit.Clusters;
import org.dangong.testkit.Employments;
import org.dangong.testkit.Enterprises;
import org.dangong.testkit.Identifiers;
import org.dangong.testkit.Jurisdictions;
import org.dangong.testkit.PartyOrganizations;
import org.dangong.testkit.PartyStandings;
import org.dangong.testkit.People;
import org.dangong.testkit.PropertyRunner;
import org.dangong.testkit.Regions;
import org.dangong.testkit.Trainings;
import org.dangong.testkit.UnionMemberships;
import org.dangong.testkit.UnionOrganizations;
import org.junit.jupiter.api.Test;

/**
 * Everything the testkit generates is a valid model value, and every value survives a round trip
 * through its builder ({@code X.builder().from(x).build()}) or its factory unchanged.
 */
class GeneratedValuesPropertyTest {
  private static final int SAMPLES = 300;

  @Test
  void regionsRoundTrip() {
    PropertyRunner.forAll(Regions.regions()).samples(SAMPLES)
        .check(r -> assertThat(Region.builder().from(r).build()).isEqualTo(r));
  }

  @Test
  void clustersRoundTrip() {
    PropertyRunner.forAll(Clusters.clusters()).samples(SAMPLES)
        .check(c -> assertThat(Cluster.builder().from(c).build()).isEqualTo(c));
  }

  @Test
  void enterprisesRoundTrip() {
    PropertyRunner.forAll(Enterprises.enterprises()).samples(SAMPLES)
        .check(e -> assertThat(Enterprise.builder().from(e).build()).isEqualTo(e));
  }

  @Test
  void peopleRoundTrip() {
    PropertyRunner.forAll(People.people()).samples(SAMPLES)
        .check(p -> assertThat(Person.builder().from(p).build()).isEqualTo(p));
  }

  @Test
  void employmentsRoundTrip() {
    PropertyRunner.forAll(Employments.employments()).samples(SAMPLES)
        .check(e -> assertThat(Employment.builder().from(e).build()).isEqualTo(e));
  }

  @Test
  void partyStandingsRoundTrip() {
    PropertyRunner.forAll(PartyStandings.partyStandings()).samples(SAMPLES)
        .check(s -> assertThat(PartyStanding.builder().from(s).build()).isEqualTo(s));
  }

  @Test
  void partyOrganizationsRoundTrip() {
    PropertyRunner.forAll(PartyOrganizations.partyOrganizations()).samples(SAMPLES)
        .check(o -> assertThat(PartyOrganization.builder().from(o).build()).isEqualTo(o));
  }

  @Test
  void unionOrganizationsRoundTrip() {
    PropertyRunner.forAll(UnionOrganizations.unionOrganizations()).samples(SAMPLES)
        .check(o -> assertThat(UnionOrganization.builder().from(o).build()).isEqualTo(o));
  }

  @Test
  void valuesWithoutBuildersRoundTripThroughTheirFactories() {
    PropertyRunner.forAll(UnionMemberships.unionMemberships()).samples(SAMPLES)
        .check(m -> assertThat(UnionMembership.of(m.union(), m.since(), m.status())).isEqualTo(m));
    PropertyRunner.forAll(Trainings.trainings()).samples(SAMPLES)
        .check(t -> assertThat(Training.of(t.kind(), t.date(), t.hours())).isEqualTo(t));
    PropertyRunner.forAll(Assignments.assignments()).samples(SAMPLES)
        .check(a -> assertThat(
                a.enterprise().isPresent()
                    ? Assignment.toEnterprise(a.kind(), a.person(), a.enterprise().get(), a.since())
                    : Assignment.toRegion(a.kind(), a.person(), a.region().orElseThrow(), a.since()))
            .isEqualTo(a));
  }

  @Test
  void idsRoundTripThroughTheirText() {
    PropertyRunner.forAll(Identifiers.regionIds()).samples(SAMPLES).checkThat(id -> RegionId.of(id.value()).equals(id));
    PropertyRunner.forAll(Identifiers.clusterIds()).samples(SAMPLES).checkThat(id -> ClusterId.of(id.value()).equals(id));
    PropertyRunner.forAll(Identifiers.enterpriseIds()).samples(SAMPLES).checkThat(id -> EnterpriseId.of(id.value()).equals(id));
    PropertyRunner.forAll(Identifiers.personIds()).samples(SAMPLES).checkThat(id -> PersonId.of(id.value()).equals(id));
    PropertyRunner.forAll(Identifiers.organizationIds()).samples(SAMPLES)
        .checkThat(id -> OrganizationId.of(id.value()).equals(id));
  }

  @Test
  void everyValueInsideAGeneratedJurisdictionRoundTrips() {
    PropertyRunner.forAll(Jurisdictions.jurisdictions().clusters(0, 3).enterprises(1, 12)).samples(150).check(j -> {
      j.regions().forEach(r -> assertThat(Region.builder().from(r).build()).isEqualTo(r));
      j.clusters().forEach(c -> assertThat(Cluster.builder().from(c).build()).isEqualTo(c));
      j.enterprises().forEach(e -> assertThat(Enterprise.builder().from(e).build()).isEqualTo(e));
      j.people().forEach(p -> assertThat(Person.builder().from(p).build()).isEqualTo(p));
      j.partyOrganizations().forEach(o -> assertThat(PartyOrganization.builder().from(o).build()).isEqualTo(o));
      j.unionOrganizations().forEach(o -> assertThat(UnionOrganization.builder().from(o).build()).isEqualTo(o));
    });
  }

  @Test
  void theSyntheticCityBuilds() {
    Jurisdiction city = Cities.suzhouLike().enterprises(500).generate(1);
    assertThat(city.enterprises()).hasSize(500);
    assertThat(city.toBuilder().build()).isEqualTo(city);
  }
}
