package org.dangong.model;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Values sorted by id with an O(1) look-up by id, in less memory than an {@code ImmutableMap}: the
 * values in one list, and an open-addressing table of their positions (an {@code int} per slot, at
 * most two thirds full) instead of an entry object per value. A snapshot holds one per kind of
 * value; for a city of millions of people the saving is some 20 bytes a person.
 *
 * @param <K> the id type
 * @param <V> the value type
 */
final class IdIndex<K, V> {
  private final ImmutableList<V> values;
  private final Function<V, K> key;
  private final int[] table; // position + 1, 0 for an empty slot
  private final int mask;

  private IdIndex(ImmutableList<V> values, Function<V, K> key) {
    this.values = values;
    this.key = key;
    int capacity = Integer.highestOneBit(Math.max(2, values.size() * 3 / 2 + 1) - 1) << 1;
    this.table = new int[capacity];
    this.mask = capacity - 1;
    for (int i = 0; i < values.size(); i++) {
      K k = key.apply(values.get(i));
      int slot = spread(k.hashCode()) & mask;
      while (table[slot] != 0) {
        if (key.apply(values.get(table[slot] - 1)).equals(k)) {
          throw new IllegalArgumentException("duplicate id: " + k);
        }
        slot = (slot + 1) & mask;
      }
      table[slot] = i + 1;
    }
  }

  /**
   * Indexes values already sorted by id.
   *
   * @param sorted the values, with unique ids
   * @param key the id of a value
   * @return the index
   * @throws IllegalArgumentException if two values have the same id
   */
  static <K, V> IdIndex<K, V> of(List<V> sorted, Function<V, K> key) {
    return new IdIndex<>(ImmutableList.copyOf(sorted), key);
  }

  /**
   * Returns the value with an id.
   *
   * @param id the id
   * @return the value, or null if there is none
   */
  @Nullable V get(K id) {
    int slot = spread(id.hashCode()) & mask;
    int position;
    while ((position = table[slot]) != 0) {
      V v = values.get(position - 1);
      if (key.apply(v).equals(id)) {
        return v;
      }
      slot = (slot + 1) & mask;
    }
    return null;
  }

  /**
   * Returns the values in id order.
   *
   * @return the values
   */
  ImmutableList<V> values() {
    return values;
  }

  /**
   * Returns the number of values.
   *
   * @return the size
   */
  int size() {
    return values.size();
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof IdIndex<?, ?> other && values.equals(other.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "IdIndex[" + values.size() + "]";
  }
}
