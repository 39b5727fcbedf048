package org.dangong.testkit;

import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.dangong.model.PartyStage;
import org.dangong.model.PartyStanding;
import org.jspecify.annotations.Nullable;

/**
 * A generator of {@link PartyStanding}s, configured fluently; obtain one with {@link
 * PartyStandings#partyStandings()}.
 *
 * <p>The dates follow the development pipeline of DEVELOP-REG relative to the reference date: an
 * activist usually a year or more before becoming a development target (sometimes less, which
 * engines should flag), probation of about a year (some overdue), earlier dates sometimes missing
 * as in old records, and nobody in the pipeline before 18. Every date lies on or before the
 * reference date.
 *
 * <pre>{@code
 * PartyStandingGenerator members = PartyStandings.partyStandings()
 *     .stageMix(Mix.of(PartyStage.FULL, 3).and(PartyStage.PROBATIONARY, 1))
 *     .bornOn(LocalDate.of(1990, 5, 4));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; each option returns a new generator.
 */
public final class PartyStandingGenerator implements Generator<PartyStanding> {
  static final PartyStandingGenerator DEFAULT =
      new PartyStandingGenerator(PartyStandings.defaultStageMix(), null, 18, 65, Dates.DEFAULT_REFERENCE_DATE);

  private final Mix<PartyStage> stageMix;
  private final @Nullable LocalDate birthDate;
  private final int minAge;
  private final int maxAge;
  private final LocalDate referenceDate;

  private PartyStandingGenerator(
      Mix<PartyStage> stageMix,
      @Nullable LocalDate birthDate,
      int minAge,
      int maxAge,
      LocalDate referenceDate) {
    this.stageMix = stageMix;
    this.birthDate = birthDate;
    this.minAge = minAge;
    this.maxAge = maxAge;
    this.referenceDate = referenceDate;
  }

  /**
   * Returns a generator with the given mix of stages.
   *
   * @param mix the stages and their weights
   * @return the new generator
   */
  public PartyStandingGenerator stageMix(Mix<PartyStage> mix) {
    return new PartyStandingGenerator(mix, birthDate, minAge, maxAge, referenceDate);
  }

  /**
   * Returns a generator of standings for a person born on the given date, so that every date of
   * the standing lies after the person's 18th birthday. A person under 18 on the reference date
   * gets {@link PartyStanding#none()}.
   *
   * @param date the birth date
   * @return the new generator
   */
  public PartyStandingGenerator bornOn(LocalDate date) {
    return new PartyStandingGenerator(stageMix, date, minAge, maxAge, referenceDate);
  }

  /**
   * Returns a generator of standings for people whose age on the reference date lies between two
   * bounds; ignored after {@link #bornOn(LocalDate)}.
   *
   * @param min the lowest age, at least 0
   * @param max the highest age
   * @return the new generator
   * @throws IllegalArgumentException if {@code min < 0} or {@code min > max}
   */
  public PartyStandingGenerator ages(int min, int max) {
    Ranges.checkCount("ages", min, max);
    return new PartyStandingGenerator(stageMix, birthDate, min, max, referenceDate);
  }

  /**
   * Returns a generator whose dates are relative to the given reference date.
   *
   * @param date the reference date
   * @return the new generator
   */
  public PartyStandingGenerator referenceDate(LocalDate date) {
    return new PartyStandingGenerator(stageMix, birthDate, minAge, maxAge, date);
  }

  @Override
  public PartyStanding next(RandomGenerator random) {
    LocalDate birth = birthDate != null ? birthDate : People.birthDate(random, referenceDate, minAge, maxAge);
    return Standings.of(random, stageMix.next(random), birth, referenceDate);
  }
}
