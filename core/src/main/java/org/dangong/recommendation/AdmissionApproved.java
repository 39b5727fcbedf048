package org.dangong.recommendation;

import java.time.LocalDate;
import org.dangong.decision.Subject;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * The primary committee approved an admission (审批); the person is a probationary member from the
 * date of the branch meeting (DEVELOP-REG Art. 32).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AdmissionApproved extends DevelopmentEvent {
  AdmissionApproved() {}

  /**
   * Obtains the event.
   *
   * @param date the date of approval
   * @param person the person admitted by the branch meeting
   * @param decidedBy the primary committee
   * @return the event
   */
  public static AdmissionApproved of(LocalDate date, PersonId person, Subject decidedBy) {
    return ImmutableAdmissionApproved.builder()
        .date(date)
        .person(person)
        .decidedBy(decidedBy)
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.APPROVAL;
  }
}
