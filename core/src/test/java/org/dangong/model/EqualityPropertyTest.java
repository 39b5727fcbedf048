package org.dangong.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dangong.testkit.Generator;
import org.dangong.testkit.Jurisdictions;
import org.dangong.testkit.PropertyRunner;
import org.junit.jupiter.api.Test;

/** Equality is by value and consistent with hash codes, for jurisdictions and for what they hold. */
class EqualityPropertyTest {
  /** Pairs of jurisdictions: usually different, sometimes (same seed) equal. */
  private static final Generator<List<Jurisdiction>> PAIRS =
      random -> {
        long a = random.nextLong(4);
        long b = random.nextLong(4);
        return List.of(Jurisdictions.jurisdictions().generate(a), Jurisdictions.jurisdictions().generate(b));
      };

  @Test
  void equalsIsReflexiveSymmetricAndConsistentWithHashCode() {
    PropertyRunner.forAll(PAIRS).samples(60).check(pair -> {
      Jurisdiction x = pair.get(0);
      Jurisdiction y = pair.get(1);
      Jurisdiction copy = x.toBuilder().build();
      Object sameReference = x;
      assertThat(x.equals(sameReference)).as("reflexive").isTrue();
      assertThat(x).isEqualTo(copy);
      assertThat(copy).isEqualTo(x);
      assertThat(x.hashCode()).isEqualTo(copy.hashCode());
      assertThat(x.equals(y)).isEqualTo(y.equals(x));
      if (x.equals(y)) {
        assertThat(x.hashCode()).isEqualTo(y.hashCode());
      }
      assertThat(x).isNotEqualTo(null).isNotEqualTo("a jurisdiction");
    });
  }

  @Test
  void transitivity() {
    PropertyRunner.forAll(Jurisdictions.jurisdictions()).samples(100).check(x -> {
      Jurisdiction y = x.toBuilder().build();
      Jurisdiction z = y.toBuilder().build();
      assertThat(x).isEqualTo(y);
      assertThat(y).isEqualTo(z);
      assertThat(x).isEqualTo(z);
    });
  }

  @Test
  void changingOneValueMakesJurisdictionsUnequal() {
    PropertyRunner.forAll(Jurisdictions.jurisdictions().enterprises(1, 8)).samples(100).check(j -> {
      Enterprise e = j.enterprises().get(0);
      Jurisdiction changed =
          j.toBuilder()
              .removeEnterprisesIf(x -> x.id().equals(e.id()))
              .addEnterprise(Enterprise.builder().from(e).headcount(e.headcount() + 1).build())
              .build();
      assertThat(changed).isNotEqualTo(j);
      assertThat(j).isNotEqualTo(changed);
    });
  }

  @Test
  void valuesAreEqualByValue() {
    PropertyRunner.forAll(Jurisdictions.jurisdictions()).samples(100).check(j -> {
      for (Person p : j.people()) {
        Person copy = Person.builder().from(p).build();
        assertThat(copy).isEqualTo(p).hasSameHashCodeAs(p);
        assertThat(PersonId.of(p.id().value())).isEqualTo(p.id()).hasSameHashCodeAs(p.id());
      }
      for (PartyOrganization o : j.partyOrganizations()) {
        assertThat(PartyOrganization.builder().from(o).build()).isEqualTo(o).hasSameHashCodeAs(o);
      }
      for (UnionOrganization o : j.unionOrganizations()) {
        assertThat(UnionOrganization.builder().from(o).build()).isEqualTo(o).hasSameHashCodeAs(o);
      }
    });
  }
}
