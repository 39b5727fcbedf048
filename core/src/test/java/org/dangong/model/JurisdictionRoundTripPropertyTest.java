package org.dangong.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.dangong.testkit.Jurisdictions;
import org.dangong.testkit.PropertyRunner;
import org.junit.jupiter.api.Test;

/**
 * A jurisdiction is its content: rebuilding it gives it back, and the order in which its values
 * were added does not matter — neither for equality nor for the order in which it lists them.
 */
class JurisdictionRoundTripPropertyTest {
  @Test
  void toBuilderThenBuildGivesAnEqualJurisdiction() {
    PropertyRunner.forAll(Jurisdictions.jurisdictions().enterprises(0, 12)).samples(200).check(j -> {
      Jurisdiction rebuilt = j.toBuilder().build();
      assertThat(rebuilt).isEqualTo(j).hasSameHashCodeAs(j);
      assertSameOrder(rebuilt, j);
    });
  }

  @Test
  void shufflingTheInsertionOrderGivesAnEqualJurisdictionInTheSameOrder() {
    PropertyRunner.forAll(Jurisdictions.jurisdictions().enterprises(0, 12).clusters(0, 3)).samples(200).check(j -> {
      // A shuffle of its own, seeded by the sample, so that a failure replays.
      Random random = new Random(j.hashCode());
      Jurisdiction shuffled =
          Jurisdiction.builder()
              .addRegions(shuffled(j.regions(), random))
              .addClusters(shuffled(j.clusters(), random))
              .addEnterprises(shuffled(j.enterprises(), random))
              .addPeople(shuffled(j.people(), random))
              .addPartyOrganizations(shuffled(j.partyOrganizations(), random))
              .addUnionOrganizations(shuffled(j.unionOrganizations(), random))
              .addAssignments(shuffled(j.assignments(), random))
              .build();
      assertThat(shuffled).isEqualTo(j).hasSameHashCodeAs(j);
      assertSameOrder(shuffled, j);
      for (Enterprise e : j.enterprises()) {
        assertThat(shuffled.employees(e.id())).containsExactlyElementsOf(j.employees(e.id()));
        assertThat(shuffled.partyOrganizationsCovering(e.id())).containsExactlyElementsOf(j.partyOrganizationsCovering(e.id()));
        assertThat(shuffled.unionOrganizationsCovering(e.id())).containsExactlyElementsOf(j.unionOrganizationsCovering(e.id()));
        assertThat(shuffled.assignmentsTo(e.id())).containsExactlyElementsOf(j.assignmentsTo(e.id()));
      }
      for (Region r : j.regions()) {
        assertThat(shuffled.children(r.id())).containsExactlyElementsOf(j.children(r.id()));
        assertThat(shuffled.enterprisesIn(r.id())).containsExactlyElementsOf(j.enterprisesIn(r.id()));
      }
    });
  }

  private static <T> List<T> shuffled(List<T> values, Random random) {
    List<T> copy = new ArrayList<>(values);
    Collections.shuffle(copy, random);
    return copy;
  }

  private static void assertSameOrder(Jurisdiction actual, Jurisdiction expected) {
    assertThat(actual.regions()).containsExactlyElementsOf(expected.regions());
    assertThat(actual.clusters()).containsExactlyElementsOf(expected.clusters());
    assertThat(actual.enterprises()).containsExactlyElementsOf(expected.enterprises());
    assertThat(actual.people()).containsExactlyElementsOf(expected.people());
    assertThat(actual.partyOrganizations()).containsExactlyElementsOf(expected.partyOrganizations());
    assertThat(actual.unionOrganizations()).containsExactlyElementsOf(expected.unionOrganizations());
    assertThat(actual.assignments()).containsExactlyElementsOf(expected.assignments());
  }
}
