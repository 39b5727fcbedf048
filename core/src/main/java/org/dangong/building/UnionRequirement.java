package org.dangong.building;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Subject;
import org.dangong.decision.Verdict;
import org.dangong.model.UnionForm;
import org.dangong.model.WomenWorkForm;
import org.immutables.value.Value;

/**
 * The union an employer with given numbers of members and staff needs, each part with the reason
 * and clause it rests on. Obtain one with {@link RequiredForms#union(int, int, int,
 * org.dangong.policy.Policy, LocalDate)}.
 *
 * <pre>{@code
 * UnionRequirement r = RequiredForms.union(25, 220, 40, Policy.national(), asOf);
 * r.committeeRequired();       // true: 25 members or more (UNION-LAW Art. 11)
 * r.fullTimeChairPossible();   // true: 200 staff or more — may, never must (Art. 14)
 * r.womenWork();               // COMMITTEE
 * RequiredForms.union(24, 30, 0, policy, asOf).allowedForms();
 *     // [ENTERPRISE_COMMITTEE, JOINT_COMMITTEE, ORGANIZER]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnionRequirement {
  UnionRequirement() {}

  /**
   * Returns the union members counted (会员).
   *
   * @return the members, at least 0
   */
  public abstract int members();

  /**
   * Returns the staff counted (职工人数).
   *
   * @return the staff, at least 0
   */
  public abstract int staff();

  /**
   * Returns the female staff counted (女职工人数).
   *
   * @return the female staff, between 0 and {@link #staff()}
   */
  public abstract int femaleStaff();

  /**
   * Tells whether the employer must have its own union committee (UNION-LAW Art. 11): it has at
   * least the policy's minimum of members (25).
   *
   * @return true from the minimum on
   */
  public abstract boolean committeeRequired();

  /**
   * Returns how many more members the employer needs before a committee is required.
   *
   * @return 0 when {@link #committeeRequired()}, else the difference to the minimum
   */
  public abstract int membersToCommittee();

  /**
   * Returns the forms that satisfy UNION-LAW Art. 11: the employer's own committee from the minimum
   * on; below it, also a joint committee or an organiser.
   *
   * @return the forms, in the order of {@link UnionForm}
   */
  public abstract ImmutableSet<UnionForm> allowedForms();

  /**
   * Tells whether the union may have a full-time chair (UNION-LAW Art. 14: from 200 staff). This is
   * a possibility, never an obligation.
   *
   * @return true from the minimum of staff on
   */
  public abstract boolean fullTimeChairPossible();

  /**
   * Returns how women's work may be organised (UNION-LAW Art. 11): a women workers' committee where
   * there are many female staff (the policy's number), a women workers' member where there are few,
   * nothing where there are none.
   *
   * @return the form of women's work
   */
  public abstract WomenWorkForm womenWork();

  /**
   * Returns the reason for the committee or the options, citing UNION-LAW Art. 11.
   *
   * @return the reason
   */
  public abstract Reason organizationReason();

  /**
   * Returns the reason about a full-time chair, citing UNION-LAW Art. 14.
   *
   * @return the reason
   */
  public abstract Reason fullTimeChairReason();

  /**
   * Returns the reason about women's work, citing UNION-LAW Art. 11.
   *
   * @return the reason
   */
  public abstract Reason womenWorkReason();

  /**
   * Returns the date the requirement was determined for.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the requirement as informational decisions about the given subject: {@link
   * BuildingRules#UNION_ORGANIZATION}, {@link BuildingRules#FULL_TIME_CHAIR} and {@link
   * BuildingRules#WOMEN_WORK} — what a union still to be founded (or re-established) must or may
   * look like.
   *
   * @param subject what the decisions are about, such as an enterprise
   * @return the decisions, in that order
   */
  public ImmutableList<Decision> decisions(Subject subject) {
    return ImmutableList.of(
        Decision.of(
            BuildingRules.UNION_ORGANIZATION,
            subject,
            Verdict.INFORMATIONAL,
            asOf(),
            organizationReason()),
        Decision.of(
            BuildingRules.FULL_TIME_CHAIR,
            subject,
            Verdict.INFORMATIONAL,
            asOf(),
            fullTimeChairReason()),
        Decision.of(
            BuildingRules.WOMEN_WORK, subject, Verdict.INFORMATIONAL, asOf(), womenWorkReason()));
  }
}
