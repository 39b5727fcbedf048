package org.dangong.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import com.google.errorprone.annotations.Immutable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A validated, indexed snapshot of what a caller knows about a jurisdiction (辖区): its regions,
 * clusters, enterprises, people, party and union organisations and assignments. Every engine takes
 * a jurisdiction, a {@code Policy} and a date.
 *
 * <p>Build one with {@link #builder()}; {@link Builder#build()} checks referential integrity and
 * throws one {@link InvalidJurisdictionException} listing every problem:
 *
 * <pre>{@code
 * Jurisdiction j = Jurisdiction.builder()
 *     .addRegion(city)
 *     .addEnterprise(weide)
 *     .addPerson(chair)
 *     .addUnionOrganization(union)
 *     .build();
 * j.employees(weide.id());                 // the people employed there, by id
 * j.unionOrganizationsCovering(weide.id()); // O(1)
 * }</pre>
 *
 * <p>What {@code build()} checks, each problem reported with its path, rule code and value:
 *
 * <ul>
 *   <li>{@code DUPLICATE_ID}: an id used twice (organisation ids are shared by party and union
 *       organisations), so that nobody is employed twice and nothing is counted twice;
 *   <li>{@code UNKNOWN_REFERENCE}: every id refers to something in the snapshot, of the right kind;
 *   <li>{@code REGION_CYCLE} and {@code ORGANIZATION_CYCLE}: the region tree and the organisations'
 *       parent chains are acyclic;
 *   <li>{@code SECRETARY_NOT_PARTY_MEMBER}, {@code SECRETARY_NOT_EMPLOYED_BY_COVERED_ENTERPRISE} and
 *       {@code POST_HOLDER_NOT_PARTY_MEMBER}: a party organisation is led by party members, its
 *       secretary employed by an enterprise it covers;
 *   <li>{@code COORDINATOR_ASSIGNED_TO_REGION} and {@code INSTRUCTOR_ASSIGNED_TO_ENTERPRISE_OR_REGION}:
 *       assignments have the right kind of target.
 * </ul>
 *
 * <p>The values themselves were already checked when they were built (dates in order, counts not
 * negative). Every collection is in ascending id order whatever the order of insertion, so that
 * reports come out the same for the same content. Building sorts once (n log n) and indexes in
 * linear time; every lookup afterwards is O(1).
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
@SuppressWarnings("Immutable") // Guava immutable collections of immutable values
public final class Jurisdiction {
  private final IdIndex<RegionId, Region> regions;
  private final IdIndex<ClusterId, Cluster> clusters;
  private final IdIndex<EnterpriseId, Enterprise> enterprises;
  private final IdIndex<PersonId, Person> people;
  private final IdIndex<OrganizationId, PartyOrganization> partyOrganizations;
  private final IdIndex<OrganizationId, UnionOrganization> unionOrganizations;
  private final ImmutableList<Assignment> assignments;

  private final ImmutableListMultimap<RegionId, Region> childRegions;
  private final ImmutableListMultimap<RegionId, Cluster> clustersByRegion;
  private final ImmutableListMultimap<RegionId, Enterprise> enterprisesByRegion;
  private final ImmutableListMultimap<ClusterId, Enterprise> enterprisesByCluster;
  private final ImmutableListMultimap<EnterpriseId, Person> peopleByEmployer;
  private final ImmutableListMultimap<OrganizationId, Person> peopleByUnion;
  private final ImmutableListMultimap<EnterpriseId, PartyOrganization> partyByEnterprise;
  private final ImmutableListMultimap<EnterpriseId, UnionOrganization> unionByEnterprise;
  private final ImmutableListMultimap<EnterpriseId, Assignment> assignmentsByEnterprise;
  private final ImmutableListMultimap<RegionId, Assignment> assignmentsByRegion;

  private Jurisdiction(Validated v) {
    this.regions = index(v.regions, Region::id);
    this.clusters = index(v.clusters, Cluster::id);
    this.enterprises = index(v.enterprises, Enterprise::id);
    this.people = index(v.people, Person::id);
    this.partyOrganizations = index(v.partyOrganizations, PartyOrganization::id);
    this.unionOrganizations = index(v.unionOrganizations, UnionOrganization::id);
    this.assignments = ImmutableList.copyOf(v.assignments);

    ImmutableListMultimap.Builder<RegionId, Region> children = ImmutableListMultimap.builder();
    for (Region r : regions.values()) {
      r.parent().ifPresent(parent -> children.put(parent, r));
    }
    this.childRegions = children.build();
    ImmutableListMultimap.Builder<RegionId, Cluster> clustersIn = ImmutableListMultimap.builder();
    for (Cluster c : clusters.values()) {
      clustersIn.put(c.region(), c);
    }
    this.clustersByRegion = clustersIn.build();
    ImmutableListMultimap.Builder<RegionId, Enterprise> byRegion = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<ClusterId, Enterprise> byCluster = ImmutableListMultimap.builder();
    for (Enterprise e : enterprises.values()) {
      byRegion.put(e.region(), e);
      for (ClusterId c : e.clusters()) {
        byCluster.put(c, e);
      }
    }
    this.enterprisesByRegion = byRegion.build();
    this.enterprisesByCluster = byCluster.build();
    ImmutableListMultimap.Builder<EnterpriseId, Person> byEmployer = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<OrganizationId, Person> byUnion = ImmutableListMultimap.builder();
    for (Person p : people.values()) {
      p.employment().ifPresent(e -> byEmployer.put(e.employer(), p));
      p.unionMembership().ifPresent(m -> byUnion.put(m.union(), p));
    }
    this.peopleByEmployer = byEmployer.build();
    this.peopleByUnion = byUnion.build();
    ImmutableListMultimap.Builder<EnterpriseId, PartyOrganization> party = ImmutableListMultimap.builder();
    for (PartyOrganization o : partyOrganizations.values()) {
      for (EnterpriseId e : o.coveredEnterprises()) {
        party.put(e, o);
      }
    }
    this.partyByEnterprise = party.build();
    ImmutableListMultimap.Builder<EnterpriseId, UnionOrganization> union = ImmutableListMultimap.builder();
    for (UnionOrganization o : unionOrganizations.values()) {
      for (EnterpriseId e : o.coveredEnterprises()) {
        union.put(e, o);
      }
    }
    this.unionByEnterprise = union.build();
    ImmutableListMultimap.Builder<EnterpriseId, Assignment> aByEnterprise = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<RegionId, Assignment> aByRegion = ImmutableListMultimap.builder();
    for (Assignment a : assignments) {
      a.enterprise().ifPresent(e -> aByEnterprise.put(e, a));
      a.region().ifPresent(r -> aByRegion.put(r, a));
    }
    this.assignmentsByEnterprise = aByEnterprise.build();
    this.assignmentsByRegion = aByRegion.build();
  }

  private static <K, V> IdIndex<K, V> index(List<V> sorted, java.util.function.Function<V, K> key) {
    return IdIndex.of(sorted, key);
  }

  /**
   * Returns a new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an empty jurisdiction.
   *
   * @return a jurisdiction with nothing in it
   */
  public static Jurisdiction empty() {
    return builder().build();
  }

  /**
   * Returns a builder holding everything in this jurisdiction, to derive a changed snapshot from
   * it; this jurisdiction is not affected.
   *
   * @return a builder with this jurisdiction's content
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.regions.addAll(regions.values());
    b.clusters.addAll(clusters.values());
    b.enterprises.addAll(enterprises.values());
    b.people.addAll(people.values());
    b.partyOrganizations.addAll(partyOrganizations.values());
    b.unionOrganizations.addAll(unionOrganizations.values());
    b.assignments.addAll(assignments);
    return b;
  }

  // ---- the collections, in id order ----

  /**
   * Returns every region, in id order.
   *
   * @return the regions
   */
  public ImmutableList<Region> regions() {
    return regions.values().asList();
  }

  /**
   * Returns every cluster, in id order.
   *
   * @return the clusters
   */
  public ImmutableList<Cluster> clusters() {
    return clusters.values().asList();
  }

  /**
   * Returns every enterprise, in id order.
   *
   * @return the enterprises
   */
  public ImmutableList<Enterprise> enterprises() {
    return enterprises.values().asList();
  }

  /**
   * Returns every person, in id order.
   *
   * @return the people
   */
  public ImmutableList<Person> people() {
    return people.values().asList();
  }

  /**
   * Returns every party organisation, in id order.
   *
   * @return the party organisations
   */
  public ImmutableList<PartyOrganization> partyOrganizations() {
    return partyOrganizations.values().asList();
  }

  /**
   * Returns every union organisation, in id order.
   *
   * @return the union organisations
   */
  public ImmutableList<UnionOrganization> unionOrganizations() {
    return unionOrganizations.values().asList();
  }

  /**
   * Returns every assignment, ordered by kind, person, target and start date.
   *
   * @return the assignments
   */
  public ImmutableList<Assignment> assignments() {
    return assignments;
  }

  // ---- lookups by id ----

  /**
   * Looks up a region.
   *
   * @param id the id
   * @return the region, if present
   */
  public Optional<Region> region(RegionId id) {
    return Optional.ofNullable(regions.get(id));
  }

  /**
   * Looks up a cluster.
   *
   * @param id the id
   * @return the cluster, if present
   */
  public Optional<Cluster> cluster(ClusterId id) {
    return Optional.ofNullable(clusters.get(id));
  }

  /**
   * Looks up an enterprise.
   *
   * @param id the id
   * @return the enterprise, if present
   */
  public Optional<Enterprise> enterprise(EnterpriseId id) {
    return Optional.ofNullable(enterprises.get(id));
  }

  /**
   * Looks up a person.
   *
   * @param id the id
   * @return the person, if present
   */
  public Optional<Person> person(PersonId id) {
    return Optional.ofNullable(people.get(id));
  }

  /**
   * Looks up a party organisation.
   *
   * @param id the id
   * @return the party organisation, if present
   */
  public Optional<PartyOrganization> partyOrganization(OrganizationId id) {
    return Optional.ofNullable(partyOrganizations.get(id));
  }

  /**
   * Looks up a union organisation.
   *
   * @param id the id
   * @return the union organisation, if present
   */
  public Optional<UnionOrganization> unionOrganization(OrganizationId id) {
    return Optional.ofNullable(unionOrganizations.get(id));
  }

  // ---- indexes ----

  /**
   * Returns the regions whose parent is the given region, in id order.
   *
   * @param region the parent region
   * @return the child regions
   */
  public ImmutableList<Region> children(RegionId region) {
    return childRegions.get(region);
  }

  /**
   * Returns the regions without a parent (the roots of the region tree), in id order.
   *
   * @return the root regions
   */
  public ImmutableList<Region> rootRegions() {
    return regions.values().stream()
        .filter(r -> r.parent().isEmpty())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the given region's ancestors, nearest first.
   *
   * @param region the region
   * @return its parent, grandparent and so on; empty for a root or an unknown region
   */
  public ImmutableList<Region> ancestors(RegionId region) {
    ImmutableList.Builder<Region> result = ImmutableList.builder();
    Optional<RegionId> next = region(region).flatMap(Region::parent);
    while (next.isPresent()) {
      Region r = regions.get(next.get());
      if (r == null) {
        break;
      }
      result.add(r);
      next = r.parent();
    }
    return result.build();
  }

  /**
   * Tells whether a region is the given ancestor or lies below it.
   *
   * @param region the region
   * @param ancestor the presumed ancestor
   * @return true if {@code region} equals {@code ancestor} or lies within it
   */
  public boolean isWithin(RegionId region, RegionId ancestor) {
    if (region.equals(ancestor)) {
      return true;
    }
    return ancestors(region).stream().anyMatch(r -> r.id().equals(ancestor));
  }

  /**
   * Returns the clusters lying directly in the given region, in id order.
   *
   * @param region the region
   * @return the clusters
   */
  public ImmutableList<Cluster> clustersIn(RegionId region) {
    return clustersByRegion.get(region);
  }

  /**
   * Returns the enterprises registered directly in the given region (not in its sub-regions), in
   * id order.
   *
   * @param region the region
   * @return the enterprises
   */
  public ImmutableList<Enterprise> enterprisesIn(RegionId region) {
    return enterprisesByRegion.get(region);
  }

  /**
   * Returns the enterprises belonging to the given cluster, in id order.
   *
   * @param cluster the cluster
   * @return the enterprises
   */
  public ImmutableList<Enterprise> enterprisesIn(ClusterId cluster) {
    return enterprisesByCluster.get(cluster);
  }

  /**
   * Returns the people employed by the given enterprise, in id order.
   *
   * @param enterprise the enterprise
   * @return the employees
   */
  public ImmutableList<Person> employees(EnterpriseId enterprise) {
    return peopleByEmployer.get(enterprise);
  }

  /**
   * Returns the people whose union membership (active or retained) is held by the given union, in
   * id order.
   *
   * @param union the union
   * @return the members
   */
  public ImmutableList<Person> unionMembers(OrganizationId union) {
    return peopleByUnion.get(union);
  }

  /**
   * Returns the party organisations covering the given enterprise, in id order.
   *
   * @param enterprise the enterprise
   * @return the party organisations
   */
  public ImmutableList<PartyOrganization> partyOrganizationsCovering(EnterpriseId enterprise) {
    return partyByEnterprise.get(enterprise);
  }

  /**
   * Returns the union organisations covering the given enterprise, in id order.
   *
   * @param enterprise the enterprise
   * @return the union organisations
   */
  public ImmutableList<UnionOrganization> unionOrganizationsCovering(EnterpriseId enterprise) {
    return unionByEnterprise.get(enterprise);
  }

  /**
   * Returns the assignments to the given enterprise.
   *
   * @param enterprise the enterprise
   * @return the assignments
   */
  public ImmutableList<Assignment> assignmentsTo(EnterpriseId enterprise) {
    return assignmentsByEnterprise.get(enterprise);
  }

  /**
   * Returns the assignments to the given region.
   *
   * @param region the region
   * @return the assignments
   */
  public ImmutableList<Assignment> assignmentsTo(RegionId region) {
    return assignmentsByRegion.get(region);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Jurisdiction)) {
      return false;
    }
    Jurisdiction other = (Jurisdiction) o;
    return regions.equals(other.regions)
        && clusters.equals(other.clusters)
        && enterprises.equals(other.enterprises)
        && people.equals(other.people)
        && partyOrganizations.equals(other.partyOrganizations)
        && unionOrganizations.equals(other.unionOrganizations)
        && assignments.equals(other.assignments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        regions, clusters, enterprises, people, partyOrganizations, unionOrganizations, assignments);
  }

  /**
   * Returns a summary with the number of each kind of value, and no personal data.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "Jurisdiction[regions="
        + regions.size()
        + ", clusters="
        + clusters.size()
        + ", enterprises="
        + enterprises.size()
        + ", people="
        + people.size()
        + ", partyOrganizations="
        + partyOrganizations.size()
        + ", unionOrganizations="
        + unionOrganizations.size()
        + ", assignments="
        + assignments.size()
        + "]";
  }

  /** The canonical order of assignments. */
  static final Comparator<Assignment> ASSIGNMENT_ORDER =
      Comparator.comparing(Assignment::kind)
          .thenComparing(Assignment::person)
          .thenComparing(Assignment::targetText)
          .thenComparing(Assignment::since);

  /** The sorted, validated content a jurisdiction is made of. */
  static final class Validated {
    final List<Region> regions;
    final List<Cluster> clusters;
    final List<Enterprise> enterprises;
    final List<Person> people;
    final List<PartyOrganization> partyOrganizations;
    final List<UnionOrganization> unionOrganizations;
    final List<Assignment> assignments;

    Validated(Builder b) {
      this.regions = sorted(b.regions, Comparator.comparing(Region::id));
      this.clusters = sorted(b.clusters, Comparator.comparing(Cluster::id));
      this.enterprises = sorted(b.enterprises, Comparator.comparing(Enterprise::id));
      this.people = sorted(b.people, Comparator.comparing(Person::id));
      this.partyOrganizations = sorted(b.partyOrganizations, Comparator.comparing(PartyOrganization::id));
      this.unionOrganizations = sorted(b.unionOrganizations, Comparator.comparing(UnionOrganization::id));
      this.assignments = sorted(b.assignments, ASSIGNMENT_ORDER);
    }

    private static <T> List<T> sorted(List<T> values, Comparator<T> order) {
      List<T> copy = new ArrayList<>(values);
      copy.sort(order);
      return copy;
    }
  }

  /**
   * Collects the content of a {@link Jurisdiction}; {@link #build()} validates it as a whole.
   *
   * <p>A builder is mutable and not thread-safe; the jurisdiction it builds is both immutable and
   * thread-safe, and shares nothing with the builder.
   */
  public static final class Builder {
    final List<Region> regions = new ArrayList<>();
    final List<Cluster> clusters = new ArrayList<>();
    final List<Enterprise> enterprises = new ArrayList<>();
    final List<Person> people = new ArrayList<>();
    final List<PartyOrganization> partyOrganizations = new ArrayList<>();
    final List<UnionOrganization> unionOrganizations = new ArrayList<>();
    final List<Assignment> assignments = new ArrayList<>();

    Builder() {}

    /**
     * Adds a region.
     *
     * @param region the region
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addRegion(Region region) {
      regions.add(region);
      return this;
    }

    /**
     * Adds regions.
     *
     * @param values the regions
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addRegions(Iterable<? extends Region> values) {
      values.forEach(regions::add);
      return this;
    }

    /**
     * Adds a cluster.
     *
     * @param cluster the cluster
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addCluster(Cluster cluster) {
      clusters.add(cluster);
      return this;
    }

    /**
     * Adds clusters.
     *
     * @param values the clusters
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addClusters(Iterable<? extends Cluster> values) {
      values.forEach(clusters::add);
      return this;
    }

    /**
     * Adds an enterprise.
     *
     * @param enterprise the enterprise
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addEnterprise(Enterprise enterprise) {
      enterprises.add(enterprise);
      return this;
    }

    /**
     * Adds enterprises.
     *
     * @param values the enterprises
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addEnterprises(Iterable<? extends Enterprise> values) {
      values.forEach(enterprises::add);
      return this;
    }

    /**
     * Adds a person.
     *
     * @param person the person
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addPerson(Person person) {
      people.add(person);
      return this;
    }

    /**
     * Adds people.
     *
     * @param values the people
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addPeople(Iterable<? extends Person> values) {
      values.forEach(people::add);
      return this;
    }

    /**
     * Adds a party organisation.
     *
     * @param organization the organisation
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addPartyOrganization(PartyOrganization organization) {
      partyOrganizations.add(organization);
      return this;
    }

    /**
     * Adds party organisations.
     *
     * @param values the organisations
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addPartyOrganizations(Iterable<? extends PartyOrganization> values) {
      values.forEach(partyOrganizations::add);
      return this;
    }

    /**
     * Adds a union organisation.
     *
     * @param organization the organisation
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addUnionOrganization(UnionOrganization organization) {
      unionOrganizations.add(organization);
      return this;
    }

    /**
     * Adds union organisations.
     *
     * @param values the organisations
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addUnionOrganizations(Iterable<? extends UnionOrganization> values) {
      values.forEach(unionOrganizations::add);
      return this;
    }

    /**
     * Adds an assignment.
     *
     * @param assignment the assignment
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAssignment(Assignment assignment) {
      assignments.add(assignment);
      return this;
    }

    /**
     * Adds assignments.
     *
     * @param values the assignments
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAssignments(Iterable<? extends Assignment> values) {
      values.forEach(assignments::add);
      return this;
    }

    /**
     * Removes the regions matching a predicate; references to them are not touched, so {@link
     * #build()} reports any that remain.
     *
     * @param predicate which regions to remove
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder removeRegionsIf(Predicate<? super Region> predicate) {
      regions.removeIf(predicate);
      return this;
    }

    /**
     * Removes the clusters matching a predicate.
     *
     * @param predicate which clusters to remove
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder removeClustersIf(Predicate<? super Cluster> predicate) {
      clusters.removeIf(predicate);
      return this;
    }

    /**
     * Removes the enterprises matching a predicate.
     *
     * @param predicate which enterprises to remove
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder removeEnterprisesIf(Predicate<? super Enterprise> predicate) {
      enterprises.removeIf(predicate);
      return this;
    }

    /**
     * Removes the people matching a predicate.
     *
     * @param predicate which people to remove
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder removePeopleIf(Predicate<? super Person> predicate) {
      people.removeIf(predicate);
      return this;
    }

    /**
     * Removes the party organisations matching a predicate.
     *
     * @param predicate which organisations to remove
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder removePartyOrganizationsIf(Predicate<? super PartyOrganization> predicate) {
      partyOrganizations.removeIf(predicate);
      return this;
    }

    /**
     * Removes the union organisations matching a predicate.
     *
     * @param predicate which organisations to remove
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder removeUnionOrganizationsIf(Predicate<? super UnionOrganization> predicate) {
      unionOrganizations.removeIf(predicate);
      return this;
    }

    /**
     * Removes the assignments matching a predicate.
     *
     * @param predicate which assignments to remove
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder removeAssignmentsIf(Predicate<? super Assignment> predicate) {
      assignments.removeIf(predicate);
      return this;
    }

    /**
     * Validates the content and builds the jurisdiction.
     *
     * @return the jurisdiction
     * @throws InvalidJurisdictionException listing every problem, if the content is not
     *     referentially sound; no jurisdiction is built then
     */
    public Jurisdiction build() {
      Validated validated = new Validated(this);
      List<Problem> problems = JurisdictionValidator.validate(validated);
      if (!problems.isEmpty()) {
        throw new InvalidJurisdictionException(problems);
      }
      return new Jurisdiction(validated);
    }
  }
}
