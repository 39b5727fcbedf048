package org.dangong.recommendation;

import java.time.LocalDate;
import org.dangong.decision.Subject;
import org.dangong.model.EnterpriseId;
import org.immutables.value.Value;

/**
 * The higher party organisation accepted the union chair as candidate to head the party
 * organisation to be founded (DUAL-REC-1).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CandidateAccepted extends CandidacyEvent {
  CandidateAccepted() {}

  /**
   * Obtains the event.
   *
   * @param date the date of the reply
   * @param enterprise the enterprise whose party organisation is to be founded
   * @param decidedBy the higher party organisation
   * @return the event
   */
  public static CandidateAccepted of(LocalDate date, EnterpriseId enterprise, Subject decidedBy) {
    return ImmutableCandidateAccepted.builder()
        .date(date)
        .enterprise(enterprise)
        .decidedBy(decidedBy)
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.CANDIDATE_ACCEPTANCE;
  }
}
