package org.dangong.testkit;

import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.dangong.model.Employment;
import org.dangong.model.MembershipStatus;
import org.dangong.model.Nationality;
import org.dangong.model.PartyStage;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.TrainingKind;
import org.dangong.model.UnionMembership;

/**
 * A generator of single {@link Person}s, configured fluently; obtain one with {@link
 * People#people()}.
 *
 * <pre>{@code
 * PersonGenerator retirees = People.people()
 *     .ages(60, 80)
 *     .employedShare(0)          // retained union memberships, no employer
 *     .unionMemberShare(1);
 * Person p = retirees.generate(5);
 * }</pre>
 *
 * <p>Every date lies between the person's birth and the reference date: employment from age 16,
 * party standings from age 18 following DEVELOP-REG's pipeline, union membership after the
 * employment began. The employer, union and relatives are only ids.
 *
 * <p>This class is immutable and thread-safe; each option returns a new generator.
 */
public final class PersonGenerator implements Generator<Person> {
  static final PersonGenerator DEFAULT =
      new PersonGenerator(18, 65, PartyStandings.defaultStageMix(), 0.9, 0.6, Dates.DEFAULT_REFERENCE_DATE);

  private final int minAge;
  private final int maxAge;
  private final Mix<PartyStage> stageMix;
  private final double employedShare;
  private final double unionMemberShare;
  private final LocalDate referenceDate;

  private PersonGenerator(
      int minAge, int maxAge, Mix<PartyStage> stageMix, double employedShare, double unionMemberShare, LocalDate referenceDate) {
    this.minAge = minAge;
    this.maxAge = maxAge;
    this.stageMix = stageMix;
    this.employedShare = employedShare;
    this.unionMemberShare = unionMemberShare;
    this.referenceDate = referenceDate;
  }

  /**
   * Returns a generator of people whose age on the reference date lies between two bounds.
   *
   * @param min the lowest age, at least 16 (the legal working age)
   * @param max the highest age, at most 120
   * @return the new generator
   * @throws IllegalArgumentException if {@code min < 16}, {@code max > 120} or {@code min > max}
   */
  public PersonGenerator ages(int min, int max) {
    checkAges(min, max);
    return new PersonGenerator(min, max, stageMix, employedShare, unionMemberShare, referenceDate);
  }

  /**
   * Returns a generator with the given mix of party stages.
   *
   * @param mix the stages and their weights
   * @return the new generator
   */
  public PersonGenerator partyStageMix(Mix<PartyStage> mix) {
    return new PersonGenerator(minAge, maxAge, mix, employedShare, unionMemberShare, referenceDate);
  }

  /**
   * Returns a generator in which the given share of people is employed.
   *
   * @param share the share, from 0 to 1
   * @return the new generator
   * @throws IllegalArgumentException if the share is outside [0, 1]
   */
  public PersonGenerator employedShare(double share) {
    Ranges.checkShare("employedShare", share);
    return new PersonGenerator(minAge, maxAge, stageMix, share, unionMemberShare, referenceDate);
  }

  /**
   * Returns a generator in which the given share of people is a union member — active when
   * employed, retained (保留会籍) when not.
   *
   * @param share the share, from 0 to 1
   * @return the new generator
   * @throws IllegalArgumentException if the share is outside [0, 1]
   */
  public PersonGenerator unionMemberShare(double share) {
    Ranges.checkShare("unionMemberShare", share);
    return new PersonGenerator(minAge, maxAge, stageMix, employedShare, share, referenceDate);
  }

  /**
   * Returns a generator whose dates are relative to the given reference date.
   *
   * @param date the reference date
   * @return the new generator
   */
  public PersonGenerator referenceDate(LocalDate date) {
    return new PersonGenerator(minAge, maxAge, stageMix, employedShare, unionMemberShare, date);
  }

  static void checkAges(int min, int max) {
    if (min < 16 || max > 120) {
      throw new IllegalArgumentException("ages must lie between 16 and 120: " + min + ".." + max);
    }
    Ranges.check("ages", min, max);
  }

  @Override
  public Person next(RandomGenerator random) {
    PersonId id = Identifiers.personIds().next(random);
    LocalDate birth = People.birthDate(random, referenceDate, minAge, maxAge);
    boolean foreign = random.nextDouble() < 0.03;
    Person.Builder b =
        Person.builder()
            .id(id)
            .name(foreign ? Names.foreign(random) : Names.chinese(random))
            .birthDate(birth)
            .nationality(foreign ? Nationality.FOREIGN : Nationality.CHINESE);
    LocalDate working = Ranges.min(referenceDate, birth.plusYears(16));
    boolean employed = random.nextDouble() < employedShare;
    LocalDate hired = Ranges.date(random, working, referenceDate);
    if (employed) {
      b.employment(
          Employment.builder()
              .employer(Identifiers.enterpriseIds().next(random))
              .since(hired)
              .roles(Employments.roles(random))
              .build());
    }
    PartyStanding standing = Standings.of(random, stageMix.next(random), birth, referenceDate);
    b.partyStanding(standing);
    if (random.nextDouble() < unionMemberShare) {
      b.unionMembership(
          UnionMembership.of(
              Identifiers.organizationIds().next(random),
              Ranges.date(random, hired, referenceDate),
              employed ? MembershipStatus.ACTIVE : MembershipStatus.RETAINED));
    }
    int relatives = random.nextDouble() < 0.15 ? 1 + random.nextInt(2) : 0;
    for (int i = 0; i < relatives; i++) {
      PersonId relative = Identifiers.personIds().next(random);
      if (!relative.equals(id)) {
        b.addCloseRelative(relative);
      }
    }
    if (standing.stage() == PartyStage.ACTIVIST || standing.stage() == PartyStage.DEVELOPMENT_TARGET) {
      LocalDate since = standing.dateOf(standing.stage()).orElse(referenceDate);
      TrainingKind kind =
          standing.stage() == PartyStage.ACTIVIST ? TrainingKind.ACTIVIST : TrainingKind.DEVELOPMENT_TARGET;
      if (random.nextDouble() < 0.6) {
        b.addTraining(Trainings.of(random, kind, Ranges.date(random, since, referenceDate)));
      }
    }
    if (random.nextDouble() < 0.1) {
      b.addTraining(Trainings.of(random, TrainingKind.OTHER, Ranges.date(random, working, referenceDate)));
    }
    return b.build();
  }

  @Override
  public String describe(Person value) {
    return Descriptions.person(value);
  }
}
