package org.dangong.restructuring;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.dangong.building.PartyRequirement;
import org.dangong.building.UnionRequirement;
import org.dangong.decision.Decision;
import org.dangong.model.Assignment;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.immutables.value.Value;

/**
 * One line of a {@link RestructuringPlan}: what happens to one affected enterprise — it continues
 * (possibly with another ownership and headcount), closes, or is founded — and what its new counts
 * require of its party organisation and union.
 *
 * <p>Headcounts follow the people: an absorbed enterprise's whole headcount goes to the successor
 * less those who leave employment; in other kinds each person who moves is one off the source and
 * one on the receiver. A new enterprise keeps the headcount it was given. The female headcount is
 * kept within the headcount. A closing enterprise keeps its record with status {@code CLOSED} and
 * no staff; the assignments of instructors to it end.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EnterpriseChange {
  EnterpriseChange() {}

  /**
   * Returns the enterprise's id.
   *
   * @return the id
   */
  public abstract EnterpriseId enterprise();

  /**
   * Returns what happens to it.
   *
   * @return the fate
   */
  public abstract EnterpriseFate fate();

  /**
   * Returns the enterprise before the restructuring.
   *
   * @return the enterprise, empty for a new one
   */
  public abstract Optional<Enterprise> before();

  /**
   * Returns the enterprise after the restructuring.
   *
   * @return the enterprise
   */
  public abstract Enterprise after();

  /**
   * Returns the assignments to it that end because it closes.
   *
   * @return the ended assignments
   */
  public abstract ImmutableList<Assignment> endedAssignments();

  /**
   * Returns the party organisation its people after the restructuring require (BRANCH-REG Art. 4, 5
   * and 20), for an enterprise that exists afterwards.
   *
   * @return the requirement, empty for a closing enterprise
   */
  public abstract Optional<PartyRequirement> partyRequirement();

  /**
   * Returns the union its members and staff after the restructuring require (UNION-LAW Art. 11 and
   * 14), for an enterprise that exists afterwards.
   *
   * @return the requirement, empty for a closing enterprise
   */
  public abstract Optional<UnionRequirement> unionRequirement();

  /**
   * Returns the decisions explaining the line: {@link RestructuringRules#ENTERPRISE}, then the
   * required forms ({@code BUILDING} rules).
   *
   * @return the decisions, never empty
   */
  public abstract ImmutableList<Decision> decisions();

  @Override
  public String toString() {
    return "EnterpriseChange[" + enterprise().value() + " " + fate() + "]";
  }
}
