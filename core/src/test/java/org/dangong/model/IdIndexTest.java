package org.dangong.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compact id index finds every value by its id, and nothing else. */
class IdIndexTest {
  /** A value whose ids all share one hash code, to force every probe sequence to collide. */
  record Colliding(String id) {
    @Override
    public int hashCode() {
      return 42;
    }
  }

  @Test
  void findsEveryValueAndNothingElse() {
    for (int n : new int[] {0, 1, 2, 3, 7, 100, 1_000}) {
      List<String> values = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        values.add(String.format("E%06d", i));
      }
      IdIndex<String, String> index = IdIndex.of(values, v -> v);
      assertThat(index.size()).isEqualTo(n);
      assertThat(index.values()).containsExactlyElementsOf(values);
      for (String v : values) {
        assertThat(index.get(v)).isSameAs(v);
      }
      assertThat(index.get("E999999")).isNull();
    }
  }

  @Test
  void findsValuesWhoseHashCodesAllCollide() {
    List<Colliding> values = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      values.add(new Colliding("P" + i));
    }
    IdIndex<Colliding, Colliding> index = IdIndex.of(values, v -> v);
    for (Colliding v : values) {
      assertThat(index.get(new Colliding(v.id()))).isSameAs(v);
    }
    assertThat(index.get(new Colliding("P50"))).isNull();
  }

  @Test
  void rejectsDuplicateIdsAndComparesByValues() {
    assertThatThrownBy(() -> IdIndex.of(List.of("a", "b", "a"), v -> v))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duplicate id: a");
    assertThat(IdIndex.of(List.of("a", "b"), v -> v))
        .isEqualTo(IdIndex.of(List.of("a", "b"), v -> v))
        .hasSameHashCodeAs(IdIndex.of(List.of("a", "b"), v -> v))
        .isNotEqualTo(IdIndex.of(List.of("a"), v -> v));
    assertThat(IdIndex.of(List.of("a", "b"), v -> v)).hasToString("IdIndex[2]");
  }
}
