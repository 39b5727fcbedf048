package org.dangong.testkit;

import java.util.stream.Stream;

/**
 * Proposes simpler variants of a value, for finding a minimal counterexample once a property has
 * failed.
 *
 * <p>The {@link PropertyRunner} shrinks greedily: it asks for the candidates of the current failing
 * value, in order, checks the property on each, and moves to the first one that still fails; it
 * stops when no candidate fails or its step budget is spent. Candidates should therefore come
 * most aggressive first (remove half of everything before removing one thing) and must be strictly
 * simpler than the value, so that shrinking always ends. Candidates are produced lazily, so a
 * shrinker may propose many without building them all.
 *
 * <pre>{@code
 * Shrinker<Integer> towardZero = Shrinkers.integersToward(0);
 * towardZero.candidates(12).toList();   // [0, 6, 9, 11]
 * }</pre>
 *
 * <p>Implementations must be immutable, thread-safe and deterministic: the same value always gives
 * the same candidates in the same order.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Shrinker<T> {
  /**
   * Returns simpler variants of a value, most aggressive first.
   *
   * @param value the value to simplify
   * @return the candidates, lazily produced; empty if the value cannot be simplified
   */
  Stream<T> candidates(T value);

  /**
   * Returns a shrinker that proposes this shrinker's candidates and then the other's.
   *
   * <pre>{@code
   * Shrinker<Jurisdiction> both = first.andThen(second);
   * }</pre>
   *
   * @param other the shrinker whose candidates come second
   * @return the combined shrinker
   */
  default Shrinker<T> andThen(Shrinker<T> other) {
    Shrinker<T> self = this;
    return value -> Stream.concat(self.candidates(value), Stream.of(other).flatMap(o -> o.candidates(value)));
  }

  /**
   * Returns the shrinker that proposes nothing: values are reported as generated.
   *
   * <pre>{@code
   * Shrinker<String> none = Shrinker.none();
   * }</pre>
   *
   * @param <T> the type of the values
   * @return the shrinker
   */
  static <T> Shrinker<T> none() {
    return value -> Stream.empty();
  }
}
