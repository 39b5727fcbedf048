package org.dangong.recommendation;

import java.time.LocalDate;
import java.util.Optional;
import org.dangong.decision.Subject;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.OrganizationId;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.UnionOrganization;
import org.immutables.value.Value;

/**
 * The union proposed its chair as candidate to head the party organisation to be founded in its
 * enterprise (DUAL-REC-1): the first event of a {@link ChairCandidacy}.
 *
 * <p>The facts the guards need are part of the event: the chair's record (a full party member with
 * {@code SECRETARY_MIN_PARTY_STANDING} of party standing, BRANCH-REG Art. 23), who chairs the union
 * and whether it covers the enterprise, and whether the enterprise has a party organisation ({@link
 * PartyOrganizationStatus}: none yet, or one being founded, is required).
 *
 * <pre>{@code
 * CandidacyProposed p = CandidacyProposed.from(jurisdiction, EnterpriseId.of("E-1"),
 *     OrganizationId.of("U-1"), PersonId.of("P-2"), LocalDate.of(2024, 3, 1),
 *     Subject.unionOrganization(OrganizationId.of("U-1")));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CandidacyProposed extends CandidacyEvent {
  CandidacyProposed() {}

  /**
   * Returns the union that proposes.
   *
   * @return the union organisation's id
   */
  public abstract OrganizationId union();

  /**
   * Returns the person proposed.
   *
   * @return the person's id
   */
  public abstract PersonId person();

  /**
   * Returns the person's record at the time; empty when the facts given did not know the person,
   * which the workflow rejects.
   *
   * @return the record, if known
   */
  public abstract Optional<Person> record();

  /**
   * Returns who chaired the union at the time, according to the facts given.
   *
   * @return the chair, or empty if vacant or the union is unknown
   */
  public abstract Optional<PersonId> unionChair();

  /**
   * Tells whether the union covers the enterprise, according to the facts given.
   *
   * @return true if it does
   */
  public abstract boolean unionCoversEnterprise();

  /**
   * Returns whether the enterprise had a party organisation at the time.
   *
   * @return the status
   */
  public abstract PartyOrganizationStatus partyOrganization();

  /**
   * Obtains the event from the facts given directly.
   *
   * @param date the date of the proposal
   * @param enterprise the enterprise
   * @param chair the proposed person's record at the time
   * @param union the union that proposes
   * @param partyOrganization whether the enterprise has a party organisation
   * @param proposedBy who proposed: usually the union
   * @return the event
   */
  public static CandidacyProposed of(
      LocalDate date,
      EnterpriseId enterprise,
      Person chair,
      UnionOrganization union,
      PartyOrganizationStatus partyOrganization,
      Subject proposedBy) {
    return ImmutableCandidacyProposed.builder()
        .date(date)
        .enterprise(enterprise)
        .decidedBy(proposedBy)
        .union(union.id())
        .person(chair.id())
        .record(chair)
        .unionChair(union.chair())
        .unionCoversEnterprise(union.coveredEnterprises().contains(enterprise))
        .partyOrganization(partyOrganization)
        .build();
  }

  /**
   * Obtains the event with the facts of a jurisdiction: the person's record, the union's chair and
   * coverage, and the enterprise's party organisations ({@link PartyOrganizationStatus#of}). A
   * person the jurisdiction does not know gives an event without a record, which the workflow
   * rejects; an unknown union has no chair and covers nothing.
   *
   * @param jurisdiction the facts
   * @param enterprise the enterprise
   * @param union the union that proposes
   * @param chair the person proposed
   * @param date the date of the proposal
   * @param proposedBy who proposed: usually the union
   * @return the event
   */
  public static CandidacyProposed from(
      Jurisdiction jurisdiction,
      EnterpriseId enterprise,
      OrganizationId union,
      PersonId chair,
      LocalDate date,
      Subject proposedBy) {
    Optional<UnionOrganization> organization = jurisdiction.unionOrganization(union);
    return ImmutableCandidacyProposed.builder()
        .date(date)
        .enterprise(enterprise)
        .decidedBy(proposedBy)
        .union(union)
        .person(chair)
        .record(jurisdiction.person(chair))
        .unionChair(organization.flatMap(UnionOrganization::chair))
        .unionCoversEnterprise(
            organization.map(u -> u.coveredEnterprises().contains(enterprise)).orElse(false))
        .partyOrganization(PartyOrganizationStatus.of(jurisdiction, enterprise, date))
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.CANDIDACY_PROPOSAL;
  }

  @Value.Check
  void check() {
    Structure s = new Structure("CandidacyProposed");
    record().ifPresent(r -> s.require(r.id().equals(person()), "record", "SAME_PERSON", r.id()));
    s.throwIfAny();
  }
}
