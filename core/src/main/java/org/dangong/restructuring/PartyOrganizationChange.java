package org.dangong.restructuring;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.dangong.building.PartyRequirement;
import org.dangong.decision.Decision;
import org.dangong.model.OrganizationId;
import org.dangong.model.PartyOrganization;
import org.immutables.value.Value;

/**
 * One line of a {@link RestructuringPlan}: what happens to one party organisation (党组织的设置) —
 * continued, merged, dissolved or to be founded — with its value before and after, the members it
 * holds afterwards, the form the successor's new counts require and the posts that fall vacant.
 *
 * <p>The plan has a line for every party organisation covering an affected enterprise, holding a
 * transferred relation before or after, or whose higher organisation ceases.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PartyOrganizationChange {
  PartyOrganizationChange() {}

  /**
   * Returns the organisation's id; for an organisation to be founded, the id the plan gives it.
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
   * Returns the organisation before the restructuring.
   *
   * @return the organisation, empty for one to be founded
   */
  public abstract Optional<PartyOrganization> before();

  /**
   * Returns the organisation after the restructuring: with changed coverage, posts or higher
   * organisation, or as founded.
   *
   * @return the organisation, empty for one merged or dissolved
   */
  public abstract Optional<PartyOrganization> after();

  /**
   * Returns the organisation it is merged into, for {@link OrganizationFate#MERGED}.
   *
   * @return the target's id, if merged
   */
  public abstract Optional<OrganizationId> mergedInto();

  /**
   * Returns the full members (正式党员) whose relation it holds after the restructuring.
   *
   * @return the count, 0 if it no longer exists
   */
  public abstract int fullMembersAfter();

  /**
   * Returns every member, full and probationary, whose relation it holds after the restructuring.
   *
   * @return the count, 0 if it no longer exists
   */
  public abstract int membersAfter();

  /**
   * Returns the form the successor's new counts require, for the organisation of one enterprise
   * that employs transferred people (computed by {@link org.dangong.building.RequiredForms#party}).
   *
   * @return the requirement, if the organisation is the own organisation of such an enterprise
   */
  public abstract Optional<PartyRequirement> requirement();

  /**
   * Returns the posts that fall vacant.
   *
   * @return the vacated posts
   */
  public abstract ImmutableList<VacatedPost> vacatedPosts();

  /**
   * Returns the decisions explaining the line: the fate ({@link
   * RestructuringRules#PARTY_ORGANIZATION}), any change of higher organisation ({@link
   * RestructuringRules#REAFFILIATION}), the required form ({@code BUILDING} rules and {@link
   * RestructuringRules#FORM_REVIEW}) and each vacancy ({@link RestructuringRules#POST_VACATED}).
   *
   * @return the decisions, never empty
   */
  public abstract ImmutableList<Decision> decisions();

  @Override
  public String toString() {
    return "PartyOrganizationChange[" + organization().value() + " " + fate() + "]";
  }
}
