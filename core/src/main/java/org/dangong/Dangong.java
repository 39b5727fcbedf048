package org.dangong;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import org.dangong.decision.Labels;
import org.dangong.decision.Rule;
import org.dangong.decision.RuleCatalog;
import org.dangong.decision.SubjectKind;
import org.dangong.decision.Verdict;
import org.dangong.model.AssignmentKind;
import org.dangong.model.ClusterKind;
import org.dangong.model.EmploymentRole;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.Labelled;
import org.dangong.model.MembershipStatus;
import org.dangong.model.Nationality;
import org.dangong.model.Ownership;
import org.dangong.model.PartyForm;
import org.dangong.model.PartyStage;
import org.dangong.model.RegionLevel;
import org.dangong.model.TrainingKind;
import org.dangong.model.UnionForm;
import org.dangong.model.Problem;
import org.dangong.model.WomenWorkForm;
import org.dangong.policy.JointStage;
import org.dangong.policy.Parameters;
import org.dangong.policy.Ratio;
import org.dangong.policy.Source;

/**
 * The entry point to what the library knows about itself: the catalogue of every rule it applies
 * and the check that every rule, constant and policy parameter is titled in Chinese and English.
 *
 * <p>Each engine package contributes one line to {@link #ruleCatalog()} (its {@code
 * XxxRules.all()}) and each package with user-visible enums one line to {@link
 * #labelledConstants()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Dangong {
  private static final RuleCatalog CATALOG =
      RuleCatalog.of(
          ImmutableList.<Rule>builder()
              // One line per engine, e.g. .addAll(org.dangong.building.BuildingRules.all())
              .addAll(org.dangong.building.BuildingRules.all())
              .addAll(org.dangong.targets.TargetRules.all())
              .addAll(org.dangong.appointment.AppointmentRules.all())
              .addAll(org.dangong.recommendation.RecommendationRules.all())
              .addAll(org.dangong.restructuring.RestructuringRules.all())
              .build());

  /** The texts that rendering decisions and values needs, and the reasons shared by engines. */
  private static final ImmutableList<String> SHARED_KEYS =
      ImmutableList.of(
          "decision.rule",
          "decision.rule.untitled",
          "decision.subject",
          "decision.verdict",
          "decision.asOf",
          "decision.reasons",
          "decision.reason",
          "decision.parameter",
          "decision.citations",
          "format.date",
          "format.ratio",
          "format.boolean.true",
          "format.boolean.false",
          "format.period.years",
          "format.period.months",
          "format.period.days",
          "reason.below-threshold",
          "reason.meets-threshold",
          "reason.above-maximum",
          "reason.within-maximum",
          "reason.ratio-not-met",
          "reason.ratio-met",
          "reason.deadline-missed");

  private Dangong() {}

  /**
   * Returns the catalogue of every rule of every engine.
   *
   * @return the rule catalogue
   */
  public static RuleCatalog ruleCatalog() {
    return CATALOG;
  }

  /**
   * Returns every user-visible constant of the library that has a label: every constant of the
   * library's {@code Labelled} enums and every policy parameter.
   *
   * @return the labelled constants
   */
  public static ImmutableList<Labelled> labelledConstants() {
    return ImmutableList.<Labelled>builder()
        // decision
        .addAll(Arrays.asList(Verdict.values()))
        .addAll(Arrays.asList(SubjectKind.values()))
        // policy
        .addAll(Arrays.asList(Source.values()))
        .addAll(Arrays.asList(JointStage.values()))
        .addAll(Arrays.asList(Ratio.Bound.values()))
        .addAll(Parameters.all())
        // model
        .addAll(Arrays.asList(RegionLevel.values()))
        .addAll(Arrays.asList(ClusterKind.values()))
        .addAll(Arrays.asList(Ownership.values()))
        .addAll(Arrays.asList(EnterpriseStatus.values()))
        .addAll(Arrays.asList(Nationality.values()))
        .addAll(Arrays.asList(EmploymentRole.values()))
        .addAll(Arrays.asList(PartyStage.values()))
        .addAll(Arrays.asList(MembershipStatus.values()))
        .addAll(Arrays.asList(TrainingKind.values()))
        .addAll(Arrays.asList(PartyForm.values()))
        .addAll(Arrays.asList(UnionForm.values()))
        .addAll(Arrays.asList(WomenWorkForm.values()))
        .addAll(Arrays.asList(AssignmentKind.values()))
        // engines: one line per Labelled enum
        .addAll(Arrays.asList(org.dangong.building.PartyCoverage.values()))
        .addAll(Arrays.asList(org.dangong.building.UnionCoverage.values()))
        .addAll(Arrays.asList(org.dangong.building.Quadrant.values()))
        .addAll(Arrays.asList(org.dangong.building.BranchLeadership.values()))
        .addAll(Arrays.asList(org.dangong.building.ActionKind.values()))
        .addAll(Arrays.asList(org.dangong.building.GroupingBasis.values()))
        .addAll(Arrays.asList(org.dangong.targets.WorkSide.values()))
        .addAll(Arrays.asList(org.dangong.targets.DeploymentKind.values()))
        .addAll(Arrays.asList(org.dangong.targets.InspectionKind.values()))
        .addAll(Arrays.asList(org.dangong.targets.AssessmentGrade.values()))
        .addAll(Arrays.asList(org.dangong.targets.QuotaScope.values()))
        .addAll(Arrays.asList(org.dangong.targets.RankingKey.values()))
        .addAll(Arrays.asList(org.dangong.appointment.AppointmentBar.values()))
        .addAll(Arrays.asList(org.dangong.appointment.LeadershipPost.values()))
        .addAll(Arrays.asList(org.dangong.appointment.ElectionApproval.values()))
        .addAll(Arrays.asList(org.dangong.appointment.AuditFindingKind.values()))
        .addAll(Arrays.asList(org.dangong.appointment.CrossAppointmentDirection.values()))
        .addAll(Arrays.asList(org.dangong.recommendation.WorkflowStep.values()))
        .addAll(Arrays.asList(org.dangong.recommendation.DevelopmentStage.values()))
        .addAll(Arrays.asList(org.dangong.recommendation.CandidacyStage.values()))
        .addAll(Arrays.asList(org.dangong.recommendation.RecommendationChannel.values()))
        .addAll(Arrays.asList(org.dangong.recommendation.PartyOrganizationStatus.values()))
        .addAll(Arrays.asList(org.dangong.recommendation.ObligationKind.values()))
        .addAll(Arrays.asList(org.dangong.recommendation.ObligationStatus.values()))
        .addAll(Arrays.asList(org.dangong.restructuring.RestructuringKind.values()))
        .addAll(Arrays.asList(org.dangong.restructuring.Departure.values()))
        .addAll(Arrays.asList(org.dangong.restructuring.StaffOutcome.values()))
        .addAll(Arrays.asList(org.dangong.restructuring.PartyRoute.values()))
        .addAll(Arrays.asList(org.dangong.restructuring.MembershipRoute.values()))
        .addAll(Arrays.asList(org.dangong.restructuring.OrganizationFate.values()))
        .addAll(Arrays.asList(org.dangong.restructuring.OrganizationPost.values()))
        .addAll(Arrays.asList(org.dangong.restructuring.EnterpriseFate.values()))
        .build();
  }

  /**
   * Checks that the library is completely titled: see {@link
   * RuleCatalog#completenessProblems(Iterable)}, applied to {@link #ruleCatalog()} and {@link
   * #labelledConstants()}, plus the texts that rendering decisions needs and the shared reason
   * messages ({@code reason.below-threshold} …).
   *
   * @return every problem found, empty when complete
   */
  public static ImmutableList<Problem> completenessProblems() {
    return ImmutableList.<Problem>builder()
        .addAll(CATALOG.completenessProblems(labelledConstants()))
        .addAll(Labels.missingTranslations(SHARED_KEYS))
        .build();
  }
}
