package org.dangong.targets;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.dangong.decision.Rule;
import org.dangong.decision.RuleId;
import org.dangong.policy.Citation;
import org.dangong.policy.JointStage;
import org.dangong.policy.Source;

/**
 * The rules of joint target management (JOINT-DEPLOY: 同部署、同检查、同考核、同表彰), as the {@link TargetEngine}
 * applies them.
 *
 * <p>One rule per {@link JointStage} decides whether a unit did that stage jointly; {@link #GRADE}
 * gives its combined score and grade; {@link #COMMENDATION_LIST} its place on the commendation
 * list. Every rule rests on the seed's JOINT-DEPLOY practice; the deployment and planning rules
 * also on LEAD-PLAN (union building written into the party's work targets).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TargetRules {
  /** The seed's wording of JOINT-DEPLOY, the basis of every rule here. */
  static final Citation JOINT_DEPLOY_CLAUSE =
      Citation.of(Source.SEED, "JOINT-DEPLOY", "把工会建设纳入各级党组织工作目标管理体系, 实行党工工作同部署、同检查、同考核、同表彰")
          .withNote("Local practice (Suzhou), not law.");

  /** The seed's wording of LEAD-PLAN: union building is written into the party's work targets. */
  static final Citation LEAD_PLAN_CLAUSE =
      Citation.of(Source.SEED, "LEAD-PLAN", "从整体谋划上明确“带”的要求")
          .withNote("Local practice (Suzhou), not law.");

  /** 同规划: a unit's union-building targets are set by plans that also set party-building ones. */
  public static final Rule PLANNING = rule("PLANNING", true);

  /**
   * 同部署: a unit's union-building targets are set by deployment acts that also set its
   * party-building targets (or acts of the same date, per policy), and it has at least one.
   */
  public static final Rule DEPLOYMENT = rule("DEPLOYMENT", true);

  /** 同检查: an inspection of the unit covers both its party and its union targets. */
  public static final Rule INSPECTION = rule("INSPECTION", false);

  /** 同督导: a supervision of the unit covers both its party and its union targets. */
  public static final Rule SUPERVISION = rule("SUPERVISION", false);

  /** 同考核: an assessment of the unit scores both its party and its union targets. */
  public static final Rule ASSESSMENT = rule("ASSESSMENT", false);

  /** 同表彰: both the party-building and the union-building part of the unit pass. */
  public static final Rule COMMENDATION = rule("COMMENDATION", false);

  /** The unit's combined score and grade, with the union cap and the veto items. */
  public static final Rule GRADE = rule("GRADE", false);

  /** The unit's place on the commendation list: eligibility, ranking and quotas. */
  public static final Rule COMMENDATION_LIST = rule("COMMENDATION-LIST", false);

  private static final ImmutableList<Rule> ALL =
      ImmutableList.of(
          PLANNING,
          DEPLOYMENT,
          INSPECTION,
          SUPERVISION,
          ASSESSMENT,
          COMMENDATION,
          GRADE,
          COMMENDATION_LIST);

  private TargetRules() {}

  /**
   * Returns every rule of joint target management.
   *
   * @return the rules
   */
  public static ImmutableList<Rule> all() {
    return ALL;
  }

  /**
   * Returns the rule that decides whether a unit did a stage jointly.
   *
   * @param stage the stage
   * @return the stage's rule
   */
  public static Rule forStage(JointStage stage) {
    return switch (stage) {
      case PLANNING -> PLANNING;
      case DEPLOYMENT -> DEPLOYMENT;
      case INSPECTION -> INSPECTION;
      case SUPERVISION -> SUPERVISION;
      case ASSESSMENT -> ASSESSMENT;
      case COMMENDATION -> COMMENDATION;
    };
  }

  private static Rule rule(String name, boolean leadPlan) {
    return Rule.of(
        RuleId.of("JOINT-DEPLOY." + name),
        leadPlan ? ImmutableSet.of("JOINT-DEPLOY", "LEAD-PLAN") : ImmutableSet.of("JOINT-DEPLOY"),
        leadPlan
            ? ImmutableList.of(JOINT_DEPLOY_CLAUSE, LEAD_PLAN_CLAUSE)
            : ImmutableList.of(JOINT_DEPLOY_CLAUSE));
  }
}
