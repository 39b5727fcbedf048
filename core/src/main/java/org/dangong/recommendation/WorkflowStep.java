package org.dangong.recommendation;

import org.dangong.model.Labelled;

/**
 * A step of a recommendation workflow: what an event records. The first seven belong to a union
 * chair's candidacy (DUAL-REC-1, {@link ChairCandidacy}); the others to a person's membership
 * development (DUAL-REC-2 and DEVELOP-REG, {@link MembershipDevelopment}).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum WorkflowStep implements Labelled {
  /** The union chair is proposed as candidate to head the party organisation (DUAL-REC-1). */
  CANDIDACY_PROPOSAL,
  /** The union committee endorses the proposal. */
  UNION_ENDORSEMENT,
  /** The proposal is submitted to the higher party organisation. */
  SUBMISSION,
  /** The higher party organisation starts examining the candidate. */
  EXAMINATION,
  /** The higher party organisation accepts the candidate. */
  CANDIDATE_ACCEPTANCE,
  /** The higher party organisation rejects the candidate. */
  CANDIDATE_REJECTION,
  /** The founding meeting of the party organisation elects or does not elect the candidate. */
  FOUNDING_MEETING,
  /** An application to join the party is received (入党申请, DEVELOP-REG Art. 5). */
  APPLICATION,
  /** The party organisation talks with the applicant (DEVELOP-REG Art. 7). */
  TALK,
  /** The union nominates the applicant as an outstanding union worker (推优, DUAL-REC-2). */
  UNION_NOMINATION,
  /** The union committee decides to recommend the applicant (推优, DUAL-REC-2). */
  UNION_RECOMMENDATION,
  /** The branch committee determines the applicant an activist (入党积极分子, DEVELOP-REG Art. 8). */
  ACTIVIST_DETERMINATION,
  /** The activist is filed with the higher committee (备案, DEVELOP-REG Art. 8). */
  ACTIVIST_FILING,
  /** The branch reviews the activist (考察, DEVELOP-REG Art. 11). */
  ACTIVIST_REVIEW,
  /** The branch committee determines the activist a development target (发展对象, Art. 13). */
  TARGET_DETERMINATION,
  /** The development target is filed with the higher committee (备案, DEVELOP-REG Art. 13). */
  TARGET_FILING,
  /** Two full members are assigned as introducers (入党介绍人, DEVELOP-REG Art. 14). */
  INTRODUCERS,
  /** The political review (政治审查) is completed. */
  POLITICAL_REVIEW,
  /** The short concentrated training is completed (集中培训, DEVELOP-REG Art. 17). */
  TRAINING,
  /** The primary committee's pre-review is completed (预审, DEVELOP-REG Art. 19). */
  PRE_REVIEW,
  /** The local publicity (公示) of the development target starts. */
  PUBLICITY,
  /** The branch general meeting votes to admit the development target (支部大会讨论). */
  BRANCH_MEETING,
  /** The primary committee extends the time it takes to approve the admission. */
  APPROVAL_EXTENSION,
  /** The primary committee approves the admission (审批); probation starts. */
  APPROVAL,
  /** The primary committee does not approve the admission. */
  REFUSAL,
  /** The probationary member becomes a full member (转正, DEVELOP-REG Art. 32). */
  CONVERSION,
  /** The probation is extended (延长预备期, DEVELOP-REG Art. 32). */
  PROBATION_EXTENSION,
  /** The probationary status is cancelled (取消预备党员资格, DEVELOP-REG Art. 32). */
  CANCELLATION,
  /** The person leaves the development process (withdrawal or leaving the unit). */
  WITHDRAWAL;

  /**
   * Returns the key of this step's label, {@code enum.WorkflowStep.<NAME>}.
   *
   * @return the message key
   */
  @Override
  public String messageKey() {
    return "enum.WorkflowStep." + name();
  }
}
