package org.dangong.building;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.OptionalInt;
import org.dangong.decision.Decision;
import org.dangong.model.ClusterId;
import org.dangong.model.EnterpriseId;
import org.dangong.model.OrganizationId;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * A building action an enterprise needs (SYNC-BUILD, MUTUAL-P2U / DUAL-LEAD-1, MUTUAL-U2P with
 * DUAL-REC-1 and DUAL-REC-2, DUAL-LEAD-2, SYNC-CLUSTER): what to do, why, on which clauses, and the
 * figures a department acts on.
 *
 * <pre>{@code
 * for (BuildingAction a : assessment.actions()) {
 *   a.kind();                             // MUTUAL_P2U
 *   a.unionMembersNeeded();               // OptionalInt[17]: 17 more members to reach 25
 *   a.decision().render(Locale.SIMPLIFIED_CHINESE);
 * }
 * }</pre>
 *
 * <p>The decision's verdict is {@link org.dangong.decision.Verdict#ADVISORY}: the practices are the
 * seed's, not law; what the law requires is in the assessment's required-form decisions.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BuildingAction {
  BuildingAction() {}

  /**
   * Returns the kind of action.
   *
   * @return the kind
   */
  public abstract ActionKind kind();

  /**
   * Returns the enterprise the action is for.
   *
   * @return the enterprise's id
   */
  public abstract EnterpriseId enterprise();

  /**
   * Returns the decision that explains the action, with its reasons and citations.
   *
   * @return the decision
   */
  public abstract Decision decision();

  /**
   * Returns how many more union members the enterprise needs before a union committee is required
   * (MUTUAL-P2U).
   *
   * @return the number, present for {@link ActionKind#MUTUAL_P2U}
   */
  public abstract OptionalInt unionMembersNeeded();

  /**
   * Returns how many more full party members the enterprise needs for its own branch (MUTUAL-U2P).
   *
   * @return the number, present for {@link ActionKind#MUTUAL_U2P}
   */
  public abstract OptionalInt fullMembersNeeded();

  /**
   * Returns the union chair the union recommends as candidate to head the party organisation to be
   * founded (DUAL-REC-1), when the chair is an eligible party member.
   *
   * @return the chair's id, if eligible
   */
  public abstract Optional<PersonId> recommendedChair();

  /**
   * Returns the union members who have applied to join the party, whom the union may recommend as
   * activists (推优, DUAL-REC-2), in id order.
   *
   * @return their ids, possibly empty
   */
  public abstract ImmutableList<PersonId> activistCandidates();

  /**
   * Returns the party-building instructors without a union-building instructor beside them
   * (DUAL-LEAD-2), in id order.
   *
   * @return their ids, possibly empty
   */
  public abstract ImmutableList<PersonId> instructors();

  /**
   * Returns the building area or intermediary the enterprise is covered in (SYNC-CLUSTER).
   *
   * @return the cluster's id, present for {@link ActionKind#SYNC_CLUSTER}
   */
  public abstract Optional<ClusterId> cluster();

  /**
   * Returns the organisations the enterprise should join or that lead the action: the party
   * organisation that drives the founding of a union (MUTUAL-P2U), the union that works first
   * (MUTUAL-U2P), the cluster's party organisation to join (SYNC-CLUSTER).
   *
   * @return their ids, possibly empty
   */
  public abstract ImmutableList<OrganizationId> organizations();

  /**
   * Returns the action in short, without personal data, such as {@code BuildingAction[MUTUAL_P2U,
   * E-1]}.
   *
   * @return the action as text
   */
  @Override
  public String toString() {
    return "BuildingAction[" + kind() + ", " + enterprise().value() + "]";
  }
}
