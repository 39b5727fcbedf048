package org.dangong.targets;

import org.dangong.model.Labelled;
import org.dangong.policy.JointStage;

/**
 * What kind of check an {@link Inspection} is: an inspection (检查) or a supervision (督导).
 *
 * <p>Both are records of a body looking at some of the units' targets on a date, and both are
 * validated alike. The kind decides which joint stage the record is evidence for: an inspection for
 * {@link JointStage#INSPECTION} (同检查), a supervision for {@link JointStage#SUPERVISION} (同督导), the
 * stage of cities that say 同规划、同部署、同督导、同考核.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum InspectionKind implements Labelled {
  /** An inspection (检查), evidence for joint inspection. */
  INSPECTION(JointStage.INSPECTION),
  /** A supervision (督导), evidence for joint supervision. */
  SUPERVISION(JointStage.SUPERVISION);

  private final JointStage stage;

  InspectionKind(JointStage stage) {
    this.stage = stage;
  }

  /**
   * Returns the joint stage records of this kind are evidence for.
   *
   * @return {@link JointStage#INSPECTION} or {@link JointStage#SUPERVISION}
   */
  public JointStage stage() {
    return stage;
  }

  /**
   * Returns the key of this kind's label, {@code enum.InspectionKind.<NAME>}.
   *
   * @return the message key
   */
  @Override
  public String messageKey() {
    return "enum.InspectionKind." + name();
  }
}
