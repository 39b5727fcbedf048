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
 * The union committee decided to recommend its nominee to the party branch as an activist (推优,
 * DUAL-REC-2; DEVELOP-REG Art. 8: "群团组织推优").
 *
 * <p>The guards of the nomination are checked again on the date of the decision, with the nominee's
 * record at that time; the union must be the one that nominated.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnionRecommended extends DevelopmentEvent {
  UnionRecommended() {}

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
   * @param date the date of the decision
   * @param nominee the nominee's record at the time
   * @param union the union that recommends
   * @param decidedBy the union committee
   * @return the event
   */
  public static UnionRecommended of(
      LocalDate date, Person nominee, OrganizationId union, Subject decidedBy) {
    return ImmutableUnionRecommended.builder()
        .date(date)
        .person(nominee.id())
        .decidedBy(decidedBy)
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
   * @param date the date of the decision
   * @param decidedBy the union committee
   * @return the event
   */
  public static UnionRecommended from(
      Jurisdiction jurisdiction,
      PersonId nominee,
      OrganizationId union,
      LocalDate date,
      Subject decidedBy) {
    return ImmutableUnionRecommended.builder()
        .date(date)
        .person(nominee)
        .decidedBy(decidedBy)
        .union(union)
        .record(jurisdiction.person(nominee))
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.UNION_RECOMMENDATION;
  }

  @Value.Check
  void check() {
    Structure s = new Structure("UnionRecommended");
    record().ifPresent(r -> s.require(r.id().equals(person()), "record", "SAME_PERSON", r.id()));
    s.throwIfAny();
  }
}
