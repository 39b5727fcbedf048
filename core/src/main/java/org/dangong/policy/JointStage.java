package org.dangong.policy;

import org.dangong.model.Labelled;

/**
 * A stage of party and union work that a unit does <em>together</em> under JOINT-DEPLOY (党工工作
 * 同部署、同检查、同考核、同表彰).
 *
 * <p>Which stages are joint is local practice, so it is the policy parameter {@link
 * Parameters#JOINT_STAGES}: the seed (Suzhou) names deployment, inspection, assessment and
 * commendation; other cities say planning, deployment, supervision and assessment.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum JointStage implements Labelled {
  /** 同规划: planned together. */
  PLANNING,
  /** 同部署: deployed together. */
  DEPLOYMENT,
  /** 同检查: inspected together. */
  INSPECTION,
  /** 同督导: supervised together. */
  SUPERVISION,
  /** 同考核: assessed together. */
  ASSESSMENT,
  /** 同表彰: commended together. */
  COMMENDATION;

  /**
   * Returns the key of this stage's label, {@code enum.JointStage.<NAME>}.
   *
   * @return the message key
   */
  @Override
  public String messageKey() {
    return "enum.JointStage." + name();
  }
}
