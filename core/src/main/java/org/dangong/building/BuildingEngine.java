package org.dangong.building;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.policy.Policy;
import org.jspecify.annotations.Nullable;

/**
 * The building engine (建 and 双带): for every non-public enterprise of a jurisdiction, its party and
 * union coverage, the organisations it needs, the actions that get them built, proposed joint
 * branches, the network checks and the regional indicators.
 *
 * <pre>{@code
 * BuildingEngine engine = BuildingEngine.of(Policy.national());
 * BuildingReport report = engine.evaluate(jurisdiction, LocalDate.of(2024, 6, 30));
 * report.totals().partyCovered();                               // 1574/2000
 *
 * // one enterprise
 * EnterpriseAssessment a = engine.assess(jurisdiction, EnterpriseId.of("E-1"), asOf);
 *
 * // one region, for example one county per worker: the same assessments as the whole city
 * BuildingReport kunshan = engine.evaluate(jurisdiction, RegionId.of("R320583"), asOf);
 *
 * // national screening: the same classification, no decisions, an int an enterprise
 * CoverageScreening screening = engine.classify(jurisdiction, asOf);
 * }</pre>
 *
 * <p>The engine is a pure function of the jurisdiction, its policy and the date: it reads no clock,
 * logs nothing, and gives equal reports for equal input, in a deterministic order. It is linear in
 * the size of what it evaluates: each enterprise is assessed from its own neighbourhood through the
 * jurisdiction's indexes (its staff, the organisations covering it, its building areas'
 * organisations, its assignments), plus one pass over the organisations to index building areas,
 * working committees and town unions. Because an assessment depends on nothing else, evaluating a
 * region gives the same assessment of each of its enterprises as evaluating the whole jurisdiction:
 * a caller can evaluate regions in parallel, each on its own thread. A jurisdiction is valid by
 * construction, and the engine never throws on one.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BuildingEngine {
  private final Policy policy;

  private BuildingEngine(Policy policy) {
    this.policy = policy;
  }

  /**
   * Obtains an engine that applies the given policy.
   *
   * @param policy the policy, such as {@link Policy#national()} or a local variant of it
   * @return the engine
   */
  public static BuildingEngine of(Policy policy) {
    return new BuildingEngine(policy);
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
   * Evaluates a whole jurisdiction on a date.
   *
   * <p>The report has an assessment for every non-public enterprise (closed ones classified but out
   * of scope), proposed joint branches, decisions about organisations, network checks for every
   * subdistrict and county-level region, indicators for every region above town level, and the
   * counts of every region rolled up the region tree.
   *
   * @param jurisdiction the jurisdiction
   * @param asOf the date
   * @return the report
   */
  public BuildingReport evaluate(Jurisdiction jurisdiction, LocalDate asOf) {
    return new Evaluation(jurisdiction, policy, asOf)
        .report(jurisdiction.rootRegions(), Optional.empty());
  }

  /**
   * Evaluates one region of a jurisdiction and everything below it.
   *
   * <p>Each enterprise registered in the region or below is assessed exactly as {@link
   * #evaluate(Jurisdiction, LocalDate)} assesses it, so regions can be evaluated separately — in
   * parallel, for a jurisdiction too large for one pass — and their assessments put together. Joint
   * branches are proposed among the region's enterprises only, and the region is the top of the
   * rolled-up counts.
   *
   * @param jurisdiction the jurisdiction
   * @param region the region at the top of the subtree to evaluate
   * @param asOf the date
   * @return the report, its {@link BuildingReport#scope()} the region
   * @throws IllegalArgumentException if the jurisdiction has no such region
   */
  public BuildingReport evaluate(Jurisdiction jurisdiction, RegionId region, LocalDate asOf) {
    Optional<Region> top = jurisdiction.region(region);
    checkArgument(top.isPresent(), "no region %s in the jurisdiction", region.value());
    return new Evaluation(jurisdiction, policy, asOf)
        .report(List.of(top.get()), Optional.of(region));
  }

  /**
   * Classifies every non-public enterprise of a whole jurisdiction on a date, without explaining:
   * the compact, fast path for screening at national scale.
   *
   * <p>For each non-public enterprise, in id order, the screening holds its party and union
   * coverage, the party form it needs and how a required branch is led, whether it must have its
   * own union committee, whether a full-time chair is possible and its women's work form. It
   * applies the same rules, policy values and thresholds as {@link #evaluate(Jurisdiction,
   * LocalDate)} — {@code BUILDING.COVERAGE}, {@code BUILDING.PARTY-ORGANIZATION} (BRANCH-REG Art.
   * 4–5), {@code BUILDING.BRANCH-LEADERSHIP} (Art. 20), {@code BUILDING.PARTY-SCALE}, {@code
   * BUILDING.UNION-ORGANIZATION} (UNION-LAW Art. 11), {@code BUILDING.FULL-TIME-CHAIR} (Art. 14) and
   * {@code BUILDING.WOMEN-WORK} (Art. 11); see {@link CoverageScreening#rules()} — so every value
   * equals the one in the enterprise's {@link EnterpriseAssessment}, and the screening's counts
   * equal the report's totals. It builds no {@link org.dangong.decision.Decision}s and cites
   * nothing: use {@code evaluate} (or {@link #assess(Jurisdiction, EnterpriseId, LocalDate)} for
   * the enterprises a screening singles out) for the explained decisions, the actions, joint
   * branches, network checks and indicators. The policy's values are read once per call; the pass
   * reads each enterprise's staff and covering organisations through the jurisdiction's indexes and
   * allocates nothing per person.
   *
   * @param jurisdiction the jurisdiction
   * @param asOf the date
   * @return the screening, its {@link CoverageScreening#scope()} empty
   */
  public CoverageScreening classify(Jurisdiction jurisdiction, LocalDate asOf) {
    return new Screener(policy, asOf)
        .screen(jurisdiction, Screener.all(jurisdiction), asOf, Optional.empty());
  }

  /**
   * Classifies every non-public enterprise registered in one region or below it, as {@link
   * #classify(Jurisdiction, LocalDate)} classifies it: regions can be screened separately, in
   * parallel, and give the same values as the whole jurisdiction.
   *
   * @param jurisdiction the jurisdiction
   * @param region the region at the top of the subtree to screen
   * @param asOf the date
   * @return the screening, its {@link CoverageScreening#scope()} the region
   * @throws IllegalArgumentException if the jurisdiction has no such region
   */
  public CoverageScreening classify(Jurisdiction jurisdiction, RegionId region, LocalDate asOf) {
    Optional<Region> top = jurisdiction.region(region);
    checkArgument(top.isPresent(), "no region %s in the jurisdiction", region.value());
    return new Screener(policy, asOf)
        .screen(
            jurisdiction, Screener.within(jurisdiction, top.get()), asOf, Optional.of(region));
  }

  /**
   * Assesses one non-public enterprise on a date: its coverage, required forms, decisions about the
   * organisations covering it and its building actions — the same assessment as in {@link
   * #evaluate(Jurisdiction, LocalDate)}.
   *
   * <p>Besides the enterprise's own neighbourhood this indexes the jurisdiction's organisations
   * once, to find its building areas' organisations; to assess many enterprises, evaluate their
   * region instead.
   *
   * @param jurisdiction the jurisdiction
   * @param enterprise the enterprise
   * @param asOf the date
   * @return the assessment
   * @throws IllegalArgumentException if the jurisdiction has no such enterprise, or if it is
   *     state-owned or collective (党建带工建 is about non-public enterprises)
   */
  public EnterpriseAssessment assess(
      Jurisdiction jurisdiction, EnterpriseId enterprise, LocalDate asOf) {
    Optional<Enterprise> e = jurisdiction.enterprise(enterprise);
    checkArgument(e.isPresent(), "no enterprise %s in the jurisdiction", enterprise.value());
    checkArgument(
        e.get().isNonPublic(),
        "enterprise %s is %s: building covers non-public enterprises only",
        enterprise.value(),
        e.get().ownership());
    return new Evaluation(jurisdiction, policy, asOf).assess(e.get());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof BuildingEngine engine && policy.equals(engine.policy);
  }

  @Override
  public int hashCode() {
    return policy.hashCode();
  }

  /**
   * Returns a short description, without the policy's values.
   *
   * @return {@code BuildingEngine[policy]}
   */
  @Override
  public String toString() {
    return "BuildingEngine[policy]";
  }
}
