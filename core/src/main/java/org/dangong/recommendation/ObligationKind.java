package org.dangong.recommendation;

import org.dangong.model.Labelled;

/**
 * What an {@link Obligation} asks to be done.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ObligationKind implements Labelled {
  /** The union committee endorses the proposed candidacy (DUAL-REC-1). */
  ENDORSE_CANDIDACY,
  /** The candidacy is submitted to the higher party organisation (DUAL-REC-1). */
  SUBMIT_CANDIDACY,
  /** The higher party organisation examines the candidate and replies (DUAL-REC-1). */
  DECIDE_CANDIDACY,
  /** The founding meeting is held (DUAL-REC-1). */
  HOLD_FOUNDING_MEETING,
  /** The party organisation talks with the applicant (DEVELOP-REG Art. 7). */
  TALK_WITH_APPLICANT,
  /** The union committee decides on the nomination (推优, DUAL-REC-2). */
  DECIDE_UNION_RECOMMENDATION,
  /** The branch committee decides on the union's recommendation (DEVELOP-REG Art. 8). */
  DECIDE_ON_ACTIVIST,
  /** The activist is filed with the higher committee (DEVELOP-REG Art. 8). */
  FILE_ACTIVIST,
  /** The branch reviews the activist (DEVELOP-REG Art. 11). */
  REVIEW_ACTIVIST,
  /** The development target is filed with the higher committee (DEVELOP-REG Art. 13). */
  FILE_DEVELOPMENT_TARGET,
  /** Two full members are assigned as introducers (DEVELOP-REG Art. 14). */
  ASSIGN_INTRODUCERS,
  /** The political review is carried out. */
  CONDUCT_POLITICAL_REVIEW,
  /** The short concentrated training is given (DEVELOP-REG Art. 17). */
  GIVE_TRAINING,
  /** The primary committee pre-reviews the development target (DEVELOP-REG Art. 19). */
  PRE_REVIEW,
  /** The development target is publicised (公示, local practice). */
  PUBLICISE,
  /** The branch general meeting discusses and votes on the admission. */
  HOLD_BRANCH_MEETING,
  /** The primary committee approves or refuses the admission. */
  APPROVE_ADMISSION,
  /**
   * At the end of probation the branch decides on conversion, extension or cancellation (Art. 32).
   */
  DECIDE_AT_PROBATION_END;

  /**
   * Returns the key of this kind's label, {@code enum.ObligationKind.<NAME>}.
   *
   * @return the message key
   */
  @Override
  public String messageKey() {
    return "enum.ObligationKind." + name();
  }
}
