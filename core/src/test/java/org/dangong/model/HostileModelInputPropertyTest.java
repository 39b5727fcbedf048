package org.dangong.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.dangong.model.ModelFixtures.CITY;
import static org.dangong.model.ModelFixtures.TOWN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.dangong.testkit.Generator;
import org.dangong.testkit.Hostile;
import org.dangong.testkit.PropertyRunner;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The model's builders fed hostile values: each either builds a valid value that keeps what it was
 * given, or throws exactly its documented {@link InvalidValueException} naming every problem —
 * never a {@link NullPointerException}, a {@link java.time.DateTimeException}, an {@link
 * ArithmeticException} or a {@link StackOverflowError}, and never a half-built value. A builder
 * left without a required attribute throws the documented {@link IllegalStateException} naming
 * exactly the unset attributes.
 */
class HostileModelInputPropertyTest {

  /** Builds, or returns the documented exception; anything else fails the property. */
  private static <T> void buildsOrNamesEveryProblem(Supplier<T> build, int expectedProblems) {
    T value;
    try {
      value = build.get();
    } catch (InvalidValueException e) {
      assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(Math.max(1, expectedProblems));
      assertThat(e.getMessage()).contains(e.problems().get(0).rule());
      return;
    }
    assertThat(expectedProblems).as("a value with problems was built: %s", value).isZero();
  }

  private static int nameProblems(String name) {
    int n = 0;
    n += name.isBlank() ? 1 : 0;
    n += name.length() > 200 ? 1 : 0;
    n += name.codePoints().anyMatch(Character::isISOControl) ? 1 : 0;
    return n;
  }

  private static int idProblems(String id) {
    int n = 0;
    n += id.isEmpty() ? 1 : 0;
    n += id.length() > 128 ? 1 : 0;
    n += id.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) ? 1 : 0;
    return n;
  }

  @Test
  @DisplayName("Hostile texts as ids and names are kept as given or refused naming every problem")
  void hostileTexts() {
    PropertyRunner.forAll(Hostile.strings())
        .samples(200)
        .withoutShrinking()
        .check(
            s -> {
              buildsOrNamesEveryProblem(() -> RegionId.of(s), idProblems(s));
              buildsOrNamesEveryProblem(() -> PersonId.of(s), idProblems(s));
              buildsOrNamesEveryProblem(() -> EnterpriseId.of(s), idProblems(s));
              buildsOrNamesEveryProblem(() -> OrganizationId.of(s), idProblems(s));
              buildsOrNamesEveryProblem(() -> ClusterId.of(s), idProblems(s));
              int names = nameProblems(s);
              buildsOrNamesEveryProblem(
                  () -> Region.builder().id(TOWN).name(s).level(RegionLevel.TOWN).build(), names);
              buildsOrNamesEveryProblem(
                  () -> ModelFixtures.weide().withName(s), names);
              buildsOrNamesEveryProblem(() -> ModelFixtures.chair().withName(s), names);
              buildsOrNamesEveryProblem(() -> ModelFixtures.branch().withName(s), names);
              buildsOrNamesEveryProblem(() -> ModelFixtures.union().withName(s), names);
              if (names == 0) {
                assertThat(ModelFixtures.chair().withName(s).name()).isEqualTo(s);
              }
            });
  }

  @Test
  @DisplayName("Negative and overflowing head counts are refused, each problem named")
  void hostileCounts() {
    Generator<Integer> counts = Hostile.counts();
    PropertyRunner.forAll(random -> new int[] {counts.next(random), counts.next(random), counts.next(random)})
        .samples(200)
        .withoutShrinking()
        .check(
            c -> {
              int headcount = c[0];
              int female = c[1];
              int expected = (headcount < 0 ? 1 : 0) + (female < 0 ? 1 : 0) + (female > headcount ? 1 : 0);
              buildsOrNamesEveryProblem(
                  () -> Enterprise.builder().from(ModelFixtures.weide()).headcount(headcount).femaleHeadcount(female).build(),
                  expected);
              int hours = c[2];
              buildsOrNamesEveryProblem(
                  () -> Training.of(TrainingKind.UNION_CHAIR, LocalDate.MAX, hours),
                  hours >= 1 && hours <= 10_000 ? 0 : 1);
              buildsOrNamesEveryProblem(
                  () -> ModelFixtures.branch().withTermYears(headcount), headcount >= 1 && headcount <= 10 ? 0 : 1);
            });
  }

  @Test
  @DisplayName("Dates at the ends of the calendar: people and organisations are built or refused, and their derived dates never overflow")
  void hostileDates() {
    Generator<LocalDate> dates = Hostile.dates();
    PropertyRunner.forAll(random -> new LocalDate[] {dates.next(random), dates.next(random), dates.next(random)})
        .samples(200)
        .withoutShrinking()
        .check(
            d -> {
              LocalDate born = d[0];
              LocalDate since = d[1];
              int expected = since.isBefore(born) ? 2 : 0; // employment and union membership
              buildsOrNamesEveryProblem(
                  () ->
                      Person.builder()
                          .from(ModelFixtures.chair())
                          .birthDate(born)
                          .employment(Employment.of(ModelFixtures.WEIDE, since, EmploymentRole.STAFF))
                          .unionMembership(UnionMembership.active(ModelFixtures.UNION, since))
                          .trainings(List.of())
                          .build(),
                  expected);
              Person p =
                  Person.builder()
                      .from(ModelFixtures.chair())
                      .birthDate(born)
                      .employment(Employment.of(ModelFixtures.WEIDE, born, EmploymentRole.STAFF))
                      .unionMembership(UnionMembership.active(ModelFixtures.UNION, born))
                      .trainings(List.of())
                      .build();
              assertThat(p.ageOn(d[2])).isNotNegative();
              LocalDate founded = d[1].isBefore(d[2]) ? d[1] : d[2];
              LocalDate termStart = d[1].isBefore(d[2]) ? d[2] : d[1];
              PartyOrganization o =
                  PartyOrganization.builder().from(ModelFixtures.branch()).founded(founded).termStart(termStart).termYears(10).build();
              assertThat(o.termEnd()).isAfterOrEqualTo(o.termStart());
              UnionOrganization u =
                  UnionOrganization.builder().from(ModelFixtures.union()).founded(founded).termStart(termStart).termYears(10).build();
              assertThat(u.termEnd()).isAfterOrEqualTo(u.termStart());
            });
  }

  @Test
  @DisplayName("A term that would end after LocalDate.MAX ends on it")
  void termEndSaturates() {
    PartyOrganization o =
        PartyOrganization.builder()
            .from(ModelFixtures.branch())
            .founded(LocalDate.MAX.minusYears(1))
            .termStart(LocalDate.MAX.minusYears(1))
            .termYears(3)
            .build();
    assertThat(o.termEnd()).isEqualTo(LocalDate.MAX);
    UnionOrganization u =
        UnionOrganization.builder()
            .from(ModelFixtures.union())
            .founded(LocalDate.MAX.minusDays(1))
            .termStart(LocalDate.MAX)
            .termYears(10)
            .build();
    assertThat(u.termEnd()).isEqualTo(LocalDate.MAX);
    assertThat(ModelFixtures.union().termEnd()).isEqualTo(LocalDate.of(2028, 5, 1));
  }

  @Test
  @DisplayName("A person who is their own relative and an organisation that is its own parent are refused with every problem")
  void selfReferences() {
    InvalidValueException person =
        catchThrowableOfType(
            InvalidValueException.class,
            () ->
                Person.builder()
                    .from(ModelFixtures.chair())
                    .name(" ")
                    .closeRelatives(List.of(ModelFixtures.CHAIR, ModelFixtures.SECRETARY))
                    .build());
    assertThat(person.problems()).extracting(Problem::rule).containsExactlyInAnyOrder("NOT_BLANK", "NOT_OWN_RELATIVE");
    InvalidValueException party =
        catchThrowableOfType(
            InvalidValueException.class, () -> PartyOrganization.builder().from(ModelFixtures.branch()).parent(ModelFixtures.BRANCH).termYears(0).build());
    assertThat(party.problems()).extracting(Problem::rule).containsExactlyInAnyOrder("NOT_OWN_PARENT", "BETWEEN_1_AND_10");
    InvalidValueException region =
        catchThrowableOfType(InvalidValueException.class, () -> ModelFixtures.town().withParent(TOWN));
    assertThat(region.problems()).extracting(Problem::rule).containsExactly("NOT_OWN_PARENT");
  }

  @Test
  @DisplayName("Duplicate ids, cycles of any length in the region tree and among organisations are all named at once")
  void duplicatesAndCycles() {
    Generator<Integer> lengths = random -> random.nextBoolean() ? 2 + random.nextInt(20) : 2 + random.nextInt(5_000);
    PropertyRunner.forAll(lengths)
        .samples(12)
        .withoutShrinking()
        .check(
            n -> {
              Jurisdiction.Builder b = ModelFixtures.world();
              List<Region> cycle = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                cycle.add(
                    Region.builder()
                        .id(RegionId.of("R-c" + i))
                        .name("环" + i)
                        .level(RegionLevel.TOWN)
                        .parent(RegionId.of("R-c" + ((i + 1) % n)))
                        .build());
              }
              b.addRegions(cycle);
              b.addRegion(ModelFixtures.town()); // a duplicate
              b.addPerson(ModelFixtures.chair()); // a duplicate
              b.addPartyOrganization(
                  ModelFixtures.branch().withId(OrganizationId.of("PO-a")).withParent(OrganizationId.of("PO-b")).withSecretary(ModelFixtures.SECRETARY));
              b.addPartyOrganization(
                  ModelFixtures.branch().withId(OrganizationId.of("PO-b")).withParent(OrganizationId.of("PO-a")).withSecretary(ModelFixtures.SECRETARY));
              InvalidJurisdictionException e = catchThrowableOfType(InvalidJurisdictionException.class, b::build);
              assertThat(e).isNotNull();
              assertThat(e.problems()).filteredOn(p -> p.rule().equals("REGION_CYCLE")).hasSize(n);
              assertThat(e.problems()).filteredOn(p -> p.rule().equals("ORGANIZATION_CYCLE")).hasSize(2);
              assertThat(e.problems()).filteredOn(p -> p.rule().equals("DUPLICATE_ID")).hasSize(2);
            });
    assertThat(ModelFixtures.world().build().regions()).extracting(Region::id).containsExactly(CITY, TOWN);
  }

  /** The attribute names listed in a builder's missing-attributes message, in order. */
  private static List<String> listedAttributes(IllegalStateException e) {
    String m = String.valueOf(e.getMessage());
    return List.of(m.substring(m.lastIndexOf('[') + 1, m.lastIndexOf(']')).split(", "));
  }

  @Test
  @DisplayName(
      "A builder with required attributes unset throws IllegalStateException naming exactly those,"
          + " for every subset")
  void unsetRequiredAttributes() {
    List<String> required =
        List.of("id", "name", "ownership", "region", "headcount", "femaleHeadcount", "founded");
    for (int set = 0; set < 1 << required.size(); set++) {
      Enterprise.Builder b = Enterprise.builder();
      List<String> missing = new ArrayList<>();
      for (int i = 0; i < required.size(); i++) {
        boolean isSet = (set & (1 << i)) != 0;
        if (!isSet) {
          missing.add(required.get(i));
          continue;
        }
        switch (required.get(i)) {
          case "id" -> b.id(ModelFixtures.WEIDE);
          case "name" -> b.name("伟德电子有限公司");
          case "ownership" -> b.ownership(Ownership.FOREIGN_INVESTED);
          case "region" -> b.region(TOWN);
          case "headcount" -> b.headcount(320);
          case "femaleHeadcount" -> b.femaleHeadcount(140);
          default -> b.founded(LocalDate.of(2004, 5, 1));
        }
      }
      if (missing.isEmpty()) {
        assertThat(b.build()).isEqualTo(ModelFixtures.weide());
      } else {
        IllegalStateException e = catchThrowableOfType(IllegalStateException.class, b::build);
        assertThat(e).as("unset %s", missing).isNotNull();
        assertThat(e.getMessage()).contains("Enterprise");
        assertThat(listedAttributes(e)).as("unset %s", missing).isEqualTo(missing);
      }
    }
    IllegalStateException person =
        catchThrowableOfType(IllegalStateException.class, () -> Person.builder().name("张伟").build());
    assertThat(listedAttributes(person)).containsExactly("id", "birthDate");
  }
}
