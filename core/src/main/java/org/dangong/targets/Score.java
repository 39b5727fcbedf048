package org.dangong.targets;

import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The points a unit scored on one target in an {@link Assessment}.
 *
 * <pre>{@code
 * Score s = Score.of(UnitId.of("PO-1"), TargetId.of("T-7"), new BigDecimal("8.5"));
 * }</pre>
 *
 * <p>That the points lie within the target's scale (0 to its {@link Target#maxPoints()}), that the
 * target is set for the unit and that no target is scored twice for a unit is checked when the
 * {@link WorkCycle} is built.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Score implements WithScore {
  Score() {}

  /**
   * Returns the unit scored.
   *
   * @return the unit's id
   */
  @Value.Parameter
  public abstract UnitId unit();

  /**
   * Returns the target scored.
   *
   * @return the target's id
   */
  @Value.Parameter
  public abstract TargetId target();

  /**
   * Returns the points scored.
   *
   * @return the points, between 0 and the target's cap in a valid cycle
   */
  @Value.Parameter
  public abstract BigDecimal points();

  /**
   * Obtains a score.
   *
   * @param unit the unit scored
   * @param target the target scored
   * @param points the points
   * @return the score
   */
  public static Score of(UnitId unit, TargetId target, BigDecimal points) {
    return ImmutableScore.of(unit, target, points);
  }

  /**
   * Obtains a score from whole points.
   *
   * @param unit the unit scored
   * @param target the target scored
   * @param points the points
   * @return the score
   */
  public static Score of(UnitId unit, TargetId target, long points) {
    return of(unit, target, BigDecimal.valueOf(points));
  }
}
