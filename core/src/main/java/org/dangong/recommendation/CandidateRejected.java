package org.dangong.recommendation;

import java.time.LocalDate;
import org.dangong.decision.Subject;
import org.dangong.model.EnterpriseId;
import org.immutables.value.Value;

/**
 * The higher party organisation rejected the union chair as candidate; the candidacy ends (DUAL-
 * REC-1).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CandidateRejected extends CandidacyEvent {
  CandidateRejected() {}

  /**
   * Obtains the event.
   *
   * @param date the date of the reply
   * @param enterprise the enterprise whose party organisation is to be founded
   * @param decidedBy the higher party organisation
   * @return the event
   */
  public static CandidateRejected of(LocalDate date, EnterpriseId enterprise, Subject decidedBy) {
    return ImmutableCandidateRejected.builder()
        .date(date)
        .enterprise(enterprise)
        .decidedBy(decidedBy)
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.CANDIDATE_REJECTION;
  }
}
