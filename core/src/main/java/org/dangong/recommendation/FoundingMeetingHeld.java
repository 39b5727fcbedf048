package org.dangong.recommendation;

import java.time.LocalDate;
import org.dangong.decision.Subject;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Person;
import org.immutables.value.Value;

/**
 * The founding meeting of the party organisation was held and elected the accepted candidate, or
 * did not (DUAL-REC-1).
 *
 * <p>The number of full members (正式党员) in the enterprise is a fact of the event: with {@code
 * BRANCH_MIN_FULL_MEMBERS} (three) or more the organisation is founded as a branch (BRANCH-REG Art.
 * 4), with fewer as a joint branch with neighbouring units (BRANCH-REG Art. 5); the workflow
 * records which.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class FoundingMeetingHeld extends CandidacyEvent {
  FoundingMeetingHeld() {}

  /**
   * Returns the number of full members in the enterprise at the meeting.
   *
   * @return the full members, at least 0
   */
  public abstract int fullMembers();

  /**
   * Tells whether the meeting elected the candidate to head the organisation.
   *
   * @return true if elected
   */
  public abstract boolean elected();

  /**
   * Obtains the event.
   *
   * @param date the date of the meeting
   * @param enterprise the enterprise
   * @param fullMembers the full members in the enterprise
   * @param elected whether the candidate was elected
   * @param decidedBy the meeting's convener, such as the higher party organisation
   * @return the event
   * @throws org.dangong.model.InvalidValueException if {@code fullMembers} is negative
   */
  public static FoundingMeetingHeld of(
      LocalDate date,
      EnterpriseId enterprise,
      int fullMembers,
      boolean elected,
      Subject decidedBy) {
    return ImmutableFoundingMeetingHeld.builder()
        .date(date)
        .enterprise(enterprise)
        .decidedBy(decidedBy)
        .fullMembers(fullMembers)
        .elected(elected)
        .build();
  }

  /**
   * Obtains the event counting the full members from a jurisdiction: the enterprise's employees who
   * are full members since the date or earlier.
   *
   * @param jurisdiction the facts
   * @param enterprise the enterprise
   * @param date the date of the meeting
   * @param elected whether the candidate was elected
   * @param decidedBy the meeting's convener
   * @return the event
   */
  public static FoundingMeetingHeld from(
      Jurisdiction jurisdiction,
      EnterpriseId enterprise,
      LocalDate date,
      boolean elected,
      Subject decidedBy) {
    int full = 0;
    for (Person employee : jurisdiction.employees(enterprise)) {
      if (employee.isFullPartyMember()
          && employee.partyStanding().fullSince().map(d -> !d.isAfter(date)).orElse(false)) {
        full++;
      }
    }
    return of(date, enterprise, full, elected, decidedBy);
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.FOUNDING_MEETING;
  }

  @Value.Check
  void check() {
    Structure s = new Structure("FoundingMeetingHeld");
    s.require(fullMembers() >= 0, "fullMembers", "NOT_NEGATIVE", fullMembers());
    s.throwIfAny();
  }
}
