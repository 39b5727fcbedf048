package org.dangong.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangong.model.AssignmentKind;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.EmploymentRole;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Nationality;
import org.dangong.model.OrganizationId;
import org.dangong.model.Ownership;
import org.dangong.model.PartyForm;
import org.dangong.model.PartyOrganization;
import org.dangong.model.PartyStage;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.model.UnionOrganization;
import org.dangong.model.WomenWorkForm;
import org.junit.jupiter.api.Test;

class JurisdictionShrinkerTest {
  private final Shrinker<Jurisdiction> shrinker = Jurisdictions.shrinker();

  /** How many values, then how much detail: every candidate must be smaller in this order. */
  static long[] size(Jurisdiction j) {
    long values =
        (long) j.regions().size() + j.clusters().size() + j.enterprises().size() + j.people().size()
            + j.partyOrganizations().size() + j.unionOrganizations().size() + j.assignments().size();
    long detail = 0;
    for (Region r : j.regions()) {
      detail += r.parent().isPresent() ? 1 : 0;
    }
    for (Enterprise e : j.enterprises()) {
      detail += e.clusters().size() + (e.status() != EnterpriseStatus.OPERATING ? 1 : 0)
          + (e.ownership() != Ownership.PRIVATE ? 1 : 0) + e.headcount() + e.femaleHeadcount();
    }
    for (Person p : j.people()) {
      detail += (p.partyStanding().equals(PartyStanding.none()) ? 0 : 1)
          + (p.partyStanding().organization().isPresent() ? 1 : 0)
          + (p.unionMembership().isPresent() ? 1 : 0) + p.closeRelatives().size() + p.trainings().size()
          + (p.nationality() != Nationality.CHINESE ? 1 : 0)
          + p.employment().map(e -> e.roles().contains(EmploymentRole.STAFF) ? 0 : 1).orElse(0);
    }
    for (PartyOrganization o : j.partyOrganizations()) {
      detail += o.coveredEnterprises().size() + (o.parent().isPresent() ? 1 : 0) + (o.cluster().isPresent() ? 1 : 0)
          + (o.secretary().isPresent() ? 1 : 0) + (o.secretaryVacantSince().isPresent() ? 1 : 0)
          + o.deputySecretaries().size() + o.committeeMembers().size();
    }
    for (UnionOrganization o : j.unionOrganizations()) {
      detail += o.coveredEnterprises().size() + (o.parent().isPresent() ? 1 : 0) + (o.cluster().isPresent() ? 1 : 0)
          + (o.chair().isPresent() ? 1 : 0) + (o.chairVacantSince().isPresent() ? 1 : 0)
          + o.viceChairs().size() + o.committeeMembers().size() + (o.womenWork() != WomenWorkForm.NONE ? 1 : 0)
          + (o.fullTimeChair() ? 1 : 0) + (o.chairHoldsDeputyRank() ? 1 : 0);
    }
    return new long[] {values, detail};
  }

  static boolean smaller(Jurisdiction a, Jurisdiction b) {
    long[] x = size(a);
    long[] y = size(b);
    return x[0] < y[0] || (x[0] == y[0] && x[1] < y[1]);
  }

  @Test
  void everyCandidateIsValidAndStrictlySmaller() {
    for (Jurisdiction j : Jurisdictions.jurisdictions().clusters(1, 2).samples(5, 25)) {
      List<Jurisdiction> candidates = shrinker.candidates(j).limit(400).toList();
      assertThat(candidates).isNotEmpty();
      for (Jurisdiction c : candidates) {
        assertThat(smaller(c, j)).as("candidate smaller than original").isTrue();
        // A jurisdiction exists only if it validated; rebuilding it must give it back.
        assertThat(c.toBuilder().build()).isEqualTo(c);
      }
    }
  }

  @Test
  void shrinkingKeepsTheJurisdictionValidAtEveryStep() {
    // Greedy shrinking by hand toward "someone chairs a union and is also a party secretary".
    Jurisdiction current =
        Jurisdictions.jurisdictions().enterprises(6, 10).samples(8, 40).stream()
            .filter(JurisdictionShrinkerTest::crossAppointed)
            .findFirst()
            .orElseThrow();
    List<Jurisdiction> steps = new ArrayList<>();
    for (int step = 0; step < 500; step++) {
      Optional<Jurisdiction> next = shrinker.candidates(current).filter(JurisdictionShrinkerTest::crossAppointed).findFirst();
      if (next.isEmpty()) {
        break;
      }
      assertThat(smaller(next.get(), current)).isTrue();
      current = next.get();
      steps.add(current);
    }
    assertThat(steps).isNotEmpty().allMatch(s -> s.toBuilder().build().equals(s));
    // The known minimum: one person who is both, in one enterprise, one region, two organisations.
    assertThat(current.people()).hasSize(1);
    assertThat(current.enterprises()).hasSize(1);
    assertThat(current.regions()).hasSize(1);
    assertThat(current.partyOrganizations()).hasSize(1);
    assertThat(current.unionOrganizations()).hasSize(1);
    assertThat(current.assignments()).isEmpty();
    assertThat(current.clusters()).isEmpty();
  }

  static boolean crossAppointed(Jurisdiction j) {
    return j.unionOrganizations().stream()
        .anyMatch(u -> u.chair().isPresent() && j.partyOrganizations().stream().anyMatch(o -> o.secretary().equals(u.chair())));
  }

  @Test
  void aMinimalJurisdictionCannotShrink() {
    assertThat(shrinker.candidates(Jurisdiction.empty())).isEmpty();
  }

  @Test
  void removingAnEnterpriseTakesItsStaffItsOwnOrganizationsAndItsAssignments() {
    Jurisdiction j = Jurisdictions.jurisdictions().enterprises(6, 6).peoplePerEnterprise(4, 8).instructorShare(0.5).generate(21);
    for (Enterprise e : j.enterprises()) {
      Jurisdiction after = Jurisdictions.withoutEnterprises(j, List.of(e.id()));
      assertThat(after.enterprise(e.id())).isEmpty();
      assertThat(after.people()).noneMatch(p -> p.isEmployedBy(e.id()));
      assertThat(after.people()).hasSize(j.people().size() - j.employees(e.id()).size());
      assertThat(after.assignments()).noneMatch(a -> a.enterprise().equals(Optional.of(e.id())));
      assertThat(after.partyOrganizations()).noneMatch(o -> o.coveredEnterprises().contains(e.id()));
      assertThat(after.unionOrganizations()).noneMatch(o -> o.coveredEnterprises().contains(e.id()));
      for (PartyOrganization o : j.partyOrganizationsCovering(e.id())) {
        boolean coversOthers = o.coveredEnterprises().size() > 1;
        assertThat(after.partyOrganization(o.id()).isPresent()).isEqualTo(coversOthers);
      }
      // Nothing else changes: other enterprises keep their staff.
      for (Enterprise other : after.enterprises()) {
        assertThat(after.employees(other.id())).hasSameSizeAs(j.employees(other.id()));
      }
    }
  }

  @Test
  void removingAPersonLeavesTheirPostsVacantAndDropsThemEverywhere() {
    Jurisdiction j = Jurisdictions.jurisdictions().enterprises(8, 8).generate(4);
    PartyOrganization led = j.partyOrganizations().stream().filter(o -> o.secretary().isPresent()).findFirst().orElseThrow();
    PersonId secretary = led.secretary().orElseThrow();

    Jurisdiction after = Jurisdictions.withoutPeople(j, List.of(secretary));

    assertThat(after.person(secretary)).isEmpty();
    assertThat(after.partyOrganization(led.id()).orElseThrow().secretary()).isEmpty();
    assertThat(after.people()).noneMatch(p -> p.closeRelatives().contains(secretary));
    assertThat(after.assignments()).noneMatch(a -> a.person().equals(secretary));
    assertThat(after.unionOrganizations()).noneMatch(u -> u.postHolders().contains(secretary));
  }

  @Test
  void removingAnOrganizationDropsTheMembershipsItHeldAndOrphansItsChildren() {
    Jurisdiction j = Jurisdictions.jurisdictions().enterprises(8, 8).generate(6);
    UnionOrganization federation =
        j.unionOrganizations().stream().filter(u -> j.unionOrganizations().stream().anyMatch(c -> c.parent().equals(Optional.of(u.id())))).findFirst().orElseThrow();
    OrganizationId id = federation.id();

    Jurisdiction after = Jurisdictions.withoutOrganizations(j, List.of(id));

    assertThat(after.unionOrganization(id)).isEmpty();
    assertThat(after.unionOrganizations()).noneMatch(u -> u.parent().equals(Optional.of(id)));
    assertThat(after.people()).noneMatch(p -> p.unionMembership().map(m -> m.union().equals(id)).orElse(false));
  }

  @Test
  void removingARegionTakesEverythingInIt() {
    Jurisdiction j = Jurisdictions.jurisdictions().counties(2, 2).enterprises(10, 10).generate(8);
    Region county = j.regions().stream().filter(r -> r.level().isCountyLevel()).findFirst().orElseThrow();

    Jurisdiction after = Jurisdictions.withoutRegions(j, List.of(county.id()));

    assertThat(after.regions()).noneMatch(r -> r.id().equals(county.id()) || j.isWithin(r.id(), county.id()));
    assertThat(after.enterprises()).noneMatch(e -> j.isWithin(e.region(), county.id()));
    assertThat(after.partyOrganizations()).noneMatch(o -> j.isWithin(o.region(), county.id()));
    assertThat(after.regions()).hasSizeLessThan(j.regions().size());
  }

  @Test
  void removingClustersAndAssignmentsKeepsEverythingElse() {
    Jurisdiction j = Jurisdictions.jurisdictions().clusters(2, 2).clusterShare(0.8).enterprises(8, 8).instructorShare(0.5).generate(2);
    Jurisdiction noClusters = Jurisdictions.withoutClusters(j, j.clusters().stream().map(c -> c.id()).toList());
    assertThat(noClusters.clusters()).isEmpty();
    assertThat(noClusters.enterprises()).hasSameSizeAs(j.enterprises()).allMatch(e -> e.clusters().isEmpty());
    assertThat(noClusters.partyOrganizations()).noneMatch(o -> o.cluster().isPresent());
    assertThat(noClusters.people()).hasSameSizeAs(j.people());

    Jurisdiction noUnionInstructors =
        Jurisdictions.withoutAssignments(j, a -> a.kind() == AssignmentKind.UNION_BUILDING_INSTRUCTOR);
    assertThat(noUnionInstructors.assignments()).noneMatch(a -> a.kind() == AssignmentKind.UNION_BUILDING_INSTRUCTOR);
    assertThat(noUnionInstructors.people()).hasSameSizeAs(j.people());
  }

  @Test
  void unknownIdsAreIgnored() {
    Jurisdiction j = Jurisdictions.jurisdictions().generate(1);
    assertThat(Jurisdictions.withoutEnterprises(j, List.of(EnterpriseId.of("nope")))).isEqualTo(j);
    assertThat(Jurisdictions.withoutRegions(j, List.of(RegionId.of("nope")))).isEqualTo(j);
  }

  @Test
  void branchesLeftWithoutTheirEnterpriseGo() {
    Jurisdiction j =
        Jurisdictions.jurisdictions().enterprises(10, 10).peoplePerEnterprise(10, 15)
            .partyStageMix(Mix.of(PartyStage.FULL, 1)).coverageMix(Mix.of(Coverage.PARTY_ONLY, 1)).generate(3);
    PartyOrganization branch = j.partyOrganizations().stream().filter(o -> o.form() == PartyForm.BRANCH).findFirst().orElseThrow();
    EnterpriseId covered = branch.coveredEnterprises().iterator().next();
    assertThat(Jurisdictions.withoutEnterprises(j, List.of(covered)).partyOrganization(branch.id())).isEmpty();
  }
}
