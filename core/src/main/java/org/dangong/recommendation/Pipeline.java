package org.dangong.recommendation;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How many people of a cohort reached each milestone of the membership-development pipeline, and
 * the conversion rates between milestones.
 *
 * <p>The milestones are the stages {@link DevelopmentStage#APPLICANT}, {@link
 * DevelopmentStage#ACTIVIST}, {@link DevelopmentStage#DEVELOPMENT_TARGET}, {@link
 * DevelopmentStage#ADMITTED} (by the branch meeting), {@link DevelopmentStage#PROBATIONARY}
 * (approved) and {@link DevelopmentStage#FULL_MEMBER}. A person counts as having reached a
 * milestone even if the development ended later (a cancelled probation still reached {@code
 * PROBATIONARY}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Pipeline {
  /** The milestones, in order. */
  public static final ImmutableList<DevelopmentStage> MILESTONES =
      ImmutableList.of(
          DevelopmentStage.APPLICANT,
          DevelopmentStage.ACTIVIST,
          DevelopmentStage.DEVELOPMENT_TARGET,
          DevelopmentStage.ADMITTED,
          DevelopmentStage.PROBATIONARY,
          DevelopmentStage.FULL_MEMBER);

  /** The step that reaches each milestone, in the order of {@link #MILESTONES}. */
  private static final ImmutableList<WorkflowStep> MILESTONE_STEPS =
      ImmutableList.of(
          WorkflowStep.APPLICATION,
          WorkflowStep.ACTIVIST_DETERMINATION,
          WorkflowStep.TARGET_DETERMINATION,
          WorkflowStep.BRANCH_MEETING,
          WorkflowStep.APPROVAL,
          WorkflowStep.CONVERSION);

  Pipeline() {}

  /**
   * Returns how many reached each milestone, for every milestone.
   *
   * @return the counts by milestone, in milestone order
   */
  @Value.Parameter
  public abstract ImmutableMap<DevelopmentStage, Long> counts();

  static Pipeline from(Iterable<MembershipDevelopment> cohort) {
    long[] counts = new long[MILESTONES.size()];
    for (MembershipDevelopment d : cohort) {
      for (int i = 0; i < counts.length; i++) {
        if (d.dateOf(MILESTONE_STEPS.get(i)).isPresent()) {
          counts[i]++;
        }
      }
    }
    ImmutableMap.Builder<DevelopmentStage, Long> map = ImmutableMap.builder();
    for (int i = 0; i < counts.length; i++) {
      map.put(MILESTONES.get(i), counts[i]);
    }
    return ImmutablePipeline.of(map.build());
  }

  /**
   * Returns how many reached a milestone.
   *
   * @param milestone one of {@link #MILESTONES}
   * @return the count; 0 for a stage that is not a milestone
   */
  public final long reached(DevelopmentStage milestone) {
    return counts().getOrDefault(milestone, 0L);
  }

  /**
   * Returns the share of those who reached one milestone that went on to reach a later one, to four
   * decimal places (half even).
   *
   * <p>For example {@code conversionRate(ACTIVIST, FULL_MEMBER)} is the share of activists who
   * became full members.
   *
   * @param from the earlier milestone
   * @param to the later milestone
   * @return the rate between 0 and 1, or empty if nobody reached {@code from}
   */
  public final Optional<BigDecimal> conversionRate(DevelopmentStage from, DevelopmentStage to) {
    long base = reached(from);
    if (base == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(reached(to))
            .divide(BigDecimal.valueOf(base), 4, RoundingMode.HALF_EVEN));
  }

  /**
   * Returns the conversion rate of each milestone to the next.
   *
   * @return the rates keyed by the later milestone, in milestone order; a milestone whose
   *     predecessor nobody reached is left out
   */
  public final ImmutableMap<DevelopmentStage, BigDecimal> stepRates() {
    ImmutableMap.Builder<DevelopmentStage, BigDecimal> rates = ImmutableMap.builder();
    for (int i = 1; i < MILESTONES.size(); i++) {
      DevelopmentStage to = MILESTONES.get(i);
      conversionRate(MILESTONES.get(i - 1), to).ifPresent(r -> rates.put(to, r));
    }
    return rates.build();
  }

  /**
   * Returns the pipeline in short, such as {@code Pipeline[APPLICANT=10, ACTIVIST=6, …]}.
   *
   * @return the pipeline as text
   */
  @Override
  public String toString() {
    return "Pipeline[" + Joiner.on(", ").withKeyValueSeparator("=").join(counts()) + "]";
  }
}
