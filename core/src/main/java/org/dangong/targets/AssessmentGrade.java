package org.dangong.targets;

import org.dangong.model.Labelled;

/**
 * The grade (等次) of a unit's assessment for a work cycle, from its combined score and the policy's
 * thresholds ({@code JOINT_ASSESSMENT_EXCELLENT_MIN}, {@code JOINT_ASSESSMENT_GOOD_MIN}, {@code
 * JOINT_ASSESSMENT_PASS_MIN}).
 *
 * <p>Constants are declared from worst to best, so {@link #compareTo(Enum)} orders grades: {@code
 * FAIL < PASS < GOOD < EXCELLENT}.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum AssessmentGrade implements Labelled {
  /** Fail (不合格). */
  FAIL,
  /** Pass (合格). */
  PASS,
  /** Good (良好). */
  GOOD,
  /** Excellent (优秀). */
  EXCELLENT;

  /**
   * Tells whether this grade is at least as good as another.
   *
   * @param other the other grade
   * @return true if this grade is the other or better
   */
  public boolean isAtLeast(AssessmentGrade other) {
    return compareTo(other) >= 0;
  }

  /**
   * Returns the worse of this grade and a cap.
   *
   * @param cap the best grade allowed
   * @return this grade, or {@code cap} if this grade is better
   */
  public AssessmentGrade atMost(AssessmentGrade cap) {
    return isAtLeast(cap) ? cap : this;
  }

  /**
   * Returns the key of this grade's label, {@code enum.AssessmentGrade.<NAME>}.
   *
   * @return the message key
   */
  @Override
  public String messageKey() {
    return "enum.AssessmentGrade." + name();
  }
}
