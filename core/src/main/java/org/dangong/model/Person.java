package org.dangong.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person (人员): birth date, nationality, employment, party standing, union membership, close
 * relatives (近亲属) and trainings.
 *
 * <pre>{@code
 * Person chair = Person.builder()
 *     .id(PersonId.of("P-1"))
 *     .name("张伟")
 *     .birthDate(LocalDate.of(1980, 4, 2))
 *     .employment(Employment.of(EnterpriseId.of("E-1"), LocalDate.of(2010, 1, 1), EmploymentRole.STAFF))
 *     .partyStanding(PartyStanding.fullMember(LocalDate.of(2008, 7, 1)))
 *     .unionMembership(UnionMembership.active(OrganizationId.of("U-1"), LocalDate.of(2010, 3, 1)))
 *     .build();
 * }</pre>
 *
 * <p>Party membership is sensitive personal information: the library never logs it above DEBUG,
 * and {@link #toString()} shows the id only.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Person implements WithPerson {
  Person() {}

  /**
   * Returns the id of this person.
   *
   * @return the id
   */
  public abstract PersonId id();

  /**
   * Returns the name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the date of birth.
   *
   * @return the birth date
   */
  public abstract LocalDate birthDate();

  /**
   * Returns the nationality; {@link Nationality#CHINESE} unless set.
   *
   * @return the nationality
   */
  @Value.Default
  public Nationality nationality() {
    return Nationality.CHINESE;
  }

  /**
   * Returns the current employment; empty for a retired or unemployed person, or an instructor
   * employed outside the jurisdiction.
   *
   * @return the employment, if any
   */
  public abstract Optional<Employment> employment();

  /**
   * Returns the party standing; {@link PartyStanding#none()} unless set.
   *
   * @return the party standing
   */
  @Value.Default
  public PartyStanding partyStanding() {
    return PartyStanding.none();
  }

  /**
   * Returns the union membership, if the person is a union member.
   *
   * @return the membership, if any
   */
  public abstract Optional<UnionMembership> unionMembership();

  /**
   * Returns the ids of the person's close relatives (近亲属): spouse, parents, children, siblings and
   * others the caller counts as such. Relations need not be recorded symmetrically.
   *
   * @return the relatives' ids
   */
  public abstract ImmutableSet<PersonId> closeRelatives();

  /**
   * Returns the trainings attended, in the order given.
   *
   * @return the trainings
   */
  public abstract ImmutableList<Training> trainings();

  /**
   * Returns the person's age in whole years on the given date.
   *
   * @param date the date
   * @return the age, 0 before the first birthday
   */
  public final int ageOn(LocalDate date) {
    return date.isBefore(birthDate()) ? 0 : Period.between(birthDate(), date).getYears();
  }

  /**
   * Tells whether the person is employed by the given enterprise.
   *
   * @param enterprise the enterprise
   * @return true if so
   */
  public final boolean isEmployedBy(EnterpriseId enterprise) {
    return employment().map(e -> e.employer().equals(enterprise)).orElse(false);
  }

  /**
   * Tells whether the person holds the given role at their employer.
   *
   * @param role the role
   * @return true if employed and holding it
   */
  public final boolean hasRole(EmploymentRole role) {
    return employment().map(e -> e.hasRole(role)).orElse(false);
  }

  /**
   * Tells whether the person is a party member, probationary or full.
   *
   * @return true for members
   */
  public final boolean isPartyMember() {
    return partyStanding().isMember();
  }

  /**
   * Tells whether the person is a full party member (正式党员).
   *
   * @return true for full members
   */
  public final boolean isFullPartyMember() {
    return partyStanding().isFullMember();
  }

  /**
   * Tells whether the person is an active member of the given union.
   *
   * @param union the union
   * @return true for an active membership there
   */
  public final boolean isActiveMemberOf(OrganizationId union) {
    return unionMembership()
        .map(m -> m.union().equals(union) && m.status() == MembershipStatus.ACTIVE)
        .orElse(false);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "Person[" + id().value() + "]";
  }

  @Value.Check
  void check() {
    Problems p = new Problems("Person[" + id().value() + "]");
    Texts.requireName(p, "name", name());
    LocalDate born = birthDate();
    employment()
        .ifPresent(
            e -> p.require(!e.since().isBefore(born), "employment.since", "NOT_BEFORE_BIRTH", e.since()));
    for (LocalDate d : partyStanding().recordedDates()) {
      p.require(!d.isBefore(born), "partyStanding", "NOT_BEFORE_BIRTH", d);
    }
    unionMembership()
        .ifPresent(
            m -> p.require(!m.since().isBefore(born), "unionMembership.since", "NOT_BEFORE_BIRTH", m.since()));
    for (int i = 0; i < trainings().size(); i++) {
      LocalDate d = trainings().get(i).date();
      p.require(!d.isBefore(born), "trainings[" + i + "].date", "NOT_BEFORE_BIRTH", d);
    }
    p.require(!closeRelatives().contains(id()), "closeRelatives", "NOT_OWN_RELATIVE", id().value());
    p.throwIfAny();
  }

  /** Builds a {@link Person}; {@link #build()} throws {@link InvalidValueException} on bad input. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
