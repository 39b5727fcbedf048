package org.dangong.testkit;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Shrinkers of plain values — integers and lists — for the generators of {@link Generators}; the
 * domain-aware shrinker of whole jurisdictions is {@link Jurisdictions#shrinker()}.
 *
 * <pre>{@code
 * Shrinkers.integersToward(0).candidates(100).toList();        // [0, 50, 75, 88, 94, 97, 99]
 * Shrinkers.lists(0, Shrinkers.integersToward(0)).candidates(List.of(3, 4)).toList();
 *     // [[], [4], [3], [0, 4], [2, 4], [3, 0], [3, 2], [3, 3]]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Shrinkers {
  private Shrinkers() {}

  /**
   * Returns a shrinker of integers toward a target: the target first, then values halving the
   * distance, then one step closer.
   *
   * <pre>{@code
   * Shrinkers.integersToward(10).candidates(14).toList();   // [10, 12, 13]
   * }</pre>
   *
   * @param target the simplest value
   * @return the shrinker
   */
  public static Shrinker<Integer> integersToward(int target) {
    return value -> {
      long distance = (long) value - target;
      if (distance == 0) {
        return Stream.empty();
      }
      List<Integer> candidates = new ArrayList<>();
      long step = distance;
      while (step != 0) {
        int candidate = (int) (value - step);
        if (candidates.isEmpty() || candidates.get(candidates.size() - 1) != candidate) {
          candidates.add(candidate);
        }
        step /= 2;
      }
      return candidates.stream();
    };
  }

  /**
   * Returns a shrinker of lists: first it removes chunks of elements (all it may, then halves,
   * quarters … single elements), never going below {@code minSize}; then it shrinks single
   * elements with the element shrinker.
   *
   * <pre>{@code
   * Shrinker<List<Integer>> s = Shrinkers.lists(1, Shrinkers.integersToward(0));
   * }</pre>
   *
   * @param minSize the smallest size a candidate may have
   * @param elements the shrinker of the elements
   * @param <E> the type of the elements
   * @return the shrinker
   */
  public static <E> Shrinker<List<E>> lists(int minSize, Shrinker<E> elements) {
    return list -> {
      Stream<List<E>> removals =
          chunks(list.size(), Math.max(0, list.size() - minSize)).stream()
              .map(range -> without(list, range[0], range[1]));
      Stream<List<E>> elementShrinks =
          IntStream.range(0, list.size())
              .boxed()
              .flatMap(i -> elements.candidates(list.get(i)).map(e -> replaced(list, i, e)));
      return Stream.concat(removals, elementShrinks);
    };
  }

  /**
   * Returns the [start, end) ranges to remove from a sequence of {@code size} elements, removing
   * at most {@code maxRemoved}: the largest chunks first, then halves, quarters and so on down to
   * single elements.
   */
  static List<int[]> chunks(int size, int maxRemoved) {
    List<int[]> ranges = new ArrayList<>();
    if (maxRemoved <= 0) {
      return ranges;
    }
    int chunk = Math.min(size, maxRemoved);
    while (chunk >= 1) {
      for (int start = 0; start + chunk <= size; start += chunk) {
        ranges.add(new int[] {start, start + chunk});
      }
      if (chunk == 1) {
        break;
      }
      chunk = chunk / 2;
    }
    return ranges;
  }

  private static <E> List<E> without(List<E> list, int start, int end) {
    List<E> copy = new ArrayList<>(list.subList(0, start));
    copy.addAll(list.subList(end, list.size()));
    return ImmutableList.copyOf(copy);
  }

  private static <E> List<E> replaced(List<E> list, int index, E element) {
    List<E> copy = new ArrayList<>(list);
    copy.set(index, element);
    return ImmutableList.copyOf(copy);
  }
}
