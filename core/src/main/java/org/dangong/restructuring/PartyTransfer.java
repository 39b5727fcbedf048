package org.dangong.restructuring;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.dangong.decision.Decision;
import org.dangong.model.OrganizationId;
import org.dangong.model.PartyStage;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * One line of a {@link RestructuringPlan}: where the party organisational relation (组织关系) of one
 * party member or person in the membership pipeline goes, and what happens to their stage.
 *
 * <p>Every full and probationary member, applicant, activist and development target employed by an
 * affected enterprise — and everyone whose relation is held by an organisation that ceases — has
 * exactly one party transfer. The stage is always kept: an applicant stays an applicant, an
 * activist's cultivation and a probationary member's probation continue at the receiving
 * organisation (DEVELOP-REG), which the decision's reasons say with the periods that apply.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PartyTransfer {
  PartyTransfer() {}

  /**
   * Returns the person.
   *
   * @return the person's id
   */
  public abstract PersonId person();

  /**
   * Returns the person's stage, the same before and after.
   *
   * @return the stage, never {@link PartyStage#NONE}
   */
  public abstract PartyStage stage();

  /**
   * Returns the organisation holding the relation before: the one named in the person's standing,
   * else the one covering their employer.
   *
   * @return the organisation's id, empty if none held it
   */
  public abstract Optional<OrganizationId> holderBefore();

  /**
   * Returns the organisation holding the relation after the restructuring.
   *
   * @return the organisation's id, empty when the route is {@link PartyRoute#PENDING}
   */
  public abstract Optional<OrganizationId> holderAfter();

  /**
   * Returns how the relation gets there.
   *
   * @return the route
   */
  public abstract PartyRoute route();

  /**
   * Returns the decisions explaining the transfer: where the relation goes ({@link
   * RestructuringRules#PARTY_RELATION}), then what happens to the stage ({@link
   * RestructuringRules#PIPELINE_CONTINUES}).
   *
   * @return the decisions, the relation's first
   */
  public abstract ImmutableList<Decision> decisions();

  @Override
  public String toString() {
    return "PartyTransfer["
        + person().value()
        + " "
        + holderBefore().map(OrganizationId::value).orElse("-")
        + " -> "
        + holderAfter().map(OrganizationId::value).orElse("-")
        + " "
        + route()
        + "]";
  }
}
