package org.dangong.targets;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit's assessment result for a work cycle: both sides' scores with their breakdowns, the
 * combined score, and the grade before and after the cap and the veto.
 *
 * <p>See {@link TargetEngine} for how the combined score and the grade are reached.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(copy = false)
public abstract class UnitScore {
  UnitScore() {}

  /**
   * Tells whether any assessment on or before the as-of date scored the unit.
   *
   * @return true if the unit was assessed
   */
  public abstract boolean assessed();

  /**
   * Returns the party-building side.
   *
   * @return the party side's score
   */
  public abstract SideScore party();

  /**
   * Returns the union-building side.
   *
   * @return the union side's score
   */
  public abstract SideScore union();

  /**
   * Returns the combined score out of 100, two decimals.
   *
   * @return the combined score, or empty when the unit was not assessed or has no target
   */
  public abstract Optional<BigDecimal> combined();

  /**
   * Returns the grade the combined score reaches on its own.
   *
   * @return the grade before the cap and the veto, or empty when there is no combined score
   */
  public abstract Optional<AssessmentGrade> uncappedGrade();

  /**
   * Returns the unit's grade.
   *
   * @return the grade, or empty when there is no combined score
   */
  public abstract Optional<AssessmentGrade> grade();

  /**
   * Tells whether a failing union-building part capped the grade.
   *
   * @return true if the grade was lowered by the cap
   */
  public abstract boolean capped();

  /**
   * Tells whether a failed veto item (一票否决) failed the unit.
   *
   * @return true if vetoed
   */
  public abstract boolean vetoed();

  /**
   * Returns one side's score.
   *
   * @param side the side
   * @return {@link #party()} or {@link #union()}
   */
  public SideScore side(WorkSide side) {
    return side == WorkSide.PARTY ? party() : union();
  }
}
