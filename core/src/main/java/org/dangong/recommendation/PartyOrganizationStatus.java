package org.dangong.recommendation;

import java.time.LocalDate;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Labelled;
import org.dangong.model.PartyOrganization;

/**
 * Whether an enterprise has a party organisation, as a fact of a DUAL-REC-1 proposal: the union
 * recommends its chair only where there is none yet, or one being founded.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum PartyOrganizationStatus implements Labelled {
  /** No party organisation covers the enterprise (建会未建党). */
  NONE,
  /** A party organisation is being founded: every one covering the enterprise is founded later. */
  BEING_FOUNDED,
  /** A party organisation founded on or before the date covers the enterprise. */
  EXISTS;

  /**
   * Returns the status of an enterprise on a date, from a jurisdiction: {@link #EXISTS} when a
   * grassroots party organisation founded on or before the date covers it, {@link #BEING_FOUNDED}
   * when those covering it are all founded after the date, {@link #NONE} when none covers it.
   *
   * @param jurisdiction the facts
   * @param enterprise the enterprise
   * @param date the date
   * @return the status
   */
  public static PartyOrganizationStatus of(
      Jurisdiction jurisdiction, EnterpriseId enterprise, LocalDate date) {
    PartyOrganizationStatus status = NONE;
    for (PartyOrganization organization : jurisdiction.partyOrganizationsCovering(enterprise)) {
      if (!organization.form().isGrassroots()) {
        continue;
      }
      if (organization.founded().isAfter(date)) {
        status = BEING_FOUNDED;
      } else {
        return EXISTS;
      }
    }
    return status;
  }

  /**
   * Returns the key of this status's label, {@code enum.PartyOrganizationStatus.<NAME>}.
   *
   * @return the message key
   */
  @Override
  public String messageKey() {
    return "enum.PartyOrganizationStatus." + name();
  }
}
