package org.dangong.restructuring;

import java.util.Optional;
import org.dangong.decision.Decision;
import org.dangong.model.EnterpriseId;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * One line of a {@link RestructuringPlan}: where one employee of an affected enterprise works after
 * the restructuring (劳动关系), with the decision that explains it.
 *
 * <p>Every employee of every affected enterprise has exactly one staff move, including those who
 * stay; {@link #employerAfter()} is empty for those who retire or become unemployed.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StaffMove {
  StaffMove() {}

  /**
   * Returns the person.
   *
   * @return the person's id
   */
  public abstract PersonId person();

  /**
   * Returns the employer before the restructuring.
   *
   * @return the enterprise's id
   */
  public abstract EnterpriseId employerBefore();

  /**
   * Returns what happens to the labour relation.
   *
   * @return the outcome
   */
  public abstract StaffOutcome outcome();

  /**
   * Returns the employer after the restructuring.
   *
   * @return the enterprise's id, empty for a retirement or unemployment
   */
  public abstract Optional<EnterpriseId> employerAfter();

  /**
   * Returns the decision explaining the move, of rule {@link RestructuringRules#STAFF_DESTINATION}.
   *
   * @return the decision
   */
  public abstract Decision decision();

  @Override
  public String toString() {
    return "StaffMove["
        + person().value()
        + " "
        + employerBefore().value()
        + " -> "
        + employerAfter().map(EnterpriseId::value).orElse(outcome().name())
        + "]";
  }
}
