package org.dangong.targets;

import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.dangong.policy.JointStage;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.PolicyValue;

/** The policy values one evaluation applies, read once for its as-of date. */
final class Settings {
  final LocalDate asOf;
  final LocalDate cycleEnd;
  final PolicyValue<ImmutableSet<JointStage>> stages;
  final PolicyValue<Boolean> sameDate;
  final PolicyValue<Integer> partyShare;
  final PolicyValue<Integer> unionShare;
  final PolicyValue<Integer> excellentMin;
  final PolicyValue<Integer> goodMin;
  final PolicyValue<Integer> passMin;
  final PolicyValue<Boolean> unionFailCaps;
  final PolicyValue<Boolean> vetoEnabled;
  final PolicyValue<Integer> commendationMin;

  Settings(Policy policy, LocalDate asOf, LocalDate cycleEnd) {
    this.asOf = asOf;
    this.cycleEnd = cycleEnd;
    this.stages = policy.entry(Parameters.JOINT_STAGES, asOf);
    this.sameDate = policy.entry(Parameters.JOINT_DEPLOY_SAME_DATE_COUNTS_AS_ONE, asOf);
    this.partyShare = policy.entry(Parameters.JOINT_ASSESSMENT_PARTY_SHARE, asOf);
    this.unionShare = policy.entry(Parameters.JOINT_ASSESSMENT_UNION_SHARE, asOf);
    this.excellentMin = policy.entry(Parameters.JOINT_ASSESSMENT_EXCELLENT_MIN, asOf);
    this.goodMin = policy.entry(Parameters.JOINT_ASSESSMENT_GOOD_MIN, asOf);
    this.passMin = policy.entry(Parameters.JOINT_ASSESSMENT_PASS_MIN, asOf);
    this.unionFailCaps = policy.entry(Parameters.JOINT_ASSESSMENT_UNION_FAIL_CAPS_GRADE, asOf);
    this.vetoEnabled = policy.entry(Parameters.JOINT_ASSESSMENT_VETO_ENABLED, asOf);
    this.commendationMin = policy.entry(Parameters.JOINT_COMMENDATION_MIN_SCORE, asOf);
  }

  boolean isJoint(JointStage stage) {
    return stages.value().contains(stage);
  }

  /**
   * Whether the cycle is over, so that something not recorded is a shortcoming, not yet to come.
   */
  boolean cycleOver() {
    return asOf.isAfter(cycleEnd);
  }

  BigDecimal pass() {
    return BigDecimal.valueOf(passMin.value());
  }
}
