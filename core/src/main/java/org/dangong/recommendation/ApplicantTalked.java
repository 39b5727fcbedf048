package org.dangong.recommendation;

import java.time.LocalDate;
import org.dangong.decision.Subject;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * The party organisation talked with an applicant (DEVELOP-REG Art. 7: within one month of
 * receiving the application).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ApplicantTalked extends DevelopmentEvent {
  ApplicantTalked() {}

  /**
   * Obtains the event.
   *
   * @param date the date of the talk
   * @param person the applicant
   * @param decidedBy who talked: the party organisation, or the member it appointed
   * @return the event
   */
  public static ApplicantTalked of(LocalDate date, PersonId person, Subject decidedBy) {
    return ImmutableApplicantTalked.builder()
        .date(date)
        .person(person)
        .decidedBy(decidedBy)
        .build();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.TALK;
  }
}
