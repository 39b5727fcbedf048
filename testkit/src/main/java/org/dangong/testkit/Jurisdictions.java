package org.dangong.testkit;

import java.util.Collection;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.dangong.model.Assignment;
import org.dangong.model.Cluster;
import org.dangong.model.ClusterId;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.OrganizationId;
import org.dangong.model.PartyOrganization;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.model.UnionOrganization;

/**
 * Entry point for generators of whole, consistent {@link Jurisdiction}s, their domain-aware
 * shrinker, their description in failure messages, and edits that remove things from a
 * jurisdiction while keeping it valid.
 *
 * <pre>{@code
 * JurisdictionGenerator small = Jurisdictions.jurisdictions()
 *     .enterprises(1, 5)
 *     .peoplePerEnterprise(0, 8)
 *     .coverageMix(Mix.of(Coverage.UNION_ONLY, 1));    // DUAL-REC-1 territory
 *
 * PropertyRunner.forAll(small).samples(200).seed(42).check(j ->
 *     assertThat(j.toBuilder().build()).isEqualTo(j));
 *
 * Jurisdiction closed = Jurisdictions.withoutEnterprises(j, List.of(EnterpriseId.of("E003")));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Jurisdictions {
  private static final int MAX_DESCRIBED_LINES = 400;

  private static final Mix<Coverage> SEED_COVERAGE =
      Mix.of(Coverage.PARTY_AND_UNION, 66)
          .and(Coverage.PARTY_ONLY, 13)
          .and(Coverage.UNION_ONLY, 15)
          .and(Coverage.NEITHER, 6);

  private Jurisdictions() {}

  /**
   * Returns a generator of small, consistent jurisdictions with the default settings — see {@link
   * JurisdictionGenerator} for what they contain and how to change it.
   *
   * @return the generator
   */
  public static JurisdictionGenerator jurisdictions() {
    return JurisdictionGenerator.DEFAULT;
  }

  /**
   * Returns the coverage mix of the seed's city: 79% of enterprises covered by a party
   * organisation (Suzhou's founding rate of 78.7% in 2011), 81% by a union, 6% by neither.
   *
   * <pre>{@code
   * Mix<Coverage> m = Jurisdictions.seedCoverageMix();
   * m.share(Coverage.PARTY_AND_UNION) + m.share(Coverage.PARTY_ONLY);   // 0.79
   * }</pre>
   *
   * @return the mix
   */
  public static Mix<Coverage> seedCoverageMix() {
    return SEED_COVERAGE;
  }

  /**
   * Returns the domain-aware shrinker of jurisdictions. It proposes, most aggressive first:
   * removing whole region subtrees with everything in them; removing enterprises (with the people
   * they employ, their coverage entries, the organisations that cover nothing else, and their
   * assignments), people (their posts become vacant, relatives and assignments are dropped),
   * organisations (memberships and party relations they held are dropped, children become roots),
   * assignments and clusters — each all at once, then in halves, quarters, and one by one; removing
   * regions nothing uses and detaching regions from their parents; and finally simplifying people,
   * enterprises and organisations. Every candidate is a valid jurisdiction, strictly simpler than
   * the one it comes from.
   *
   * <pre>{@code
   * Jurisdiction smaller = Jurisdictions.shrinker().candidates(j).findFirst().orElse(j);
   * }</pre>
   *
   * @return the shrinker
   */
  public static Shrinker<Jurisdiction> shrinker() {
    return JurisdictionShrinker.INSTANCE;
  }

  /**
   * Describes a jurisdiction for a failure message, one line per value with its id and the
   * attributes rules care about, at most 400 lines. Personal names appear: this is for test output,
   * not for logs.
   *
   * <pre>{@code
   * Jurisdictions.describe(j);
   * // Jurisdiction[regions=1, clusters=0, enterprises=1, people=4, ...]
   * //   region R01-01 同里镇 TOWN
   * //   enterprise E001 华信电子有限公司 PRIVATE region=R01-01 headcount=6 ...
   * //   person P0002 王芳 employer=E001 [STAFF] FULL
   * }</pre>
   *
   * @param j the jurisdiction
   * @return the description
   */
  public static String describe(Jurisdiction j) {
    StringBuilder text = new StringBuilder(j.toString());
    int[] lines = {0};
    Consumer<String> line =
        s -> {
          if (lines[0]++ < MAX_DESCRIBED_LINES) {
            text.append("\n  ").append(s);
          }
        };
    for (Region r : j.regions()) {
      line.accept(Descriptions.region(r));
    }
    for (Cluster c : j.clusters()) {
      line.accept(Descriptions.cluster(c));
    }
    for (Enterprise e : j.enterprises()) {
      line.accept(Descriptions.enterprise(e) + " employees=" + j.employees(e.id()).size());
    }
    for (Person p : j.people()) {
      line.accept(Descriptions.person(p));
    }
    for (PartyOrganization o : j.partyOrganizations()) {
      line.accept(Descriptions.party(o));
    }
    for (UnionOrganization o : j.unionOrganizations()) {
      line.accept(Descriptions.union(o));
    }
    for (Assignment a : j.assignments()) {
      line.accept(Descriptions.assignment(a));
    }
    if (lines[0] > MAX_DESCRIBED_LINES) {
      text.append("\n  … and ").append(lines[0] - MAX_DESCRIBED_LINES).append(" more lines");
    }
    return text.toString();
  }

  /**
   * Returns the jurisdiction without the given enterprises, the people they employ and their
   * assignments; they leave the coverage of every organisation, and organisations left covering too
   * few enterprises for their form are removed, as a closure would leave them (SYNC-RESTRUCTURE).
   *
   * <pre>{@code
   * Jurisdiction after = Jurisdictions.withoutEnterprises(j, List.of(EnterpriseId.of("E002")));
   * }</pre>
   *
   * @param j the jurisdiction
   * @param enterprises the enterprises to remove; unknown ids are ignored
   * @return the smaller, valid jurisdiction
   */
  public static Jurisdiction withoutEnterprises(Jurisdiction j, Collection<EnterpriseId> enterprises) {
    Edit edit = new Edit();
    edit.enterprises.addAll(enterprises);
    return edit.apply(j);
  }

  /**
   * Returns the jurisdiction without the given people: the posts they held become vacant, and they
   * leave every list of relatives and every assignment.
   *
   * @param j the jurisdiction
   * @param people the people to remove; unknown ids are ignored
   * @return the smaller, valid jurisdiction
   */
  public static Jurisdiction withoutPeople(Jurisdiction j, Collection<PersonId> people) {
    Edit edit = new Edit();
    edit.people.addAll(people);
    return edit.apply(j);
  }

  /**
   * Returns the jurisdiction without the given party or union organisations: the union memberships
   * and party relations they held are dropped, and their children lose their parent.
   *
   * @param j the jurisdiction
   * @param organizations the organisations to remove; unknown ids are ignored
   * @return the smaller, valid jurisdiction
   */
  public static Jurisdiction withoutOrganizations(Jurisdiction j, Collection<OrganizationId> organizations) {
    Edit edit = new Edit();
    edit.organizations.addAll(organizations);
    return edit.apply(j);
  }

  /**
   * Returns the jurisdiction without the given regions, their sub-regions and everything in them.
   *
   * @param j the jurisdiction
   * @param regions the regions to remove; unknown ids are ignored
   * @return the smaller, valid jurisdiction
   */
  public static Jurisdiction withoutRegions(Jurisdiction j, Collection<RegionId> regions) {
    Edit edit = new Edit();
    edit.regions.addAll(regions);
    return edit.apply(j);
  }

  /**
   * Returns the jurisdiction without the given clusters: enterprises leave them, organisations
   * founded in them keep going without them, and a federation left with neither a cluster nor
   * enterprises is removed.
   *
   * @param j the jurisdiction
   * @param clusters the clusters to remove; unknown ids are ignored
   * @return the smaller, valid jurisdiction
   */
  public static Jurisdiction withoutClusters(Jurisdiction j, Collection<ClusterId> clusters) {
    Edit edit = new Edit();
    edit.clusters.addAll(clusters);
    return edit.apply(j);
  }

  /**
   * Returns the jurisdiction without the assignments matching a predicate.
   *
   * <pre>{@code
   * Jurisdiction noInstructors = Jurisdictions.withoutAssignments(j,
   *     a -> a.kind() == AssignmentKind.UNION_BUILDING_INSTRUCTOR);   // breaks DUAL-LEAD-2
   * }</pre>
   *
   * @param j the jurisdiction
   * @param assignments which assignments to remove
   * @return the smaller, valid jurisdiction
   */
  public static Jurisdiction withoutAssignments(Jurisdiction j, Predicate<? super Assignment> assignments) {
    Edit edit = new Edit();
    j.assignments().stream().filter(assignments).forEach(edit.assignments::add);
    return edit.apply(j);
  }
}
