package org.dangong.appointment;

import java.util.Comparator;
import java.util.Optional;
import org.dangong.decision.Argument;
import org.dangong.decision.Reason;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.OrganizationId;
import org.dangong.model.PartyOrganization;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.UnionOrganization;

/**
 * Look-ups in a jurisdiction shared by the engine's parts: the organisations an enterprise has,
 * people and organisations by id (a missing id is a bad argument), and the reasons for a missing
 * organisation.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Lookup {
  private static final Comparator<PartyOrganization> PARTY_PREFERENCE =
      Comparator.comparingInt((PartyOrganization o) -> o.coveredEnterprises().size())
          .thenComparing(PartyOrganization::id);
  private static final Comparator<UnionOrganization> UNION_PREFERENCE =
      Comparator.comparingInt((UnionOrganization o) -> o.coveredEnterprises().size())
          .thenComparing(UnionOrganization::id);

  private Lookup() {}

  static Optional<PartyOrganization> partyOrganizationOf(
      Jurisdiction jurisdiction, EnterpriseId enterprise) {
    return jurisdiction.partyOrganizationsCovering(enterprise).stream().min(PARTY_PREFERENCE);
  }

  static Optional<UnionOrganization> unionOf(Jurisdiction jurisdiction, EnterpriseId enterprise) {
    return jurisdiction.unionOrganizationsCovering(enterprise).stream().min(UNION_PREFERENCE);
  }

  static Person person(Jurisdiction jurisdiction, PersonId id) {
    return jurisdiction
        .person(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException("no such person in the jurisdiction: " + id.value()));
  }

  static void requireEnterprise(Jurisdiction jurisdiction, EnterpriseId id) {
    if (jurisdiction.enterprise(id).isEmpty()) {
      throw new IllegalArgumentException("no such enterprise in the jurisdiction: " + id.value());
    }
  }

  static UnionOrganization union(Jurisdiction jurisdiction, OrganizationId id) {
    return jurisdiction
        .unionOrganization(id)
        .orElseThrow(
            () -> new IllegalArgumentException("no such union in the jurisdiction: " + id.value()));
  }

  static PartyOrganization party(Jurisdiction jurisdiction, OrganizationId id) {
    return jurisdiction
        .partyOrganization(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no such party organisation in the jurisdiction: " + id.value()));
  }

  static Reason noParty(EnterpriseId enterprise) {
    return Reason.of(
            "reason.appointment.no-party-organization", Argument.id("enterprise", enterprise))
        .citing(AppointmentRules.NONPUBLIC_OPINION_CROSS);
  }

  static Reason noUnion(EnterpriseId enterprise) {
    return Reason.of("reason.appointment.no-union", Argument.id("enterprise", enterprise))
        .citing(AppointmentRules.CHAIR_RULES_ART_6);
  }
}
