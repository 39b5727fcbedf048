package org.dangong.building;

import java.time.LocalDate;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Subject;
import org.dangong.decision.Verdict;
import org.immutables.value.Value;

/**
 * How a party branch with a given number of full members is led, BRANCH-REG Art. 20: a branch
 * committee from seven full members, else one secretary and no committee. Obtain one with {@link
 * RequiredForms#branchLeadership(int, org.dangong.policy.Policy, LocalDate)}.
 *
 * <pre>{@code
 * LeadershipRequirement six = RequiredForms.branchLeadership(6, Policy.national(), asOf);
 * six.leadership();   // SECRETARY: one secretary, no committee
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LeadershipRequirement {
  LeadershipRequirement() {}

  /**
   * Returns the full members (正式党员) counted.
   *
   * @return the full members, at least 0
   */
  public abstract int fullMembers();

  /**
   * Returns how the branch is led.
   *
   * @return a committee or one secretary
   */
  public abstract BranchLeadership leadership();

  /**
   * Returns the reason, citing BRANCH-REG Art. 20 through the policy value it applied.
   *
   * @return the reason
   */
  public abstract Reason reason();

  /**
   * Returns the date the requirement was determined for.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the requirement as an informational decision of {@link BuildingRules#BRANCH_LEADERSHIP}
   * about the given subject, for a branch still to be founded.
   *
   * @param subject what the decision is about, such as an enterprise or a planned organisation
   * @return the decision
   */
  public Decision decision(Subject subject) {
    return Decision.of(
        BuildingRules.BRANCH_LEADERSHIP, subject, Verdict.INFORMATIONAL, asOf(), reason());
  }
}
