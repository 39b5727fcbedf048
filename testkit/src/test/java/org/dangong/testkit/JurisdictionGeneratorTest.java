package org.dangong.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.dangong.model.Assignment;
import org.dangong.model.AssignmentKind;
import org.dangong.model.EmploymentRole;
import org.dangong.model.Enterprise;
import org.dangong.model.Jurisdiction;
import org.dangong.model.MembershipStatus;
import org.dangong.model.Nationality;
import org.dangong.model.Ownership;
import org.dangong.model.PartyForm;
import org.dangong.model.PartyOrganization;
import org.dangong.model.PartyStage;
import org.dangong.model.Person;
import org.dangong.model.RegionLevel;
import org.dangong.model.TrainingKind;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionOrganization;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

class JurisdictionGeneratorTest {
  @Nested
  class Determinism {
    @Test
    void theSameSeedGivesAnEqualJurisdictionInTheSameOrder() {
      JurisdictionGenerator g = Jurisdictions.jurisdictions().enterprises(5, 15);
      for (long seed = 0; seed < 20; seed++) {
        Jurisdiction a = g.generate(seed);
        Jurisdiction b = g.generate(seed);
        assertThat(b).isEqualTo(a);
        assertThat(b.people()).containsExactlyElementsOf(a.people());
        assertThat(b.partyOrganizations()).containsExactlyElementsOf(a.partyOrganizations());
      }
    }

    @Test
    void differentSeedsGiveDifferentJurisdictions() {
      List<Jurisdiction> samples = Jurisdictions.jurisdictions().samples(1, 50);
      assertThat(samples.stream().distinct()).hasSize(50);
    }

    @Test
    void thereIsNoHiddenStateBetweenCalls() {
      JurisdictionGenerator g = Jurisdictions.jurisdictions();
      Jurisdiction first = g.generate(1);
      Jurisdiction second = g.generate(2);
      assertThat(g.generate(2)).isEqualTo(second);
      assertThat(g.generate(1)).isEqualTo(first);
    }

    @Test
    void optionsReturnNewGeneratorsAndLeaveTheOriginalAlone() {
      JurisdictionGenerator g = Jurisdictions.jurisdictions();
      JurisdictionGenerator big = g.enterprises(30, 30);
      assertThat(big).isNotSameAs(g);
      assertThat(g.generate(5)).isEqualTo(Jurisdictions.jurisdictions().generate(5));
      assertThat(big.generate(5).enterprises()).hasSize(30);
    }
  }

  @Nested
  class Options {
    @Test
    void sizesStayWithinTheirBounds() {
      JurisdictionGenerator g =
          Jurisdictions.jurisdictions()
              .counties(2, 3)
              .townsPerCounty(1, 4)
              .clusters(1, 2)
              .enterprises(3, 6)
              .peoplePerEnterprise(2, 5);
      for (Jurisdiction j : g.samples(1, 100)) {
        long counties = j.regions().stream().filter(r -> r.level().isCountyLevel()).count();
        long towns = j.regions().stream().filter(r -> r.level().isTownLevel()).count();
        assertThat(counties).isBetween(2L, 3L);
        assertThat(towns).isBetween(counties, 4 * counties);
        assertThat(j.clusters()).hasSizeBetween(1, 2);
        assertThat(j.enterprises()).hasSizeBetween(3, 6);
        assertThat(j.enterprises()).allMatch(e -> j.employees(e.id()).size() >= 2 && j.employees(e.id()).size() <= 5);
        assertThat(j.rootRegions()).hasSize(1).allMatch(r -> r.level() == RegionLevel.CITY);
      }
    }

    @Test
    void coverageSharesAreRoughlyAsConfigured() {
      JurisdictionGenerator g = Jurisdictions.jurisdictions().enterprises(8, 12).coverageMix(0.5, 0.2, 0.2, 0.1);
      int total = 0;
      int party = 0;
      int union = 0;
      int neither = 0;
      for (Jurisdiction j : g.samples(1, 200)) {
        for (Enterprise e : j.enterprises()) {
          boolean p = !j.partyOrganizationsCovering(e.id()).isEmpty();
          boolean u = !j.unionOrganizationsCovering(e.id()).isEmpty();
          total++;
          party += p ? 1 : 0;
          union += u ? 1 : 0;
          neither += !p && !u ? 1 : 0;
        }
      }
      assertThat((double) party / total).isCloseTo(0.7, within(0.04));
      assertThat((double) union / total).isCloseTo(0.7, within(0.04));
      assertThat((double) neither / total).isCloseTo(0.1, within(0.03));
    }

    @Test
    void aSingleCoverageCaseIsHonouredExactly() {
      Jurisdiction j = Jurisdictions.jurisdictions().enterprises(20, 20).coverageMix(Mix.of(Coverage.UNION_ONLY, 1)).generate(3);
      assertThat(j.enterprises())
          .allMatch(e -> j.partyOrganizationsCovering(e.id()).isEmpty() && !j.unionOrganizationsCovering(e.id()).isEmpty());
      assertThatThrownBy(() -> Jurisdictions.jurisdictions().coverageMix(0, 0, 0, 0))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ownershipFollowsTheMix() {
      JurisdictionGenerator g =
          Jurisdictions.jurisdictions().enterprises(10, 10).ownershipMix(Mix.of(Ownership.PRIVATE, 3).and(Ownership.COLLECTIVE, 1));
      List<Enterprise> all = g.samples(1, 100).stream().flatMap(j -> j.enterprises().stream()).toList();
      assertThat(all).allMatch(e -> e.ownership() == Ownership.PRIVATE || e.ownership() == Ownership.COLLECTIVE);
      assertThat(all.stream().filter(e -> e.ownership() == Ownership.PRIVATE).count() / (double) all.size())
          .isCloseTo(0.75, within(0.04));
    }

    @Test
    void employeesAreOfTheConfiguredAgesAndEveryDateIsRelativeToTheReferenceDate() {
      LocalDate ref = LocalDate.of(2031, 3, 31);
      JurisdictionGenerator g = Jurisdictions.jurisdictions().ages(25, 35).referenceDate(ref).enterprises(3, 6);
      assertThat(g.referenceDate()).isEqualTo(ref);
      for (Jurisdiction j : g.samples(1, 100)) {
        assertThat(j.people().stream().filter(p -> p.employment().isPresent()))
            .allMatch(p -> p.ageOn(ref) >= 25 && p.ageOn(ref) <= 35);
        assertThat(dates(j)).allMatch(d -> !d.isAfter(ref));
      }
    }

    @Test
    void partyStagesFollowTheMix() {
      JurisdictionGenerator g =
          Jurisdictions.jurisdictions().partyStageMix(Mix.of(PartyStage.NONE, 1)).coverageMix(Mix.of(Coverage.NEITHER, 1));
      for (Jurisdiction j : g.samples(1, 50)) {
        assertThat(j.people().stream().filter(p -> p.employment().isPresent()))
            .allMatch(p -> p.partyStanding().stage() == PartyStage.NONE);
      }
    }

    @Test
    void extremeConfigurationsStillBuildValidJurisdictions() {
      JurisdictionGenerator g = Jurisdictions.jurisdictions();
      List<JurisdictionGenerator> configurations =
          List.of(
              g,
              g.vacancyShare(1).instructorShare(0.5).coordinatorShare(1).workingCommitteeShare(0).deputyRankShare(1),
              g.vacancyShare(0).unionMemberShare(0).instructorShare(0).coordinatorShare(0).deputyRankShare(0),
              g.counties(0, 0).clusters(0, 3).enterprises(0, 5),
              g.townsPerCounty(0, 0).clusters(2, 4).clusterShare(1),
              g.peoplePerEnterprise(0, 0).coverageMix(Mix.of(Coverage.PARTY_AND_UNION, 1)),
              g.peoplePerEnterprise(60, 130).enterprises(1, 2).partyStageMix(Mix.of(PartyStage.FULL, 1)),
              g.ages(16, 17).partyStageMix(Mix.of(PartyStage.FULL, 1)),
              g.ages(90, 120).referenceDate(LocalDate.of(1990, 1, 1)),
              g.subdistrictShare(1).counties(3, 5).enterprises(20, 40));
      for (int k = 0; k < configurations.size(); k++) {
        // Any invalid value would throw here, naming the sample's seed.
        List<Jurisdiction> samples = configurations.get(k).samples(k, 120);
        assertThat(samples).as("configuration %s", k).hasSize(120);
      }
      assertThat(configurations.get(6).samples(1, 30))
          .anyMatch(j -> j.partyOrganizations().stream().anyMatch(o -> o.form() == PartyForm.PRIMARY_COMMITTEE))
          .anyMatch(j -> j.partyOrganizations().stream().anyMatch(o -> o.form() == PartyForm.GENERAL_BRANCH));
    }

    @Test
    void sharesAreChecked() {
      JurisdictionGenerator g = Jurisdictions.jurisdictions();
      assertThatThrownBy(() -> g.unionMemberShare(1.5)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> g.enterprises(3, 2)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> g.peoplePerEnterprise(-1, 2)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> g.instructorShare(0.9)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> g.ages(12, 30)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  /** Over many samples, the data contains every case the rule engines will need. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class Realism {
    private final List<Jurisdiction> samples = new ArrayList<>();
    private final LocalDate ref = Dates.DEFAULT_REFERENCE_DATE;

    @BeforeAll
    void generate() {
      samples.addAll(Jurisdictions.jurisdictions().enterprises(3, 12).peoplePerEnterprise(0, 15).samples(99, 150));
    }

    private <T> boolean exists(java.util.function.Function<Jurisdiction, Stream<T>> values, java.util.function.BiPredicate<Jurisdiction, T> test) {
      return samples.stream().anyMatch(j -> values.apply(j).anyMatch(v -> test.test(j, v)));
    }

    private long fullMembers(Jurisdiction j, Enterprise e) {
      return j.employees(e.id()).stream().filter(Person::isFullPartyMember).count();
    }

    @Test
    void someEnterprisesHaveThreeFullMembersAndSomeFewer() {
      assertThat(exists(j -> j.enterprises().stream(), (j, e) -> fullMembers(j, e) >= 3)).isTrue();
      assertThat(exists(j -> j.enterprises().stream(), (j, e) -> fullMembers(j, e) == 0)).isTrue();
      assertThat(exists(j -> j.enterprises().stream(), (j, e) -> fullMembers(j, e) > 0 && fullMembers(j, e) < 3)).isTrue();
      assertThat(exists(j -> j.enterprises().stream(), (j, e) -> j.employees(e.id()).stream().anyMatch(p -> p.partyStanding().stage() == PartyStage.PROBATIONARY))).isTrue();
    }

    @Test
    void everyPartyFormAndUnionFormOfEnterprisesAppears() {
      for (PartyForm form : List.of(PartyForm.BRANCH, PartyForm.JOINT_BRANCH, PartyForm.NON_PUBLIC_WORKING_COMMITTEE)) {
        assertThat(exists(j -> j.partyOrganizations().stream(), (j, o) -> o.form() == form)).as(form.name()).isTrue();
      }
      for (UnionForm form : UnionForm.values()) {
        assertThat(exists(j -> j.unionOrganizations().stream(), (j, o) -> o.form() == form)).as(form.name()).isTrue();
      }
      assertThat(exists(j -> j.partyOrganizations().stream(), (j, o) -> o.form() == PartyForm.JOINT_BRANCH && o.coveredEnterprises().size() >= 2)).isTrue();
    }

    @Test
    void secretariesAreSometimesInvestorsAndChairsAreOftenSecretaries() {
      assertThat(exists(j -> j.partyOrganizations().stream(), (j, o) -> o.secretary().flatMap(j::person).map(p -> p.hasRole(EmploymentRole.INVESTOR)).orElse(false))).isTrue();
      assertThat(exists(j -> j.unionOrganizations().stream(), (j, u) -> u.chair().map(c -> j.partyOrganizations().stream().anyMatch(o -> o.secretary().equals(Optional.of(c)))).orElse(false))).isTrue();
    }

    @Test
    void unionChairsIncludeTheCasesTheRulesBar() {
      assertThat(exists(j -> j.unionOrganizations().stream(), (j, u) -> chair(j, u).map(Person::isPartyMember).orElse(false))).isTrue();
      assertThat(exists(j -> j.unionOrganizations().stream(), (j, u) -> chair(j, u).map(p -> p.hasRole(EmploymentRole.HR_HEAD)).orElse(false))).isTrue();
      assertThat(exists(j -> j.unionOrganizations().stream(), (j, u) -> chair(j, u).map(p -> p.hasRole(EmploymentRole.EXECUTIVE) || p.hasRole(EmploymentRole.DEPUTY_EXECUTIVE)).orElse(false))).isTrue();
      assertThat(exists(j -> j.unionOrganizations().stream(), (j, u) -> chair(j, u).map(p -> isRelativeOfExecutive(j, p)).orElse(false))).isTrue();
      assertThat(exists(j -> j.unionOrganizations().stream(), (j, u) -> chair(j, u).map(p -> p.trainings().stream().anyMatch(t -> t.kind() == TrainingKind.UNION_CHAIR)).orElse(false))).isTrue();
    }

    private Optional<Person> chair(Jurisdiction j, UnionOrganization u) {
      return u.form().isGrassroots() ? u.chair().flatMap(j::person) : Optional.empty();
    }

    private boolean isRelativeOfExecutive(Jurisdiction j, Person p) {
      return p.employment()
          .map(e -> j.employees(e.employer()).stream().anyMatch(x -> x.hasRole(EmploymentRole.EXECUTIVE) && x.closeRelatives().contains(p.id())))
          .orElse(false);
    }

    @Test
    void someUnionOnlyEnterprisesHaveAPartyMemberAsUnionChair() {
      // DUAL-REC-1: the union recommends its chair, a party member, to head the party organisation to be founded.
      assertThat(exists(j -> j.enterprises().stream(), (j, e) ->
              j.partyOrganizationsCovering(e.id()).isEmpty()
                  && j.unionOrganizationsCovering(e.id()).stream()
                      .anyMatch(u -> u.chair().flatMap(j::person).map(p -> p.isPartyMember() && p.isEmployedBy(e.id())).orElse(false))))
          .isTrue();
    }

    @Test
    void postsAreSometimesVacantAndTermsSometimesExpired() {
      assertThat(exists(j -> j.unionOrganizations().stream(), (j, u) -> u.chair().isEmpty() && u.chairVacantSince().isPresent())).isTrue();
      assertThat(exists(j -> j.partyOrganizations().stream(), (j, o) -> o.secretary().isEmpty() && o.secretaryVacantSince().isPresent())).isTrue();
      assertThat(exists(j -> j.partyOrganizations().stream(), (j, o) -> o.isTermExpired(ref))).isTrue();
      assertThat(exists(j -> j.partyOrganizations().stream(), (j, o) -> !o.isTermExpired(ref))).isTrue();
      assertThat(exists(j -> j.unionOrganizations().stream(), (j, o) -> o.isTermExpired(ref))).isTrue();
    }

    @Test
    void networksHaveWorkingCommitteesCoordinatorsAndTownUnionsWithAndWithoutDeputyRank() {
      assertThat(samples).allMatch(j -> j.partyOrganizations().stream().anyMatch(o -> o.form() == PartyForm.NON_PUBLIC_WORKING_COMMITTEE));
      assertThat(exists(j -> j.assignments().stream(), (j, a) -> a.kind() == AssignmentKind.UNION_WORK_COORDINATOR)).isTrue();
      assertThat(exists(j -> j.regions().stream(), (j, r) -> r.level() == RegionLevel.SUBDISTRICT && j.assignmentsTo(r.id()).isEmpty())).isTrue();
      assertThat(exists(j -> j.unionOrganizations().stream(), (j, u) -> u.form() == UnionForm.TOWN_UNION && u.chairHoldsDeputyRank())).isTrue();
      assertThat(exists(j -> j.unionOrganizations().stream(), (j, u) -> u.form() == UnionForm.TOWN_UNION && !u.chairHoldsDeputyRank())).isTrue();
      assertThat(exists(j -> j.regions().stream(), (j, r) -> r.level().isCountyLevel() && j.partyOrganizations().stream().noneMatch(o -> o.region().equals(r.id()) && o.form() == PartyForm.NON_PUBLIC_WORKING_COMMITTEE))).isTrue();
    }

    @Test
    void instructorsAreSometimesPairedAndSometimesNot() {
      Predicate<List<Assignment>> paired =
          as -> as.stream().anyMatch(a -> a.kind() == AssignmentKind.PARTY_BUILDING_INSTRUCTOR)
              && as.stream().anyMatch(a -> a.kind() == AssignmentKind.UNION_BUILDING_INSTRUCTOR);
      Predicate<List<Assignment>> alone =
          as -> as.stream().anyMatch(a -> a.kind() == AssignmentKind.PARTY_BUILDING_INSTRUCTOR)
              && as.stream().noneMatch(a -> a.kind() == AssignmentKind.UNION_BUILDING_INSTRUCTOR);
      assertThat(exists(j -> j.enterprises().stream(), (j, e) -> paired.test(j.assignmentsTo(e.id())))).isTrue();
      assertThat(exists(j -> j.enterprises().stream(), (j, e) -> alone.test(j.assignmentsTo(e.id())))).isTrue();
    }

    @Test
    void pipelinesAndMembershipsCarryDates() {
      for (PartyStage stage : List.of(PartyStage.APPLICANT, PartyStage.ACTIVIST, PartyStage.DEVELOPMENT_TARGET)) {
        assertThat(exists(j -> j.people().stream(), (j, p) -> p.partyStanding().stage() == stage && p.partyStanding().dateOf(stage).isPresent())).as(stage.name()).isTrue();
      }
      assertThat(exists(j -> j.people().stream(), (j, p) -> p.partyStanding().stage() == PartyStage.PROBATIONARY && p.partyStanding().probationarySince().orElseThrow().plusYears(1).isBefore(ref))).isTrue();
      assertThat(exists(j -> j.people().stream(), (j, p) -> p.trainings().stream().anyMatch(t -> t.kind() == TrainingKind.DEVELOPMENT_TARGET))).isTrue();
      assertThat(exists(j -> j.people().stream(), (j, p) -> p.unionMembership().map(m -> m.status() == MembershipStatus.RETAINED).orElse(false))).isTrue();
      assertThat(exists(j -> j.people().stream(), (j, p) -> p.partyStanding().organization().isPresent())).isTrue();
      assertThat(exists(j -> j.people().stream(), (j, p) -> p.nationality() == Nationality.FOREIGN)).isTrue();
    }

    @Test
    void secretariesAreMembersEmployedByACoveredEnterprise() {
      for (Jurisdiction j : samples) {
        for (PartyOrganization o : j.partyOrganizations()) {
          o.secretary().flatMap(j::person).ifPresent(s -> {
            assertThat(s.isPartyMember()).isTrue();
            if (!o.coveredEnterprises().isEmpty()) {
              assertThat(s.employment().map(e -> o.coveredEnterprises().contains(e.employer()))).contains(true);
            }
          });
          assertThat(o.form() != PartyForm.BRANCH || o.coveredEnterprises().size() == 1).isTrue();
        }
      }
    }
  }

  static List<LocalDate> dates(Jurisdiction j) {
    List<LocalDate> dates = new ArrayList<>();
    j.enterprises().forEach(e -> dates.add(e.founded()));
    for (Person p : j.people()) {
      dates.add(p.birthDate());
      p.employment().ifPresent(e -> dates.add(e.since()));
      p.unionMembership().ifPresent(m -> dates.add(m.since()));
      for (PartyStage s : PartyStage.values()) {
        p.partyStanding().dateOf(s).ifPresent(dates::add);
      }
      p.trainings().forEach(t -> dates.add(t.date()));
    }
    for (PartyOrganization o : j.partyOrganizations()) {
      dates.add(o.founded());
      dates.add(o.termStart());
      o.secretaryVacantSince().ifPresent(dates::add);
    }
    for (UnionOrganization o : j.unionOrganizations()) {
      dates.add(o.founded());
      dates.add(o.termStart());
      o.chairVacantSince().ifPresent(dates::add);
    }
    j.assignments().forEach(a -> dates.add(a.since()));
    return dates;
  }
}
