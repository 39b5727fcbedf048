package org.dangong.recommendation;

import java.time.LocalDate;
import org.dangong.decision.Subject;
import org.dangong.model.EnterpriseId;
import org.dangong.model.OrganizationId;
import org.immutables.value.Value;

/**
 * The endorsed candidacy was submitted to the higher party organisation, such as the
 * non-public-economy party working committee (非公经济党工委) of the region (DUAL-REC-1). Its reply is due
 * within {@code BRANCH_FOUNDING_REPLY_WITHIN}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CandidacySubmitted extends CandidacyEvent {
  CandidacySubmitted() {}

  /**
   * Returns the higher party organisation the candidacy was submitted to.
   *
   * @return the organisation's id
   */
  public abstract OrganizationId higherOrganization();

  /**
   * Obtains the event.
   *
   * @param date the date of submission
   * @param enterprise the enterprise whose party organisation is to be founded
   * @param higherOrganization the higher party organisation
   * @param submittedBy who submitted: usually the union
   * @return the event
   */
  public static CandidacySubmitted of(
      LocalDate date,
      EnterpriseId enterprise,
      OrganizationId higherOrganization,
      Subject submittedBy) {
    return ImmutableCandidacySubmitted.builder()
        .date(date)
        .enterprise(enterprise)
        .decidedBy(submittedBy)
        .higherOrganization(higherOrganization)
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.SUBMISSION;
  }
}
