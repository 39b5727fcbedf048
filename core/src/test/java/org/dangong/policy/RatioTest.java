package org.dangong.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.dangong.model.InvalidValueException;
import org.dangong.model.Problem;
import org.junit.jupiter.api.Test;

class RatioTest {
  private static final Ratio MORE_THAN_HALF = Ratio.moreThan(1, 2);
  private static final Ratio AT_LEAST_TWO_THIRDS = Ratio.atLeast(2, 3);

  @Test
  void exactlyHalfDoesNotMeetMoreThanHalf() {
    assertThat(MORE_THAN_HALF.isMetBy(5, 10)).isFalse();
    assertThat(MORE_THAN_HALF.isMetBy(6, 10)).isTrue();
    assertThat(MORE_THAN_HALF.isMetBy(4, 7)).isTrue();
    assertThat(MORE_THAN_HALF.isMetBy(3, 7)).isFalse();
  }

  @Test
  void exactlyTwoThirdsMeetsAtLeastTwoThirds() {
    assertThat(AT_LEAST_TWO_THIRDS.isMetBy(6, 9)).isTrue();
    assertThat(AT_LEAST_TWO_THIRDS.isMetBy(5, 9)).isFalse();
    assertThat(AT_LEAST_TWO_THIRDS.isMetBy(2, 3)).isTrue();
    assertThat(AT_LEAST_TWO_THIRDS.isMetBy(66, 100)).isFalse();
    assertThat(AT_LEAST_TWO_THIRDS.isMetBy(67, 100)).isTrue();
  }

  @Test
  void largeNumbersDoNotOverflow() {
    long even = Long.MAX_VALUE - 1;
    assertThat(MORE_THAN_HALF.isMetBy(even / 2, even)).isFalse();
    assertThat(MORE_THAN_HALF.isMetBy(even / 2 + 1, even)).isTrue();
    long thirds = 3L << 61; // 6.9 × 10^18
    assertThat(AT_LEAST_TWO_THIRDS.isMetBy(2L << 61, thirds)).isTrue();
    assertThat(AT_LEAST_TWO_THIRDS.isMetBy((2L << 61) - 1, thirds)).isFalse();
    Ratio almostAll = Ratio.moreThan(Long.MAX_VALUE - 1, Long.MAX_VALUE);
    assertThat(almostAll.isMetBy(Long.MAX_VALUE, Long.MAX_VALUE)).isTrue();
    assertThat(almostAll.isMetBy(Long.MAX_VALUE - 1, Long.MAX_VALUE)).isFalse();
    assertThat(Ratio.atLeast(1, 1).isMetBy(Long.MAX_VALUE, Long.MAX_VALUE)).isTrue();
  }

  @Test
  void nothingMeetsAThresholdOfAnEmptyWhole() {
    assertThat(MORE_THAN_HALF.isMetBy(0, 0)).isFalse();
    assertThat(Ratio.atLeast(0, 1).isMetBy(0, 0)).isFalse();
    assertThat(MORE_THAN_HALF.isMetBy(-1, 10)).isFalse();
    assertThat(Ratio.atLeast(0, 1).isMetBy(0, 10)).isTrue();
  }

  @Test
  void fractionsAreKeptInLowestTerms() {
    assertThat(Ratio.atLeast(4, 6)).isEqualTo(AT_LEAST_TWO_THIRDS);
    assertThat(Ratio.atLeast(4, 6).numerator()).isEqualTo(2);
    assertThat(Ratio.moreThan(2, 4)).isEqualTo(MORE_THAN_HALF).isNotEqualTo(Ratio.atLeast(1, 2));
    assertThat(Ratio.atLeast(0, 5)).isEqualTo(Ratio.atLeast(0, 1));
  }

  @Test
  void negativeNumeratorAndNonPositiveDenominatorAreBothReported() {
    InvalidValueException e =
        catchThrowableOfType(InvalidValueException.class, () -> Ratio.moreThan(-1, 0));
    assertThat(e.problems())
        .extracting(Problem::path)
        .containsExactly("Ratio.numerator", "Ratio.denominator");
  }

  @Test
  void properShareIsTheRangeForVoteThresholds() {
    assertThat(MORE_THAN_HALF.isProperShare()).isTrue();
    assertThat(Ratio.atLeast(1, 1).isProperShare()).isTrue();
    assertThat(Ratio.atLeast(0, 1).isProperShare()).isFalse();
    assertThat(Ratio.moreThan(3, 2).isProperShare()).isFalse();
  }

  @Test
  void readsLikeTheRegulation() {
    assertThat(MORE_THAN_HALF).hasToString("more than 1/2");
    assertThat(AT_LEAST_TWO_THIRDS).hasToString("at least 2/3");
  }
}
