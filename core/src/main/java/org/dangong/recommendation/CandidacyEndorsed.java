package org.dangong.recommendation;

import java.time.LocalDate;
import org.dangong.decision.Subject;
import org.dangong.model.EnterpriseId;
import org.immutables.value.Value;

/**
 * The union committee endorsed the proposal of its chair as candidate (DUAL-REC-1).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CandidacyEndorsed extends CandidacyEvent {
  CandidacyEndorsed() {}

  /**
   * Obtains the event.
   *
   * @param date the date of the endorsement
   * @param enterprise the enterprise whose party organisation is to be founded
   * @param decidedBy the union committee
   * @return the event
   */
  public static CandidacyEndorsed of(LocalDate date, EnterpriseId enterprise, Subject decidedBy) {
    return ImmutableCandidacyEndorsed.builder()
        .date(date)
        .enterprise(enterprise)
        .decidedBy(decidedBy)
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.UNION_ENDORSEMENT;
  }
}
