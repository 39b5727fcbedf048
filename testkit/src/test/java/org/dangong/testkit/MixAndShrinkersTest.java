package org.dangong.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.dangong.model.Ownership;
import org.junit.jupiter.api.Test;

class MixAndShrinkersTest {
  @Test
  void aMixPicksInProportionToItsWeights() {
    Mix<String> mix = Mix.of("a", 1).and("b", 3).and("never", 0);
    SplittableRandom random = new SplittableRandom(1);
    int b = 0;
    for (int i = 0; i < 10_000; i++) {
      String picked = mix.next(random);
      assertThat(picked).isNotEqualTo("never");
      if (picked.equals("b")) {
        b++;
      }
    }
    assertThat(b / 10_000.0).isCloseTo(0.75, within(0.02));
    assertThat(mix.share("b")).isEqualTo(0.75);
    assertThat(mix.share("unknown")).isZero();
    assertThat(mix.values()).containsExactly("a", "b", "never");
  }

  @Test
  void aMixIsAValue() {
    assertThat(Mix.of("a", 1).and("b", 1)).isEqualTo(Mix.uniform("a", "b")).hasSameHashCodeAs(Mix.uniform("a", "b"));
    assertThat(Mix.of("a", 1).and("a", 2).share("a")).isEqualTo(1.0);
    assertThat(Mix.of(Ownership.PRIVATE, 3).and(Ownership.COLLECTIVE, 1)).hasToString("Mix[PRIVATE=75.0%, COLLECTIVE=25.0%]");
  }

  @Test
  void badWeightsAreRejected() {
    assertThatThrownBy(() -> Mix.of("a", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Mix.of("a", 1).and("b", -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Mix.of("a", Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Mix.of("a", Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void integersShrinkTowardTheTarget() {
    assertThat(Shrinkers.integersToward(0).candidates(100)).containsExactly(0, 50, 75, 88, 94, 97, 99);
    assertThat(Shrinkers.integersToward(10).candidates(14)).containsExactly(10, 12, 13);
    assertThat(Shrinkers.integersToward(0).candidates(-5)).containsExactly(0, -3, -4);
    assertThat(Shrinkers.integersToward(3).candidates(3)).isEmpty();
  }

  @Test
  void listsShrinkByChunksThenByElements() {
    assertThat(Shrinkers.lists(0, Shrinkers.integersToward(0)).candidates(List.of(3, 4)))
        .containsExactly(List.of(), List.of(4), List.of(3), List.of(0, 4), List.of(2, 4), List.of(3, 0), List.of(3, 2), List.of(3, 3));
    assertThat(Shrinkers.lists(2, Shrinker.<Integer>none()).candidates(List.of(1, 2))).isEmpty();
    assertThat(Shrinkers.lists(1, Shrinker.<Integer>none()).candidates(List.of(1, 2, 3)))
        .containsExactly(List.of(3), List.of(2, 3), List.of(1, 3), List.of(1, 2));
  }

  @Test
  void plainGeneratorsRespectTheirBoundsAndShrinkWithinThem() {
    Generator<Integer> dice = Generators.integers(1, 6);
    assertThat(dice.samples(1, 500)).allMatch(i -> i >= 1 && i <= 6).contains(1, 6);
    assertThat(dice.shrinker().candidates(5)).containsExactly(1, 3, 4);
    assertThat(Generators.integers(-10, -5).shrinker().candidates(-8)).containsExactly(-5, -7);
    assertThat(Generators.booleans(0).samples(1, 100)).containsOnly(false);
    assertThat(Generators.booleans(1).shrinker().candidates(true)).containsExactly(false);
    assertThat(Generators.elementsOf(List.of("x", "y", "z")).shrinker().candidates("z")).containsExactly("x", "y");
    assertThat(Generators.constant("k").samples(1, 3)).containsExactly("k", "k", "k");
    assertThat(Generators.lists(dice, 2, 4).samples(1, 200)).allMatch(l -> l.size() >= 2 && l.size() <= 4);
    assertThat(Generators.oneOf(List.of(Generators.constant(1), Generators.constant(2))).samples(1, 100)).contains(1, 2);
    assertThatThrownBy(() -> Generators.integers(2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Generators.lists(dice, -1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mapAndFlatMapDeriveDeterministicGenerators() {
    Generator<Integer> doubled = Generators.integers(0, 100).map(i -> i * 2);
    assertThat(doubled.samples(9, 50)).allMatch(i -> i % 2 == 0).isEqualTo(doubled.samples(9, 50));
    Generator<List<Integer>> sized = Generators.integers(0, 5).flatMap(n -> Generators.lists(Generators.integers(0, 9), n, n));
    assertThat(sized.samples(4, 20)).isEqualTo(sized.samples(4, 20));
    assertThat(doubled.shrinker().candidates(10)).isEmpty();
    assertThat(doubled.withShrinker(Shrinkers.integersToward(0)).shrinker().candidates(10)).contains(0);
    assertThat(doubled.describedBy(i -> "n=" + i).describe(4)).isEqualTo("n=4");
  }
}
