package org.dangong.building;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dangong.decision.Argument;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Subject;
import org.dangong.decision.Verdict;
import org.dangong.model.ClusterId;
import org.dangong.model.EnterpriseId;
import org.dangong.model.RegionId;
import org.dangong.policy.PolicyValue;

/**
 * Groups the units that need a joint branch (BRANCH-REG Art. 5) into proposed joint branches.
 *
 * <p>Units are grouped by their building area or intermediary first (the one with the lowest id),
 * then by the region they are registered in; units that cannot form a group there move up to the
 * region above a town or subdistrict. In each pool the fewest groups that hold every unit at the
 * policy's maximum of units are made (⌈n / max⌉), each built around a core that reaches the minimum
 * of full members with as few units as possible (the unit with the most full members first, then
 * the unit with the fewest full members that completes the minimum); the other units are spread
 * over the cores, fewest units first. When there are too few full members for that many cores, the
 * cores are filled up to the maximum and the remaining units form groups that are not yet formable
 * — these move up a level if they can, and are otherwise reported with their shortfall. Every step
 * is deterministic: ties are broken by enterprise id.
 */
final class JointBranchPlanner {
  /** A unit to be grouped. */
  static final class Unit {
    final EnterpriseId id;
    final RegionId region;
    final Optional<ClusterId> cluster;
    final int fullMembers;

    Unit(EnterpriseId id, RegionId region, Optional<ClusterId> cluster, int fullMembers) {
      this.id = id;
      this.region = region;
      this.cluster = cluster;
      this.fullMembers = fullMembers;
    }
  }

  /** What the planner needs to know about the regions in scope. */
  interface Regions {
    int depth(RegionId region);

    Optional<RegionId> escalation(RegionId region);

    RegionId regionOf(ClusterId cluster);
  }

  /** A group made in one pool. */
  private static final class Group {
    final List<Unit> units = new ArrayList<>();
    int fullMembers;
    final int index;

    Group(int index) {
      this.index = index;
    }

    void add(Unit u) {
      units.add(u);
      fullMembers += u.fullMembers;
    }
  }

  /** A group placed for good, before it is numbered. */
  private static final class Placed {
    final GroupingBasis basis;
    final Optional<ClusterId> cluster;
    final RegionId region;
    final List<Unit> units;
    final int fullMembers;

    Placed(
        GroupingBasis basis,
        Optional<ClusterId> cluster,
        RegionId region,
        List<Unit> units,
        int fullMembers) {
      this.basis = basis;
      this.cluster = cluster;
      this.region = region;
      this.units =
          units.stream()
              .sorted(Comparator.comparing((Unit u) -> u.id))
              .collect(Collectors.toList());
      this.fullMembers = fullMembers;
    }

    String place() {
      return cluster.map(ClusterId::value).orElse(region.value());
    }

    EnterpriseId first() {
      return units.get(0).id;
    }
  }

  private final PolicyValue<Integer> minimum;
  private final PolicyValue<Integer> maximum;
  private final LocalDate asOf;

  JointBranchPlanner(PolicyValue<Integer> minimum, PolicyValue<Integer> maximum, LocalDate asOf) {
    this.minimum = minimum;
    this.maximum = maximum;
    this.asOf = asOf;
  }

  ImmutableList<JointBranchProposal> plan(List<Unit> units, Regions regions) {
    List<Placed> placed = new ArrayList<>();
    TreeMap<ClusterId, List<Unit>> byCluster = new TreeMap<>();
    Map<RegionId, List<Unit>> byRegion = new HashMap<>();
    for (Unit u : units) {
      if (u.cluster.isPresent()) {
        byCluster.computeIfAbsent(u.cluster.get(), c -> new ArrayList<>()).add(u);
      } else {
        byRegion.computeIfAbsent(u.region, r -> new ArrayList<>()).add(u);
      }
    }
    for (Map.Entry<ClusterId, List<Unit>> pool : byCluster.entrySet()) {
      RegionId region = regions.regionOf(pool.getKey());
      for (Group g : pack(pool.getValue())) {
        if (g.fullMembers >= minimum.value()) {
          placed.add(
              new Placed(
                  GroupingBasis.CLUSTER,
                  Optional.of(pool.getKey()),
                  region,
                  g.units,
                  g.fullMembers));
        } else {
          g.units.forEach(u -> byRegion.computeIfAbsent(u.region, r -> new ArrayList<>()).add(u));
        }
      }
    }
    // Deepest regions first, so that units moving up join their parent's pool before it is packed.
    Comparator<RegionId> deepestFirst =
        Comparator.comparing((RegionId r) -> -regions.depth(r)).thenComparing(r -> r);
    TreeMap<RegionId, List<Unit>> pending = new TreeMap<>(deepestFirst);
    pending.putAll(byRegion);
    while (!pending.isEmpty()) {
      Map.Entry<RegionId, List<Unit>> pool = pending.pollFirstEntry();
      RegionId region = pool.getKey();
      Optional<RegionId> up = regions.escalation(region);
      for (Group g : pack(pool.getValue())) {
        if (g.fullMembers < minimum.value() && up.isPresent()) {
          pending.computeIfAbsent(up.get(), r -> new ArrayList<>()).addAll(g.units);
        } else {
          placed.add(
              new Placed(GroupingBasis.REGION, Optional.empty(), region, g.units, g.fullMembers));
        }
      }
    }
    return number(placed);
  }

  /**
   * Packs one pool into ⌈n / max⌉ groups: formable groups around cores, and, when full members run
   * short, groups that are not yet formable.
   */
  private List<Group> pack(List<Unit> pool) {
    int max = maximum.value();
    int min = minimum.value();
    int n = pool.size();
    if (n == 0) {
      return List.of();
    }
    int wanted = (n + max - 1) / max;
    // Units with full members, by count; each bucket in id order. Units without, in id order.
    TreeMap<Integer, Deque<Unit>> withMembers = new TreeMap<>();
    List<Unit> without = new ArrayList<>();
    pool.stream()
        .sorted(Comparator.comparing((Unit u) -> u.id))
        .forEach(
            u -> {
              if (u.fullMembers > 0) {
                withMembers.computeIfAbsent(u.fullMembers, k -> new ArrayDeque<>()).addLast(u);
              } else {
                without.add(u);
              }
            });
    List<Group> cores = new ArrayList<>();
    while (cores.size() < wanted && !withMembers.isEmpty()) {
      Group core = new Group(cores.size());
      core.add(take(withMembers, withMembers.lastKey()));
      while (core.fullMembers < min && core.units.size() < max && !withMembers.isEmpty()) {
        Integer completing = withMembers.ceilingKey(min - core.fullMembers);
        core.add(take(withMembers, completing != null ? completing : withMembers.lastKey()));
      }
      if (core.fullMembers < min) {
        // No core can be made of what is left: its units go back among the others.
        core.units.forEach(
            u -> withMembers.computeIfAbsent(u.fullMembers, k -> new ArrayDeque<>()).addLast(u));
        withMembers.values().forEach(JointBranchPlanner::sortById);
        break;
      }
      cores.add(core);
    }
    // The rest: units without full members first, then by full members, each in id order.
    List<Unit> rest = new ArrayList<>(without);
    withMembers.values().forEach(rest::addAll);
    PriorityQueue<Group> smallest =
        new PriorityQueue<>(
            Comparator.comparing((Group g) -> g.units.size()).thenComparing(g -> g.index));
    smallest.addAll(cores);
    int next = 0;
    while (next < rest.size() && !smallest.isEmpty() && smallest.peek().units.size() < max) {
      Group g = smallest.poll();
      g.add(rest.get(next++));
      smallest.add(g);
    }
    List<Group> groups = new ArrayList<>(cores);
    int left = rest.size() - next;
    if (left > 0) {
      int chunks = (left + max - 1) / max;
      int base = left / chunks;
      int extra = left % chunks;
      for (int c = 0; c < chunks; c++) {
        Group g = new Group(groups.size());
        int size = base + (c < extra ? 1 : 0);
        for (int k = 0; k < size; k++) {
          g.add(rest.get(next++));
        }
        groups.add(g);
      }
    }
    return groups;
  }

  private static Unit take(NavigableMap<Integer, Deque<Unit>> buckets, int key) {
    Deque<Unit> bucket = Objects.requireNonNull(buckets.get(key));
    Unit u = Objects.requireNonNull(bucket.pollFirst());
    if (bucket.isEmpty()) {
      buckets.remove(key);
    }
    return u;
  }

  private static void sortById(Deque<Unit> bucket) {
    List<Unit> sorted = new ArrayList<>(bucket);
    sorted.sort(Comparator.comparing((Unit u) -> u.id));
    bucket.clear();
    bucket.addAll(sorted);
  }

  /**
   * Orders the placed groups by basis, place and first unit, numbers them per place, explains each.
   */
  private ImmutableList<JointBranchProposal> number(List<Placed> placed) {
    placed.sort(
        Comparator.comparing((Placed p) -> p.basis)
            .thenComparing(Placed::place)
            .thenComparing(Placed::first));
    Map<String, int[]> perPlace = new HashMap<>();
    for (Placed p : placed) {
      int[] totals = perPlace.computeIfAbsent(p.basis + "/" + p.place(), k -> new int[2]);
      totals[0]++;
      totals[1] += p.units.size();
    }
    ImmutableList.Builder<JointBranchProposal> proposals = ImmutableList.builder();
    String previous = "";
    int sequence = 0;
    for (Placed p : placed) {
      String key = p.basis + "/" + p.place();
      sequence = key.equals(previous) ? sequence + 1 : 1;
      previous = key;
      int[] totals = Objects.requireNonNull(perPlace.get(key));
      proposals.add(proposal(p, sequence, totals[0], totals[1]));
    }
    return proposals.build();
  }

  private JointBranchProposal proposal(Placed p, int sequence, int groupsHere, int unitsHere) {
    boolean formable = p.fullMembers >= minimum.value();
    int shortfall = Math.max(0, minimum.value() - p.fullMembers);
    boolean escalated =
        p.basis == GroupingBasis.REGION
            && p.units.stream().anyMatch(u -> !u.region.equals(p.region));
    Subject subject = p.cluster.map(Subject::cluster).orElse(Subject.region(p.region));
    List<Reason> reasons = new ArrayList<>();
    reasons.add(
        Reason.of(
            MessageKeys.JOINT_UNITS,
            Argument.number("sequence", sequence),
            Argument.number("units", p.units.size()),
            Argument.text(
                "enterprises",
                p.units.stream().map(u -> u.id.value()).collect(Collectors.joining(", ")))));
    if (p.basis == GroupingBasis.CLUSTER) {
      reasons.add(
          Reason.of(MessageKeys.JOINT_BY_CLUSTER, Argument.id("cluster", p.cluster.orElseThrow())));
    } else if (escalated) {
      reasons.add(Reason.of(MessageKeys.JOINT_ESCALATED, Argument.id("region", p.region)));
    } else {
      reasons.add(Reason.of(MessageKeys.JOINT_BY_REGION, Argument.id("region", p.region)));
    }
    Argument full = Argument.number("fullMembers", p.fullMembers);
    Argument required = Argument.number("required", minimum.value());
    if (formable) {
      reasons.add(
          Reason.of(
                  MessageKeys.JOINT_FORMABLE,
                  full,
                  required,
                  Argument.number("units", p.units.size()),
                  Argument.number("maximum", maximum.value()))
              .using(minimum, maximum));
    } else {
      reasons.add(
          Reason.of(
                  MessageKeys.JOINT_SHORTFALL,
                  full,
                  Argument.number("shortfall", shortfall),
                  required)
              .using(minimum));
    }
    reasons.add(
        Reason.of(
                MessageKeys.JOINT_FEWEST_GROUPS,
                Argument.number("unitsHere", unitsHere),
                Argument.number("groups", groupsHere),
                Argument.number("maximum", maximum.value()))
            .using(maximum));
    return ImmutableJointBranchProposal.builder()
        .basis(p.basis)
        .cluster(p.cluster)
        .region(p.region)
        .sequence(sequence)
        .enterprises(p.units.stream().map(u -> u.id).collect(ImmutableList.toImmutableList()))
        .fullMembers(p.fullMembers)
        .formable(formable)
        .shortfall(shortfall)
        .escalated(escalated)
        .decision(
            Decision.of(
                BuildingRules.JOINT_BRANCH_PROPOSAL.id(),
                subject,
                formable ? Verdict.ADVISORY : Verdict.NOT_SATISFIED,
                asOf,
                reasons))
        .build();
  }
}
