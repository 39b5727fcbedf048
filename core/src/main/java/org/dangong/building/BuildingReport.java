package org.dangong.building;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.dangong.decision.Decision;
import org.dangong.model.EnterpriseId;
import org.dangong.model.RegionId;
import org.immutables.value.Value;

/**
 * What the building engine reports about a jurisdiction, or a region of it, on a date: every
 * non-public enterprise's assessment, the proposed joint branches, the organisations whose terms
 * have expired, the network checks and the indicators, and the counts of every region rolled up the
 * region tree — what a municipal organisation department or federation of trade unions acts on.
 *
 * <pre>{@code
 * BuildingReport report = BuildingEngine.of(Policy.national()).evaluate(city, asOf);
 * report.totals().partyCovered();                   // 1574/2000
 * report.assessment(EnterpriseId.of("E0042"));      // Optional[…]
 * report.jointBranchProposals();                    // grouped by cluster, then region
 * report.allDecisions().forEach(d -> System.out.println(d.render(Locale.SIMPLIFIED_CHINESE)));
 * }</pre>
 *
 * <p>Everything is in a deterministic order: assessments by enterprise id, proposals by basis,
 * place and sequence, regions by id, decisions by subject and rule. The same jurisdiction, policy
 * and date always give an equal report.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BuildingReport {
  BuildingReport() {}

  /**
   * Returns the date the report was made for.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the region the report is limited to, if any; empty for a whole jurisdiction.
   *
   * @return the region at the top of the evaluated subtree, if any
   */
  public abstract Optional<RegionId> scope();

  /**
   * Returns the assessment of every non-public enterprise in scope, closed ones included, in
   * enterprise id order; each enterprise appears exactly once.
   *
   * @return the assessments
   */
  public abstract ImmutableList<EnterpriseAssessment> assessments();

  /**
   * Returns the proposed joint branches: groups by cluster first, then by region; ordered by basis,
   * place id and sequence. No enterprise is in two of them.
   *
   * @return the proposals
   */
  public abstract ImmutableList<JointBranchProposal> jointBranchProposals();

  /**
   * Returns the decisions about organisations covering the enterprises (expired terms, joint branch
   * leadership, branches above the advisory size, union chairs' training), each organisation and
   * rule once, ordered by subject, then rule id.
   *
   * @return the decisions
   */
  public abstract ImmutableList<Decision> organizationDecisions();

  /**
   * Returns the network checks (SYNC-NETWORK: coordinators of subdistricts, working committees of
   * county-level regions; DUAL-LEAD-2 for instructors assigned to regions), in region id order.
   *
   * @return the decisions
   */
  public abstract ImmutableList<Decision> networkDecisions();

  /**
   * Returns the indicators of every region above town level (coverage rates, LEAD-TOWN and
   * LEAD-TRAIN shares), in region id order.
   *
   * @return the decisions
   */
  public abstract ImmutableList<Decision> indicatorDecisions();

  /**
   * Returns the counts of every region in scope, in region id order.
   *
   * @return the region statistics
   */
  public abstract ImmutableList<RegionStatistics> regions();

  /**
   * Returns the counts of the whole scope: the sum of the totals of its top regions.
   *
   * @return the counts
   */
  public abstract BuildingCounts totals();

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<EnterpriseId, EnterpriseAssessment> byEnterprise() {
    ImmutableMap.Builder<EnterpriseId, EnterpriseAssessment> map = ImmutableMap.builder();
    assessments().forEach(a -> map.put(a.enterprise(), a));
    return map.buildOrThrow();
  }

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<RegionId, RegionStatistics> byRegion() {
    ImmutableMap.Builder<RegionId, RegionStatistics> map = ImmutableMap.builder();
    regions().forEach(r -> map.put(r.region(), r));
    return map.buildOrThrow();
  }

  @Value.Derived
  @Value.Auxiliary
  ImmutableMap<EnterpriseId, JointBranchProposal> byProposedEnterprise() {
    Map<EnterpriseId, JointBranchProposal> map = new HashMap<>();
    for (JointBranchProposal p : jointBranchProposals()) {
      p.enterprises().forEach(e -> map.putIfAbsent(e, p));
    }
    return ImmutableMap.copyOf(map);
  }

  /**
   * Returns the assessment of an enterprise.
   *
   * @param enterprise the enterprise
   * @return its assessment; empty if it is not a non-public enterprise in scope
   */
  public Optional<EnterpriseAssessment> assessment(EnterpriseId enterprise) {
    return Optional.ofNullable(byEnterprise().get(enterprise));
  }

  /**
   * Returns the counts of a region.
   *
   * @param region the region
   * @return its statistics; empty if it is not in scope
   */
  public Optional<RegionStatistics> region(RegionId region) {
    return Optional.ofNullable(byRegion().get(region));
  }

  /**
   * Returns the proposed joint branch an enterprise is in.
   *
   * @param enterprise the enterprise
   * @return the proposal, if any
   */
  public Optional<JointBranchProposal> proposalFor(EnterpriseId enterprise) {
    return Optional.ofNullable(byProposedEnterprise().get(enterprise));
  }

  /**
   * Returns every building action, in enterprise id order, then kind.
   *
   * @return the actions
   */
  public ImmutableList<BuildingAction> actions() {
    ImmutableList.Builder<BuildingAction> all = ImmutableList.builder();
    assessments().forEach(a -> all.addAll(a.actions()));
    return all.build();
  }

  /**
   * Returns every decision of the report, each once: the enterprises' decisions and actions (in
   * enterprise order), the organisation decisions, the joint-branch proposals, the network checks
   * and the indicators.
   *
   * @return the decisions
   */
  public ImmutableList<Decision> allDecisions() {
    ImmutableList.Builder<Decision> all = ImmutableList.builder();
    for (EnterpriseAssessment a : assessments()) {
      all.addAll(a.decisions());
      a.actions().forEach(action -> all.add(action.decision()));
    }
    all.addAll(organizationDecisions());
    jointBranchProposals().forEach(p -> all.add(p.decision()));
    all.addAll(networkDecisions());
    all.addAll(indicatorDecisions());
    return all.build();
  }

  /**
   * Returns the report in short, without personal data, such as {@code BuildingReport[2026-06-30,
   * enterprises=12, proposals=2, BuildingCounts[…]]}.
   *
   * @return the report as text
   */
  @Override
  public String toString() {
    return "BuildingReport["
        + asOf()
        + scope().map(r -> ", scope=" + r.value()).orElse("")
        + ", enterprises="
        + assessments().size()
        + ", proposals="
        + jointBranchProposals().size()
        + ", "
        + totals()
        + "]";
  }
}
