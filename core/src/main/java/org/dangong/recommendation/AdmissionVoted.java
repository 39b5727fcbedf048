package org.dangong.recommendation;

import java.time.LocalDate;
import org.dangong.decision.Subject;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * The branch general meeting (支部大会) voted to admit a development target.
 *
 * <p>The counts are facts of the event; the guards check them: the meeting is quorate with more
 * than half of those entitled to vote present ({@code ADMISSION_MEETING_QUORUM}), and admission
 * needs yes votes from more than half of the full members entitled to vote, the written opinions of
 * absent members counted ({@code ADMISSION_VOTE_MAJORITY}). Exactly half is not enough. A vote that
 * does not reach the majority is rejected: the person stays a development target.
 *
 * <pre>{@code
 * // 9 full members entitled, 7 present, 4 yes at the meeting, 1 written yes from an absent member
 * AdmissionVoted v = AdmissionVoted.of(date, person, branch, 9, 7, 4, 1);   // 5 of 9: admitted
 * }</pre>
 *
 * <p>Probation counts from this date once the admission is approved (DEVELOP-REG Art. 32).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AdmissionVoted extends DevelopmentEvent {
  AdmissionVoted() {}

  /**
   * Returns the number of full members entitled to vote.
   *
   * @return the number entitled, at least 1
   */
  public abstract int entitled();

  /**
   * Returns the number of those entitled to vote who attended.
   *
   * @return the number present, at most {@link #entitled()}
   */
  public abstract int present();

  /**
   * Returns the yes votes cast at the meeting.
   *
   * @return the yes votes, at most {@link #present()}
   */
  public abstract int yesVotes();

  /**
   * Returns the written yes opinions of members entitled to vote who were absent.
   *
   * @return the written yes votes, at most {@code entitled - present}
   */
  public abstract int writtenYesVotes();

  /**
   * Obtains the event.
   *
   * @param date the date of the meeting
   * @param person the development target
   * @param decidedBy the branch
   * @param entitled the full members entitled to vote
   * @param present those of them present
   * @param yesVotes the yes votes cast at the meeting
   * @param writtenYesVotes the written yes opinions of absent members
   * @return the event
   * @throws org.dangong.model.InvalidValueException if a count is negative, nobody is entitled,
   *     more are present than entitled, more vote yes than are present, or more written votes come
   *     than members are absent
   */
  public static AdmissionVoted of(
      LocalDate date,
      PersonId person,
      Subject decidedBy,
      int entitled,
      int present,
      int yesVotes,
      int writtenYesVotes) {
    return ImmutableAdmissionVoted.builder()
        .date(date)
        .person(person)
        .decidedBy(decidedBy)
        .entitled(entitled)
        .present(present)
        .yesVotes(yesVotes)
        .writtenYesVotes(writtenYesVotes)
        .build();
  }

  /**
   * Returns the yes votes that count: those cast at the meeting and the written ones.
   *
   * @return {@code yesVotes + writtenYesVotes}
   */
  public final int totalYesVotes() {
    return yesVotes() + writtenYesVotes();
  }

  @Override
  public final WorkflowStep step() {
    return WorkflowStep.BRANCH_MEETING;
  }

  @Value.Check
  void check() {
    Structure s = new Structure("AdmissionVoted");
    s.require(entitled() >= 1, "entitled", "AT_LEAST_1", entitled());
    s.require(present() >= 0, "present", "NOT_NEGATIVE", present());
    s.require(present() <= entitled(), "present", "AT_MOST_ENTITLED", present());
    s.require(yesVotes() >= 0, "yesVotes", "NOT_NEGATIVE", yesVotes());
    s.require(yesVotes() <= present(), "yesVotes", "AT_MOST_PRESENT", yesVotes());
    s.require(writtenYesVotes() >= 0, "writtenYesVotes", "NOT_NEGATIVE", writtenYesVotes());
    s.require(
        writtenYesVotes() <= entitled() - present(),
        "writtenYesVotes",
        "AT_MOST_ABSENT",
        writtenYesVotes());
    s.throwIfAny();
  }
}
