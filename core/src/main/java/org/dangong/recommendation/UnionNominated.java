package org.dangong.recommendation;

import java.time.LocalDate;
import java.util.Optional;
import org.dangong.decision.Subject;
import org.dangong.model.Jurisdiction;
import org.dangong.model.OrganizationId;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * The union nominated an outstanding union worker who has applied to join the party (推优,
 * DUAL-REC-2): the first step of the union's recommendation.
 *
 * <p>The guards check, with the nominee's record at the time, that the nominee is an active member
 * of the union, aged {@code APPLICANT_MIN_AGE} or more on the date (DEVELOP-REG Art. 5), has
 * applied (the workflow has an application) and is not already an activist or a member.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnionNominated extends DevelopmentEvent {
  UnionNominated() {}

  /**
   * Returns the union that recommends.
   *
   * @return the union organisation's id
   */
  public abstract OrganizationId union();

  /**
   * Returns the nominee's record at the time; empty when the facts given did not know the person,
   * which the workflow rejects.
   *
   * @return the record, if known
   */
  public abstract Optional<Person> record();

  /**
   * Obtains the event from the nominee's record.
   *
   * @param date the date of the nomination
   * @param nominee the nominee's record at the time
   * @param union the union that recommends
   * @param nominatedBy who nominated: the union, or a group of its members
   * @return the event
   */
  public static UnionNominated of(
      LocalDate date, Person nominee, OrganizationId union, Subject nominatedBy) {
    return ImmutableUnionNominated.builder()
        .date(date)
        .person(nominee.id())
        .decidedBy(nominatedBy)
        .union(union)
        .record(nominee)
        .build();
  }

  /**
   * Obtains the event with the nominee's record from a jurisdiction; a nominee it does not know
   * gives an event without a record, which the workflow rejects.
   *
   * @param jurisdiction the facts
   * @param nominee the nominee
   * @param union the union that recommends
   * @param date the date of the nomination
   * @param nominatedBy who nominated: the union, or a group of its members
   * @return the event
   */
  public static UnionNominated from(
      Jurisdiction jurisdiction,
      PersonId nominee,
      OrganizationId union,
      LocalDate date,
      Subject nominatedBy) {
    return ImmutableUnionNominated.builder()
        .date(date)
        .person(nominee)
        .decidedBy(nominatedBy)
        .union(union)
        .record(jurisdiction.person(nominee))
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.UNION_NOMINATION;
  }

  @Value.Check
  void check() {
    Structure s = new Structure("UnionNominated");
    record().ifPresent(r -> s.require(r.id().equals(person()), "record", "SAME_PERSON", r.id()));
    s.throwIfAny();
  }
}
