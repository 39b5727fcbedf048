package org.dangong.targets;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import org.dangong.decision.Decision;
import org.dangong.policy.JointStage;
import org.immutables.value.Value;

/**
 * What the {@link TargetEngine} found about one unit in a work cycle: per joint stage of the
 * policy, whether the unit's party and union work were done together and why; its scores and grade;
 * and its place on the commendation list.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(copy = false)
public abstract class UnitReport {
  UnitReport() {}

  /**
   * Returns the unit.
   *
   * @return the unit
   */
  public abstract Unit unit();

  /**
   * Returns the decision for each stage of the policy's {@code JOINT_STAGES}, in the stages'
   * declaration order; stages outside the policy's set are not evaluated and not present.
   *
   * @return the decisions by stage
   */
  public abstract ImmutableMap<JointStage, Decision> stages();

  /**
   * Returns the assessment result with its breakdown.
   *
   * @return the scores
   */
  public abstract UnitScore score();

  /**
   * Returns the decision of rule {@code JOINT-DEPLOY.GRADE}: the combined score and the grade, with
   * the cap and the veto explained.
   *
   * @return the grade decision
   */
  public abstract Decision gradeDecision();

  /**
   * Returns the unit's place on the commendation list.
   *
   * @return the commendation outcome
   */
  public abstract CommendationOutcome commendation();

  /**
   * Returns the decision for one stage.
   *
   * @param stage the stage
   * @return the decision, or empty if the stage is not one of the policy's joint stages
   */
  public Optional<Decision> stage(JointStage stage) {
    return Optional.ofNullable(stages().get(stage));
  }

  /**
   * Tells whether the unit did one stage jointly.
   *
   * @param stage the stage
   * @return whether the stage's decision is satisfied, or empty if the stage is not one of the
   *     policy's joint stages
   */
  public Optional<Boolean> isJoint(JointStage stage) {
    return stage(stage).map(Decision::isPositive);
  }

  /**
   * Returns the unit's grade.
   *
   * @return the grade, or empty if the unit was not assessed
   */
  public Optional<AssessmentGrade> grade() {
    return score().grade();
  }

  /**
   * Returns every decision about the unit: the stages in order, the grade, the commendation.
   *
   * @return the decisions
   */
  public ImmutableList<Decision> decisions() {
    return ImmutableList.<Decision>builder()
        .addAll(stages().values())
        .add(gradeDecision())
        .add(commendation().decision())
        .build();
  }
}
