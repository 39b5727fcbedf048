package org.dangong.restructuring;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.dangong.building.UnionRequirement;
import org.dangong.decision.Decision;
import org.dangong.model.OrganizationId;
import org.dangong.model.UnionOrganization;
import org.immutables.value.Value;

/**
 * One line of a {@link RestructuringPlan}: what happens to one union organisation — continued,
 * merged, dissolved or to be founded — with its value before and after, its members afterwards, the
 * form the successor's new counts require and the posts that fall vacant.
 *
 * <p>The plan has a line for every union covering an affected enterprise, holding a transferred
 * membership before or after, or whose higher union ceases.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnionOrganizationChange {
  UnionOrganizationChange() {}

  /**
   * Returns the union's id; for a union to be founded, the id the plan gives it.
   *
   * @return the id
   */
  public abstract OrganizationId organization();

  /**
   * Returns what happens to it.
   *
   * @return the fate
   */
  public abstract OrganizationFate fate();

  /**
   * Returns the union before the restructuring.
   *
   * @return the union, empty for one to be founded
   */
  public abstract Optional<UnionOrganization> before();

  /**
   * Returns the union after the restructuring.
   *
   * @return the union, empty for one merged or dissolved
   */
  public abstract Optional<UnionOrganization> after();

  /**
   * Returns the union it is merged into, for {@link OrganizationFate#MERGED}.
   *
   * @return the target's id, if merged
   */
  public abstract Optional<OrganizationId> mergedInto();

  /**
   * Returns its active members after the restructuring.
   *
   * @return the count, 0 if it no longer exists
   */
  public abstract int activeMembersAfter();

  /**
   * Returns the retained memberships it holds after the restructuring.
   *
   * @return the count, 0 if it no longer exists
   */
  public abstract int retainedMembersAfter();

  /**
   * Returns the form the successor's new counts require, for the union of one enterprise that
   * employs transferred people (computed by {@link org.dangong.building.RequiredForms#union}).
   *
   * @return the requirement, if the union is the own union of such an enterprise
   */
  public abstract Optional<UnionRequirement> requirement();

  /**
   * Returns the posts that fall vacant.
   *
   * @return the vacated posts
   */
  public abstract ImmutableList<VacatedPost> vacatedPosts();

  /**
   * Returns the decisions explaining the line: the fate ({@link
   * RestructuringRules#UNION_ORGANIZATION}), the required form ({@code BUILDING} rules and {@link
   * RestructuringRules#FORM_REVIEW}) and each vacancy ({@link RestructuringRules#POST_VACATED}).
   *
   * @return the decisions, never empty
   */
  public abstract ImmutableList<Decision> decisions();

  @Override
  public String toString() {
    return "UnionOrganizationChange[" + organization().value() + " " + fate() + "]";
  }
}
