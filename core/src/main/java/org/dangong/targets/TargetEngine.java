package org.dangong.targets;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangong.decision.Decision;
import org.dangong.policy.JointStage;
import org.dangong.policy.Policy;

/**
 * The joint target management engine (JOINT-DEPLOY: 党工工作同部署、同检查、同考核、同表彰): given a {@link WorkCycle}
 * and a date, it tells for every unit and every joint stage of the policy whether its party and
 * union work were done together and why, scores and grades the unit, and draws up the commendation
 * list.
 *
 * <pre>{@code
 * TargetEngine engine = TargetEngine.of(Policy.national());
 * CycleReport report = engine.evaluate(cycle, LocalDate.of(2025, 1, 15));
 * UnitReport unit = report.unit(UnitId.of("PO-1")).orElseThrow();
 * unit.isJoint(JointStage.DEPLOYMENT);                        // Optional[true]
 * unit.grade();                                               // Optional[GOOD]
 * unit.gradeDecision().render(Locale.SIMPLIFIED_CHINESE);     // why, with citations
 * report.commended();                                         // the commendation list
 * }</pre>
 *
 * <h2>As of a date</h2>
 *
 * <p>Only records dated on or before {@code asOf} count: a target exists from its act's date, an
 * inspection or assessment from its own. Policy values are those in force on {@code asOf}. Where a
 * record is missing (no inspection, no assessment) the decision says so: {@code INFORMATIONAL}
 * while the cycle runs (it may still come), {@code NOT_SATISFIED} once {@code asOf} is after the
 * cycle's end. Missing data is a finding, never an exception.
 *
 * <h2>The stages</h2>
 *
 * <p>Only the stages of the policy's {@code JOINT_STAGES} are evaluated as joint requirements
 * (Suzhou's 四同 by default; a policy of 同规划、同部署、同督导、同考核 gets planning, deployment, supervision and
 * assessment):
 *
 * <ul>
 *   <li>{@link JointStage#DEPLOYMENT} (同部署) and {@link JointStage#PLANNING} (同规划), from the acts of
 *       kind {@link DeploymentKind#DEPLOYMENT} and {@link DeploymentKind#PLAN}: joint when the unit
 *       has party and union targets from such acts and every act setting it union targets also sets
 *       it party targets — or, with {@code JOINT_DEPLOY_SAME_DATE_COUNTS_AS_ONE}, a party act of
 *       the same date exists. A unit with party targets only is not jointly deployed (LEAD-PLAN:
 *       union building is written into the party's targets).
 *   <li>{@link JointStage#INSPECTION} (同检查) and {@link JointStage#SUPERVISION} (同督导), from the
 *       inspections of kind {@link InspectionKind#INSPECTION} and {@link
 *       InspectionKind#SUPERVISION}: joint when one record covers targets of both sides of the
 *       unit, or (per the same-date parameter) two records of the same date do. Units whose records
 *       all covered one side are listed in {@link CycleReport#inspectedOnOneSideOnly()} and {@link
 *       CycleReport#supervisedOnOneSideOnly()}, whatever the policy's stages.
 *   <li>{@link JointStage#ASSESSMENT} (同考核): joint when one assessment scores both sides of the
 *       unit (or two of the same date, per the parameter).
 *   <li>{@link JointStage#COMMENDATION} (同表彰): joint when both the party-building and the
 *       union-building part pass and no veto item failed.
 * </ul>
 *
 * <h2>Scores and grades</h2>
 *
 * <p>Each side's score is the weighted mean of its targets' percentages (see {@link SideScore});
 * once a unit is assessed at all, a target nobody scored counts as 0 and is named. Under joint
 * assessment the combined score weighs the two sides by {@code JOINT_ASSESSMENT_PARTY_SHARE} and
 * {@code JOINT_ASSESSMENT_UNION_SHARE}; without it (or when only one side has targets) the combined
 * score is the party-building score (or the one side's score). Every score is rounded half up to
 * two decimals. The grade is the best whose threshold the combined score reaches ({@code
 * JOINT_ASSESSMENT_EXCELLENT_MIN}, {@code _GOOD_MIN}, {@code _PASS_MIN}); under joint assessment
 * and {@code JOINT_ASSESSMENT_UNION_FAIL_CAPS_GRADE}, a union-building part that fails or has no
 * target caps the grade at {@link AssessmentGrade#PASS}; with {@code
 * JOINT_ASSESSMENT_VETO_ENABLED}, a veto item (一票否决) of a counted side scoring below the pass mark
 * makes it {@link AssessmentGrade#FAIL}. Raising a score never lowers a grade.
 *
 * <h2>Commendation</h2>
 *
 * <p>A unit is eligible when it was assessed, both sides pass (only the counted sides when
 * commendation is not a joint stage), no veto item failed, and its combined score reaches {@code
 * JOINT_COMMENDATION_MIN_SCORE}. Eligible units are ranked by {@link #RANKING}; in that order each
 * is commended if every quota that applies to it (its region's, its category's) and the overall
 * places have room. A unit left out is told why: the quota that is full and, when it tied on
 * combined score with the last unit admitted, the ranking key that put it below.
 *
 * <p>The engine reads each unit's own records through the cycle's indexes: linear in the size of
 * the cycle, plus sorting the eligible units. This class is immutable and thread-safe.
 */
public final class TargetEngine {
  /**
   * The keys of the commendation ranking, in the order they apply: combined score, union-building
   * score, party-building score (each higher first), unit id (ascending).
   */
  public static final ImmutableList<RankingKey> RANKING =
      ImmutableList.of(
          RankingKey.COMBINED_SCORE,
          RankingKey.UNION_SCORE,
          RankingKey.PARTY_SCORE,
          RankingKey.UNIT_ID);

  private final Policy policy;

  private TargetEngine(Policy policy) {
    this.policy = policy;
  }

  /**
   * Obtains an engine applying a policy.
   *
   * @param policy the policy, such as {@link Policy#national()} or a local variant of it
   * @return the engine
   */
  public static TargetEngine of(Policy policy) {
    return new TargetEngine(policy);
  }

  /**
   * Returns the policy the engine applies.
   *
   * @return the policy
   */
  public Policy policy() {
    return policy;
  }

  /**
   * Evaluates a work cycle as of a date.
   *
   * <p>For example, as of the day after the cycle ends, a unit whose party and union targets were
   * set by one act, inspected and assessed together, scoring 95 on both sides, is jointly deployed,
   * inspected, assessed and commended, graded excellent, and on the commendation list unless a
   * quota is full.
   *
   * @param cycle the cycle
   * @param asOf the date of the report; records dated after it are not yet known
   * @return the report
   */
  public CycleReport evaluate(WorkCycle cycle, LocalDate asOf) {
    Settings settings = new Settings(policy, asOf, cycle.end());
    List<UnitEvaluation> units = new ArrayList<>(cycle.units().size());
    for (Unit unit : cycle.units()) {
      units.add(new UnitEvaluation(cycle, unit, settings));
    }
    Commendations commendations = new Commendations(units, cycle, settings);
    ImmutableList.Builder<UnitReport> reports = ImmutableList.builder();
    ImmutableList.Builder<UnitId> inspectedOneSided = ImmutableList.builder();
    ImmutableList.Builder<UnitId> supervisedOneSided = ImmutableList.builder();
    for (UnitEvaluation e : units) {
      ImmutableMap.Builder<JointStage, Decision> stages = ImmutableMap.builder();
      stages.putAll(e.stagesBeforeCommendation);
      if (settings.isJoint(JointStage.COMMENDATION)) {
        stages.put(JointStage.COMMENDATION, e.commendationStage);
      }
      reports.add(
          ImmutableUnitReport.builder()
              .unit(e.unit)
              .stages(stages.buildOrThrow())
              .score(e.score)
              .gradeDecision(e.gradeDecision)
              .commendation(commendations.outcome(e.unit.id()))
              .build());
      if (e.inspectedOneSided.orElse(false)) {
        inspectedOneSided.add(e.unit.id());
      }
      if (e.supervisedOneSided.orElse(false)) {
        supervisedOneSided.add(e.unit.id());
      }
    }
    return ImmutableCycleReport.builder()
        .cycleName(cycle.name())
        .asOf(asOf)
        .jointStages(settings.stages.value())
        .units(reports.build())
        .ranking(commendations.ranking)
        .commended(commendations.commended)
        .inspectedOnOneSideOnly(inspectedOneSided.build())
        .supervisedOnOneSideOnly(supervisedOneSided.build())
        .build();
  }
}
