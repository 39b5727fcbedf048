package org.dangong.model;

/**
 * A person's stage on the way into, or in, the party (政治面貌 and the DEVELOP-REG pipeline), in
 * order.
 */
public enum PartyStage implements Labelled {
  /** Not a member and not in the pipeline (群众). */
  NONE,
  /** Has applied to join (入党申请人), DEVELOP-REG Art. 5–7. */
  APPLICANT,
  /** An activist (入党积极分子), DEVELOP-REG Art. 8. */
  ACTIVIST,
  /** A development target (发展对象), DEVELOP-REG Art. 13. */
  DEVELOPMENT_TARGET,
  /** A probationary member (预备党员), DEVELOP-REG Art. 32. */
  PROBATIONARY,
  /** A full member (正式党员). Only full members count toward BRANCH-REG Art. 4's three. */
  FULL;

  @Override
  public String messageKey() {
    return "enum.PartyStage." + name();
  }

  /**
   * Tells whether this stage is membership: probationary or full.
   *
   * @return true for {@link #PROBATIONARY} and {@link #FULL}
   */
  public boolean isMember() {
    return this == PROBATIONARY || this == FULL;
  }

  /**
   * Tells whether this stage is in the development pipeline before membership: applicant, activist
   * or development target.
   *
   * @return true for {@link #APPLICANT}, {@link #ACTIVIST} and {@link #DEVELOPMENT_TARGET}
   */
  public boolean isInPipeline() {
    return this == APPLICANT || this == ACTIVIST || this == DEVELOPMENT_TARGET;
  }
}
