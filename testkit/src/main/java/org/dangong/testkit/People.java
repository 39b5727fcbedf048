package org.dangong.testkit;

import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.dangong.model.Person;

/**
 * Entry point for generators of {@link Person}s, one at a time. People employed by the
 * enterprises of a consistent jurisdiction, holding its posts, come from {@link
 * Jurisdictions#jurisdictions()}.
 *
 * <pre>{@code
 * Person p = People.people()
 *     .ages(25, 40)
 *     .partyStageMix(Mix.of(PartyStage.FULL, 1))
 *     .generate(42);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class People {
  private People() {}

  /**
   * Returns a generator of single people with the default settings: ages 18 to 65 on {@link
   * Dates#DEFAULT_REFERENCE_DATE}, the {@link PartyStandings#defaultStageMix()}, 90% employed,
   * 60% union members, now and then a foreign national, close relatives or trainings.
   *
   * @return the generator
   */
  public static PersonGenerator people() {
    return PersonGenerator.DEFAULT;
  }

  /** A birth date giving an age between {@code minAge} and {@code maxAge} on {@code ref}. */
  static LocalDate birthDate(RandomGenerator random, LocalDate ref, int minAge, int maxAge) {
    LocalDate latest = ref.minusYears(minAge);
    LocalDate earliest = ref.minusYears(maxAge + 1L).plusDays(1);
    return Ranges.date(random, earliest, latest);
  }
}
