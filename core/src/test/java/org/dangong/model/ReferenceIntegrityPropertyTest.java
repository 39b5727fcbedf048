package org.dangong.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.dangong.testkit.Generator;
import org.dangong.testkit.Jurisdictions;
import org.dangong.testkit.PropertyRunner;
import org.junit.jupiter.api.Test;

/**
 * Breaking exactly one reference of a valid jurisdiction makes it invalid with exactly that problem
 * named: the path of the reference, the rule {@code UNKNOWN_REFERENCE} and the unknown id.
 */
class ReferenceIntegrityPropertyTest {
  private static final String UNKNOWN = "UNKNOWN_REFERENCE";

  /** A jurisdiction with one reference broken, and the one problem that must be reported. */
  private static final class Broken {
    final Jurisdiction.Builder builder;
    final Problem expected;

    Broken(Jurisdiction.Builder builder, Problem expected) {
      this.builder = builder;
      this.expected = expected;
    }
  }

  /** One way of breaking one reference, choosing its victim with the sample's randomness. */
  private interface Breaker {
    Optional<Broken> breakOne(Jurisdiction j, RandomGenerator random);
  }

  private static <T> Optional<T> any(List<T> values, RandomGenerator random) {
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(random.nextInt(values.size())));
  }

  private static boolean isSecretary(Jurisdiction j, Person p) {
    return j.partyOrganizations().stream().anyMatch(o -> o.secretary().equals(Optional.of(p.id())));
  }

  private static final List<Breaker> BREAKERS =
      List.of(
          // A person's employer is an unknown enterprise (not a secretary: that would break a second rule).
          (j, r) ->
              any(j.people().stream().filter(p -> p.employment().isPresent() && !isSecretary(j, p)).toList(), r)
                  .map(p -> new Broken(
                      j.toBuilder().removePeopleIf(x -> x.id().equals(p.id()))
                          .addPerson(Person.builder().from(p)
                              .employment(Employment.builder().from(p.employment().orElseThrow()).employer(EnterpriseId.of("E-UNKNOWN")).build())
                              .build()),
                      Problem.of("people[" + p.id().value() + "].employment.employer", UNKNOWN, "E-UNKNOWN"))),
          // A region's parent is an unknown region.
          (j, r) ->
              any(j.regions(), r)
                  .map(region -> new Broken(
                      j.toBuilder().removeRegionsIf(x -> x.id().equals(region.id()))
                          .addRegion(Region.builder().from(region).parent(RegionId.of("R-UNKNOWN")).build()),
                      Problem.of("regions[" + region.id().value() + "].parent", UNKNOWN, "R-UNKNOWN"))),
          // An enterprise lies in an unknown region.
          (j, r) ->
              any(j.enterprises(), r)
                  .map(e -> new Broken(
                      j.toBuilder().removeEnterprisesIf(x -> x.id().equals(e.id()))
                          .addEnterprise(Enterprise.builder().from(e).region(RegionId.of("R-UNKNOWN")).build()),
                      Problem.of("enterprises[" + e.id().value() + "].region", UNKNOWN, "R-UNKNOWN"))),
          // A cluster lies in an unknown region.
          (j, r) ->
              any(j.clusters(), r)
                  .map(c -> new Broken(
                      j.toBuilder().removeClustersIf(x -> x.id().equals(c.id()))
                          .addCluster(Cluster.builder().from(c).region(RegionId.of("R-UNKNOWN")).build()),
                      Problem.of("clusters[" + c.id().value() + "].region", UNKNOWN, "R-UNKNOWN"))),
          // A union membership is held by an unknown union.
          (j, r) ->
              any(j.people().stream().filter(p -> p.unionMembership().isPresent()).toList(), r)
                  .map(p -> new Broken(
                      j.toBuilder().removePeopleIf(x -> x.id().equals(p.id()))
                          .addPerson(Person.builder().from(p)
                              .unionMembership(UnionMembership.of(OrganizationId.of("O-UNKNOWN"), p.unionMembership().orElseThrow().since(), p.unionMembership().orElseThrow().status()))
                              .build()),
                      Problem.of("people[" + p.id().value() + "].unionMembership.union", UNKNOWN, "O-UNKNOWN"))),
          // A party organisation's parent is unknown.
          (j, r) ->
              any(j.partyOrganizations(), r)
                  .map(o -> new Broken(
                      j.toBuilder().removePartyOrganizationsIf(x -> x.id().equals(o.id()))
                          .addPartyOrganization(PartyOrganization.builder().from(o).parent(OrganizationId.of("O-UNKNOWN")).build()),
                      Problem.of("partyOrganizations[" + o.id().value() + "].parent", UNKNOWN, "O-UNKNOWN"))),
          // A joint branch covers an unknown enterprise besides its own.
          (j, r) ->
              any(j.partyOrganizations().stream().filter(o -> o.form() == PartyForm.JOINT_BRANCH).toList(), r)
                  .map(o -> new Broken(
                      j.toBuilder().removePartyOrganizationsIf(x -> x.id().equals(o.id()))
                          .addPartyOrganization(PartyOrganization.builder().from(o).addCoveredEnterprise(EnterpriseId.of("E-UNKNOWN")).build()),
                      Problem.of("partyOrganizations[" + o.id().value() + "].coveredEnterprises", UNKNOWN, "E-UNKNOWN"))),
          // A union's chair is an unknown person.
          (j, r) ->
              any(j.unionOrganizations(), r)
                  .map(u -> new Broken(
                      j.toBuilder().removeUnionOrganizationsIf(x -> x.id().equals(u.id()))
                          .addUnionOrganization(UnionOrganization.builder().from(u).chair(PersonId.of("P-UNKNOWN")).chairVacantSince(Optional.empty()).build()),
                      Problem.of("unionOrganizations[" + u.id().value() + "].chair", UNKNOWN, "P-UNKNOWN"))),
          // An assignment is of an unknown person.
          (j, r) ->
              any(j.assignments(), r)
                  .map(a -> {
                    Assignment broken =
                        a.enterprise().isPresent()
                            ? Assignment.toEnterprise(a.kind(), PersonId.of("P-UNKNOWN"), a.enterprise().get(), a.since())
                            : Assignment.toRegion(a.kind(), PersonId.of("P-UNKNOWN"), a.region().orElseThrow(), a.since());
                    String target = a.enterprise().map(EnterpriseId::value).orElseGet(() -> a.region().orElseThrow().value());
                    return new Broken(
                        j.toBuilder().removeAssignmentsIf(x -> x.equals(a)).addAssignment(broken),
                        Problem.of("assignments[" + a.kind() + ":P-UNKNOWN->" + target + "].person", UNKNOWN, "P-UNKNOWN"));
                  }));

  @Test
  void breakingOneReferenceIsRejectedWithExactlyThatProblem() {
    Generator<Jurisdiction> jurisdictions = Jurisdictions.jurisdictions().clusters(0, 2).enterprises(1, 10);
    for (int k = 0; k < BREAKERS.size(); k++) {
      Breaker breaker = BREAKERS.get(k);
      Generator<Optional<Broken>> broken = jurisdictions.flatMap(j -> random -> breaker.breakOne(j, random));
      PropertyRunner.forAll(broken)
          .samples(60)
          .describedBy(b -> b.map(x -> x.expected.toString()).orElse("nothing to break"))
          .check(b -> b.ifPresent(x -> {
            InvalidJurisdictionException e = catchThrowableOfType(InvalidJurisdictionException.class, x.builder::build);
            assertThat(e).as("build() must fail").isNotNull();
            assertThat(e.problems()).containsExactly(x.expected);
            assertThat(e).hasMessageContaining(x.expected.path()).hasMessageContaining(UNKNOWN);
          }));
    }
  }

  @Test
  void everyBreakerFindsSomethingToBreak() {
    List<Jurisdiction> samples = Jurisdictions.jurisdictions().clusters(1, 2).enterprises(5, 10).instructorShare(0.5).samples(1, 20);
    for (Breaker breaker : BREAKERS) {
      Function<Jurisdiction, Optional<Broken>> apply = j -> breaker.breakOne(j, new java.util.SplittableRandom(1));
      assertThat(samples.stream().map(apply).anyMatch(Optional::isPresent)).isTrue();
    }
  }
}
