package org.dangong.recommendation;

import org.dangong.model.Labelled;

/**
 * Where a person's {@link MembershipDevelopment} stands: the stages of DEVELOP-REG in order, then
 * the three ways it can end without membership.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum DevelopmentStage implements Labelled {
  /** No application has been received yet. */
  NOT_STARTED,
  /** An applicant (入党申请人), DEVELOP-REG Art. 5–7. */
  APPLICANT,
  /** An activist (入党积极分子), DEVELOP-REG Art. 8–12. */
  ACTIVIST,
  /** A development target (发展对象), DEVELOP-REG Art. 13–19. */
  DEVELOPMENT_TARGET,
  /** Admitted by the branch general meeting, awaiting the primary committee's approval. */
  ADMITTED,
  /** A probationary member (预备党员), DEVELOP-REG Art. 32. */
  PROBATIONARY,
  /** A full member (正式党员): the development is complete. */
  FULL_MEMBER,
  /** The primary committee did not approve the admission. */
  NOT_APPROVED,
  /** The probationary status was cancelled (取消预备党员资格). */
  PROBATION_CANCELLED,
  /** The person withdrew or left before membership. */
  WITHDRAWN;

  /**
   * Tells whether the development has ended: full member, not approved, cancelled or withdrawn.
   *
   * @return true for the final stages
   */
  public boolean isFinal() {
    return this == FULL_MEMBER
        || this == NOT_APPROVED
        || this == PROBATION_CANCELLED
        || this == WITHDRAWN;
  }

  /**
   * Tells whether the person is a party member at this stage: probationary or full.
   *
   * @return true for {@link #PROBATIONARY} and {@link #FULL_MEMBER}
   */
  public boolean isMember() {
    return this == PROBATIONARY || this == FULL_MEMBER;
  }

  /**
   * Returns the key of this stage's label, {@code enum.DevelopmentStage.<NAME>}.
   *
   * @return the message key
   */
  @Override
  public String messageKey() {
    return "enum.DevelopmentStage." + name();
  }
}
