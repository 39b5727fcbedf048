package org.dangong.testkit;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.dangong.model.Assignment;
import org.dangong.model.Cluster;
import org.dangong.model.ClusterId;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.OrganizationId;
import org.dangong.model.PartyForm;
import org.dangong.model.PartyOrganization;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionMembership;
import org.dangong.model.UnionOrganization;

/**
 * A change to a jurisdiction that keeps it valid: things to remove, values to replace, and the
 * cascade that follows so that every reference still resolves.
 *
 * <ul>
 *   <li>A removed region takes its sub-regions and everything in them: clusters, enterprises,
 *       organisations and assignments there.
 *   <li>A removed enterprise takes the people it employs and its assignments; it leaves the
 *       coverage of every organisation, and an organisation left covering too few enterprises for
 *       its form is removed too.
 *   <li>A removed person leaves every post vacant, every list of relatives and every assignment.
 *   <li>A removed organisation leaves the memberships and party relations it held (they are
 *       dropped) and the parent links of its children (they become roots).
 *   <li>A removed cluster leaves enterprises and organisations; a federation left with neither a
 *       cluster nor enterprises is removed.
 * </ul>
 *
 * <p>After the cascade, a party organisation whose secretary is no longer a member employed by a
 * covered enterprise gets a vacant secretary post, and deputies and committee members who are no
 * longer members lose their posts — so that value simplifications (a member made a non-member) stay
 * valid too. Mutable while being set up, then applied once.
 */
final class Edit {
  final Set<RegionId> regions = new HashSet<>();
  final Set<ClusterId> clusters = new HashSet<>();
  final Set<EnterpriseId> enterprises = new HashSet<>();
  final Set<PersonId> people = new HashSet<>();
  final Set<OrganizationId> organizations = new HashSet<>();
  final Set<Assignment> assignments = new HashSet<>();
  final Map<RegionId, Region> replacedRegions = new HashMap<>();
  final Map<EnterpriseId, Enterprise> replacedEnterprises = new HashMap<>();
  final Map<PersonId, Person> replacedPeople = new HashMap<>();
  final Map<OrganizationId, PartyOrganization> replacedParty = new HashMap<>();
  final Map<OrganizationId, UnionOrganization> replacedUnions = new HashMap<>();

  Jurisdiction apply(Jurisdiction j) {
    // 1. Regions: whole subtrees, with what lies in them.
    Deque<RegionId> todo = new ArrayDeque<>(regions);
    while (!todo.isEmpty()) {
      RegionId r = todo.pop();
      for (Region child : j.children(r)) {
        if (regions.add(child.id())) {
          todo.push(child.id());
        }
      }
    }
    for (RegionId r : regions) {
      j.clustersIn(r).forEach(c -> clusters.add(c.id()));
      j.enterprisesIn(r).forEach(e -> enterprises.add(e.id()));
    }
    for (PartyOrganization o : j.partyOrganizations()) {
      if (regions.contains(o.region())) {
        organizations.add(o.id());
      }
    }
    for (UnionOrganization o : j.unionOrganizations()) {
      if (regions.contains(o.region())) {
        organizations.add(o.id());
      }
    }
    // 2. Enterprises take their staff.
    for (EnterpriseId e : enterprises) {
      j.employees(e).forEach(p -> people.add(p.id()));
    }
    // 3. Organisations left covering too little for their form.
    for (PartyOrganization o : j.partyOrganizations()) {
      if (!organizations.contains(o.id()) && !partyValidAfter(o)) {
        organizations.add(o.id());
      }
    }
    for (UnionOrganization o : j.unionOrganizations()) {
      if (!organizations.contains(o.id()) && !unionValidAfter(o)) {
        organizations.add(o.id());
      }
    }

    Jurisdiction.Builder b = Jurisdiction.builder();
    for (Region r : j.regions()) {
      if (!regions.contains(r.id())) {
        b.addRegion(replacedRegions.getOrDefault(r.id(), r));
      }
    }
    for (Cluster c : j.clusters()) {
      if (!clusters.contains(c.id())) {
        b.addCluster(c);
      }
    }
    for (Enterprise e : j.enterprises()) {
      if (!enterprises.contains(e.id())) {
        Enterprise value = replacedEnterprises.getOrDefault(e.id(), e);
        if (value.clusters().stream().anyMatch(clusters::contains)) {
          value = Enterprise.builder().from(value).clusters(without(value.clusters(), clusters)).build();
        }
        b.addEnterprise(value);
      }
    }
    Map<PersonId, Person> kept = new HashMap<>();
    for (Person p : j.people()) {
      if (!people.contains(p.id())) {
        Person value = person(replacedPeople.getOrDefault(p.id(), p));
        kept.put(value.id(), value);
        b.addPerson(value);
      }
    }
    for (PartyOrganization o : j.partyOrganizations()) {
      if (!organizations.contains(o.id())) {
        b.addPartyOrganization(party(replacedParty.getOrDefault(o.id(), o), kept));
      }
    }
    for (UnionOrganization o : j.unionOrganizations()) {
      if (!organizations.contains(o.id())) {
        b.addUnionOrganization(union(replacedUnions.getOrDefault(o.id(), o)));
      }
    }
    for (Assignment a : j.assignments()) {
      boolean gone =
          people.contains(a.person())
              || a.enterprise().map(enterprises::contains).orElse(false)
              || a.region().map(regions::contains).orElse(false)
              || assignments.contains(a);
      if (!gone) {
        b.addAssignment(a);
      }
    }
    return b.build();
  }

  private static <T> ImmutableSet<T> without(Set<T> values, Set<T> removed) {
    return values.stream().filter(v -> !removed.contains(v)).collect(ImmutableSet.toImmutableSet());
  }

  private boolean partyValidAfter(PartyOrganization o) {
    long left = o.coveredEnterprises().stream().filter(e -> !enterprises.contains(e)).count();
    return switch (o.form()) {
      case BRANCH -> left == 1;
      case NON_PUBLIC_WORKING_COMMITTEE -> true;
      default -> left >= 1;
    };
  }

  private boolean unionValidAfter(UnionOrganization o) {
    long left = o.coveredEnterprises().stream().filter(e -> !enterprises.contains(e)).count();
    return switch (o.form()) {
      case ENTERPRISE_COMMITTEE, ORGANIZER -> left == 1;
      case JOINT_COMMITTEE -> left >= 1;
      case FEDERATION -> left >= 1 || o.cluster().filter(c -> !clusters.contains(c)).isPresent();
      default -> true;
    };
  }

  private Person person(Person p) {
    boolean membershipGone = p.unionMembership().map(UnionMembership::union).filter(organizations::contains).isPresent();
    boolean relationGone = p.partyStanding().organization().filter(organizations::contains).isPresent();
    boolean relativesGone = p.closeRelatives().stream().anyMatch(people::contains);
    if (!membershipGone && !relationGone && !relativesGone) {
      return p;
    }
    Person.Builder b = Person.builder().from(p);
    if (membershipGone) {
      b.unionMembership(Optional.empty());
    }
    if (relationGone) {
      b.partyStanding(PartyStanding.builder().from(p.partyStanding()).organization(Optional.empty()).build());
    }
    if (relativesGone) {
      b.closeRelatives(without(p.closeRelatives(), people));
    }
    return b.build();
  }

  private PartyOrganization party(PartyOrganization o, Map<PersonId, Person> kept) {
    ImmutableSet<EnterpriseId> covered = without(o.coveredEnterprises(), enterprises);
    Optional<PersonId> secretary =
        o.secretary()
            .filter(s -> !people.contains(s))
            .filter(
                s -> {
                  Person p = kept.get(s);
                  if (p == null || !p.isPartyMember()) {
                    return false;
                  }
                  return covered.isEmpty()
                      || p.employment().map(e -> covered.contains(e.employer())).orElse(false);
                });
    Predicate<PersonId> member =
        id -> {
          Person p = kept.get(id);
          return p != null && p.isPartyMember();
        };
    ImmutableSet<PersonId> deputies =
        o.deputySecretaries().stream().filter(member).collect(ImmutableSet.toImmutableSet());
    ImmutableSet<PersonId> committee =
        o.committeeMembers().stream().filter(member).collect(ImmutableSet.toImmutableSet());
    Optional<ClusterId> cluster = o.cluster().filter(c -> !clusters.contains(c));
    Optional<OrganizationId> parent = o.parent().filter(p -> !organizations.contains(p));
    if (covered.equals(o.coveredEnterprises())
        && secretary.equals(o.secretary())
        && deputies.equals(o.deputySecretaries())
        && committee.equals(o.committeeMembers())
        && cluster.equals(o.cluster())
        && parent.equals(o.parent())) {
      return o;
    }
    PartyOrganization.Builder b =
        PartyOrganization.builder()
            .from(o)
            .coveredEnterprises(covered)
            .secretary(secretary)
            .deputySecretaries(deputies)
            .committeeMembers(committee)
            .cluster(cluster)
            .parent(parent);
    if (o.form() == PartyForm.BRANCH && covered.size() != 1) {
      throw new IllegalStateException("cascade left branch " + o.id() + " invalid");
    }
    return b.build();
  }

  private UnionOrganization union(UnionOrganization o) {
    ImmutableSet<EnterpriseId> covered = without(o.coveredEnterprises(), enterprises);
    Optional<PersonId> chair = o.chair().filter(s -> !people.contains(s));
    ImmutableSet<PersonId> vice = without(o.viceChairs(), people);
    ImmutableSet<PersonId> committee = without(o.committeeMembers(), people);
    Optional<ClusterId> cluster = o.cluster().filter(c -> !clusters.contains(c));
    Optional<OrganizationId> parent = o.parent().filter(p -> !organizations.contains(p));
    if (covered.equals(o.coveredEnterprises())
        && chair.equals(o.chair())
        && vice.equals(o.viceChairs())
        && committee.equals(o.committeeMembers())
        && cluster.equals(o.cluster())
        && parent.equals(o.parent())) {
      return o;
    }
    if (o.form() == UnionForm.FEDERATION && covered.isEmpty() && cluster.isEmpty()) {
      throw new IllegalStateException("cascade left federation " + o.id() + " invalid");
    }
    return UnionOrganization.builder()
        .from(o)
        .coveredEnterprises(covered)
        .chair(chair)
        .viceChairs(vice)
        .committeeMembers(committee)
        .cluster(cluster)
        .parent(parent)
        .build();
  }
}
