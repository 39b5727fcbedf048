package org.dangong.restructuring;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.ListMultimap;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dangong.building.PartyRequirement;
import org.dangong.building.RequiredForms;
import org.dangong.building.UnionRequirement;
import org.dangong.decision.Argument;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Rule;
import org.dangong.decision.Subject;
import org.dangong.decision.SubjectKind;
import org.dangong.decision.Verdict;
import org.dangong.internal.Dates;
import org.dangong.model.Assignment;
import org.dangong.model.Cluster;
import org.dangong.model.ClusterId;
import org.dangong.model.ClusterKind;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.Jurisdiction;
import org.dangong.model.MembershipStatus;
import org.dangong.model.OrganizationId;
import org.dangong.model.PartyForm;
import org.dangong.model.PartyOrganization;
import org.dangong.model.PartyStage;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.RegionId;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionMembership;
import org.dangong.model.UnionOrganization;
import org.dangong.policy.Citation;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.PolicyValue;

/**
 * Computes one {@link RestructuringPlan}: a single use, mutable worker behind {@link
 * RestructuringEngine#plan}. Linear in the size of the jurisdiction: one pass over the
 * organisations to index them by region, cluster and parent, one pass over the people when an
 * organisation ceases (to find the relations it holds explicitly), and one over the people of the
 * jurisdiction after; everything else goes through the jurisdiction's indexes. Every collection is
 * iterated in id order, so the plan is deterministic.
 *
 * <p>The steps, in order: allocate the staff of the sources; compute the enterprises after; decide
 * the party and union "home" of every enterprise that employs affected people afterwards (its own
 * organisation continued, one to be founded, one covering it, a joint branch it joins); find the
 * organisations left covering nothing (merged into the main successor's home, else dissolved);
 * route every affected relation and membership; update the organisations (coverage, vacated posts,
 * higher organisation); build the jurisdiction after and count what each organisation holds in it.
 */
final class Planner {
  /** How an enterprise gets the organisation that holds its people afterwards. */
  private enum HomeKind {
    CONTINUED,
    FOUNDED,
    JOINED
  }

  private record Home(OrganizationId id, HomeKind kind) {}

  private record Staff(Person person, EnterpriseId from, Allocation allocation) {
    Optional<EnterpriseId> to() {
      return allocation.employer();
    }
  }

  private record Holder(
      OrganizationId organization,
      PartyRoute route,
      RegionId region,
      Optional<ClusterId> cluster) {}

  private static final Comparator<PartyOrganization> PARTY_ORDER =
      Comparator.comparingInt((PartyOrganization o) -> rank(o.form()))
          .thenComparing(PartyOrganization::id);
  private static final Comparator<UnionOrganization> UNION_ORDER =
      Comparator.comparingInt((UnionOrganization o) -> rank(o.form()))
          .thenComparing(UnionOrganization::id);
  private static final int MAX_ID_LENGTH = 128;
  private static final int MAX_NAME_STEM = 180;

  private final Jurisdiction before;
  private final Restructuring restructuring;
  private final LocalDate date;
  private final Policy policy;
  private final ImmutableSortedSet<EnterpriseId> closing;
  private final Set<OrganizationId> generatedIds = new HashSet<>();

  // ---- enterprises and staff ----
  private final NavigableMap<EnterpriseId, Enterprise> newEnterprises = new TreeMap<>();
  private final NavigableMap<PersonId, Staff> staff = new TreeMap<>();
  private final NavigableMap<EnterpriseId, List<Staff>> arriving = new TreeMap<>();
  private final NavigableMap<EnterpriseId, Enterprise> enterprisesAfter = new TreeMap<>();

  // ---- indexes of the organisations ----
  private final ListMultimap<RegionId, PartyOrganization> partyByRegion =
      ArrayListMultimap.create();
  private final ListMultimap<ClusterId, PartyOrganization> partyByCluster =
      ArrayListMultimap.create();
  private final ListMultimap<OrganizationId, PartyOrganization> partyChildren =
      ArrayListMultimap.create();
  private final ListMultimap<RegionId, UnionOrganization> unionByRegion =
      ArrayListMultimap.create();
  private final ListMultimap<OrganizationId, UnionOrganization> unionChildren =
      ArrayListMultimap.create();

  // ---- party organisations ----
  private final NavigableMap<OrganizationId, PartyOrganization> partyTouched = new TreeMap<>();
  private final Map<OrganizationId, NavigableSet<EnterpriseId>> partyCoverage = new HashMap<>();
  private final NavigableMap<EnterpriseId, Home> partyHome = new TreeMap<>();
  private final NavigableMap<EnterpriseId, PartyRequirement> partyRequirements = new TreeMap<>();
  private final NavigableMap<OrganizationId, EnterpriseId> partyFounded = new TreeMap<>();
  private final Map<OrganizationId, NavigableSet<EnterpriseId>> partyJoined = new HashMap<>();
  private final Map<OrganizationId, NavigableSet<EnterpriseId>> partyLeft = new HashMap<>();
  private final NavigableMap<OrganizationId, Optional<OrganizationId>> partyOrphans =
      new TreeMap<>();
  private final Map<RegionId, Optional<Holder>> lastResort = new HashMap<>();

  // ---- unions ----
  private final NavigableMap<OrganizationId, UnionOrganization> unionTouched = new TreeMap<>();
  private final Map<OrganizationId, NavigableSet<EnterpriseId>> unionCoverage = new HashMap<>();
  private final NavigableMap<EnterpriseId, Home> unionHome = new TreeMap<>();
  private final NavigableMap<EnterpriseId, UnionRequirement> unionRequirements = new TreeMap<>();
  private final NavigableMap<OrganizationId, EnterpriseId> unionFounded = new TreeMap<>();
  private final Map<OrganizationId, NavigableSet<EnterpriseId>> unionLeft = new HashMap<>();
  private final NavigableMap<OrganizationId, Optional<OrganizationId>> unionOrphans =
      new TreeMap<>();

  // ---- people ----
  private final NavigableMap<PersonId, PartyTransfer> partyLines = new TreeMap<>();
  private final NavigableMap<PersonId, MembershipTransfer> unionLines = new TreeMap<>();
  private final NavigableMap<PersonId, StaffMove> staffLines = new TreeMap<>();
  private final Map<PersonId, Optional<OrganizationId>> holderAfter = new HashMap<>();
  private final Map<PersonId, Optional<UnionMembership>> membershipAfter = new HashMap<>();

  Planner(Policy policy, Jurisdiction before, Restructuring restructuring, LocalDate date) {
    this.policy = policy;
    this.before = before;
    this.restructuring = restructuring;
    this.date = date;
    this.closing = restructuring.closingEnterprises();
  }

  RestructuringPlan plan() {
    restructuring.requireValidIn(before);
    indexOrganizations();
    allocateStaff();
    computeEnterprises();
    for (EnterpriseId d : arriving.keySet()) {
      decidePartyHome(d);
    }
    for (EnterpriseId d : arriving.keySet()) {
      decideUnionHome(d);
    }
    findOrphans();
    routeStaff();
    routeOrphanHolders();
    return assemble();
  }

  // =====================================================================================
  // Indexes, staff, enterprises
  // =====================================================================================

  private void indexOrganizations() {
    for (PartyOrganization o : before.partyOrganizations()) {
      partyByRegion.put(o.region(), o);
      o.cluster().ifPresent(c -> partyByCluster.put(c, o));
      o.parent().ifPresent(p -> partyChildren.put(p, o));
    }
    for (UnionOrganization o : before.unionOrganizations()) {
      unionByRegion.put(o.region(), o);
      o.parent().ifPresent(p -> unionChildren.put(p, o));
    }
    for (EnterpriseId e : restructuring.affectedEnterprises()) {
      for (PartyOrganization o : before.partyOrganizationsCovering(e)) {
        partyTouched.put(o.id(), o);
      }
      for (UnionOrganization o : before.unionOrganizationsCovering(e)) {
        unionTouched.put(o.id(), o);
      }
    }
  }

  private void allocateStaff() {
    for (Enterprise e : restructuring.newEnterprises()) {
      newEnterprises.put(e.id(), e);
      arriving.put(e.id(), new ArrayList<>());
    }
    Set<EnterpriseId> sources = restructuring.sources();
    Map<PersonId, Allocation> explicit = new HashMap<>();
    for (Allocation a : restructuring.allocations()) {
      explicit.put(a.person(), a);
    }
    for (EnterpriseId e : restructuring.affectedEnterprises()) {
      if (newEnterprises.containsKey(e)) {
        continue;
      }
      if (!closing.contains(e)) {
        arriving.computeIfAbsent(e, k -> new ArrayList<>());
      }
      for (Person p : before.employees(e)) {
        Allocation a = Allocation.to(p.id(), e);
        if (sources.contains(e)) {
          Allocation named = explicit.get(p.id());
          a = named != null ? named : restructuring.defaultAllocation(p.id(), e);
        }
        Staff s = new Staff(p, e, a);
        staff.put(p.id(), s);
      }
    }
    for (Staff s : staff.values()) {
      s.to().ifPresent(d -> arriving.computeIfAbsent(d, k -> new ArrayList<>()).add(s));
    }
  }

  private Enterprise enterpriseAfter(EnterpriseId id) {
    Enterprise e = enterprisesAfter.get(id);
    return e != null ? e : before.enterprise(id).orElseThrow();
  }

  private void computeEnterprises() {
    Map<EnterpriseId, Integer> delta = new HashMap<>();
    Map<EnterpriseId, Integer> femaleDelta = new HashMap<>();
    for (Staff s : staff.values()) {
      Optional<EnterpriseId> to = s.to();
      if (!to.equals(Optional.of(s.from()))) {
        delta.merge(s.from(), -1, Integer::sum);
        to.ifPresent(d -> delta.merge(d, 1, Integer::sum));
      }
    }
    restructuring
        .mainSuccessor()
        .ifPresent(
            successor -> {
              for (EnterpriseId c : closing) {
                Enterprise e = before.enterprise(c).orElseThrow();
                int unknown = Math.max(0, e.headcount() - before.employees(c).size());
                delta.merge(successor, unknown, Integer::sum);
                femaleDelta.merge(successor, e.femaleHeadcount(), Integer::sum);
              }
            });
    for (EnterpriseId id : restructuring.affectedEnterprises()) {
      Enterprise e = newEnterprises.get(id);
      if (e != null) {
        enterprisesAfter.put(id, e);
        continue;
      }
      Enterprise old = before.enterprise(id).orElseThrow();
      Enterprise.Builder b = Enterprise.builder().from(old);
      if (closing.contains(id)) {
        b.status(EnterpriseStatus.CLOSED).headcount(0).femaleHeadcount(0);
      } else {
        int headcount = Math.max(0, old.headcount() + delta.getOrDefault(id, 0));
        int female = Math.min(headcount, old.femaleHeadcount() + femaleDelta.getOrDefault(id, 0));
        b.headcount(headcount).femaleHeadcount(female);
      }
      if (restructuring instanceof OwnershipChange change && change.enterprise().equals(id)) {
        b.ownership(change.ownership());
      }
      enterprisesAfter.put(id, b.build());
    }
  }

  // =====================================================================================
  // Homes: the organisation that holds an enterprise's people afterwards
  // =====================================================================================

  private NavigableSet<EnterpriseId> partyCoverage(PartyOrganization o) {
    NavigableSet<EnterpriseId> c = partyCoverage.get(o.id());
    if (c == null) {
      c = new TreeSet<>(o.coveredEnterprises());
      c.removeAll(closing);
      partyCoverage.put(o.id(), c);
    }
    return c;
  }

  private NavigableSet<EnterpriseId> unionCoverage(UnionOrganization o) {
    NavigableSet<EnterpriseId> c = unionCoverage.get(o.id());
    if (c == null) {
      c = new TreeSet<>(o.coveredEnterprises());
      c.removeAll(closing);
      unionCoverage.put(o.id(), c);
    }
    return c;
  }

  private void decidePartyHome(EnterpriseId d) {
    List<Staff> people = arriving.getOrDefault(d, List.of());
    int full = 0;
    int members = 0;
    boolean anyone = false;
    for (Staff s : people) {
      PartyStanding standing = s.person().partyStanding();
      full += standing.isFullMember() ? 1 : 0;
      members += standing.isMember() ? 1 : 0;
      anyone |= standing.stage() != PartyStage.NONE;
    }
    PartyRequirement requirement = RequiredForms.party(full, members, policy, date);
    partyRequirements.put(d, requirement);
    List<PartyOrganization> covering = before.partyOrganizationsCovering(d);
    Optional<PartyOrganization> own =
        covering.stream().filter(o -> partyCoverage(o).equals(ImmutableSet.of(d))).min(PARTY_ORDER);
    if (own.isPresent()) {
      partyHome.put(d, new Home(own.get().id(), HomeKind.CONTINUED));
      return;
    }
    if (requirement.ownOrganizationRequired()) {
      for (PartyOrganization o : covering) {
        if (o.form() == PartyForm.JOINT_BRANCH) {
          partyCoverage(o).remove(d);
          partyLeft.computeIfAbsent(o.id(), k -> new TreeSet<>()).add(d);
        }
      }
      OrganizationId id = newOrganizationId("PO-", d);
      partyFounded.put(id, d);
      partyHome.put(d, new Home(id, HomeKind.FOUNDED));
      return;
    }
    Optional<PartyOrganization> shared = covering.stream().min(PARTY_ORDER);
    if (shared.isPresent()) {
      partyHome.put(d, new Home(shared.get().id(), HomeKind.CONTINUED));
      return;
    }
    if (!anyone) {
      return;
    }
    int maxUnits = policy.value(Parameters.JOINT_BRANCH_MAX_UNITS, date);
    // First a joint branch that covered the enterprises these people come from (it carries on for
    // their successor), then any joint branch of the region that still covers someone.
    NavigableMap<OrganizationId, PartyOrganization> predecessors = new TreeMap<>();
    for (Staff s : people) {
      for (PartyOrganization o : before.partyOrganizationsCovering(s.from())) {
        if (o.form() == PartyForm.JOINT_BRANCH) {
          predecessors.put(o.id(), o);
        }
      }
    }
    List<PartyOrganization> candidates = new ArrayList<>(predecessors.values());
    candidates.addAll(partyByRegion.get(enterpriseAfter(d).region()));
    for (PartyOrganization j : candidates) {
      if (j.form() != PartyForm.JOINT_BRANCH) {
        continue;
      }
      NavigableSet<EnterpriseId> coverage = partyCoverage(j);
      boolean carriesOn = predecessors.containsKey(j.id());
      if ((carriesOn || !coverage.isEmpty()) && coverage.size() < maxUnits) {
        coverage.add(d);
        partyTouched.put(j.id(), j);
        partyJoined.computeIfAbsent(j.id(), k -> new TreeSet<>()).add(d);
        partyHome.put(d, new Home(j.id(), HomeKind.JOINED));
        return;
      }
    }
  }

  private void decideUnionHome(EnterpriseId d) {
    List<Staff> people = arriving.getOrDefault(d, List.of());
    int members = 0;
    for (Staff s : people) {
      members += s.person().unionMembership().isPresent() ? 1 : 0;
    }
    Enterprise e = enterpriseAfter(d);
    UnionRequirement requirement =
        RequiredForms.union(members, e.headcount(), e.femaleHeadcount(), policy, date);
    unionRequirements.put(d, requirement);
    List<UnionOrganization> covering =
        before.unionOrganizationsCovering(d).stream()
            .filter(o -> o.form().isGrassroots())
            .collect(ImmutableList.toImmutableList());
    Optional<UnionOrganization> own =
        covering.stream().filter(o -> unionCoverage(o).equals(ImmutableSet.of(d))).min(UNION_ORDER);
    if (own.isPresent()) {
      unionHome.put(d, new Home(own.get().id(), HomeKind.CONTINUED));
      return;
    }
    if (requirement.committeeRequired()) {
      for (UnionOrganization o : covering) {
        if (o.form() == UnionForm.JOINT_COMMITTEE) {
          unionCoverage(o).remove(d);
          unionLeft.computeIfAbsent(o.id(), k -> new TreeSet<>()).add(d);
        }
      }
      foundUnion(d);
      return;
    }
    Optional<UnionOrganization> shared = covering.stream().min(UNION_ORDER);
    if (shared.isPresent()) {
      unionHome.put(d, new Home(shared.get().id(), HomeKind.CONTINUED));
      return;
    }
    if (members > 0) {
      foundUnion(d);
    }
  }

  private void foundUnion(EnterpriseId d) {
    OrganizationId id = newOrganizationId("UO-", d);
    unionFounded.put(id, d);
    unionHome.put(d, new Home(id, HomeKind.FOUNDED));
  }

  /** An id for a new organisation, unique among the jurisdiction's and this plan's. */
  private OrganizationId newOrganizationId(String prefix, EnterpriseId enterprise) {
    String stem = prefix + enterprise.value();
    if (stem.length() > MAX_ID_LENGTH - 8) {
      stem = prefix + Integer.toHexString(enterprise.value().hashCode());
    }
    String candidate = stem;
    for (int n = 2; taken(candidate); n++) {
      candidate = stem + "-" + n;
    }
    OrganizationId id = OrganizationId.of(candidate);
    generatedIds.add(id);
    return id;
  }

  private boolean taken(String id) {
    OrganizationId o = OrganizationId.of(id);
    return generatedIds.contains(o)
        || before.partyOrganization(o).isPresent()
        || before.unionOrganization(o).isPresent();
  }

  private void findOrphans() {
    Optional<EnterpriseId> successor = restructuring.mainSuccessor();
    Optional<OrganizationId> partyTarget =
        successor.flatMap(s -> Optional.ofNullable(partyHome.get(s))).map(Home::id);
    Optional<OrganizationId> unionTarget =
        successor.flatMap(s -> Optional.ofNullable(unionHome.get(s))).map(Home::id);
    for (PartyOrganization o : partyTouched.values()) {
      if (o.form().isGrassroots() && partyCoverage(o).isEmpty()) {
        partyOrphans.put(o.id(), partyTarget);
      }
    }
    for (UnionOrganization o : unionTouched.values()) {
      boolean clusterFederation = o.form() == UnionForm.FEDERATION && o.cluster().isPresent();
      if (o.form().isGrassroots() && !clusterFederation && unionCoverage(o).isEmpty()) {
        unionOrphans.put(o.id(), unionTarget);
      }
    }
  }

  // =====================================================================================
  // Party relations
  // =====================================================================================

  private static int rank(PartyForm form) {
    switch (form) {
      case BRANCH:
        return 0;
      case GENERAL_BRANCH:
        return 1;
      case PRIMARY_COMMITTEE:
        return 2;
      case JOINT_BRANCH:
        return 3;
      case NON_PUBLIC_WORKING_COMMITTEE:
      default:
        return 4;
    }
  }

  private static int rank(UnionForm form) {
    switch (form) {
      case ENTERPRISE_COMMITTEE:
        return 0;
      case ORGANIZER:
        return 1;
      case JOINT_COMMITTEE:
        return 2;
      case FEDERATION:
        return 3;
      case TOWN_UNION:
      case CITY_FEDERATION:
      default:
        return 4;
    }
  }

  /** The party organisation covering an enterprise that holds its people's relations implicitly. */
  private Optional<OrganizationId> partyPrimaryBefore(EnterpriseId e) {
    return before.partyOrganizationsCovering(e).stream()
        .min(PARTY_ORDER)
        .map(PartyOrganization::id);
  }

  /** As {@link #partyPrimaryBefore}, after the restructuring. */
  private Optional<OrganizationId> partyPrimaryAfter(EnterpriseId e) {
    List<PartyOrganization> candidates = new ArrayList<>();
    for (PartyOrganization o : before.partyOrganizationsCovering(e)) {
      if (!partyTouched.containsKey(o.id()) || partyCoverage(o).contains(e)) {
        candidates.add(o);
      }
    }
    Comparator<Map.Entry<Integer, OrganizationId>> order =
        Map.Entry.<Integer, OrganizationId>comparingByKey()
            .thenComparing(Map.Entry.comparingByValue());
    List<Map.Entry<Integer, OrganizationId>> ranked = new ArrayList<>();
    for (PartyOrganization o : candidates) {
      ranked.add(Map.entry(rank(o.form()), o.id()));
    }
    partyJoined.forEach(
        (org, enterprises) -> {
          if (enterprises.contains(e)) {
            ranked.add(Map.entry(rank(PartyForm.JOINT_BRANCH), org));
          }
        });
    partyFounded.forEach(
        (org, enterprise) -> {
          if (enterprise.equals(e)) {
            ranked.add(Map.entry(rank(foundedForm(enterprise)), org));
          }
        });
    return ranked.stream().min(order).map(Map.Entry::getValue);
  }

  private PartyForm foundedForm(EnterpriseId d) {
    PartyRequirement r = partyRequirements.get(d);
    return r == null ? PartyForm.BRANCH : r.form();
  }

  private Optional<UnionOrganization> unionPrimaryAfter(EnterpriseId e) {
    return before.unionOrganizationsCovering(e).stream()
        .filter(o -> o.form().isGrassroots() && !unionOrphans.containsKey(o.id()))
        .filter(o -> !unionTouched.containsKey(o.id()) || unionCoverage(o).contains(e))
        .min(UNION_ORDER);
  }

  private Optional<OrganizationId> holderBefore(Person p) {
    Optional<OrganizationId> explicit = p.partyStanding().organization();
    if (explicit.isPresent()) {
      return explicit;
    }
    return p.employment().flatMap(e -> partyPrimaryBefore(e.employer()));
  }

  /**
   * The holder of last resort for a region: a party organisation of a talent market in the region
   * or an ancestor (nearest first), else the nearest non-public-economy party working committee.
   */
  private Optional<Holder> lastResort(RegionId region) {
    Optional<Holder> known = lastResort.get(region);
    if (known != null) {
      return known;
    }
    List<RegionId> chain = regionChain(region);
    Optional<Holder> found = Optional.empty();
    search:
    for (RegionId r : chain) {
      for (Cluster c : before.clustersIn(r)) {
        if (c.kind() != ClusterKind.TALENT_MARKET) {
          continue;
        }
        for (PartyOrganization o : partyByCluster.get(c.id())) {
          if (!partyOrphans.containsKey(o.id())) {
            found =
                Optional.of(
                    new Holder(o.id(), PartyRoute.TO_TALENT_MARKET, r, Optional.of(c.id())));
            break search;
          }
        }
      }
    }
    if (found.isEmpty()) {
      found =
          workingCommittee(chain)
              .map(
                  o ->
                      new Holder(
                          o.id(), PartyRoute.TO_WORKING_COMMITTEE, o.region(), Optional.empty()));
    }
    lastResort.put(region, found);
    return found;
  }

  private Optional<PartyOrganization> workingCommittee(List<RegionId> chain) {
    for (RegionId r : chain) {
      for (PartyOrganization o : partyByRegion.get(r)) {
        if (o.form() == PartyForm.NON_PUBLIC_WORKING_COMMITTEE) {
          return Optional.of(o);
        }
      }
    }
    return Optional.empty();
  }

  private List<RegionId> regionChain(RegionId region) {
    List<RegionId> chain = new ArrayList<>();
    chain.add(region);
    before.ancestors(region).forEach(r -> chain.add(r.id()));
    return chain;
  }

  private void routeStaff() {
    for (Staff s : staff.values()) {
      staffLines.put(s.person().id(), staffMove(s));
      if (s.person().partyStanding().stage() != PartyStage.NONE) {
        routeParty(s);
      }
      s.person().unionMembership().ifPresent(m -> routeUnion(s, m));
    }
  }

  private StaffMove staffMove(Staff s) {
    Person p = s.person();
    Argument person = Argument.id("person", p.id());
    Argument from = Argument.id("from", s.from());
    Argument kind = Argument.label("kind", restructuring.kind());
    Argument when = Argument.date("date", date);
    StaffOutcome outcome;
    Reason reason;
    Optional<EnterpriseId> to = s.to();
    if (to.isPresent() && to.get().equals(s.from())) {
      outcome = StaffOutcome.STAYS;
      reason = Reason.of(Keys.STAFF_STAYS, person, Argument.id("enterprise", s.from()), kind);
    } else if (to.isPresent()) {
      outcome = StaffOutcome.MOVES;
      reason = Reason.of(Keys.STAFF_MOVES, person, from, Argument.id("to", to.get()), when, kind);
    } else if (s.allocation().departure().orElse(Departure.UNEMPLOYMENT) == Departure.RETIREMENT) {
      outcome = StaffOutcome.RETIRES;
      reason = Reason.of(Keys.STAFF_RETIRES, person, from, when);
    } else {
      outcome = StaffOutcome.BECOMES_UNEMPLOYED;
      reason = Reason.of(Keys.STAFF_UNEMPLOYED, person, from, when, kind);
    }
    return ImmutableStaffMove.builder()
        .person(p.id())
        .employerBefore(s.from())
        .outcome(outcome)
        .employerAfter(to)
        .decision(
            informational(
                RestructuringRules.STAFF_DESTINATION,
                Subject.person(p.id()),
                reason.citing(RestructuringRules.SEED_SYNC_RESTRUCTURE)))
        .build();
  }

  private void routeParty(Staff s) {
    Person p = s.person();
    Optional<OrganizationId> hb = holderBefore(p);
    List<Reason> reasons = new ArrayList<>();
    Argument person = Argument.id("person", p.id());
    Argument from = holderArgument(hb);
    Optional<OrganizationId> target;
    PartyRoute route;
    Optional<EnterpriseId> to = s.to();
    EnterpriseId place = to.orElse(s.from());
    Home home = to.isPresent() || !closing.contains(s.from()) ? partyHome.get(place) : null;
    if (home != null) {
      target = Optional.of(home.id());
      route = route(home.kind());
      reasons.add(homeReason(home, person, from, place, to.isEmpty()));
    } else if (to.isEmpty() && hb.isPresent() && !partyOrphans.containsKey(hb.get())) {
      target = hb;
      route = PartyRoute.KEPT;
      reasons.add(
          Reason.of(Keys.RELATION_KEPT_LEAVING, person, Argument.id("organization", hb.get()))
              .citing(RestructuringRules.SEED_SYNC_RESTRUCTURE));
    } else if (to.isEmpty()
        && hb.isPresent()
        && partyOrphans.getOrDefault(hb.get(), Optional.empty()).isPresent()) {
      target = partyOrphans.getOrDefault(hb.get(), Optional.empty());
      route = PartyRoute.TO_MERGED_ORGANIZATION;
      reasons.add(
          Reason.of(Keys.RELATION_TO_MERGED, person, from, Argument.id("to", target.orElseThrow()))
              .citing(RestructuringRules.SEED_SYNC_RESTRUCTURE, RestructuringRules.PARTY_CONST_30));
    } else if (to.isPresent()
        && to.get().equals(s.from())
        && p.partyStanding().organization().isPresent()
        && !partyOrphans.containsKey(p.partyStanding().organization().get())) {
      target = p.partyStanding().organization();
      route = PartyRoute.KEPT;
      reasons.add(
          Reason.of(Keys.RELATION_KEPT, person, Argument.id("organization", target.orElseThrow()))
              .citing(RestructuringRules.SEED_SYNC_RESTRUCTURE));
    } else {
      if (to.isPresent()) {
        reasons.add(noOrganizationReason(place));
      } else {
        reasons.add(
            Reason.of(Keys.FORMER_ORGANIZATION_CEASES, person, from)
                .citing(RestructuringRules.SEED_SYNC_RESTRUCTURE));
      }
      Optional<Holder> holder = lastResort(enterpriseAfter(place).region());
      target = holder.map(Holder::organization);
      route = holder.map(Holder::route).orElse(PartyRoute.PENDING);
      reasons.add(lastResortReason(holder, person, from, enterpriseAfter(place).region()));
    }
    if (target.isPresent() && target.equals(hb)) {
      route = PartyRoute.KEPT;
    }
    boolean movesUnit = !to.equals(Optional.of(s.from()));
    addPartyLine(p, hb, target, route, reasons, movesUnit);
  }

  private static PartyRoute route(HomeKind kind) {
    switch (kind) {
      case FOUNDED:
        return PartyRoute.TO_FOUNDED_ORGANIZATION;
      case JOINED:
        return PartyRoute.TO_JOINT_BRANCH;
      case CONTINUED:
      default:
        return PartyRoute.TO_EMPLOYER_ORGANIZATION;
    }
  }

  private Reason homeReason(
      Home home, Argument person, Argument from, EnterpriseId place, boolean leaving) {
    Argument to = Argument.id("to", home.id());
    Argument enterprise = Argument.id("enterprise", place);
    switch (home.kind()) {
      case FOUNDED:
        return Reason.of(Keys.RELATION_TO_FOUNDED, person, from, to, enterprise)
            .citing(RestructuringRules.SEED_SYNC_RESTRUCTURE)
            .using(policy.entry(Parameters.BRANCH_MIN_FULL_MEMBERS, date));
      case JOINED:
        return Reason.of(Keys.RELATION_TO_JOINT_BRANCH, person, from, to, enterprise)
            .citing(RestructuringRules.SEED_SYNC_RESTRUCTURE)
            .using(
                policy.entry(Parameters.BRANCH_MIN_FULL_MEMBERS, date),
                policy.entry(Parameters.JOINT_BRANCH_MAX_UNITS, date));
      case CONTINUED:
      default:
        return Reason.of(
                leaving
                    ? Keys.RELATION_TO_FORMER_EMPLOYER_ORGANIZATION
                    : Keys.RELATION_TO_EMPLOYER_ORGANIZATION,
                person,
                from,
                to,
                enterprise)
            .citing(RestructuringRules.SEED_SYNC_RESTRUCTURE);
    }
  }

  private Reason noOrganizationReason(EnterpriseId place) {
    PolicyValue<Integer> minimum = policy.entry(Parameters.BRANCH_MIN_FULL_MEMBERS, date);
    PolicyValue<Integer> units = policy.entry(Parameters.JOINT_BRANCH_MAX_UNITS, date);
    PartyRequirement r = partyRequirements.get(place);
    int full = r == null ? 0 : r.fullMembers();
    return Reason.of(
            Keys.NO_EMPLOYER_ORGANIZATION,
            Argument.id("enterprise", place),
            Argument.number("fullMembers", full),
            Argument.number("required", minimum.value()),
            Argument.number("maximum", units.value()))
        .using(minimum, units);
  }

  private Reason lastResortReason(
      Optional<Holder> holder, Argument person, Argument from, RegionId region) {
    if (holder.isEmpty()) {
      return Reason.of(Keys.RELATION_PENDING, person, from, Argument.id("region", region))
          .citing(RestructuringRules.SEED_SYNC_NETWORK);
    }
    Holder h = holder.get();
    Argument to = Argument.id("to", h.organization());
    if (h.route() == PartyRoute.TO_TALENT_MARKET) {
      return Reason.of(
              Keys.RELATION_TO_TALENT_MARKET,
              person,
              from,
              to,
              Argument.id("cluster", h.cluster().orElseThrow()),
              Argument.id("region", h.region()))
          .citing(RestructuringRules.SEED_SYNC_CLUSTER);
    }
    return Reason.of(
            Keys.RELATION_TO_WORKING_COMMITTEE, person, from, to, Argument.id("region", h.region()))
        .citing(RestructuringRules.SEED_SYNC_NETWORK);
  }

  private static Argument holderArgument(Optional<OrganizationId> holder) {
    return holder.map(h -> Argument.id("from", h)).orElseGet(() -> Argument.text("from", "—"));
  }

  /** Routes the relations held explicitly by organisations that cease, of people not on staff. */
  private void routeOrphanHolders() {
    if (!partyOrphans.isEmpty()) {
      for (Person p : before.people()) {
        Optional<OrganizationId> explicit = p.partyStanding().organization();
        if (explicit.isEmpty()
            || !partyOrphans.containsKey(explicit.get())
            || staff.containsKey(p.id())) {
          continue;
        }
        routeOrphanParty(p, explicit.get());
      }
    }
    for (OrganizationId orphan : unionOrphans.keySet()) {
      for (Person p : before.unionMembers(orphan)) {
        if (!staff.containsKey(p.id())) {
          routeOrphanUnion(p, p.unionMembership().orElseThrow(), orphan);
        }
      }
    }
  }

  private void routeOrphanParty(Person p, OrganizationId orphan) {
    Argument person = Argument.id("person", p.id());
    Argument from = Argument.id("from", orphan);
    List<Reason> reasons = new ArrayList<>();
    Optional<OrganizationId> merged = partyOrphans.getOrDefault(orphan, Optional.empty());
    Optional<OrganizationId> target;
    PartyRoute route;
    Optional<EnterpriseId> employer = p.employment().map(Employment::employer);
    Optional<OrganizationId> atWork = employer.flatMap(this::partyPrimaryAfter);
    if (merged.isPresent()) {
      target = merged;
      route = PartyRoute.TO_MERGED_ORGANIZATION;
      reasons.add(
          Reason.of(Keys.RELATION_TO_MERGED, person, from, Argument.id("to", merged.get()))
              .citing(RestructuringRules.SEED_SYNC_RESTRUCTURE, RestructuringRules.PARTY_CONST_30));
    } else if (atWork.isPresent()) {
      target = atWork;
      route = PartyRoute.TO_EMPLOYER_ORGANIZATION;
      reasons.add(
          Reason.of(
                  Keys.RELATION_TO_EMPLOYER_ORGANIZATION,
                  person,
                  from,
                  Argument.id("to", atWork.get()),
                  Argument.id("enterprise", employer.orElseThrow()))
              .citing(RestructuringRules.SEED_SYNC_RESTRUCTURE));
    } else {
      reasons.add(
          Reason.of(Keys.FORMER_ORGANIZATION_CEASES, person, from)
              .citing(RestructuringRules.SEED_SYNC_RESTRUCTURE));
      RegionId region =
          employer
              .map(e -> before.enterprise(e).orElseThrow().region())
              .orElseGet(() -> before.partyOrganization(orphan).orElseThrow().region());
      Optional<Holder> holder = lastResort(region);
      target = holder.map(Holder::organization);
      route = holder.map(Holder::route).orElse(PartyRoute.PENDING);
      reasons.add(lastResortReason(holder, person, from, region));
    }
    addPartyLine(p, Optional.of(orphan), target, route, reasons, false);
  }

  private void addPartyLine(
      Person p,
      Optional<OrganizationId> from,
      Optional<OrganizationId> target,
      PartyRoute route,
      List<Reason> reasons,
      boolean movesUnit) {
    Subject subject = Subject.person(p.id());
    Verdict verdict = route == PartyRoute.PENDING ? Verdict.ADVISORY : Verdict.INFORMATIONAL;
    ImmutableList.Builder<Decision> decisions = ImmutableList.builder();
    decisions.add(
        Decision.of(RestructuringRules.PARTY_RELATION.id(), subject, verdict, date, reasons));
    decisions.add(pipelineDecision(p, subject, movesUnit));
    partyLines.put(
        p.id(),
        ImmutablePartyTransfer.builder()
            .person(p.id())
            .stage(p.partyStanding().stage())
            .holderBefore(from)
            .holderAfter(target)
            .route(route)
            .decisions(decisions.build())
            .build());
    holderAfter.put(p.id(), target);
  }

  private Decision pipelineDecision(Person p, Subject subject, boolean movesUnit) {
    PartyStanding standing = p.partyStanding();
    PartyStage stage = standing.stage();
    LocalDate since = standing.dateOf(stage).orElse(date);
    List<Reason> reasons = new ArrayList<>();
    reasons.add(
        Reason.of(Keys.STAGE_KEPT, Argument.label("stage", stage), Argument.date("since", since))
            .citing(RestructuringRules.SEED_SYNC_RESTRUCTURE));
    Verdict verdict = Verdict.INFORMATIONAL;
    switch (stage) {
      case APPLICANT:
        reasons.add(
            Reason.of(
                    Keys.APPLICATION_CONTINUES,
                    Argument.date("since", since),
                    Argument.period(
                        "period", policy.value(Parameters.APPLICATION_TALK_WITHIN, date)))
                .citing(RestructuringRules.DEVELOP_REG_8)
                .using(policy.entry(Parameters.APPLICATION_TALK_WITHIN, date)));
        break;
      case ACTIVIST:
        {
          PolicyValue<Period> interval = policy.entry(Parameters.ACTIVIST_REVIEW_INTERVAL, date);
          PolicyValue<Period> cultivation = policy.entry(Parameters.ACTIVIST_MIN_CULTIVATION, date);
          reasons.add(
              Reason.of(
                      Keys.CULTIVATION_CONTINUES,
                      Argument.date("since", since),
                      Argument.period("interval", interval.value()),
                      Argument.period("period", cultivation.value()),
                      Argument.date("earliest", Dates.plus(since, cultivation.value())))
                  .citing(RestructuringRules.DEVELOP_REG_8)
                  .using(interval, cultivation));
          break;
        }
      case DEVELOPMENT_TARGET:
        reasons.add(
            Reason.of(Keys.TARGET_CONTINUES, Argument.date("since", since))
                .citing(RestructuringRules.DEVELOP_REG_13));
        if (movesUnit) {
          PolicyValue<Period> window = policy.entry(Parameters.PRE_REVIEW_LEAVING_WINDOW, date);
          reasons.add(
              Reason.of(Keys.TARGET_LEAVES_UNIT, Argument.period("window", window.value()))
                  .using(window));
          verdict = Verdict.ADVISORY;
        }
        break;
      case PROBATIONARY:
        {
          PolicyValue<Period> probation = policy.entry(Parameters.PROBATION_PERIOD, date);
          reasons.add(
              Reason.of(
                      Keys.PROBATION_CONTINUES,
                      Argument.date("since", since),
                      Argument.period("period", probation.value()),
                      Argument.date("due", Dates.plus(since, probation.value())))
                  .using(probation));
          break;
        }
      case FULL:
      case NONE:
      default:
        break;
    }
    return Decision.of(RestructuringRules.PIPELINE_CONTINUES.id(), subject, verdict, date, reasons);
  }

  // =====================================================================================
  // Union memberships
  // =====================================================================================

  private void routeUnion(Staff s, UnionMembership m) {
    Person p = s.person();
    Argument person = Argument.id("person", p.id());
    Argument from = Argument.id("from", m.union());
    Argument since = Argument.date("since", m.since());
    Optional<EnterpriseId> to = s.to();
    Optional<OrganizationId> target;
    Optional<MembershipStatus> status;
    MembershipRoute route;
    Rule rule;
    Reason reason;
    Verdict verdict = Verdict.INFORMATIONAL;
    EnterpriseId place = to.orElse(s.from());
    Home home = to.isPresent() || !closing.contains(s.from()) ? unionHome.get(place) : null;
    if (to.isPresent()) {
      // every enterprise that receives a union member has a union afterwards: see decideUnionHome
      Home at = Objects.requireNonNull(home, "no union for " + place.value());
      target = Optional.of(at.id());
      boolean same = at.id().equals(m.union());
      status = Optional.of(same ? m.status() : MembershipStatus.ACTIVE);
      route =
          same
              ? MembershipRoute.KEPT
              : at.kind() == HomeKind.FOUNDED
                  ? MembershipRoute.TO_FOUNDED_UNION
                  : MembershipRoute.TO_EMPLOYER_UNION;
      rule = RestructuringRules.MEMBERSHIP_FOLLOWS_LABOUR;
      Argument enterprise = Argument.id("enterprise", place);
      reason =
          same
              ? Reason.of(Keys.MEMBERSHIP_KEPT, person, Argument.id("union", m.union()), since)
              : Reason.of(
                  at.kind() == HomeKind.FOUNDED
                      ? Keys.MEMBERSHIP_TO_FOUNDED_UNION
                      : Keys.MEMBERSHIP_FOLLOWS_LABOUR,
                  person,
                  from,
                  Argument.id("to", at.id()),
                  enterprise,
                  since);
    } else {
      Departure departure = s.allocation().departure().orElse(Departure.UNEMPLOYMENT);
      Argument why = Argument.label("departure", departure);
      status = Optional.of(MembershipStatus.RETAINED);
      rule = RestructuringRules.MEMBERSHIP_RETAINED;
      Optional<OrganizationId> merged = unionOrphans.getOrDefault(m.union(), Optional.empty());
      if (home != null) {
        target = Optional.of(home.id());
        route =
            home.id().equals(m.union()) ? MembershipRoute.KEPT : MembershipRoute.TO_EMPLOYER_UNION;
        reason =
            Reason.of(
                Keys.MEMBERSHIP_RETAINED, person, why, Argument.id("union", home.id()), since);
      } else if (!unionOrphans.containsKey(m.union())) {
        target = Optional.of(m.union());
        route = MembershipRoute.KEPT;
        reason =
            Reason.of(
                Keys.MEMBERSHIP_RETAINED, person, why, Argument.id("union", m.union()), since);
      } else if (merged.isPresent()) {
        target = merged;
        route = MembershipRoute.TO_MERGED_UNION;
        reason =
            Reason.of(
                Keys.MEMBERSHIP_RETAINED, person, why, Argument.id("union", merged.get()), since);
      } else {
        Optional<OrganizationId> higher = higherUnion(m.union());
        rule = RestructuringRules.RETAINED_TO_HIGHER_UNION;
        target = higher;
        if (higher.isPresent()) {
          route = MembershipRoute.TO_HIGHER_UNION;
          reason =
              Reason.of(
                  Keys.MEMBERSHIP_TO_HIGHER_UNION,
                  person,
                  from,
                  Argument.id("to", higher.get()),
                  since);
        } else {
          route = MembershipRoute.TO_UNION_OUTSIDE;
          status = Optional.empty();
          verdict = Verdict.ADVISORY;
          reason = Reason.of(Keys.MEMBERSHIP_TO_OUTSIDE, person, from, since);
        }
      }
    }
    addUnionLine(p, m, target, status, route, rule, verdict, reason);
  }

  private void routeOrphanUnion(Person p, UnionMembership m, OrganizationId orphan) {
    Argument person = Argument.id("person", p.id());
    Argument from = Argument.id("from", orphan);
    Argument since = Argument.date("since", m.since());
    Optional<OrganizationId> merged = unionOrphans.getOrDefault(orphan, Optional.empty());
    Optional<EnterpriseId> employer = p.employment().map(Employment::employer);
    Optional<UnionOrganization> atWork = employer.flatMap(this::unionPrimaryAfter);
    Rule rule =
        m.status() == MembershipStatus.RETAINED
            ? RestructuringRules.MEMBERSHIP_RETAINED
            : RestructuringRules.MEMBERSHIP_FOLLOWS_LABOUR;
    if (merged.isPresent()) {
      addUnionLine(
          p,
          m,
          merged,
          Optional.of(m.status()),
          MembershipRoute.TO_MERGED_UNION,
          rule,
          Verdict.INFORMATIONAL,
          Reason.of(
              Keys.MEMBERSHIP_TO_MERGED_UNION,
              person,
              from,
              Argument.id("to", merged.get()),
              Argument.label("status", m.status()),
              since));
    } else if (atWork.isPresent()) {
      addUnionLine(
          p,
          m,
          Optional.of(atWork.get().id()),
          Optional.of(MembershipStatus.ACTIVE),
          MembershipRoute.TO_EMPLOYER_UNION,
          RestructuringRules.MEMBERSHIP_FOLLOWS_LABOUR,
          Verdict.INFORMATIONAL,
          Reason.of(
              Keys.MEMBERSHIP_FOLLOWS_LABOUR,
              person,
              from,
              Argument.id("to", atWork.get().id()),
              Argument.id("enterprise", employer.orElseThrow()),
              since));
    } else {
      Optional<OrganizationId> higher = higherUnion(orphan);
      if (higher.isPresent()) {
        addUnionLine(
            p,
            m,
            higher,
            Optional.of(m.status()),
            MembershipRoute.TO_HIGHER_UNION,
            RestructuringRules.RETAINED_TO_HIGHER_UNION,
            Verdict.INFORMATIONAL,
            Reason.of(
                Keys.MEMBERSHIP_TO_HIGHER_UNION,
                person,
                from,
                Argument.id("to", higher.get()),
                since));
      } else {
        addUnionLine(
            p,
            m,
            Optional.empty(),
            Optional.empty(),
            MembershipRoute.TO_UNION_OUTSIDE,
            RestructuringRules.RETAINED_TO_HIGHER_UNION,
            Verdict.ADVISORY,
            Reason.of(Keys.MEMBERSHIP_TO_OUTSIDE, person, from, since));
      }
    }
  }

  /**
   * The higher union of a union that ceases: its nearest ancestor that continues, else the town,
   * subdistrict or city union of its region or the nearest region above.
   */
  private Optional<OrganizationId> higherUnion(OrganizationId union) {
    UnionOrganization u = before.unionOrganization(union).orElseThrow();
    Optional<OrganizationId> parent = u.parent();
    Set<OrganizationId> seen = new HashSet<>();
    while (parent.isPresent() && seen.add(parent.get())) {
      Optional<UnionOrganization> p = before.unionOrganization(parent.get());
      if (p.isEmpty()) {
        break;
      }
      if (!unionOrphans.containsKey(p.get().id())) {
        return Optional.of(p.get().id());
      }
      parent = p.get().parent();
    }
    return regionalUnion(u.region());
  }

  private Optional<OrganizationId> regionalUnion(RegionId region) {
    for (RegionId r : regionChain(region)) {
      for (UnionOrganization o : unionByRegion.get(r)) {
        if (o.form() == UnionForm.TOWN_UNION || o.form() == UnionForm.CITY_FEDERATION) {
          return Optional.of(o.id());
        }
      }
    }
    return Optional.empty();
  }

  private void addUnionLine(
      Person p,
      UnionMembership m,
      Optional<OrganizationId> target,
      Optional<MembershipStatus> status,
      MembershipRoute route,
      Rule rule,
      Verdict verdict,
      Reason reason) {
    Reason cited;
    if (route == MembershipRoute.TO_HIGHER_UNION || route == MembershipRoute.TO_UNION_OUTSIDE) {
      cited =
          reason.citing(RestructuringRules.LOCAL_HIGHER_UNION, RestructuringRules.UNION_CONST_8);
    } else if (status.equals(Optional.of(MembershipStatus.RETAINED))) {
      cited =
          reason.citing(RestructuringRules.UNION_CONST_8, RestructuringRules.MEMBERSHIP_RULES_3);
    } else {
      cited =
          reason.citing(RestructuringRules.UNION_CONST_5, RestructuringRules.MEMBERSHIP_RULES_3);
    }
    unionLines.put(
        p.id(),
        ImmutableMembershipTransfer.builder()
            .person(p.id())
            .unionBefore(m.union())
            .statusBefore(m.status())
            .unionAfter(target)
            .statusAfter(status)
            .since(m.since())
            .route(route)
            .decision(Decision.of(rule.id(), Subject.person(p.id()), verdict, date, List.of(cited)))
            .build());
    membershipAfter.put(
        p.id(), target.map(t -> UnionMembership.of(t, m.since(), status.orElse(m.status()))));
  }

  // =====================================================================================
  // Assembly: people, organisations, enterprises, the jurisdiction after
  // =====================================================================================

  private RestructuringPlan assemble() {
    Map<PersonId, Person> people = updatedPeople();
    NavigableMap<OrganizationId, PartyOrganization> partyAfter = new TreeMap<>();
    Map<OrganizationId, List<VacatedPost>> partyVacancies = new HashMap<>();
    Map<OrganizationId, List<Reason>> partyNotes = new HashMap<>();
    Map<OrganizationId, Decision> reaffiliations = new HashMap<>();
    updatePartyOrganizations(partyAfter, partyVacancies, partyNotes, reaffiliations);
    NavigableMap<OrganizationId, UnionOrganization> unionAfter = new TreeMap<>();
    Map<OrganizationId, List<VacatedPost>> unionVacancies = new HashMap<>();
    Map<OrganizationId, List<Reason>> unionNotes = new HashMap<>();
    updateUnions(unionAfter, unionVacancies, unionNotes);

    Jurisdiction.Builder b = before.toBuilder();
    b.removeEnterprisesIf(e -> enterprisesAfter.containsKey(e.id()));
    b.addEnterprises(enterprisesAfter.values());
    b.removePeopleIf(p -> people.containsKey(p.id()));
    b.addPeople(people.values());
    b.removePartyOrganizationsIf(
        o -> partyAfter.containsKey(o.id()) || partyOrphans.containsKey(o.id()));
    b.addPartyOrganizations(partyAfter.values());
    b.removeUnionOrganizationsIf(
        o -> unionAfter.containsKey(o.id()) || unionOrphans.containsKey(o.id()));
    b.addUnionOrganizations(unionAfter.values());
    List<Assignment> ended = new ArrayList<>();
    for (EnterpriseId c : closing) {
      ended.addAll(before.assignmentsTo(c));
    }
    b.removeAssignmentsIf(a -> a.enterprise().map(closing::contains).orElse(false));
    Jurisdiction after = b.build();

    ImmutableList<PartyOrganizationChange> partyChanges =
        partyChanges(after, partyAfter, partyVacancies, partyNotes, reaffiliations);
    ImmutableList<UnionOrganizationChange> unionChanges =
        unionChanges(after, unionAfter, unionVacancies, unionNotes);
    ImmutableList<EnterpriseChange> enterpriseChanges = enterpriseChanges(ended);
    return new RestructuringPlan(
        restructuring,
        date,
        before,
        after,
        enterpriseChanges,
        ImmutableList.copyOf(staffLines.values()),
        ImmutableList.copyOf(partyLines.values()),
        ImmutableList.copyOf(unionLines.values()),
        partyChanges,
        unionChanges,
        reconciliation());
  }

  private Map<PersonId, Person> updatedPeople() {
    Set<PersonId> ids = new TreeSet<>(staff.keySet());
    ids.addAll(holderAfter.keySet());
    ids.addAll(membershipAfter.keySet());
    Map<PersonId, Person> result = new LinkedHashMap<>();
    for (PersonId id : ids) {
      Person old = before.person(id).orElseThrow();
      Optional<Employment> employment = old.employment();
      Staff s = staff.get(id);
      if (s != null) {
        Optional<EnterpriseId> to = s.to();
        if (to.isEmpty()) {
          employment = Optional.empty();
        } else if (!to.get().equals(s.from())) {
          Employment was = old.employment().orElseThrow();
          LocalDate since = was.since().isAfter(date) ? was.since() : date;
          employment = Optional.of(Employment.of(to.get(), since, EmploymentRole.STAFF));
        }
      }
      PartyStanding standing = old.partyStanding();
      Optional<OrganizationId> holder = holderAfter.get(id);
      if (holder != null) {
        Optional<OrganizationId> implicit =
            employment.flatMap(e -> partyPrimaryAfter(e.employer()));
        Optional<OrganizationId> explicit =
            holder.isPresent() && !holder.equals(implicit) ? holder : Optional.empty();
        if (!explicit.equals(standing.organization())) {
          standing = PartyStanding.builder().from(standing).organization(explicit).build();
        }
      }
      Optional<UnionMembership> membership = old.unionMembership();
      Optional<UnionMembership> routed = membershipAfter.get(id);
      if (routed != null) {
        membership = routed;
      }
      Person updated =
          Person.builder()
              .from(old)
              .employment(employment)
              .partyStanding(standing)
              .unionMembership(membership)
              .build();
      if (!updated.equals(old)) {
        result.put(id, updated);
      }
    }
    return result;
  }

  /** Whether an affected person no longer works in any of the given enterprises afterwards. */
  private boolean leaves(PersonId person, Set<EnterpriseId> coverage) {
    Staff s = staff.get(person);
    return s != null && s.to().map(e -> !coverage.contains(e)).orElse(true);
  }

  private LocalDate vacancyDate(LocalDate founded) {
    return founded.isAfter(date) ? founded : date;
  }

  private void updatePartyOrganizations(
      NavigableMap<OrganizationId, PartyOrganization> after,
      Map<OrganizationId, List<VacatedPost>> vacancies,
      Map<OrganizationId, List<Reason>> notes,
      Map<OrganizationId, Decision> reaffiliations) {
    NavigableMap<OrganizationId, PartyOrganization> candidates = new TreeMap<>(partyTouched);
    for (OrganizationId orphan : partyOrphans.keySet()) {
      for (PartyOrganization child : partyChildren.get(orphan)) {
        if (!partyOrphans.containsKey(child.id())) {
          candidates.put(child.id(), child);
        }
      }
    }
    Optional<PartyOrganization> reaffiliateTo = Optional.empty();
    EnterpriseId changed = null;
    if (restructuring instanceof OwnershipChange change
        && !before.enterprise(change.enterprise()).orElseThrow().isNonPublic()
        && change.ownership().isNonPublic()) {
      changed = change.enterprise();
      reaffiliateTo =
          workingCommittee(regionChain(before.enterprise(changed).orElseThrow().region()));
    }
    for (PartyOrganization o : candidates.values()) {
      if (partyOrphans.containsKey(o.id())) {
        continue;
      }
      Set<EnterpriseId> coverage =
          partyTouched.containsKey(o.id()) ? partyCoverage(o) : o.coveredEnterprises();
      PartyOrganization.Builder b =
          PartyOrganization.builder().from(o).coveredEnterprises(coverage);
      List<VacatedPost> vacated = new ArrayList<>();
      List<Reason> why = new ArrayList<>();
      if (o.form().isGrassroots() && !coverage.isEmpty()) {
        LocalDate since = vacancyDate(o.founded());
        if (o.secretary().isPresent() && leaves(o.secretary().get(), coverage)) {
          b.secretary(Optional.empty()).secretaryVacantSince(since);
          vacated.add(vacancy(o.id(), OrganizationPost.SECRETARY, o.secretary(), since));
        }
        List<PersonId> deputies = new ArrayList<>();
        for (PersonId d : o.deputySecretaries()) {
          if (leaves(d, coverage)) {
            vacated.add(vacancy(o.id(), OrganizationPost.DEPUTY_SECRETARY, Optional.of(d), since));
          } else {
            deputies.add(d);
          }
        }
        List<PersonId> committee = new ArrayList<>();
        for (PersonId c : o.committeeMembers()) {
          if (leaves(c, coverage)) {
            vacated.add(
                vacancy(o.id(), OrganizationPost.PARTY_COMMITTEE_MEMBER, Optional.of(c), since));
          } else {
            committee.add(c);
          }
        }
        b.deputySecretaries(deputies).committeeMembers(committee);
      }
      Optional<OrganizationId> parent = o.parent();
      if (parent.isPresent() && partyOrphans.containsKey(parent.get())) {
        Optional<OrganizationId> next = survivingPartyAncestor(parent.get());
        b.parent(next);
        why.add(
            next.isPresent()
                ? Reason.of(
                        Keys.PARENT_REPLACED,
                        Argument.id("organization", o.id()),
                        Argument.id("old", parent.get()),
                        Argument.id("parent", next.get()))
                    .citing(RestructuringRules.PARTY_CONST_30)
                : Reason.of(
                        Keys.PARENT_REMOVED,
                        Argument.id("organization", o.id()),
                        Argument.id("old", parent.get()))
                    .citing(RestructuringRules.PARTY_CONST_30));
        parent = next;
      }
      if (changed != null
          && reaffiliateTo.isPresent()
          && coverage.equals(ImmutableSet.of(changed))) {
        PartyOrganization committee = reaffiliateTo.get();
        if (!parent.equals(Optional.of(committee.id()))
            && !isPartyAncestor(o.id(), committee.id())) {
          b.parent(committee.id());
          Enterprise e = enterpriseAfter(changed);
          reaffiliations.put(
              o.id(),
              informational(
                  RestructuringRules.REAFFILIATION,
                  Subject.partyOrganization(o.id()),
                  Reason.of(
                          Keys.REAFFILIATED,
                          Argument.id("organization", o.id()),
                          Argument.id("enterprise", changed),
                          Argument.label("ownership", e.ownership()),
                          Argument.id("parent", committee.id()))
                      .citing(RestructuringRules.SEED_SYNC_NETWORK)));
        }
      }
      PartyOrganization updated = b.build();
      if (!updated.equals(o)) {
        after.put(o.id(), updated);
      }
      vacancies.put(o.id(), vacated);
      notes.put(o.id(), why);
    }
    for (Map.Entry<OrganizationId, EnterpriseId> f : partyFounded.entrySet()) {
      EnterpriseId d = f.getValue();
      Enterprise e = enterpriseAfter(d);
      PartyForm form = foundedForm(d);
      int years =
          form == PartyForm.PRIMARY_COMMITTEE
              ? policy.value(Parameters.PRIMARY_COMMITTEE_TERM_YEARS, date)
              : policy.value(Parameters.BRANCH_TERM_YEARS, date);
      PartyOrganization.Builder b =
          PartyOrganization.builder()
              .id(f.getKey())
              .name(stem(e.name()) + partySuffix(form))
              .form(form)
              .addCoveredEnterprises(d)
              .region(e.region())
              .secretaryVacantSince(date)
              .founded(date)
              .termStart(date)
              .termYears(Math.min(10, Math.max(1, years)));
      foundedPartyParent(d, e).ifPresent(b::parent);
      after.put(f.getKey(), b.build());
      vacancies.put(
          f.getKey(),
          List.of(vacancy(f.getKey(), OrganizationPost.SECRETARY, Optional.empty(), date)));
    }
  }

  /** The higher organisation of a party organisation to be founded. */
  private Optional<OrganizationId> foundedPartyParent(EnterpriseId d, Enterprise e) {
    Optional<PartyOrganization> group =
        before.partyOrganizationsCovering(d).stream()
            .filter(o -> o.form() != PartyForm.JOINT_BRANCH)
            .filter(o -> partyCoverage(o).contains(d) && partyCoverage(o).size() > 1)
            .min(PARTY_ORDER);
    if (group.isPresent()) {
      return Optional.of(group.get().id());
    }
    return e.isNonPublic()
        ? workingCommittee(regionChain(e.region())).map(PartyOrganization::id)
        : Optional.empty();
  }

  private Optional<OrganizationId> survivingPartyAncestor(OrganizationId start) {
    Optional<OrganizationId> current = Optional.of(start);
    Set<OrganizationId> seen = new HashSet<>();
    while (current.isPresent() && seen.add(current.get())) {
      if (!partyOrphans.containsKey(current.get())) {
        return current;
      }
      current = before.partyOrganization(current.get()).flatMap(PartyOrganization::parent);
    }
    return Optional.empty();
  }

  /**
   * Whether {@code candidate} lies above {@code organization} on the parent chain of {@code top}.
   */
  private boolean isPartyAncestor(OrganizationId organization, OrganizationId top) {
    Optional<OrganizationId> current = Optional.of(top);
    Set<OrganizationId> seen = new HashSet<>();
    while (current.isPresent() && seen.add(current.get())) {
      if (current.get().equals(organization)) {
        return true;
      }
      current = before.partyOrganization(current.get()).flatMap(PartyOrganization::parent);
    }
    return false;
  }

  private static String stem(String name) {
    return name.length() > MAX_NAME_STEM ? name.substring(0, MAX_NAME_STEM) : name;
  }

  private static String partySuffix(PartyForm form) {
    switch (form) {
      case GENERAL_BRANCH:
        return "党总支";
      case PRIMARY_COMMITTEE:
        return "党委";
      case BRANCH:
      default:
        return "党支部";
    }
  }

  private VacatedPost vacancy(
      OrganizationId organization,
      OrganizationPost post,
      Optional<PersonId> holder,
      LocalDate since) {
    Subject subject =
        post.isParty()
            ? Subject.partyOrganization(organization)
            : Subject.unionOrganization(organization);
    Argument org = Argument.id("organization", organization);
    Argument postLabel = Argument.label("post", post);
    Argument from = Argument.date("since", since);
    Optional<LocalDate> fillBy = Optional.empty();
    Reason reason;
    if (post == OrganizationPost.CHAIR) {
      PolicyValue<Period> within = policy.entry(Parameters.CHAIR_VACANCY_FILL_WITHIN, date);
      fillBy = Optional.of(Dates.plus(since, within.value()));
      Argument due = Argument.date("due", fillBy.get());
      Argument period = Argument.period("period", within.value());
      reason =
          holder.isPresent()
              ? Reason.of(
                      Keys.CHAIR_VACATED,
                      Argument.id("person", holder.get()),
                      org,
                      from,
                      due,
                      period)
                  .citing(RestructuringRules.NONPUBLIC_OPINION_CROSS)
                  .using(within)
              : Reason.of(Keys.CHAIR_TO_FILL, org, from, due, period)
                  .citing(RestructuringRules.NONPUBLIC_OPINION_CROSS)
                  .using(within);
    } else {
      Citation term =
          post.isParty() ? RestructuringRules.PARTY_CONST_31 : RestructuringRules.UNION_LAW_16;
      reason =
          holder.isPresent()
              ? Reason.of(
                      Keys.POST_VACATED, Argument.id("person", holder.get()), postLabel, org, from)
                  .citing(term, RestructuringRules.NONPUBLIC_OPINION_CROSS)
              : Reason.of(Keys.POST_TO_FILL, postLabel, org, from)
                  .citing(term, RestructuringRules.NONPUBLIC_OPINION_CROSS);
    }
    return ImmutableVacatedPost.builder()
        .organization(organization)
        .post(post)
        .formerHolder(holder)
        .vacantSince(since)
        .fillBy(fillBy)
        .decision(
            Decision.of(
                RestructuringRules.POST_VACATED.id(),
                subject,
                post.isHead() ? Verdict.ADVISORY : Verdict.INFORMATIONAL,
                date,
                List.of(reason)))
        .build();
  }

  private void updateUnions(
      NavigableMap<OrganizationId, UnionOrganization> after,
      Map<OrganizationId, List<VacatedPost>> vacancies,
      Map<OrganizationId, List<Reason>> notes) {
    NavigableMap<OrganizationId, UnionOrganization> candidates = new TreeMap<>(unionTouched);
    for (OrganizationId orphan : unionOrphans.keySet()) {
      for (UnionOrganization child : unionChildren.get(orphan)) {
        if (!unionOrphans.containsKey(child.id())) {
          candidates.put(child.id(), child);
        }
      }
    }
    for (UnionOrganization o : candidates.values()) {
      if (unionOrphans.containsKey(o.id())) {
        continue;
      }
      Set<EnterpriseId> coverage =
          unionTouched.containsKey(o.id()) ? unionCoverage(o) : o.coveredEnterprises();
      UnionOrganization.Builder b =
          UnionOrganization.builder().from(o).coveredEnterprises(coverage);
      List<VacatedPost> vacated = new ArrayList<>();
      List<Reason> why = new ArrayList<>();
      if (o.form().isGrassroots() && !coverage.isEmpty()) {
        LocalDate since = vacancyDate(o.founded());
        if (o.chair().isPresent() && leaves(o.chair().get(), coverage)) {
          b.chair(Optional.empty()).chairVacantSince(since);
          vacated.add(vacancy(o.id(), OrganizationPost.CHAIR, o.chair(), since));
        }
        List<PersonId> vice = new ArrayList<>();
        for (PersonId v : o.viceChairs()) {
          if (leaves(v, coverage)) {
            vacated.add(vacancy(o.id(), OrganizationPost.VICE_CHAIR, Optional.of(v), since));
          } else {
            vice.add(v);
          }
        }
        List<PersonId> committee = new ArrayList<>();
        for (PersonId c : o.committeeMembers()) {
          if (leaves(c, coverage)) {
            vacated.add(
                vacancy(o.id(), OrganizationPost.UNION_COMMITTEE_MEMBER, Optional.of(c), since));
          } else {
            committee.add(c);
          }
        }
        b.viceChairs(vice).committeeMembers(committee);
      }
      Optional<OrganizationId> parent = o.parent();
      if (parent.isPresent() && unionOrphans.containsKey(parent.get())) {
        Optional<OrganizationId> next = higherUnionOf(parent.get());
        b.parent(next.filter(n -> !n.equals(o.id())));
        why.add(
            next.isPresent() && !next.get().equals(o.id())
                ? Reason.of(
                    Keys.PARENT_REPLACED,
                    Argument.id("organization", o.id()),
                    Argument.id("old", parent.get()),
                    Argument.id("parent", next.get()))
                : Reason.of(
                    Keys.PARENT_REMOVED,
                    Argument.id("organization", o.id()),
                    Argument.id("old", parent.get())));
      }
      UnionOrganization updated = b.build();
      if (!updated.equals(o)) {
        after.put(o.id(), updated);
      }
      vacancies.put(o.id(), vacated);
      notes.put(o.id(), why);
    }
    ImmutableSet<Integer> terms = policy.value(Parameters.UNION_TERM_YEARS, date);
    int years = terms.stream().min(Integer::compare).orElse(3);
    for (Map.Entry<OrganizationId, EnterpriseId> f : unionFounded.entrySet()) {
      EnterpriseId d = f.getValue();
      Enterprise e = enterpriseAfter(d);
      UnionRequirement r = unionRequirements.get(d);
      UnionOrganization.Builder b =
          UnionOrganization.builder()
              .id(f.getKey())
              .name(stem(e.name()) + "工会委员会")
              .form(UnionForm.ENTERPRISE_COMMITTEE)
              .addCoveredEnterprises(d)
              .region(e.region())
              .chairVacantSince(date)
              .founded(date)
              .termStart(date)
              .termYears(Math.min(10, Math.max(1, years)));
      if (r != null) {
        b.womenWork(r.womenWork());
      }
      regionalUnion(e.region()).ifPresent(b::parent);
      after.put(f.getKey(), b.build());
      vacancies.put(
          f.getKey(), List.of(vacancy(f.getKey(), OrganizationPost.CHAIR, Optional.empty(), date)));
    }
  }

  /** The nearest ancestor of a union that continues, for the children of a union that ceases. */
  private Optional<OrganizationId> higherUnionOf(OrganizationId start) {
    Optional<OrganizationId> current = Optional.of(start);
    Set<OrganizationId> seen = new HashSet<>();
    while (current.isPresent() && seen.add(current.get())) {
      if (!unionOrphans.containsKey(current.get())) {
        return current;
      }
      current = before.unionOrganization(current.get()).flatMap(UnionOrganization::parent);
    }
    return Optional.empty();
  }

  // ---- the lines about organisations ----

  private ImmutableList<PartyOrganizationChange> partyChanges(
      Jurisdiction after,
      NavigableMap<OrganizationId, PartyOrganization> updated,
      Map<OrganizationId, List<VacatedPost>> vacancies,
      Map<OrganizationId, List<Reason>> notes,
      Map<OrganizationId, Decision> reaffiliations) {
    NavigableSet<OrganizationId> ids = new TreeSet<>(partyTouched.keySet());
    ids.addAll(partyOrphans.keySet());
    ids.addAll(updated.keySet());
    Map<OrganizationId, int[]> moves = new HashMap<>();
    for (PartyTransfer t : partyLines.values()) {
      if (!t.holderBefore().equals(t.holderAfter())) {
        t.holderBefore().ifPresent(f -> moves.computeIfAbsent(f, k -> new int[2])[1]++);
        t.holderAfter().ifPresent(f -> moves.computeIfAbsent(f, k -> new int[2])[0]++);
      }
      t.holderBefore().ifPresent(ids::add);
      t.holderAfter().ifPresent(ids::add);
    }
    Map<OrganizationId, int[]> held = heldMembers(after, ids);
    Map<OrganizationId, EnterpriseId> ownHomes = new HashMap<>();
    partyHome.forEach(
        (d, home) -> {
          Optional<PartyOrganization> o = after.partyOrganization(home.id());
          if (o.isPresent() && o.get().coveredEnterprises().equals(ImmutableSet.of(d))) {
            ownHomes.put(home.id(), d);
          }
        });
    ImmutableList.Builder<PartyOrganizationChange> lines = ImmutableList.builder();
    for (OrganizationId id : ids) {
      Optional<PartyOrganization> was = before.partyOrganization(id);
      Optional<PartyOrganization> now = after.partyOrganization(id);
      Subject subject = Subject.partyOrganization(id);
      Argument org = Argument.id("organization", id);
      List<Reason> reasons = new ArrayList<>();
      OrganizationFate fate;
      Optional<OrganizationId> mergedInto = Optional.empty();
      if (partyOrphans.containsKey(id)) {
        mergedInto = partyOrphans.getOrDefault(id, Optional.empty());
        fate = mergedInto.isPresent() ? OrganizationFate.MERGED : OrganizationFate.DISSOLVED;
        reasons.add(
            mergedInto.isPresent()
                ? Reason.of(Keys.ORGANIZATION_MERGED, org, Argument.id("target", mergedInto.get()))
                : Reason.of(Keys.ORGANIZATION_DISSOLVED, org));
      } else if (was.isEmpty()) {
        fate = OrganizationFate.TO_BE_FOUNDED;
        PartyOrganization n = now.orElseThrow();
        EnterpriseId d = partyFounded.getOrDefault(id, n.coveredEnterprises().iterator().next());
        PartyRequirement r = partyRequirements.get(d);
        reasons.add(
            Reason.of(
                    Keys.ORGANIZATION_FOUNDED,
                    org,
                    Argument.label("form", n.form()),
                    Argument.id("enterprise", d),
                    Argument.number("fullMembers", r == null ? 0 : r.fullMembers()),
                    Argument.number(
                        "required", policy.value(Parameters.BRANCH_MIN_FULL_MEMBERS, date)))
                .using(
                    policy.entry(Parameters.BRANCH_MIN_FULL_MEMBERS, date),
                    policy.entry(
                        n.form() == PartyForm.PRIMARY_COMMITTEE
                            ? Parameters.PRIMARY_COMMITTEE_TERM_YEARS
                            : Parameters.BRANCH_TERM_YEARS,
                        date)));
      } else {
        fate = OrganizationFate.CONTINUED;
        PartyOrganization n = now.orElseThrow();
        reasons.add(
            Reason.of(
                Keys.ORGANIZATION_CONTINUED,
                org,
                Argument.number("units", n.coveredEnterprises().size())));
        for (EnterpriseId c : was.get().coveredEnterprises()) {
          if (closing.contains(c)) {
            reasons.add(Reason.of(Keys.COVERAGE_REDUCED, org, Argument.id("enterprise", c)));
          }
        }
        for (EnterpriseId left : partyLeft.getOrDefault(id, new TreeSet<>())) {
          reasons.add(
              Reason.of(Keys.ENTERPRISE_LEAVES_JOINT_BRANCH, org, Argument.id("enterprise", left))
                  .citing(RestructuringRules.BRANCH_REG_4));
        }
        for (EnterpriseId joined : partyJoined.getOrDefault(id, new TreeSet<>())) {
          PolicyValue<Integer> units = policy.entry(Parameters.JOINT_BRANCH_MAX_UNITS, date);
          reasons.add(
              Reason.of(
                      Keys.ENTERPRISE_JOINS,
                      org,
                      Argument.id("enterprise", joined),
                      Argument.number("units", n.coveredEnterprises().size()),
                      Argument.number("maximum", units.value()))
                  .using(units));
        }
      }
      reasons.addAll(notes.getOrDefault(id, List.of()));
      int[] moved = moves.getOrDefault(id, new int[2]);
      if (moved[0] + moved[1] > 0) {
        reasons.add(
            Reason.of(
                Keys.RELATIONS_MOVED,
                org,
                Argument.number("arriving", moved[0]),
                Argument.number("leaving", moved[1])));
      }
      int[] counts = held.getOrDefault(id, new int[2]);
      if (fate.existsAfter()) {
        reasons.add(
            Reason.of(
                Keys.MEMBERS_AFTER,
                org,
                Argument.number("fullMembers", counts[0]),
                Argument.number("members", counts[1])));
      }
      ImmutableList.Builder<Decision> decisions = ImmutableList.builder();
      reasons.set(
          0,
          reasons
              .get(0)
              .citing(RestructuringRules.SEED_SYNC_RESTRUCTURE, RestructuringRules.PARTY_CONST_30));
      decisions.add(
          Decision.of(
              RestructuringRules.PARTY_ORGANIZATION.id(),
              subject,
              Verdict.INFORMATIONAL,
              date,
              reasons));
      Decision reaffiliation = reaffiliations.get(id);
      if (reaffiliation != null) {
        decisions.add(reaffiliation);
      }
      Optional<PartyRequirement> requirement = Optional.empty();
      EnterpriseId own = ownHomes.get(id);
      if (own != null && now.isPresent()) {
        PartyRequirement r = partyRequirements.get(own);
        if (r != null) {
          requirement = Optional.of(r);
          decisions.addAll(r.decisions(subject));
          if (r.form() != now.get().form()) {
            decisions.add(
                Decision.of(
                    RestructuringRules.FORM_REVIEW.id(),
                    subject,
                    Verdict.ADVISORY,
                    date,
                    List.of(
                        Reason.of(
                                Keys.FORM_DIFFERS,
                                org,
                                Argument.label("current", now.get().form()),
                                Argument.label("required", r.form()))
                            .citing(RestructuringRules.PARTY_CONST_30))));
          }
        }
      }
      List<VacatedPost> vacated = vacancies.getOrDefault(id, List.of());
      vacated.forEach(v -> decisions.add(v.decision()));
      lines.add(
          ImmutablePartyOrganizationChange.builder()
              .organization(id)
              .fate(fate)
              .before(was)
              .after(now)
              .mergedInto(mergedInto)
              .fullMembersAfter(fate.existsAfter() ? counts[0] : 0)
              .membersAfter(fate.existsAfter() ? counts[1] : 0)
              .requirement(requirement)
              .vacatedPosts(vacated)
              .decisions(decisions.build())
              .build());
    }
    return lines.build();
  }

  /** Full members and members whose relation each of the given organisations holds after. */
  private static Map<OrganizationId, int[]> heldMembers(
      Jurisdiction after, Set<OrganizationId> ids) {
    Map<OrganizationId, Set<PersonId>> holders = new HashMap<>();
    for (Person p : after.people()) {
      p.partyStanding()
          .organization()
          .filter(ids::contains)
          .filter(o -> p.isPartyMember())
          .ifPresent(o -> holders.computeIfAbsent(o, k -> new HashSet<>()).add(p.id()));
    }
    Map<OrganizationId, int[]> counts = new HashMap<>();
    for (OrganizationId id : ids) {
      Optional<PartyOrganization> o = after.partyOrganization(id);
      if (o.isEmpty()) {
        continue;
      }
      Set<PersonId> held = holders.computeIfAbsent(id, k -> new HashSet<>());
      for (EnterpriseId e : o.get().coveredEnterprises()) {
        Optional<OrganizationId> primary =
            after.partyOrganizationsCovering(e).stream()
                .min(PARTY_ORDER)
                .map(PartyOrganization::id);
        if (!primary.equals(Optional.of(id))) {
          continue;
        }
        for (Person p : after.employees(e)) {
          if (p.isPartyMember() && p.partyStanding().organization().isEmpty()) {
            held.add(p.id());
          }
        }
      }
      int full = 0;
      for (PersonId p : held) {
        full += after.person(p).map(Person::isFullPartyMember).orElse(false) ? 1 : 0;
      }
      counts.put(id, new int[] {full, held.size()});
    }
    return counts;
  }

  private ImmutableList<UnionOrganizationChange> unionChanges(
      Jurisdiction after,
      NavigableMap<OrganizationId, UnionOrganization> updated,
      Map<OrganizationId, List<VacatedPost>> vacancies,
      Map<OrganizationId, List<Reason>> notes) {
    NavigableSet<OrganizationId> ids = new TreeSet<>(unionTouched.keySet());
    ids.addAll(unionOrphans.keySet());
    ids.addAll(updated.keySet());
    Map<OrganizationId, int[]> moves = new HashMap<>();
    for (MembershipTransfer t : unionLines.values()) {
      if (!t.unionAfter().equals(Optional.of(t.unionBefore()))) {
        moves.computeIfAbsent(t.unionBefore(), k -> new int[2])[1]++;
        t.unionAfter().ifPresent(f -> moves.computeIfAbsent(f, k -> new int[2])[0]++);
      }
      ids.add(t.unionBefore());
      t.unionAfter().ifPresent(ids::add);
    }
    Map<OrganizationId, EnterpriseId> ownHomes = new HashMap<>();
    unionHome.forEach(
        (d, home) -> {
          Optional<UnionOrganization> o = after.unionOrganization(home.id());
          if (o.isPresent() && o.get().coveredEnterprises().equals(ImmutableSet.of(d))) {
            ownHomes.put(home.id(), d);
          }
        });
    ImmutableList.Builder<UnionOrganizationChange> lines = ImmutableList.builder();
    for (OrganizationId id : ids) {
      Optional<UnionOrganization> was = before.unionOrganization(id);
      Optional<UnionOrganization> now = after.unionOrganization(id);
      Subject subject = Subject.unionOrganization(id);
      Argument org = Argument.id("organization", id);
      List<Reason> reasons = new ArrayList<>();
      OrganizationFate fate;
      Optional<OrganizationId> mergedInto = Optional.empty();
      if (unionOrphans.containsKey(id)) {
        mergedInto = unionOrphans.getOrDefault(id, Optional.empty());
        fate = mergedInto.isPresent() ? OrganizationFate.MERGED : OrganizationFate.DISSOLVED;
        reasons.add(
            mergedInto.isPresent()
                ? Reason.of(Keys.ORGANIZATION_MERGED, org, Argument.id("target", mergedInto.get()))
                : Reason.of(Keys.ORGANIZATION_DISSOLVED, org));
      } else if (was.isEmpty()) {
        fate = OrganizationFate.TO_BE_FOUNDED;
        UnionOrganization n = now.orElseThrow();
        EnterpriseId d = unionFounded.getOrDefault(id, n.coveredEnterprises().iterator().next());
        UnionRequirement r = unionRequirements.get(d);
        reasons.add(
            Reason.of(
                    Keys.UNION_FOUNDED,
                    org,
                    Argument.label("form", n.form()),
                    Argument.id("enterprise", d),
                    Argument.number("members", r == null ? 0 : r.members()),
                    Argument.number(
                        "required", policy.value(Parameters.UNION_COMMITTEE_MIN_MEMBERS, date)))
                .using(
                    policy.entry(Parameters.UNION_COMMITTEE_MIN_MEMBERS, date),
                    policy.entry(Parameters.UNION_TERM_YEARS, date)));
      } else {
        fate = OrganizationFate.CONTINUED;
        UnionOrganization n = now.orElseThrow();
        reasons.add(
            Reason.of(
                Keys.ORGANIZATION_CONTINUED,
                org,
                Argument.number("units", n.coveredEnterprises().size())));
        for (EnterpriseId c : was.get().coveredEnterprises()) {
          if (closing.contains(c)) {
            reasons.add(Reason.of(Keys.COVERAGE_REDUCED, org, Argument.id("enterprise", c)));
          }
        }
        for (EnterpriseId left : unionLeft.getOrDefault(id, new TreeSet<>())) {
          reasons.add(
              Reason.of(Keys.ENTERPRISE_LEAVES_JOINT_UNION, org, Argument.id("enterprise", left))
                  .citing(RestructuringRules.UNION_LAW_11));
        }
      }
      reasons.addAll(notes.getOrDefault(id, List.of()));
      int[] moved = moves.getOrDefault(id, new int[2]);
      if (moved[0] + moved[1] > 0) {
        reasons.add(
            Reason.of(
                Keys.MEMBERSHIPS_MOVED,
                org,
                Argument.number("arriving", moved[0]),
                Argument.number("leaving", moved[1])));
      }
      int active = 0;
      int retained = 0;
      if (now.isPresent()) {
        for (Person p : after.unionMembers(id)) {
          if (p.unionMembership().map(m -> m.status() == MembershipStatus.RETAINED).orElse(false)) {
            retained++;
          } else {
            active++;
          }
        }
        reasons.add(
            Reason.of(
                Keys.UNION_MEMBERS_AFTER,
                org,
                Argument.number("active", active),
                Argument.number("retained", retained)));
      }
      ImmutableList.Builder<Decision> decisions = ImmutableList.builder();
      reasons.set(
          0,
          reasons
              .get(0)
              .citing(RestructuringRules.SEED_SYNC_RESTRUCTURE, RestructuringRules.UNION_LAW_11));
      decisions.add(
          Decision.of(
              RestructuringRules.UNION_ORGANIZATION.id(),
              subject,
              Verdict.INFORMATIONAL,
              date,
              reasons));
      Optional<UnionRequirement> requirement = Optional.empty();
      EnterpriseId own = ownHomes.get(id);
      if (own != null && now.isPresent()) {
        UnionRequirement r = unionRequirements.get(own);
        if (r != null) {
          requirement = Optional.of(r);
          decisions.addAll(r.decisions(subject));
          if (!r.allowedForms().contains(now.get().form())) {
            decisions.add(
                Decision.of(
                    RestructuringRules.FORM_REVIEW.id(),
                    subject,
                    Verdict.ADVISORY,
                    date,
                    List.of(
                        Reason.of(
                                Keys.FORM_DIFFERS,
                                org,
                                Argument.label("current", now.get().form()),
                                Argument.label("required", UnionForm.ENTERPRISE_COMMITTEE))
                            .citing(RestructuringRules.UNION_LAW_11))));
          }
        }
      }
      List<VacatedPost> vacated = vacancies.getOrDefault(id, List.of());
      vacated.forEach(v -> decisions.add(v.decision()));
      lines.add(
          ImmutableUnionOrganizationChange.builder()
              .organization(id)
              .fate(fate)
              .before(was)
              .after(now)
              .mergedInto(mergedInto)
              .activeMembersAfter(active)
              .retainedMembersAfter(retained)
              .requirement(requirement)
              .vacatedPosts(vacated)
              .decisions(decisions.build())
              .build());
    }
    return lines.build();
  }

  // ---- the lines about enterprises ----

  private ImmutableList<EnterpriseChange> enterpriseChanges(List<Assignment> ended) {
    ImmutableList.Builder<EnterpriseChange> lines = ImmutableList.builder();
    Argument kind = Argument.label("kind", restructuring.kind());
    Argument when = Argument.date("date", date);
    for (Map.Entry<EnterpriseId, Enterprise> entry : enterprisesAfter.entrySet()) {
      EnterpriseId id = entry.getKey();
      Enterprise now = entry.getValue();
      Optional<Enterprise> was = before.enterprise(id);
      Argument enterprise = Argument.id("enterprise", id);
      List<Reason> reasons = new ArrayList<>();
      EnterpriseFate fate;
      if (was.isEmpty()) {
        fate = EnterpriseFate.FOUNDED;
        reasons.add(Reason.of(Keys.ENTERPRISE_FOUNDED, enterprise, when, kind));
      } else if (closing.contains(id)) {
        fate = EnterpriseFate.CLOSES;
        reasons.add(Reason.of(Keys.ENTERPRISE_CLOSES, enterprise, when, kind));
      } else {
        fate = EnterpriseFate.CONTINUES;
        reasons.add(Reason.of(Keys.ENTERPRISE_CONTINUES, enterprise, kind));
      }
      if (was.isPresent() && was.get().ownership() != now.ownership()) {
        reasons.add(
            Reason.of(
                Keys.OWNERSHIP_CHANGES,
                enterprise,
                Argument.label("from", was.get().ownership()),
                Argument.label("to", now.ownership())));
      }
      if (was.isPresent() && was.get().headcount() != now.headcount()) {
        reasons.add(
            Reason.of(
                Keys.HEADCOUNT_CHANGES,
                enterprise,
                Argument.number("from", was.get().headcount()),
                Argument.number("to", now.headcount())));
      }
      List<Assignment> endedHere = new ArrayList<>();
      for (Assignment a : ended) {
        if (a.enterprise().equals(Optional.of(id))) {
          endedHere.add(a);
          reasons.add(
              Reason.of(
                  Keys.ASSIGNMENT_ENDS,
                  Argument.id("person", a.person()),
                  Argument.label("assignment", a.kind()),
                  enterprise));
        }
      }
      Subject subject = Subject.enterprise(id);
      ImmutableList.Builder<Decision> decisions = ImmutableList.builder();
      reasons.set(0, reasons.get(0).citing(RestructuringRules.SEED_SYNC_RESTRUCTURE));
      decisions.add(
          Decision.of(
              RestructuringRules.ENTERPRISE.id(), subject, Verdict.INFORMATIONAL, date, reasons));
      Optional<PartyRequirement> party = Optional.ofNullable(partyRequirements.get(id));
      Optional<UnionRequirement> union = Optional.ofNullable(unionRequirements.get(id));
      party.ifPresent(r -> decisions.addAll(r.decisions(subject)));
      union.ifPresent(r -> decisions.addAll(r.decisions(subject)));
      lines.add(
          ImmutableEnterpriseChange.builder()
              .enterprise(id)
              .fate(fate)
              .before(was)
              .after(now)
              .endedAssignments(endedHere)
              .partyRequirement(party)
              .unionRequirement(union)
              .decisions(decisions.build())
              .build());
    }
    return lines.build();
  }

  private Reconciliation reconciliation() {
    int kept = 0;
    int transferred = 0;
    int pending = 0;
    for (PartyTransfer t : partyLines.values()) {
      if (t.route() == PartyRoute.PENDING) {
        pending++;
      } else if (t.route().isKept()) {
        kept++;
      } else {
        transferred++;
      }
    }
    int active = 0;
    int retained = 0;
    int outside = 0;
    for (MembershipTransfer t : unionLines.values()) {
      if (t.statusAfter().isEmpty()) {
        outside++;
      } else if (t.statusAfter().get() == MembershipStatus.RETAINED) {
        retained++;
      } else {
        active++;
      }
    }
    String name = restructuring.kind().name() + ":" + restructuring.sources().first().value();
    Subject subject =
        Subject.of(SubjectKind.JURISDICTION, name.length() > 128 ? name.substring(0, 128) : name);
    Decision decision =
        Decision.of(
            RestructuringRules.RECONCILIATION.id(),
            subject,
            Verdict.SATISFIED,
            date,
            List.of(
                Reason.of(
                        Keys.RECONCILIATION_PARTY,
                        Argument.number("affected", partyLines.size()),
                        Argument.number("kept", kept),
                        Argument.number("transferred", transferred),
                        Argument.number("pending", pending))
                    .citing(RestructuringRules.SEED_SYNC_RESTRUCTURE),
                Reason.of(
                        Keys.RECONCILIATION_UNION,
                        Argument.number("affected", unionLines.size()),
                        Argument.number("active", active),
                        Argument.number("retained", retained),
                        Argument.number("outside", outside))
                    .citing(RestructuringRules.MEMBERSHIP_RULES_3)));
    return ImmutableReconciliation.builder()
        .partyIn(partyLines.size())
        .partyKept(kept)
        .partyTransferred(transferred)
        .partyPending(pending)
        .unionIn(unionLines.size())
        .unionActive(active)
        .unionRetained(retained)
        .unionOutside(outside)
        .decision(decision)
        .build();
  }

  private Decision informational(Rule rule, Subject subject, Reason reason) {
    return Decision.of(rule.id(), subject, Verdict.INFORMATIONAL, date, List.of(reason));
  }
}
