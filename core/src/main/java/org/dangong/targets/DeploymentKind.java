package org.dangong.targets;

import org.dangong.model.Labelled;
import org.dangong.policy.JointStage;

/**
 * What kind of act a {@link Deployment} is: a plan (规划) or a deployment act (部署文件).
 *
 * <p>Both set targets, and every target is assessed whatever act set it. The kind decides which
 * joint stage the act is evidence for: a plan for {@link JointStage#PLANNING} (同规划), a deployment
 * act for {@link JointStage#DEPLOYMENT} (同部署). Cities whose joint stages include planning
 * (同规划、同部署、同督导、同考核) record their plans as acts of kind {@link #PLAN}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DeploymentKind implements Labelled {
  /** A plan (规划), evidence for joint planning. */
  PLAN(JointStage.PLANNING),
  /** A deployment act (部署文件), evidence for joint deployment. */
  DEPLOYMENT(JointStage.DEPLOYMENT);

  private final JointStage stage;

  DeploymentKind(JointStage stage) {
    this.stage = stage;
  }

  /**
   * Returns the joint stage acts of this kind are evidence for.
   *
   * @return {@link JointStage#PLANNING} or {@link JointStage#DEPLOYMENT}
   */
  public JointStage stage() {
    return stage;
  }

  /**
   * Returns the key of this kind's label, {@code enum.DeploymentKind.<NAME>}.
   *
   * @return the message key
   */
  @Override
  public String messageKey() {
    return "enum.DeploymentKind." + name();
  }
}
