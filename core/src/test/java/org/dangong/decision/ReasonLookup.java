package org.dangong.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

/** Test helpers that pick reasons and their arguments out of a decision, failing clearly if absent. */
public final class ReasonLookup {
  private ReasonLookup() {}

  /** The message keys of a decision's reasons, in order. */
  public static List<String> keys(Decision d) {
    return d.reasons().stream().map(Reason::messageKey).toList();
  }

  /** The one reason of a decision with the given key; fails unless there is exactly one. */
  public static Reason only(Decision d, String key) {
    List<Reason> found = d.reasons().stream().filter(r -> r.messageKey().equals(key)).toList();
    assertThat(found).as("reasons %s in %s", key, d).hasSize(1);
    return found.get(0);
  }

  /** The value of a reason's argument; fails if the reason has no such argument. */
  public static Object arg(Reason r, String name) {
    return r.argument(name).orElseThrow(() -> new AssertionError(name + " in " + r)).value();
  }

  /** The value of a reason's numeric argument. */
  public static BigDecimal number(Reason r, String name) {
    return (BigDecimal) arg(r, name);
  }
}
