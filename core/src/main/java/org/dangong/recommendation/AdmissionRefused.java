package org.dangong.recommendation;

import java.time.LocalDate;
import org.dangong.decision.Subject;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * The primary committee did not approve an admission; the development ends.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AdmissionRefused extends DevelopmentEvent {
  AdmissionRefused() {}

  /**
   * Obtains the event.
   *
   * @param date the date of the decision
   * @param person the person admitted by the branch meeting
   * @param decidedBy the primary committee
   * @return the event
   */
  public static AdmissionRefused of(LocalDate date, PersonId person, Subject decidedBy) {
    return ImmutableAdmissionRefused.builder()
        .date(date)
        .person(person)
        .decidedBy(decidedBy)
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.REFUSAL;
  }
}
