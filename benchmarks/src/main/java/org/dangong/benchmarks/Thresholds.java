package org.dangong.benchmarks;

import java.time.LocalDate;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;

/**
 * The policy thresholds of the building rules on a date, as plain ints for the baselines.
 *
 * @param branchMinFull full members for an own branch (BRANCH-REG Art. 4–5)
 * @param committeeMinFull full members for a branch committee (Art. 20)
 * @param generalBranchMin members for a general branch by default
 * @param primaryCommitteeMin members for a primary committee by default
 * @param unionCommitteeMin union members for an own committee (UNION-LAW Art. 11)
 * @param fullTimeChairMinStaff staff for a possible full-time chair (Art. 14)
 * @param womensCommitteeMinFemale female staff for a women workers' committee
 */
public record Thresholds(
    int branchMinFull,
    int committeeMinFull,
    int generalBranchMin,
    int primaryCommitteeMin,
    int unionCommitteeMin,
    int fullTimeChairMinStaff,
    int womensCommitteeMinFemale) {

  /**
   * Reads the thresholds of a policy on a date.
   *
   * @param policy the policy
   * @param asOf the date
   * @return the thresholds
   */
  public static Thresholds of(Policy policy, LocalDate asOf) {
    return new Thresholds(
        policy.value(Parameters.BRANCH_MIN_FULL_MEMBERS, asOf),
        policy.value(Parameters.BRANCH_COMMITTEE_MIN_FULL_MEMBERS, asOf),
        policy.value(Parameters.GENERAL_BRANCH_MIN_MEMBERS, asOf),
        policy.value(Parameters.PRIMARY_COMMITTEE_MIN_MEMBERS, asOf),
        policy.value(Parameters.UNION_COMMITTEE_MIN_MEMBERS, asOf),
        policy.value(Parameters.FULL_TIME_CHAIR_MIN_STAFF, asOf),
        policy.value(Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF, asOf));
  }
}
