package org.dangong.testkit;

import com.google.common.collect.ImmutableList;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A seeded, deterministic source of values of one type, with an optional way to make failing values
 * smaller ({@link #shrinker()}) and to show them in a failure message ({@link #describe(Object)}).
 *
 * <p>A generator draws all its randomness from the {@link RandomGenerator} it is given — never from
 * a clock, a global random source or any other state — so the same seed always gives the same
 * value:
 *
 * <pre>{@code
 * Generator<Enterprise> enterprises = Enterprises.enterprises().headcounts(10, 300);
 * Enterprise a = enterprises.generate(42);
 * Enterprise b = enterprises.generate(42);   // a.equals(b)
 * ImmutableList<Enterprise> ten = enterprises.samples(42, 10);
 * }</pre>
 *
 * <p>Every generator of this package builds its values through the public builders and factories
 * of {@code org.dangong.model}, so only valid values come out. Generators are functional: a lambda
 * {@code random -> ...} is one, and {@link #map(Function)} and {@link #flatMap(Function)} derive
 * new ones. There is deliberately no {@code filter}: generate valid values directly instead of
 * discarding invalid ones.
 *
 * <p>Implementations must be immutable and thread-safe; the random generator passed to {@link
 * #next(RandomGenerator)} is not, and must not be shared between threads.
 *
 * @param <T> the type of the values
 */
@FunctionalInterface
public interface Generator<T> {
  /**
   * Generates the next value, drawing randomness only from {@code random}.
   *
   * <pre>{@code
   * Person p = People.people().next(new SplittableRandom(7));
   * }</pre>
   *
   * @param random the source of randomness; advanced by the call
   * @return a value, never null
   */
  T next(RandomGenerator random);

  /**
   * Generates one value from a seed: the same seed always gives an equal value.
   *
   * <pre>{@code
   * Jurisdiction j = Jurisdictions.jurisdictions().generate(42);
   * }</pre>
   *
   * @param seed the seed
   * @return the value for that seed
   */
  default T generate(long seed) {
    return next(Seeds.random(seed));
  }

  /**
   * Generates {@code count} values, the value at index {@code i} being the one that a {@link
   * PropertyRunner} with the given seed checks as its sample {@code i}.
   *
   * <pre>{@code
   * ImmutableList<Jurisdiction> five = Jurisdictions.jurisdictions().samples(42, 5);
   * }</pre>
   *
   * @param seed the seed of the run
   * @param count how many values, at least 0
   * @return the values, in sample order
   * @throws IllegalArgumentException if {@code count} is negative
   */
  default ImmutableList<T> samples(long seed, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    ImmutableList.Builder<T> values = ImmutableList.builderWithExpectedSize(count);
    for (int i = 0; i < count; i++) {
      values.add(generate(Seeds.sampleSeed(seed, i)));
    }
    return values.build();
  }

  /**
   * Returns how values of this generator are made smaller when a property fails on them; {@link
   * Shrinker#none()} unless the generator knows better.
   *
   * <pre>{@code
   * Shrinker<Jurisdiction> s = Jurisdictions.jurisdictions().shrinker();
   * }</pre>
   *
   * @return the shrinker
   */
  default Shrinker<T> shrinker() {
    return Shrinker.none();
  }

  /**
   * Describes a value for a failure message; {@link String#valueOf(Object)} unless the generator
   * knows better. A jurisdiction generator, for example, lists every id in the jurisdiction.
   *
   * <pre>{@code
   * String text = Jurisdictions.jurisdictions().describe(j);
   * }</pre>
   *
   * @param value the value
   * @return a human-readable description
   */
  default String describe(T value) {
    return String.valueOf(value);
  }

  /**
   * Returns a generator of values transformed by a function. The result does not shrink: a
   * shrinker cannot see through an arbitrary function (give it one with {@link
   * #withShrinker(Shrinker)}).
   *
   * <pre>{@code
   * Generator<Integer> sizes = Jurisdictions.jurisdictions().map(j -> j.people().size());
   * }</pre>
   *
   * @param mapper the function, which must be pure
   * @param <R> the type of the new values
   * @return the new generator
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
    Generator<T> self = this;
    return random -> mapper.apply(self.next(random));
  }

  /**
   * Returns a generator that draws a value of this generator, derives a second generator from it
   * and draws from that, both from the same source of randomness. The result does not shrink.
   *
   * <pre>{@code
   * Generator<Person> someonesEmployee = Jurisdictions.jurisdictions()
   *     .flatMap(j -> Generators.elementsOf(j.people()));
   * }</pre>
   *
   * @param mapper derives the second generator; must be pure
   * @param <R> the type of the new values
   * @return the new generator
   */
  default <R> Generator<R> flatMap(Function<? super T, ? extends Generator<? extends R>> mapper) {
    Generator<T> self = this;
    return random -> mapper.apply(self.next(random)).next(random);
  }

  /**
   * Returns a generator of the same values that shrinks them with the given shrinker.
   *
   * <pre>{@code
   * Generator<Integer> small = Generators.integers(0, 100).map(i -> i * 2)
   *     .withShrinker(Shrinkers.integersToward(0));
   * }</pre>
   *
   * @param shrinker the shrinker
   * @return the new generator
   */
  default Generator<T> withShrinker(Shrinker<T> shrinker) {
    Generator<T> self = this;
    return new Generator<T>() {
      @Override
      public T next(RandomGenerator random) {
        return self.next(random);
      }

      @Override
      public Shrinker<T> shrinker() {
        return shrinker;
      }

      @Override
      public String describe(T value) {
        return self.describe(value);
      }
    };
  }

  /**
   * Returns a generator of the same values, shrunk the same way, described by the given function
   * in failure messages.
   *
   * <pre>{@code
   * Generator<Enterprise> e = Enterprises.enterprises().describedBy(x -> x.id().value());
   * }</pre>
   *
   * @param describer the description of a value
   * @return the new generator
   */
  default Generator<T> describedBy(Function<? super T, String> describer) {
    Generator<T> self = this;
    return new Generator<T>() {
      @Override
      public T next(RandomGenerator random) {
        return self.next(random);
      }

      @Override
      public Shrinker<T> shrinker() {
        return self.shrinker();
      }

      @Override
      public String describe(T value) {
        return describer.apply(value);
      }
    };
  }
}
