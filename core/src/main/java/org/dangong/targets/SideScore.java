package org.dangong.targets;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit's score on one side of its work — party building or union building — with its breakdown
 * per target.
 *
 * <p>The score is the weighted mean of the targets' percentages: Σ weight × points/cap ÷ Σ weight ×
 * 100, rounded half up to two decimals. The side passes when its score reaches the pass mark
 * ({@code JOINT_ASSESSMENT_PASS_MIN}); a side without targets, or of a unit not assessed, has no
 * score and does not pass.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(copy = false)
public abstract class SideScore {
  SideScore() {}

  /**
   * Returns the side.
   *
   * @return the side
   */
  public abstract WorkSide side();

  /**
   * Returns the breakdown: one line per target of the side in effect, in target id order.
   *
   * @return the lines, empty when the side has no target
   */
  public abstract ImmutableList<TargetScore> targets();

  /**
   * Returns the score out of 100, two decimals.
   *
   * @return the score, or empty when the side has no target or the unit was not assessed
   */
  public abstract Optional<BigDecimal> score();

  /**
   * Tells whether the side reaches the pass mark.
   *
   * @return true if it has a score at or above the pass mark
   */
  public abstract boolean passed();

  /**
   * Tells whether the side has any target.
   *
   * @return true if at least one target of this side is set for the unit
   */
  public boolean hasTargets() {
    return !targets().isEmpty();
  }
}
