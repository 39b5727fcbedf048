package org.dangong.recommendation;

import java.time.LocalDate;
import java.util.Optional;
import org.dangong.decision.Subject;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.RegionId;
import org.immutables.value.Value;

/**
 * A party organisation received an application to join the party (入党申请): the first event of a
 * {@link MembershipDevelopment}.
 *
 * <p>The applicant's record at the time is a fact of the event: the guards check that the applicant
 * is {@code APPLICANT_MIN_AGE} or older on the date (DEVELOP-REG Art. 5) and not already an
 * activist or a member. The region and enterprise place the development in the statistics.
 *
 * <pre>{@code
 * ApplicationReceived a = ApplicationReceived.from(
 *     jurisdiction, PersonId.of("P-7"), LocalDate.of(2024, 3, 1),
 *     Subject.partyOrganization(OrganizationId.of("PO-1")));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ApplicationReceived extends DevelopmentEvent {
  ApplicationReceived() {}

  /**
   * Returns the applicant's record at the time; empty when the facts given did not know the person,
   * which the workflow rejects.
   *
   * @return the record, if known
   */
  public abstract Optional<Person> record();

  /**
   * Returns the region the development is counted in: that of the applicant's employer.
   *
   * @return the region, if known
   */
  public abstract Optional<RegionId> region();

  /**
   * Returns the applicant's employer.
   *
   * @return the enterprise, if any
   */
  public abstract Optional<EnterpriseId> enterprise();

  /**
   * Obtains the event from the applicant's record.
   *
   * @param date the date the application was received
   * @param applicant the applicant's record at the time
   * @param region the region the development is counted in
   * @param receivedBy the party organisation that received it
   * @return the event
   */
  public static ApplicationReceived of(
      LocalDate date, Person applicant, RegionId region, Subject receivedBy) {
    return ImmutableApplicationReceived.builder()
        .date(date)
        .person(applicant.id())
        .decidedBy(receivedBy)
        .record(applicant)
        .region(region)
        .enterprise(applicant.employment().map(e -> e.employer()))
        .build();
  }

  /**
   * Obtains the event with the facts of a jurisdiction: the applicant's record, employer and the
   * employer's region. An applicant the jurisdiction does not know gives an event without a record,
   * which the workflow rejects as about an unknown person.
   *
   * @param jurisdiction the facts
   * @param applicant the applicant
   * @param date the date the application was received
   * @param receivedBy the party organisation that received it
   * @return the event
   */
  public static ApplicationReceived from(
      Jurisdiction jurisdiction, PersonId applicant, LocalDate date, Subject receivedBy) {
    Optional<Person> record = jurisdiction.person(applicant);
    Optional<EnterpriseId> employer = record.flatMap(p -> p.employment()).map(e -> e.employer());
    return ImmutableApplicationReceived.builder()
        .date(date)
        .person(applicant)
        .decidedBy(receivedBy)
        .record(record)
        .enterprise(employer)
        .region(employer.flatMap(jurisdiction::enterprise).map(e -> e.region()))
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.APPLICATION;
  }

  @Value.Check
  void check() {
    Structure s = new Structure("ApplicationReceived");
    record().ifPresent(r -> s.require(r.id().equals(person()), "record", "SAME_PERSON", r.id()));
    s.throwIfAny();
  }
}
