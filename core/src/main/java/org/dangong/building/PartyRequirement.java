package org.dangong.building;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Subject;
import org.dangong.decision.Verdict;
import org.dangong.model.PartyForm;
import org.immutables.value.Value;

/**
 * The party organisation a unit with given numbers of members needs, each part with the reason and
 * clause it rests on. Obtain one with {@link RequiredForms#party(int, int,
 * org.dangong.policy.Policy, LocalDate)}.
 *
 * <pre>{@code
 * PartyRequirement r = RequiredForms.party(6, 8, Policy.national(), asOf);
 * r.form();                                  // BRANCH: 6 full members found the unit's own branch
 * r.leadership().get().leadership();         // SECRETARY: fewer than 7, one secretary
 * RequiredForms.party(2, 7, policy, asOf).form();   // JOINT_BRANCH: probationary members do not count
 * }</pre>
 *
 * <p>Only full members (正式党员) count toward BRANCH-REG Art. 4's three and Art. 20's seven; the
 * general-branch and primary-committee defaults (50 and 100) count every member, as the regulations
 * they are borrowed from do, and are policy parameters, not enterprise law.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PartyRequirement {
  PartyRequirement() {}

  /**
   * Returns the full members (正式党员) counted.
   *
   * @return the full members, at least 0
   */
  public abstract int fullMembers();

  /**
   * Returns every member counted, full and probationary.
   *
   * @return the members, at least {@link #fullMembers()}
   */
  public abstract int allMembers();

  /**
   * Returns the probationary members (预备党员) counted, who do not count toward the thresholds of
   * BRANCH-REG.
   *
   * @return the probationary members
   */
  public final int probationaryMembers() {
    return allMembers() - fullMembers();
  }

  /**
   * Tells whether the unit must have its own party organisation (BRANCH-REG Art. 4): it has at
   * least the policy's minimum of full members (3).
   *
   * @return true from the minimum on
   */
  public abstract boolean ownOrganizationRequired();

  /**
   * Returns how many more full members the unit needs for its own branch.
   *
   * @return 0 when {@link #ownOrganizationRequired()}, else the difference to the minimum
   */
  public abstract int fullMembersToOwnBranch();

  /**
   * Returns the form required: a {@link PartyForm#JOINT_BRANCH} below the minimum of full members,
   * else a {@link PartyForm#BRANCH}, or by default a {@link PartyForm#GENERAL_BRANCH} from 50
   * members and a {@link PartyForm#PRIMARY_COMMITTEE} from 100.
   *
   * @return the form
   */
  public abstract PartyForm form();

  /**
   * Returns how the branch is led (BRANCH-REG Art. 20), when the form is a {@link PartyForm#BRANCH}
   * of this unit.
   *
   * @return the leadership, present only for a branch
   */
  public abstract Optional<LeadershipRequirement> leadership();

  /**
   * Returns the reason for an own organisation or a joint branch, citing BRANCH-REG Art. 4 or Art.
   * 5.
   *
   * @return the reason
   */
  public abstract Reason organizationReason();

  /**
   * Returns the reason for the form by size (branch, general branch or primary committee), when an
   * own organisation is required; it cites the default policy parameters as such.
   *
   * @return the reason, present when an own organisation is required
   */
  public abstract Optional<Reason> scaleReason();

  /**
   * Returns the date the requirement was determined for.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the requirement as informational decisions about the given subject: {@link
   * BuildingRules#PARTY_ORGANIZATION}, then {@link BuildingRules#PARTY_SCALE} and {@link
   * BuildingRules#BRANCH_LEADERSHIP} where they apply — what an organisation still to be founded
   * (or re-established after a restructuring) must look like.
   *
   * @param subject what the decisions are about, such as an enterprise
   * @return the decisions, in that order
   */
  public ImmutableList<Decision> decisions(Subject subject) {
    ImmutableList.Builder<Decision> decisions = ImmutableList.builder();
    decisions.add(
        Decision.of(
            BuildingRules.PARTY_ORGANIZATION,
            subject,
            Verdict.INFORMATIONAL,
            asOf(),
            organizationReason()));
    scaleReason()
        .ifPresent(
            r ->
                decisions.add(
                    Decision.of(
                        BuildingRules.PARTY_SCALE, subject, Verdict.INFORMATIONAL, asOf(), r)));
    leadership().ifPresent(l -> decisions.add(l.decision(subject)));
    return decisions.build();
  }
}
