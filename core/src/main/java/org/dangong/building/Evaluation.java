package org.dangong.building;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dangong.decision.Argument;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.RuleId;
import org.dangong.decision.Subject;
import org.dangong.decision.Verdict;
import org.dangong.model.Assignment;
import org.dangong.model.ClusterId;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.Jurisdiction;
import org.dangong.model.OrganizationId;
import org.dangong.model.PartyOrganization;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.model.RegionLevel;
import org.dangong.model.UnionOrganization;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.PolicyValue;

/**
 * One evaluation of a jurisdiction, or of a region subtree of it: assesses every non-public
 * enterprise in scope, groups the joint-branch candidates, checks the network and rolls the counts
 * up the region tree. Linear in the size of the scope (plus one pass over the organisations for the
 * index); used once, by one thread.
 */
final class Evaluation {
  private static final Comparator<Decision> BY_SUBJECT_THEN_RULE =
      Comparator.comparing(Decision::subject).thenComparing(Decision::ruleId);

  private final Jurisdiction j;
  private final Policy policy;
  private final LocalDate asOf;
  private final BuildingIndex index;
  private final Assessor assessor;

  /** A region in scope: its depth below the top, its parent in scope, its counts. */
  private static final class Node {
    final Region region;
    final int depth;
    final Optional<RegionId> parent;
    final List<RegionId> children = new ArrayList<>();
    final BuildingCounts.Tally direct = new BuildingCounts.Tally();
    BuildingCounts total = BuildingCounts.empty();

    Node(Region region, int depth, Optional<RegionId> parent) {
      this.region = region;
      this.depth = depth;
      this.parent = parent;
    }
  }

  /** The regions in scope, breadth first from the roots. */
  private final List<Node> regions = new ArrayList<>();

  private final Map<RegionId, Node> nodes = new HashMap<>();

  Evaluation(Jurisdiction j, Policy policy, LocalDate asOf) {
    this.j = j;
    this.policy = policy;
    this.asOf = asOf;
    this.index = BuildingIndex.of(j);
    this.assessor = new Assessor(j, policy, asOf, index);
  }

  EnterpriseAssessment assess(Enterprise e) {
    return assessor.assess(e);
  }

  BuildingReport report(List<Region> roots, Optional<RegionId> scope) {
    Deque<Node> queue = new ArrayDeque<>();
    for (Region root : roots) {
      queue.add(new Node(root, 0, Optional.empty()));
    }
    while (!queue.isEmpty()) {
      Node n = queue.poll();
      regions.add(n);
      nodes.put(n.region.id(), n);
      for (Region child : j.children(n.region.id())) {
        n.children.add(child.id());
        queue.add(new Node(child, n.depth + 1, Optional.of(n.region.id())));
      }
    }

    // Assessments, in enterprise id order.
    List<Enterprise> enterprises = new ArrayList<>();
    for (Node n : regions) {
      for (Enterprise e : j.enterprisesIn(n.region.id())) {
        if (e.isNonPublic()) {
          enterprises.add(e);
        }
      }
    }
    enterprises.sort(Comparator.comparing(Enterprise::id));
    ImmutableList.Builder<EnterpriseAssessment> assessments = ImmutableList.builder();
    Map<OrganizationId, UnionOrganization> chairedUnions = new LinkedHashMap<>();
    Map<String, Decision> organizationDecisions = new LinkedHashMap<>();
    List<JointBranchPlanner.Unit> candidates = new ArrayList<>();
    for (Enterprise e : enterprises) {
      EnterpriseAssessment a = assessor.assess(e);
      assessments.add(a);
      node(e.region()).direct.enterprise(a);
      for (Decision d : a.organizationDecisions()) {
        organizationDecisions.putIfAbsent(d.ruleId() + "|" + d.subject(), d);
      }
      if (a.inScope()) {
        for (OrganizationId id : a.unionOrganizations()) {
          j.unionOrganization(id).ifPresent(u -> chairedUnions.putIfAbsent(id, u));
        }
      }
      if (a.jointBranchCandidate()) {
        Optional<ClusterId> cluster = e.clusters().stream().min(Comparator.naturalOrder());
        candidates.add(new JointBranchPlanner.Unit(e.id(), e.region(), cluster, a.fullMembers()));
      }
    }

    // LEAD-TRAIN: each enterprise union with a chair, counted once, where its first enterprise is.
    for (UnionOrganization u : chairedUnions.values()) {
      Optional<Boolean> trained = assessor.chairTrained(u);
      if (trained.isPresent()) {
        firstEnterpriseInScope(u).ifPresent(e -> node(e.region()).direct.chair(trained.get()));
      }
    }

    ImmutableList.Builder<Decision> network = ImmutableList.builder();
    List<Node> byId = new ArrayList<>(regions);
    byId.sort(Comparator.comparing((Node n) -> n.region.id()));
    for (Node n : byId) {
      network(n.region, n.direct, network);
    }

    // Roll up: deepest first, so every child's total is known before its parent's.
    List<Node> deepestFirst = new ArrayList<>(regions);
    deepestFirst.sort(Comparator.comparing((Node n) -> -n.depth).thenComparing(n -> n.region.id()));
    for (Node n : deepestFirst) {
      BuildingCounts total = n.direct.build();
      for (RegionId child : n.children) {
        total = total.plus(node(child).total);
      }
      n.total = total;
    }
    ImmutableList.Builder<RegionStatistics> statistics = ImmutableList.builder();
    ImmutableList.Builder<Decision> indicators = ImmutableList.builder();
    for (Node n : byId) {
      statistics.add(
          ImmutableRegionStatistics.builder()
              .region(n.region.id())
              .level(n.region.level())
              .parent(n.parent)
              .children(n.children.stream().sorted().collect(ImmutableList.toImmutableList()))
              .direct(n.direct.build())
              .total(n.total)
              .build());
      if (!n.region.level().isTownLevel()) {
        indicators(n.region, n.total, indicators);
      }
    }
    BuildingCounts all = BuildingCounts.empty();
    for (Region root : roots) {
      all = all.plus(node(root.id()).total);
    }

    JointBranchPlanner planner =
        new JointBranchPlanner(
            policy.entry(Parameters.BRANCH_MIN_FULL_MEMBERS, asOf),
            policy.entry(Parameters.JOINT_BRANCH_MAX_UNITS, asOf),
            asOf);
    ImmutableList<JointBranchProposal> proposals = planner.plan(candidates, plannerRegions());

    List<Decision> organizations = new ArrayList<>(organizationDecisions.values());
    organizations.sort(BY_SUBJECT_THEN_RULE);
    return ImmutableBuildingReport.builder()
        .asOf(asOf)
        .scope(scope)
        .assessments(assessments.build())
        .jointBranchProposals(proposals)
        .organizationDecisions(organizations)
        .networkDecisions(network.build())
        .indicatorDecisions(indicators.build())
        .regions(statistics.build())
        .totals(all)
        .build();
  }

  private Node node(RegionId region) {
    // Every region asked for is in scope: enterprises and unions are looked up by regions in scope.
    return Objects.requireNonNull(nodes.get(region), region.value());
  }

  private JointBranchPlanner.Regions plannerRegions() {
    return new JointBranchPlanner.Regions() {
      @Override
      public int depth(RegionId region) {
        Node n = nodes.get(region);
        return n == null ? 0 : n.depth;
      }

      @Override
      public Optional<RegionId> escalation(RegionId region) {
        Node n = nodes.get(region);
        return n != null && n.region.level().isTownLevel() ? n.parent : Optional.empty();
      }

      @Override
      public RegionId regionOf(ClusterId cluster) {
        // Every enterprise's clusters are in the jurisdiction: it was validated.
        return j.cluster(cluster).orElseThrow().region();
      }
    };
  }

  /**
   * The enterprise with the lowest id among the union's covered non-public enterprises in scope.
   */
  private Optional<Enterprise> firstEnterpriseInScope(UnionOrganization u) {
    Optional<Enterprise> first = Optional.empty();
    for (EnterpriseId id : u.coveredEnterprises()) {
      Optional<Enterprise> e = j.enterprise(id);
      if (e.isPresent()
          && e.get().isNonPublic()
          && e.get().status() != EnterpriseStatus.CLOSED
          && (first.isEmpty() || e.get().id().compareTo(first.get().id()) < 0)) {
        first = e;
      }
    }
    return first.filter(e -> nodes.containsKey(e.region()));
  }

  // ---------------------------------------------------------------- network (SYNC-NETWORK,
  // DUAL-LEAD-2)

  private void network(
      Region r, BuildingCounts.Tally tally, ImmutableList.Builder<Decision> decisions) {
    Subject subject = Subject.region(r.id());
    List<Assignment> coordinators = new ArrayList<>();
    List<Assignment> partyInstructors = new ArrayList<>();
    boolean unionInstructor = false;
    for (Assignment a : j.assignmentsTo(r.id())) {
      switch (a.kind()) {
        case UNION_WORK_COORDINATOR:
          coordinators.add(a);
          break;
        case PARTY_BUILDING_INSTRUCTOR:
          partyInstructors.add(a);
          break;
        case UNION_BUILDING_INSTRUCTOR:
        default:
          unionInstructor = true;
          break;
      }
    }
    if (r.level() == RegionLevel.SUBDISTRICT) {
      tally.subdistrict(!coordinators.isEmpty());
      decisions.add(
          coordinators.isEmpty()
              ? Decision.of(
                  BuildingRules.SUBDISTRICT_COORDINATOR,
                  subject,
                  Verdict.NOT_SATISFIED,
                  asOf,
                  Reason.of(MessageKeys.COORDINATOR_MISSING, Argument.id("region", r.id())))
              : Decision.of(
                  BuildingRules.SUBDISTRICT_COORDINATOR,
                  subject,
                  Verdict.SATISFIED,
                  asOf,
                  Reason.of(
                      MessageKeys.COORDINATOR_PRESENT,
                      Argument.id("region", r.id()),
                      Argument.id("person", coordinators.get(0).person()))));
    }
    if (r.level() == RegionLevel.TOWN) {
      tally.town(
          index.townUnions.get(r.id()).stream()
              .anyMatch(u -> u.chairHoldsDeputyRank() && u.chair().isPresent()));
    }
    if (r.level().isCountyLevel()) {
      List<PartyOrganization> committees = index.workingCommittees.get(r.id());
      tally.countyLevel(!committees.isEmpty());
      decisions.add(
          committees.isEmpty()
              ? Decision.of(
                  BuildingRules.WORKING_COMMITTEE,
                  subject,
                  Verdict.NOT_SATISFIED,
                  asOf,
                  Reason.of(MessageKeys.WORKING_COMMITTEE_MISSING, Argument.id("region", r.id())))
              : Decision.of(
                  BuildingRules.WORKING_COMMITTEE,
                  subject,
                  Verdict.SATISFIED,
                  asOf,
                  Reason.of(
                      MessageKeys.WORKING_COMMITTEE_PRESENT,
                      Argument.id("region", r.id()),
                      Argument.id("organization", committees.get(0).id()))));
    }
    if (!partyInstructors.isEmpty() && !unionInstructor) {
      List<Reason> reasons = new ArrayList<>();
      for (Assignment a : partyInstructors) {
        reasons.add(
            Reason.of(
                MessageKeys.REGION_DUAL_LEAD_2,
                Argument.id("region", r.id()),
                Argument.id("person", a.person()),
                Argument.date("since", a.since())));
      }
      decisions.add(
          Decision.of(BuildingRules.DUAL_LEAD_2.id(), subject, Verdict.ADVISORY, asOf, reasons));
    }
  }

  // ---------------------------------------------------------------- indicators

  private void indicators(
      Region r, BuildingCounts total, ImmutableList.Builder<Decision> decisions) {
    Subject subject = Subject.region(r.id());
    if (total.inScopeEnterprises() > 0) {
      Share party = total.partyCovered();
      Share union = total.unionCovered();
      Share both = total.bothCovered();
      decisions.add(
          Decision.of(
              BuildingRules.COVERAGE_RATE,
              subject,
              Verdict.INFORMATIONAL,
              asOf,
              Reason.of(
                  MessageKeys.COVERAGE_RATE,
                  Argument.number("enterprises", total.inScopeEnterprises()),
                  Argument.number("party", party.part()),
                  Argument.number("partyPercent", party.percent().orElseThrow()),
                  Argument.number("union", union.part()),
                  Argument.number("unionPercent", union.percent().orElseThrow()),
                  Argument.number("both", both.part()),
                  Argument.number("bothPercent", both.percent().orElseThrow()))));
    }
    share(
        decisions,
        subject,
        BuildingRules.TOWN_CHAIR_RANK_SHARE.id(),
        MessageKeys.TOWN_CHAIR_RANK_SHARE,
        total.townChairDeputyRank(),
        Optional.empty());
    share(
        decisions,
        subject,
        BuildingRules.TRAINED_CHAIR_SHARE.id(),
        MessageKeys.TRAINED_CHAIR_SHARE,
        total.trainedChairs(),
        Optional.of(policy.entry(Parameters.UNION_CHAIR_TRAINING_WINDOW, asOf)));
  }

  private void share(
      ImmutableList.Builder<Decision> decisions,
      Subject subject,
      RuleId rule,
      String key,
      Share share,
      Optional<PolicyValue<Period>> window) {
    if (!share.isDefined()) {
      return;
    }
    List<Argument> arguments = new ArrayList<>();
    arguments.add(Argument.number("part", share.part()));
    arguments.add(Argument.number("whole", share.whole()));
    arguments.add(Argument.number("percent", share.percent().orElseThrow()));
    window.ifPresent(w -> arguments.add(Argument.period("window", w.value())));
    Reason reason =
        Reason.of(
            key,
            arguments,
            ImmutableList.of(),
            window.map(ImmutableList::<PolicyValue<?>>of).orElse(ImmutableList.of()));
    decisions.add(
        Decision.of(rule, subject, Verdict.INFORMATIONAL, asOf, ImmutableList.of(reason)));
  }
}
