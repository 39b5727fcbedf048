package org.dangong.recommendation;

import java.time.LocalDate;
import org.dangong.decision.Subject;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * The primary committee extended the time it takes to approve an admission, from three months to at
 * most six (DEVELOP-REG, approval); it must do so within the three months, and only once.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ApprovalExtended extends DevelopmentEvent {
  ApprovalExtended() {}

  /**
   * Obtains the event.
   *
   * @param date the date of the decision
   * @param person the person admitted by the branch meeting
   * @param decidedBy the primary committee
   * @return the event
   */
  public static ApprovalExtended of(LocalDate date, PersonId person, Subject decidedBy) {
    return ImmutableApprovalExtended.builder()
        .date(date)
        .person(person)
        .decidedBy(decidedBy)
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.APPROVAL_EXTENSION;
  }
}
