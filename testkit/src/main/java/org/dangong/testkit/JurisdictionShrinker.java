package org.dangong.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Nationality;
import org.dangong.model.OrganizationId;
import org.dangong.model.Ownership;
import org.dangong.model.PartyOrganization;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionOrganization;
import org.dangong.model.WomenWorkForm;

/**
 * The domain-aware shrinker of jurisdictions: it proposes smaller valid jurisdictions, most
 * aggressive first, each built through {@link Edit} so that every reference still resolves.
 *
 * <p>The order of the candidates: whole region subtrees (shallowest first); enterprises, people,
 * organisations, assignments and clusters — each first all at once, then in halves, quarters and so
 * on down to one at a time; regions nothing uses; detaching regions from their parents; then
 * simplified values — people without party standing, union membership, relatives, trainings or
 * special roles, enterprises without clusters, organisations without parents, deputies, committees
 * or clusters, vacant posts. Every candidate is strictly simpler than the jurisdiction it comes
 * from, so greedy shrinking ends.
 */
final class JurisdictionShrinker implements Shrinker<Jurisdiction> {
  static final JurisdictionShrinker INSTANCE = new JurisdictionShrinker();

  private JurisdictionShrinker() {}

  @Override
  public Stream<Jurisdiction> candidates(Jurisdiction j) {
    List<Consumer<Edit>> edits = new ArrayList<>();
    regionSubtrees(j, edits);
    chunks(j.enterprises(), e -> edit -> edit.enterprises.add(e.id()), edits);
    chunks(j.people(), p -> edit -> edit.people.add(p.id()), edits);
    List<OrganizationId> organizations = new ArrayList<>();
    j.partyOrganizations().forEach(o -> organizations.add(o.id()));
    j.unionOrganizations().forEach(o -> organizations.add(o.id()));
    organizations.sort(Comparator.naturalOrder());
    chunks(organizations, o -> edit -> edit.organizations.add(o), edits);
    chunks(j.assignments(), a -> edit -> edit.assignments.add(a), edits);
    chunks(j.clusters(), c -> edit -> edit.clusters.add(c.id()), edits);
    unusedRegions(j, edits);
    for (Region r : j.regions()) {
      if (r.parent().isPresent()) {
        edits.add(edit -> edit.replacedRegions.put(r.id(), Region.builder().from(r).parent(Optional.empty()).build()));
      }
    }
    simplifications(j, edits);
    return edits.stream()
        .map(
            change -> {
              Edit edit = new Edit();
              change.accept(edit);
              return edit.apply(j);
            })
        .filter(candidate -> !candidate.equals(j));
  }

  /** Removes whole region subtrees, shallowest first. */
  private static void regionSubtrees(Jurisdiction j, List<Consumer<Edit>> edits) {
    List<Region> order = new ArrayList<>();
    List<Region> level = new ArrayList<>(j.rootRegions());
    while (!level.isEmpty()) {
      order.addAll(level);
      List<Region> next = new ArrayList<>();
      for (Region r : level) {
        next.addAll(j.children(r.id()));
      }
      level = next;
    }
    for (Region r : order) {
      edits.add(edit -> edit.regions.add(r.id()));
    }
  }

  private static <T> void chunks(List<T> values, Function<T, Consumer<Edit>> removal, List<Consumer<Edit>> edits) {
    if (values.isEmpty()) {
      return;
    }
    for (int[] range : Shrinkers.chunks(values.size(), values.size())) {
      List<T> chunk = ImmutableList.copyOf(values.subList(range[0], range[1]));
      edits.add(
          edit -> {
            for (T value : chunk) {
              removal.apply(value).accept(edit);
            }
          });
    }
  }

  /** Removes the regions that nothing uses: no cluster, enterprise, organisation or assignment. */
  private static void unusedRegions(Jurisdiction j, List<Consumer<Edit>> edits) {
    Set<RegionId> used = new HashSet<>();
    List<RegionId> direct = new ArrayList<>();
    j.clusters().forEach(c -> direct.add(c.region()));
    j.enterprises().forEach(e -> direct.add(e.region()));
    j.partyOrganizations().forEach(o -> direct.add(o.region()));
    j.unionOrganizations().forEach(o -> direct.add(o.region()));
    j.assignments().forEach(a -> a.region().ifPresent(direct::add));
    for (RegionId r : direct) {
      if (used.add(r)) {
        j.ancestors(r).forEach(a -> used.add(a.id()));
      }
    }
    List<RegionId> unused = new ArrayList<>();
    for (Region r : j.regions()) {
      if (!used.contains(r.id())) {
        unused.add(r.id());
      }
    }
    if (unused.isEmpty()) {
      return;
    }
    // Removing an unused region removes its subtree, which is unused too.
    edits.add(edit -> edit.regions.addAll(unused));
    if (unused.size() > 1) {
      for (RegionId r : unused) {
        edits.add(edit -> edit.regions.add(r));
      }
    }
  }

  private static void simplifications(Jurisdiction j, List<Consumer<Edit>> edits) {
    for (Person p : j.people()) {
      Person simple = simplest(p);
      if (!simple.equals(p)) {
        edits.add(edit -> edit.replacedPeople.put(p.id(), simple));
      }
    }
    for (Enterprise e : j.enterprises()) {
      int staff = j.employees(e.id()).size();
      Enterprise simple =
          Enterprise.builder()
              .from(e)
              .clusters(ImmutableSet.of())
              .status(EnterpriseStatus.OPERATING)
              .ownership(Ownership.PRIVATE)
              .headcount(Math.min(e.headcount(), staff))
              .femaleHeadcount(0)
              .build();
      if (!simple.equals(e)) {
        edits.add(edit -> edit.replacedEnterprises.put(e.id(), simple));
      }
    }
    for (PartyOrganization o : j.partyOrganizations()) {
      PartyOrganization simple =
          PartyOrganization.builder()
              .from(o)
              .parent(Optional.empty())
              .deputySecretaries(ImmutableSet.of())
              .committeeMembers(ImmutableSet.of())
              .cluster(Optional.empty())
              .secretaryVacantSince(Optional.empty())
              .build();
      if (!simple.equals(o)) {
        edits.add(edit -> edit.replacedParty.put(o.id(), simple));
      }
      if (o.secretary().isPresent()) {
        PartyOrganization vacant = PartyOrganization.builder().from(o).secretary(Optional.empty()).build();
        edits.add(edit -> edit.replacedParty.put(o.id(), vacant));
      }
    }
    for (UnionOrganization o : j.unionOrganizations()) {
      boolean clusterNeeded = o.form() == UnionForm.FEDERATION && o.coveredEnterprises().isEmpty();
      UnionOrganization simple =
          UnionOrganization.builder()
              .from(o)
              .parent(Optional.empty())
              .viceChairs(ImmutableSet.of())
              .committeeMembers(ImmutableSet.of())
              .cluster(clusterNeeded ? o.cluster() : Optional.empty())
              .womenWork(WomenWorkForm.NONE)
              .fullTimeChair(false)
              .chairHoldsDeputyRank(false)
              .chairVacantSince(Optional.empty())
              .build();
      if (!simple.equals(o)) {
        edits.add(edit -> edit.replacedUnions.put(o.id(), simple));
      }
      if (o.chair().isPresent()) {
        UnionOrganization vacant = UnionOrganization.builder().from(o).chair(Optional.empty()).build();
        edits.add(edit -> edit.replacedUnions.put(o.id(), vacant));
      }
    }
    // One aspect at a time, for when simplifying a person as a whole makes the property pass.
    for (Person p : j.people()) {
      List<Person> aspects = new ArrayList<>();
      aspects.add(Person.builder().from(p).partyStanding(PartyStanding.none()).build());
      aspects.add(Person.builder().from(p).unionMembership(Optional.empty()).build());
      aspects.add(Person.builder().from(p).closeRelatives(ImmutableSet.of()).build());
      aspects.add(Person.builder().from(p).trainings(ImmutableList.of()).build());
      aspects.add(Person.builder().from(p).nationality(Nationality.CHINESE).build());
      aspects.add(Person.builder().from(p).employment(p.employment().map(JurisdictionShrinker::staff)).build());
      if (p.partyStanding().organization().isPresent()) {
        aspects.add(
            Person.builder()
                .from(p)
                .partyStanding(PartyStanding.builder().from(p.partyStanding()).organization(Optional.empty()).build())
                .build());
      }
      for (Person aspect : aspects) {
        if (!aspect.equals(p)) {
          edits.add(edit -> edit.replacedPeople.put(p.id(), aspect));
        }
      }
    }
  }

  private static Person simplest(Person p) {
    return Person.builder()
        .from(p)
        .nationality(Nationality.CHINESE)
        .employment(p.employment().map(JurisdictionShrinker::staff))
        .partyStanding(PartyStanding.none())
        .unionMembership(Optional.empty())
        .closeRelatives(ImmutableSet.of())
        .trainings(ImmutableList.of())
        .build();
  }

  private static Employment staff(Employment e) {
    return Employment.builder().from(e).roles(EnumSet.of(EmploymentRole.STAFF)).build();
  }

  @Override
  public String toString() {
    return "JurisdictionShrinker";
  }

}
