package org.dangong.recommendation;

import java.time.LocalDate;
import org.dangong.decision.Subject;
import org.dangong.model.EnterpriseId;
import org.immutables.value.Value;

/**
 * The higher party organisation started examining the candidate (DUAL-REC-1).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CandidacyExamined extends CandidacyEvent {
  CandidacyExamined() {}

  /**
   * Obtains the event.
   *
   * @param date the date the examination started
   * @param enterprise the enterprise whose party organisation is to be founded
   * @param decidedBy the higher party organisation
   * @return the event
   */
  public static CandidacyExamined of(LocalDate date, EnterpriseId enterprise, Subject decidedBy) {
    return ImmutableCandidacyExamined.builder()
        .date(date)
        .enterprise(enterprise)
        .decidedBy(decidedBy)
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.EXAMINATION;
  }
}
