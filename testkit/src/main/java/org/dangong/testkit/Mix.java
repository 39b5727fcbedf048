package org.dangong.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A weighted choice among values — a mix such as "62% private, 12% foreign-invested, …" — and a
 * {@link Generator} of those values.
 *
 * <pre>{@code
 * Mix<Ownership> ownership = Mix.of(Ownership.PRIVATE, 70)
 *     .and(Ownership.FOREIGN_INVESTED, 20)
 *     .and(Ownership.STATE_OWNED, 10);
 * ownership.share(Ownership.PRIVATE);        // 0.7
 * Ownership o = ownership.generate(42);       // PRIVATE with probability 0.7
 * }</pre>
 *
 * <p>Weights are relative (they need not add up to 1 or 100) and must not be negative; a value with
 * weight 0 is never chosen. Adding a value twice adds its weights. The values keep the order in
 * which they were added.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the values
 */
public final class Mix<T> implements Generator<T> {
  private final ImmutableMap<T, Double> weights;
  private final ImmutableList<T> values;
  private final double[] cumulative;
  private final double total;

  private Mix(ImmutableMap<T, Double> weights) {
    this.weights = weights;
    this.values = weights.keySet().asList();
    this.cumulative = new double[values.size()];
    double sum = 0;
    for (int i = 0; i < values.size(); i++) {
      sum += Objects.requireNonNull(weights.get(values.get(i)));
      cumulative[i] = sum;
    }
    this.total = sum;
  }

  /**
   * Obtains a mix of one value with the given weight; add more with {@link #and(Object, double)}.
   *
   * <pre>{@code
   * Mix<Coverage> m = Mix.of(Coverage.PARTY_AND_UNION, 3).and(Coverage.NEITHER, 1);
   * }</pre>
   *
   * @param value the value
   * @param weight its weight, positive and finite
   * @param <T> the type of the values
   * @return the mix
   * @throws IllegalArgumentException if the weight is not positive and finite
   */
  public static <T> Mix<T> of(T value, double weight) {
    if (!(weight > 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("the first weight must be positive and finite: " + weight);
    }
    return new Mix<>(ImmutableMap.of(value, weight));
  }

  /**
   * Obtains a mix in which every given value is equally likely.
   *
   * <pre>{@code
   * Mix<RegionLevel> levels = Mix.uniform(RegionLevel.TOWN, RegionLevel.SUBDISTRICT);
   * }</pre>
   *
   * @param first the first value
   * @param more further values
   * @param <T> the type of the values
   * @return the mix
   */
  @SafeVarargs
  public static <T> Mix<T> uniform(T first, T... more) {
    Mix<T> mix = of(first, 1);
    for (T value : more) {
      mix = mix.and(value, 1);
    }
    return mix;
  }

  /**
   * Returns a mix with one more value, or with more weight on a value already present.
   *
   * <pre>{@code
   * Mix<Ownership> m = Mix.of(Ownership.PRIVATE, 9).and(Ownership.COLLECTIVE, 1);
   * }</pre>
   *
   * @param value the value
   * @param weight its weight, at least 0 and finite
   * @return the new mix
   * @throws IllegalArgumentException if the weight is negative, infinite or not a number
   */
  public Mix<T> and(T value, double weight) {
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("a weight must be at least 0 and finite: " + weight);
    }
    Map<T, Double> copy = new LinkedHashMap<>(weights);
    copy.merge(value, weight, Double::sum);
    return new Mix<>(ImmutableMap.copyOf(copy));
  }

  /**
   * Returns the values of this mix, in the order they were added, including those of weight 0.
   *
   * @return the values
   */
  public ImmutableList<T> values() {
    return values;
  }

  /**
   * Returns the share of a value: its weight divided by the total weight.
   *
   * <pre>{@code
   * Mix.of("a", 1).and("b", 3).share("b");   // 0.75
   * }</pre>
   *
   * @param value the value
   * @return the share, from 0 to 1; 0 for a value not in the mix
   */
  public double share(T value) {
    Double weight = weights.get(value);
    return weight == null ? 0 : weight / total;
  }

  /**
   * Picks a value with probability proportional to its weight.
   *
   * @param random the source of randomness
   * @return the value picked
   */
  @Override
  public T next(RandomGenerator random) {
    double point = random.nextDouble() * total;
    for (int i = 0; i < cumulative.length; i++) {
      if (point < cumulative[i]) {
        return values.get(i);
      }
    }
    // Rounding can leave point == total: take the last value of positive weight.
    for (int i = values.size() - 1; i > 0; i--) {
      if (Objects.requireNonNull(weights.get(values.get(i))) > 0) {
        return values.get(i);
      }
    }
    return values.get(0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Mix && weights.equals(((Mix<?>) o).weights);
  }

  @Override
  public int hashCode() {
    return weights.hashCode();
  }

  /**
   * Returns the mix as text, each value with its share in percent.
   *
   * @return the text, such as {@code Mix[PRIVATE=70.0%, COLLECTIVE=30.0%]}
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Mix[");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      T value = values.get(i);
      text.append(value).append('=').append(Math.round(share(value) * 1000) / 10.0).append('%');
    }
    return text.append(']').toString();
  }
}
