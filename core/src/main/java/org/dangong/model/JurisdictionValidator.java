package org.dangong.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The referential checks of {@link Jurisdiction.Builder#build()}: every problem is collected, none
 * stops the others. Linear in the size of the content.
 */
final class JurisdictionValidator {
  static final String DUPLICATE_ID = "DUPLICATE_ID";
  static final String UNKNOWN_REFERENCE = "UNKNOWN_REFERENCE";
  static final String REGION_CYCLE = "REGION_CYCLE";
  static final String ORGANIZATION_CYCLE = "ORGANIZATION_CYCLE";
  static final String SECRETARY_NOT_PARTY_MEMBER = "SECRETARY_NOT_PARTY_MEMBER";
  static final String SECRETARY_NOT_EMPLOYED = "SECRETARY_NOT_EMPLOYED_BY_COVERED_ENTERPRISE";
  static final String POST_HOLDER_NOT_PARTY_MEMBER = "POST_HOLDER_NOT_PARTY_MEMBER";
  static final String COORDINATOR_TARGET = "COORDINATOR_ASSIGNED_TO_REGION";

  private final List<Problem> problems = new ArrayList<>();
  private final Map<RegionId, Region> regions = new HashMap<>();
  private final Set<ClusterId> clusters = new HashSet<>();
  private final Set<EnterpriseId> enterprises = new HashSet<>();
  private final Map<PersonId, Person> people = new HashMap<>();
  private final Map<OrganizationId, PartyOrganization> party = new HashMap<>();
  private final Map<OrganizationId, UnionOrganization> unions = new HashMap<>();

  private JurisdictionValidator() {}

  static List<Problem> validate(Jurisdiction.Validated v) {
    JurisdictionValidator validator = new JurisdictionValidator();
    validator.run(v);
    return validator.problems;
  }

  private void problem(String path, String rule, Object value) {
    problems.add(Problem.of(path, rule, String.valueOf(value)));
  }

  private void run(Jurisdiction.Validated v) {
    for (Region r : v.regions) {
      if (regions.putIfAbsent(r.id(), r) != null) {
        problem("regions[" + r.id().value() + "]", DUPLICATE_ID, r.id().value());
      }
    }
    for (Cluster c : v.clusters) {
      if (!clusters.add(c.id())) {
        problem("clusters[" + c.id().value() + "]", DUPLICATE_ID, c.id().value());
      }
    }
    for (Enterprise e : v.enterprises) {
      if (!enterprises.add(e.id())) {
        problem("enterprises[" + e.id().value() + "]", DUPLICATE_ID, e.id().value());
      }
    }
    for (Person p : v.people) {
      if (people.putIfAbsent(p.id(), p) != null) {
        problem("people[" + p.id().value() + "]", DUPLICATE_ID, p.id().value());
      }
    }
    for (PartyOrganization o : v.partyOrganizations) {
      if (party.putIfAbsent(o.id(), o) != null) {
        problem("partyOrganizations[" + o.id().value() + "]", DUPLICATE_ID, o.id().value());
      }
    }
    for (UnionOrganization o : v.unionOrganizations) {
      if (unions.putIfAbsent(o.id(), o) != null || party.containsKey(o.id())) {
        problem("unionOrganizations[" + o.id().value() + "]", DUPLICATE_ID, o.id().value());
      }
    }

    for (Region r : v.regions) {
      Supplier<String> path = () -> "regions[" + r.id().value() + "]";
      r.parent().ifPresent(parent -> requireKnown(regions.containsKey(parent), () -> path.get() + ".parent", parent.value()));
    }
    checkRegionCycles(v.regions);
    for (Cluster c : v.clusters) {
      requireKnown(regions.containsKey(c.region()), () -> "clusters[" + c.id().value() + "].region", c.region().value());
    }
    for (Enterprise e : v.enterprises) {
      Supplier<String> path = () -> "enterprises[" + e.id().value() + "]";
      requireKnown(regions.containsKey(e.region()), () -> path.get() + ".region", e.region().value());
      for (ClusterId c : e.clusters()) {
        requireKnown(clusters.contains(c), () -> path.get() + ".clusters", c.value());
      }
    }
    for (Person p : v.people) {
      checkPerson(p);
    }
    for (PartyOrganization o : v.partyOrganizations) {
      checkParty(o);
    }
    checkCycles(v.partyOrganizations, PartyOrganization::id, PartyOrganization::parent, "partyOrganizations");
    for (UnionOrganization o : v.unionOrganizations) {
      checkUnion(o);
    }
    checkCycles(v.unionOrganizations, UnionOrganization::id, UnionOrganization::parent, "unionOrganizations");
    for (Assignment a : v.assignments) {
      checkAssignment(a);
    }
  }

  /** Reports an unknown reference; the path is only built when there is a problem. */
  private void requireKnown(boolean known, Supplier<String> path, String value) {
    if (!known) {
      problem(path.get(), UNKNOWN_REFERENCE, value);
    }
  }

  private void checkPerson(Person p) {
    Supplier<String> path = () -> "people[" + p.id().value() + "]";
    p.employment()
        .ifPresent(
            e -> requireKnown(enterprises.contains(e.employer()), () -> path.get() + ".employment.employer", e.employer().value()));
    p.unionMembership()
        .ifPresent(m -> requireKnown(unions.containsKey(m.union()), () -> path.get() + ".unionMembership.union", m.union().value()));
    p.partyStanding()
        .organization()
        .ifPresent(o -> requireKnown(party.containsKey(o), () -> path.get() + ".partyStanding.organization", o.value()));
    for (PersonId relative : p.closeRelatives()) {
      requireKnown(people.containsKey(relative), () -> path.get() + ".closeRelatives", relative.value());
    }
  }

  private void checkParty(PartyOrganization o) {
    Supplier<String> path = () -> "partyOrganizations[" + o.id().value() + "]";
    for (EnterpriseId e : o.coveredEnterprises()) {
      requireKnown(enterprises.contains(e), () -> path.get() + ".coveredEnterprises", e.value());
    }
    o.cluster().ifPresent(c -> requireKnown(clusters.contains(c), () -> path.get() + ".cluster", c.value()));
    requireKnown(regions.containsKey(o.region()), () -> path.get() + ".region", o.region().value());
    o.parent().ifPresent(parent -> requireKnown(party.containsKey(parent), () -> path.get() + ".parent", parent.value()));
    o.secretary()
        .ifPresent(
            s -> {
              Person secretary = people.get(s);
              if (secretary == null) {
                problem(path.get() + ".secretary", UNKNOWN_REFERENCE, s.value());
                return;
              }
              if (!secretary.isPartyMember()) {
                problem(path.get() + ".secretary", SECRETARY_NOT_PARTY_MEMBER, s.value());
              }
              boolean employedThere =
                  secretary.employment().map(e -> o.coveredEnterprises().contains(e.employer())).orElse(false);
              if (!o.coveredEnterprises().isEmpty() && !employedThere) {
                problem(path.get() + ".secretary", SECRETARY_NOT_EMPLOYED, s.value());
              }
            });
    checkPartyPostHolders(() -> path.get() + ".deputySecretaries", o.deputySecretaries());
    checkPartyPostHolders(() -> path.get() + ".committeeMembers", o.committeeMembers());
  }

  private void checkPartyPostHolders(Supplier<String> path, Set<PersonId> holders) {
    for (PersonId id : holders) {
      Person holder = people.get(id);
      if (holder == null) {
        problem(path.get(), UNKNOWN_REFERENCE, id.value());
      } else if (!holder.isPartyMember()) {
        problem(path.get(), POST_HOLDER_NOT_PARTY_MEMBER, id.value());
      }
    }
  }

  private void checkUnion(UnionOrganization o) {
    Supplier<String> path = () -> "unionOrganizations[" + o.id().value() + "]";
    for (EnterpriseId e : o.coveredEnterprises()) {
      requireKnown(enterprises.contains(e), () -> path.get() + ".coveredEnterprises", e.value());
    }
    o.cluster().ifPresent(c -> requireKnown(clusters.contains(c), () -> path.get() + ".cluster", c.value()));
    requireKnown(regions.containsKey(o.region()), () -> path.get() + ".region", o.region().value());
    o.parent().ifPresent(parent -> requireKnown(unions.containsKey(parent), () -> path.get() + ".parent", parent.value()));
    o.chair().ifPresent(c -> requireKnown(people.containsKey(c), () -> path.get() + ".chair", c.value()));
    for (PersonId id : o.viceChairs()) {
      requireKnown(people.containsKey(id), () -> path.get() + ".viceChairs", id.value());
    }
    for (PersonId id : o.committeeMembers()) {
      requireKnown(people.containsKey(id), () -> path.get() + ".committeeMembers", id.value());
    }
  }

  private void checkAssignment(Assignment a) {
    Supplier<String> path = () -> "assignments[" + a.kind() + ":" + a.person().value() + "->" + a.targetText() + "]";
    requireKnown(people.containsKey(a.person()), () -> path.get() + ".person", a.person().value());
    a.enterprise().ifPresent(e -> requireKnown(enterprises.contains(e), () -> path.get() + ".enterprise", e.value()));
    a.region().ifPresent(r -> requireKnown(regions.containsKey(r), () -> path.get() + ".region", r.value()));
    if (a.kind() == AssignmentKind.UNION_WORK_COORDINATOR && a.region().isEmpty()) {
      problem(path.get() + ".enterprise", COORDINATOR_TARGET, a.targetText());
    }
  }

  /** Reports each region that lies on a cycle of parents, once. Linear: each region is walked once. */
  private void checkRegionCycles(List<Region> list) {
    checkCycles(list, Region::id, Region::parent, "regions");
  }

  private <K, V> void checkCycles(
      List<V> values, Function<V, K> id, Function<V, Optional<K>> parent, String collection) {
    Map<K, V> byId = new HashMap<>();
    for (V v : values) {
      byId.putIfAbsent(id.apply(v), v);
    }
    // 0 = unvisited, 1 = on the current path, 2 = done
    Map<K, Integer> state = new HashMap<>();
    String rule = "regions".equals(collection) ? REGION_CYCLE : ORGANIZATION_CYCLE;
    for (V start : values) {
      K startId = id.apply(start);
      if (state.getOrDefault(startId, 0) != 0) {
        continue;
      }
      List<K> path = new ArrayList<>();
      K current = startId;
      while (current != null && state.getOrDefault(current, 0) == 0) {
        state.put(current, 1);
        path.add(current);
        V value = byId.get(current);
        current = value == null ? null : parent.apply(value).orElse(null);
      }
      if (current != null && state.getOrDefault(current, 0) == 1) {
        int from = path.indexOf(current);
        for (K onCycle : path.subList(from, path.size())) {
          problem(collection + "[" + text(onCycle) + "].parent", rule, text(onCycle));
        }
      }
      for (K k : path) {
        state.put(k, 2);
      }
    }
  }

  private static String text(Object id) {
    if (id instanceof RegionId) {
      return ((RegionId) id).value();
    }
    if (id instanceof OrganizationId) {
      return ((OrganizationId) id).value();
    }
    return String.valueOf(id);
  }
}
