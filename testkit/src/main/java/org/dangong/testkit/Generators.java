package org.dangong.testkit;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;

/**
 * Generators of plain values — integers, booleans, choices and lists — and combinators over other
 * generators. The domain generators are in the classes named after the model's types: {@link
 * Jurisdictions}, {@link Enterprises}, {@link People}, {@link Regions} and so on.
 *
 * <pre>{@code
 * Generator<Integer> sizes = Generators.integers(1, 10);                  // shrinks toward 1
 * Generator<List<Integer>> lists = Generators.lists(sizes, 0, 5);         // shrinks by removal
 * Generator<String> names = Generators.elementsOf(List.of("甲", "乙", "丙"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Generators {
  private Generators() {}

  /**
   * Returns a generator of integers between two bounds, both included, each equally likely. It
   * shrinks toward 0 if 0 is in range, else toward the bound nearer to 0.
   *
   * <pre>{@code
   * int die = Generators.integers(1, 6).generate(42);
   * }</pre>
   *
   * @param min the smallest value
   * @param max the largest value
   * @return the generator
   * @throws IllegalArgumentException if {@code min > max}
   */
  public static Generator<Integer> integers(int min, int max) {
    Ranges.check("integers", min, max);
    int target = min > 0 ? min : Math.min(max, 0);
    Generator<Integer> plain = random -> Ranges.between(random, min, max);
    Shrinker<Integer> toward = Shrinkers.integersToward(target);
    return plain.withShrinker(value -> toward.candidates(value).filter(c -> c >= min && c <= max));
  }

  /**
   * Returns a generator of booleans that are true with the given probability. It shrinks true to
   * false.
   *
   * <pre>{@code
   * Generator<Boolean> rarely = Generators.booleans(0.1);
   * }</pre>
   *
   * @param probabilityOfTrue the probability of {@code true}, from 0 to 1
   * @return the generator
   * @throws IllegalArgumentException if the probability is outside [0, 1]
   */
  public static Generator<Boolean> booleans(double probabilityOfTrue) {
    Ranges.checkShare("probabilityOfTrue", probabilityOfTrue);
    Generator<Boolean> plain = random -> random.nextDouble() < probabilityOfTrue;
    return plain.withShrinker(
        value -> value ? java.util.stream.Stream.of(false) : java.util.stream.Stream.empty());
  }

  /**
   * Returns a generator that always gives the same value.
   *
   * <pre>{@code
   * Generator<LocalDate> asOf = Generators.constant(LocalDate.of(2026, 6, 30));
   * }</pre>
   *
   * @param value the value
   * @param <T> the type of the value
   * @return the generator
   */
  public static <T> Generator<T> constant(T value) {
    return random -> value;
  }

  /**
   * Returns a generator that picks one of the given elements, each equally likely. It shrinks
   * toward the elements that come first.
   *
   * <pre>{@code
   * Generator<Ownership> o = Generators.elementsOf(List.of(Ownership.values()));
   * }</pre>
   *
   * @param elements the elements, at least one
   * @param <T> the type of the elements
   * @return the generator
   * @throws IllegalArgumentException if there are no elements
   */
  public static <T> Generator<T> elementsOf(Collection<? extends T> elements) {
    ImmutableList<T> list = ImmutableList.copyOf(elements);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("elementsOf needs at least one element");
    }
    Generator<T> plain = random -> list.get(random.nextInt(list.size()));
    return plain.withShrinker(value -> list.subList(0, Math.max(0, list.indexOf(value))).stream());
  }

  /**
   * Returns a generator that picks one of the given generators, each equally likely, and draws
   * from it. The result does not shrink.
   *
   * <pre>{@code
   * Generator<Integer> smallOrLarge =
   *     Generators.oneOf(List.of(Generators.integers(0, 9), Generators.integers(1000, 2000)));
   * }</pre>
   *
   * @param generators the generators, at least one
   * @param <T> the type of the values
   * @return the generator
   * @throws IllegalArgumentException if there are no generators
   */
  public static <T> Generator<T> oneOf(List<? extends Generator<? extends T>> generators) {
    ImmutableList<Generator<? extends T>> list = ImmutableList.copyOf(generators);
    if (list.isEmpty()) {
      throw new IllegalArgumentException("oneOf needs at least one generator");
    }
    return random -> list.get(random.nextInt(list.size())).next(random);
  }

  /**
   * Returns a generator of lists whose size lies between two bounds, both included, each element
   * drawn from the given generator. It shrinks by removing elements (never below {@code
   * minSize}) and then by shrinking single elements with the element generator's shrinker.
   *
   * <pre>{@code
   * Generator<List<Person>> staff = Generators.lists(People.people(), 0, 20);
   * }</pre>
   *
   * @param elements the generator of the elements
   * @param minSize the smallest size, at least 0
   * @param maxSize the largest size
   * @param <T> the type of the elements
   * @return the generator; its lists are immutable
   * @throws IllegalArgumentException if {@code minSize < 0} or {@code minSize > maxSize}
   */
  public static <T> Generator<List<T>> lists(Generator<T> elements, int minSize, int maxSize) {
    Ranges.checkCount("lists", minSize, maxSize);
    Generator<List<T>> plain =
        random -> {
          int size = Ranges.between(random, minSize, maxSize);
          ImmutableList.Builder<T> list = ImmutableList.builderWithExpectedSize(size);
          for (int i = 0; i < size; i++) {
            list.add(elements.next(random));
          }
          return list.build();
        };
    return plain.withShrinker(Shrinkers.lists(minSize, elements.shrinker()));
  }
}
