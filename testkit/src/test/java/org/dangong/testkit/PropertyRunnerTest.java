package org.dangong.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dangong.model.Enterprise;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Person;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PropertyRunnerTest {
  /** A planted bug: "no enterprise employs more than three people" is false often enough. */
  private static final Property<Jurisdiction> AT_MOST_THREE_PEOPLE =
      Property.of(j -> j.enterprises().stream().allMatch(e -> j.employees(e.id()).size() <= 3));

  private static PropertyRunner<Jurisdiction> runner() {
    return PropertyRunner.forAll(Jurisdictions.jurisdictions()).ignoringSystemProperties();
  }

  @Nested
  class PlantedBug {
    @Test
    void isFoundAndShrunkToOneEnterpriseWithFourPeopleAndNothingElse() {
      PropertyResult<Jurisdiction> result = runner().seed(42).run(AT_MOST_THREE_PEOPLE);

      assertThat(result.isFailure()).isTrue();
      Counterexample<Jurisdiction> c = result.counterexample().orElseThrow();
      Jurisdiction minimal = c.minimal();
      assertThat(minimal.enterprises()).hasSize(1);
      Enterprise only = minimal.enterprises().get(0);
      assertThat(minimal.people()).hasSize(4).allMatch(p -> p.isEmployedBy(only.id()));
      assertThat(minimal.regions()).hasSize(1);
      assertThat(minimal.clusters()).isEmpty();
      assertThat(minimal.partyOrganizations()).isEmpty();
      assertThat(minimal.unionOrganizations()).isEmpty();
      assertThat(minimal.assignments()).isEmpty();
      // The people are simplified too: nothing about them is needed for the failure.
      assertThat(minimal.people())
          .allMatch(p -> !p.isPartyMember() && p.unionMembership().isEmpty() && p.trainings().isEmpty());
      assertThat(c.isShrinkingExhausted()).isFalse();
      assertThat(c.shrinkSteps()).isPositive();
    }

    @Test
    void throwsAnAssertionErrorNamingSeedSampleAndCounterexampleWithTheOriginalFailureAsCause() {
      PropertyResult<Jurisdiction> result = runner().seed(42).run(AT_MOST_THREE_PEOPLE);
      Counterexample<Jurisdiction> c = result.counterexample().orElseThrow();
      String enterpriseId = c.minimal().enterprises().get(0).id().value();
      String personId = c.minimal().people().get(0).id().value();

      assertThatThrownBy(() -> runner().seed(42).check(AT_MOST_THREE_PEOPLE))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("run seed 42")
          .hasMessageContaining("sample #" + c.sampleIndex())
          .hasMessageContaining(Seeds.hex(c.sampleSeed()))
          .hasMessageContaining("-Ddangong.seed=42")
          .hasMessageContaining("enterprises=1, people=4")
          .hasMessageContaining("enterprise " + enterpriseId)
          .hasMessageContaining("person " + personId)
          .hasCause(c.originalFailure());
      assertThat(c.originalFailure()).isInstanceOf(AssertionError.class);
    }

    @Test
    void isReplayedExactlyBySeed() {
      Counterexample<Jurisdiction> first = runner().seed(42).run(AT_MOST_THREE_PEOPLE).counterexample().orElseThrow();
      Counterexample<Jurisdiction> again = runner().seed(42).run(AT_MOST_THREE_PEOPLE).counterexample().orElseThrow();

      assertThat(again.sampleIndex()).isEqualTo(first.sampleIndex());
      assertThat(again.sampleSeed()).isEqualTo(first.sampleSeed());
      assertThat(again.original()).isEqualTo(first.original());
      assertThat(again.minimal()).isEqualTo(first.minimal());
      assertThat(again.shrinkSteps()).isEqualTo(first.shrinkSteps());
    }

    @Test
    void isReplayedAloneBySampleSeed() {
      Counterexample<Jurisdiction> run = runner().seed(7).run(AT_MOST_THREE_PEOPLE).counterexample().orElseThrow();
      Counterexample<Jurisdiction> alone =
          runner().sampleSeed(run.sampleSeed()).run(AT_MOST_THREE_PEOPLE).counterexample().orElseThrow();

      assertThat(alone.original()).isEqualTo(run.original());
      assertThat(alone.minimal()).isEqualTo(run.minimal());
      assertThatThrownBy(() -> runner().sampleSeed(run.sampleSeed()).check(AT_MOST_THREE_PEOPLE))
          .hasMessageContaining("replayed sample");
    }

    @Test
    void theSamplesOfARunAreTheGeneratorsSamplesForTheSameSeed() {
      Counterexample<Jurisdiction> c = runner().seed(3).run(AT_MOST_THREE_PEOPLE).counterexample().orElseThrow();
      List<Jurisdiction> samples = Jurisdictions.jurisdictions().samples(3, c.sampleIndex() + 1);

      assertThat(samples.get(c.sampleIndex())).isEqualTo(c.original());
      assertThat(samples.subList(0, c.sampleIndex()))
          .allMatch(j -> j.enterprises().stream().allMatch(e -> j.employees(e.id()).size() <= 3));
    }
  }

  @Nested
  class SeedOverrides {
    @Test
    void theSystemPropertyOverridesTheSeedUnlessIgnored() {
      String before = System.getProperty(PropertyRunner.SEED_PROPERTY);
      System.setProperty(PropertyRunner.SEED_PROPERTY, "42");
      try {
        PropertyRunner<Jurisdiction> seven = PropertyRunner.forAll(Jurisdictions.jurisdictions()).seed(7).samples(3);
        assertThat(seven.run(j -> {}).seed()).isEqualTo(42);
        assertThat(seven.ignoringSystemProperties().run(j -> {}).seed()).isEqualTo(7);
        assertThat(seven.run(AT_MOST_THREE_PEOPLE).counterexample().orElseThrow().minimal())
            .isEqualTo(runner().seed(42).run(AT_MOST_THREE_PEOPLE).counterexample().orElseThrow().minimal());
      } finally {
        restore(PropertyRunner.SEED_PROPERTY, before);
      }
    }

    @Test
    void theSamplesPropertyOverridesTheNumberOfSamples() {
      String before = System.getProperty(PropertyRunner.SAMPLES_PROPERTY);
      System.setProperty(PropertyRunner.SAMPLES_PROPERTY, "3");
      try {
        assertThat(PropertyRunner.forAll(Generators.integers(0, 9)).samples(50).run(i -> {}).samplesChecked())
            .isEqualTo(3);
      } finally {
        restore(PropertyRunner.SAMPLES_PROPERTY, before);
      }
    }

    @Test
    void hexadecimalSeedsAreAccepted() {
      String before = System.getProperty(PropertyRunner.SEED_PROPERTY);
      System.setProperty(PropertyRunner.SEED_PROPERTY, "0x2AL");
      try {
        assertThat(PropertyRunner.forAll(Generators.integers(0, 9)).run(i -> {}).seed()).isEqualTo(42);
      } finally {
        restore(PropertyRunner.SEED_PROPERTY, before);
      }
    }

    @Test
    void theDefaultSeedIsFixedSoRunsAreDeterministic() {
      assertThat(PropertyRunner.forAll(Generators.integers(0, 9)).ignoringSystemProperties().run(i -> {}).seed())
          .isEqualTo(PropertyRunner.DEFAULT_SEED);
    }

    private void restore(String key, String before) {
      if (before == null) {
        System.clearProperty(key);
      } else {
        System.setProperty(key, before);
      }
    }
  }

  @Nested
  class Outcomes {
    @Test
    void aPropertyThatHoldsPassesEverySample() {
      PropertyResult<Jurisdiction> result =
          runner().samples(30).run(j -> assertThat(j.toBuilder().build()).isEqualTo(j));

      assertThat(result.isFailure()).isFalse();
      assertThat(result.samplesChecked()).isEqualTo(30);
      assertThat(result.failureMessage()).isEmpty();
      runner().samples(30).checkThat(j -> !j.regions().isEmpty());
    }

    @Test
    void anyExceptionIsAFailureAndShrinkingKeepsItsType() {
      PropertyResult<Integer> result =
          PropertyRunner.forAll(Generators.integers(0, 1000))
              .ignoringSystemProperties()
              .run(
                  i -> {
                    if (i >= 500) {
                      throw new IllegalStateException("too big: " + i);
                    }
                    if (i == 3) {
                      throw new AssertionError("another bug");
                    }
                  });

      Counterexample<Integer> c = result.counterexample().orElseThrow();
      assertThat(c.minimal()).isEqualTo(500);
      assertThat(c.minimalFailure()).isInstanceOf(IllegalStateException.class).hasMessage("too big: 500");
    }

    @Test
    void integersShrinkToTheBoundary() {
      Counterexample<Integer> c =
          PropertyRunner.forAll(Generators.integers(-1000, 1000))
              .ignoringSystemProperties()
              .run(i -> assertThat(i).isLessThan(137))
              .counterexample()
              .orElseThrow();

      assertThat(c.minimal()).isEqualTo(137);
    }

    @Test
    void listsShrinkByRemovingAndShrinkingElements() {
      Counterexample<List<Integer>> c =
          PropertyRunner.forAll(Generators.lists(Generators.integers(0, 100), 0, 20))
              .ignoringSystemProperties()
              .run(list -> assertThat(list.stream().mapToInt(Integer::intValue).sum()).isLessThan(150))
              .counterexample()
              .orElseThrow();

      assertThat(c.minimal().stream().mapToInt(Integer::intValue).sum()).isEqualTo(150);
      assertThat(c.minimal()).doesNotContain(0);
    }

    @Test
    void withoutShrinkingTheOriginalIsReported() {
      Counterexample<Jurisdiction> c =
          runner().seed(42).withoutShrinking().run(AT_MOST_THREE_PEOPLE).counterexample().orElseThrow();

      assertThat(c.minimal()).isSameAs(c.original());
      assertThat(c.shrinkSteps()).isZero();
      assertThat(c.shrinkAttempts()).isZero();
    }

    @Test
    void shrinkingStopsAtItsBudgetAndSaysSo() {
      PropertyResult<Jurisdiction> result = runner().seed(42).maxShrinkAttempts(3).run(AT_MOST_THREE_PEOPLE);
      Counterexample<Jurisdiction> c = result.counterexample().orElseThrow();

      assertThat(c.shrinkAttempts()).isEqualTo(3);
      assertThat(c.isShrinkingExhausted()).isTrue();
      assertThat(result.failureMessage().orElseThrow()).contains("may not be minimal");
    }

    @Test
    void virtualMachineErrorsAreRethrownNotShrunk() {
      assertThatThrownBy(
              () ->
                  PropertyRunner.forAll(Generators.integers(0, 9))
                      .check(
                          i -> {
                            throw new StackOverflowError("deep");
                          }))
          .isInstanceOf(StackOverflowError.class);
    }

    @Test
    void aFailingGeneratorIsReportedWithItsSeed() {
      Generator<Integer> broken =
          random -> {
            throw new IllegalArgumentException("broken generator");
          };

      assertThatThrownBy(() -> PropertyRunner.forAll(broken).check(i -> {}))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("sample seed 0x")
          .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void optionsAreChecked() {
      PropertyRunner<Integer> r = PropertyRunner.forAll(Generators.integers(0, 9));
      assertThatThrownBy(() -> r.samples(0)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> r.maxShrinkSteps(-1)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> r.maxShrinkAttempts(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCustomDescriptionIsUsed() {
      assertThatThrownBy(
              () ->
                  runner()
                      .seed(42)
                      .describedBy(j -> "people: " + j.people().stream().map(Person::name).toList())
                      .check(AT_MOST_THREE_PEOPLE))
          .hasMessageContaining("people: [");
    }
  }
}
