/**
 * The dangong testkit: seeded generators of valid domain values and whole jurisdictions,
 * domain-aware shrinking, a property runner usable from any JUnit test, and a deterministic
 * synthetic city.
 *
 * <h2>A short tour</h2>
 *
 * <ul>
 *   <li><b>Generators</b> — a {@link org.dangong.testkit.Generator} draws a value from a {@link
 *       java.util.random.RandomGenerator}; {@code generate(seed)} always gives the same value for
 *       the same seed. Entry points are named after what they generate: {@link
 *       org.dangong.testkit.Jurisdictions#jurisdictions()}, {@link
 *       org.dangong.testkit.Enterprises#enterprises()}, {@link org.dangong.testkit.People#people()},
 *       {@link org.dangong.testkit.Regions#regions()}, {@link
 *       org.dangong.testkit.PartyStandings#partyStandings()}, {@link
 *       org.dangong.testkit.PartyOrganizations#partyOrganizations()} and the others, and {@link
 *       org.dangong.testkit.Generators} for plain integers, booleans, choices and lists. Options
 *       such as {@code .enterprises(1, 5)} return a new, immutable generator.
 *   <li><b>Mixes</b> — a {@link org.dangong.testkit.Mix} is a weighted choice ("62% private, 12%
 *       foreign-invested …"), used for ownership, {@link org.dangong.testkit.Coverage} and party
 *       stages; the seed's mixes are presets.
 *   <li><b>Shrinking</b> — a {@link org.dangong.testkit.Shrinker} proposes simpler variants of a
 *       failing value. {@link org.dangong.testkit.Jurisdictions#shrinker()} knows the domain: it
 *       removes enterprises with their staff, people with their posts, organisations, assignments,
 *       clusters and unused regions, always keeping the jurisdiction valid.
 *   <li><b>Running properties</b> — {@link org.dangong.testkit.PropertyRunner} checks a {@link
 *       org.dangong.testkit.Property} on many seeded samples, shrinks the first failure and throws
 *       an {@code AssertionError} naming the seed and the minimal counterexample.
 *   <li><b>The synthetic city</b> — {@link org.dangong.testkit.Cities#suzhouLike()} builds a
 *       city shaped like the seed's Suzhou (66 towns, 27 deputy-rank town union chairs, about 79%
 *       party coverage) of any size, deterministically, for examples and benchmarks; {@link
 *       org.dangong.testkit.CityRecords} adds what an organisation department keeps beside it —
 *       the development register with 推优, DUAL-REC-1 chair candidacies and a 四同 work cycle —
 *       consistent with the city, with overdue obligations and a spread of grades.
 * </ul>
 *
 * <h2>One test</h2>
 *
 * <pre>{@code
 * @Test
 * void aSecretaryIsAMemberEmployedByACoveredEnterprise() {
 *   PropertyRunner.forAll(Jurisdictions.jurisdictions().enterprises(1, 10))
 *       .samples(200)
 *       .check(j -> {
 *         for (PartyOrganization o : j.partyOrganizations()) {
 *           o.secretary().flatMap(j::person).ifPresent(s ->
 *               assertThat(s.isPartyMember()).isTrue());
 *         }
 *       });
 * }
 * }</pre>
 *
 * <h2>Design notes</h2>
 *
 * <p>Generators never read the clock and hold no global state: every date is relative to a
 * reference date ({@link org.dangong.testkit.Dates#DEFAULT_REFERENCE_DATE} unless configured), and
 * all randomness comes from the seed. Values are built through the model's public builders, so
 * only valid values come out; there is no {@code filter}. Generated data is meant to be
 * <em>interesting</em> to the rule engines: it includes vacant posts, expired terms, secretaries
 * who are investors, union chairs the rules bar, missing union-building instructors and overdue
 * probations. This package uses only the core library, Guava and JSpecify — no test framework —
 * so it works with JUnit, TestNG or a {@code main} method alike; it does not use jqwik (see the
 * project's ADR on that).
 */
@NullMarked
package org.dangong.testkit;

import org.jspecify.annotations.NullMarked;
