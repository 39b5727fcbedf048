package org.dangong.targets;

import java.math.BigDecimal;
import java.util.Optional;
import org.dangong.policy.Citation;
import org.immutables.value.Value;

/**
 * One line of a unit's score breakdown: a target, the points it scored against its cap, its weight,
 * what it contributes to its side's score, and the act it comes from — what a front end shows to
 * explain a score.
 *
 * <p>For example a union target of weight 2 and cap 10 scored 6 among union targets weighing 5 in
 * all contributes 6/10 × 2/5 × 100 = 24.00 points to the union-building score. Percentages and
 * contributions are rounded half up to two decimals, so the contributions of a side may differ from
 * its score by a rounding step.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(copy = false)
public abstract class TargetScore {
  TargetScore() {}

  /**
   * Returns the target.
   *
   * @return the target's id
   */
  public abstract TargetId target();

  /**
   * Returns the title of the target.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the side of the work the target belongs to.
   *
   * @return the side
   */
  public abstract WorkSide side();

  /**
   * Returns the act that set the target.
   *
   * @return the act's id
   */
  public abstract RecordId deployment();

  /**
   * Returns the clause the target comes from: the act's document (source {@code LOCAL}, article the
   * document title, clause the target's title, effective the act's date, note the issuing body).
   *
   * @return the citation
   */
  public abstract Citation citation();

  /**
   * Returns the points scored, if the target was scored.
   *
   * @return the points, or empty if no assessment scored it
   */
  public abstract Optional<BigDecimal> points();

  /**
   * Returns the points counted: the points scored, or 0 for a target not scored in an assessed
   * unit.
   *
   * @return the points counted
   */
  public abstract BigDecimal countedPoints();

  /**
   * Returns the cap of the target's scoring scale.
   *
   * @return the full points
   */
  public abstract BigDecimal maxPoints();

  /**
   * Returns the weight of the target among its side's targets.
   *
   * @return the weight
   */
  public abstract BigDecimal weight();

  /**
   * Returns the points counted as a percentage of the cap, two decimals.
   *
   * @return the percentage, 0 to 100
   */
  public abstract BigDecimal percent();

  /**
   * Returns what the target contributes to its side's score (out of 100), two decimals.
   *
   * @return the contribution
   */
  public abstract BigDecimal contribution();

  /**
   * Returns the assessment that scored the target, if any.
   *
   * @return the assessment's id, or empty
   */
  public abstract Optional<RecordId> assessment();

  /**
   * Tells whether the target is a veto item (一票否决项).
   *
   * @return true for a veto item
   */
  public abstract boolean veto();

  /**
   * Tells whether the target, a veto item, failed and vetoed the unit under the policy.
   *
   * @return true if it vetoed the unit
   */
  public abstract boolean vetoTriggered();
}
