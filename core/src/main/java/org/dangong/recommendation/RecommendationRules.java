package org.dangong.recommendation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.dangong.decision.Rule;
import org.dangong.decision.RuleId;
import org.dangong.policy.Citation;
import org.dangong.policy.Parameters;
import org.dangong.policy.PolicyParameter;
import org.dangong.policy.Source;

/**
 * The rules of the recommendation workflows: DUAL-REC-1 (the union chair recommended to head the
 * party organisation to be founded), DUAL-REC-2 (推优) and the membership-development timeline of
 * DEVELOP-REG that a 推优 recommendation starts.
 *
 * <p>Rule ids start with the seed practice: {@code DUAL-REC-1.*}, {@code DUAL-REC-2.*}, and {@code
 * DUAL-REC.*} for the integrity of every workflow's history (events in sequence, in date order,
 * about a known person). Each step of a workflow has a rule, the clause the audit trail records the
 * step under; each guard has a rule, the one a rejection names.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RecommendationRules {
  private static final ImmutableSet<String> BOTH = ImmutableSet.of("DUAL-REC-1", "DUAL-REC-2");
  private static final ImmutableSet<String> REC_1 = ImmutableSet.of("DUAL-REC-1");
  private static final ImmutableSet<String> REC_1_U2P = ImmutableSet.of("DUAL-REC-1", "MUTUAL-U2P");
  private static final ImmutableSet<String> REC_2 = ImmutableSet.of("DUAL-REC-2");

  private static final Citation SEED_REC_1 =
      Citation.of(Source.SEED, "DUAL-REC-1", "双荐: 已建工会未建党组织的, 工会推荐党员工会主席作为党组织负责人候选人");
  private static final Citation SEED_REC_2 =
      Citation.of(Source.SEED, "DUAL-REC-2", "双荐: 工会组织推荐优秀工会工作者作为入党积极分子");
  private static final Citation SEED_U2P =
      Citation.of(Source.SEED, "MUTUAL-U2P", "互为依托建 (建会未建党): 工会先行、扩大影响、创造条件、建立组织");
  private static final Citation NONPUBLIC =
      Citation.of(
              Source.NONPUBLIC_OPINION, "non-public enterprises", "也可以由党员身份的工会主席通过法定程序担任党组织书记、副书记。")
          .withNote("Attribution of the opinion unconfirmed.");
  private static final Citation FOUNDING_PROCEDURE =
      Parameters.BRANCH_FOUNDING_REPLY_WITHIN.nationalCitations().get(0);
  private static final Citation ART_8 =
      Citation.of(
          Source.DEVELOP_REG,
          "Art. 8",
          "在入党申请人中确定入党积极分子，应当采取党员推荐、群团组织推优等方式产生人选，由支部委员会（不设支部委员会的由支部大会）研究决定，并报上级党委备案。");
  private static final Citation POLITICAL_REVIEW_CLAUSE =
      Citation.of(
              Source.DEVELOP_REG,
              "political review",
              "Political review before admission (content listed in DEVELOP-REG).")
          .withNote("The clause list gives no article number.");

  private RecommendationRules() {}

  // ---- Integrity of every workflow ----

  /** Each event comes at a stage that allows it, after the steps it needs, and only once. */
  public static final Rule EVENT_IN_SEQUENCE = rule("DUAL-REC.EVENT-IN-SEQUENCE", BOTH);

  /** No event is dated before the previous event of the same workflow. */
  public static final Rule EVENT_DATE_ORDER = rule("DUAL-REC.EVENT-DATE-ORDER", BOTH);

  /** An event is about the workflow's person or enterprise, and every person it names is known. */
  public static final Rule KNOWN_PERSON = rule("DUAL-REC.KNOWN-PERSON", BOTH);

  // ---- DUAL-REC-1: the union chair as candidate to head the party organisation ----

  /** The union proposes its chair as candidate to head the party organisation to be founded. */
  public static final Rule CANDIDACY_PROPOSAL =
      rule("DUAL-REC-1.PROPOSAL", REC_1_U2P, SEED_REC_1, SEED_U2P, NONPUBLIC);

  /** The candidate chairs the union of the enterprise. */
  public static final Rule CHAIR_OF_THE_UNION =
      rule("DUAL-REC-1.CHAIR-OF-THE-UNION", REC_1, SEED_REC_1, NONPUBLIC);

  /** The candidate is a full party member (正式党员). */
  public static final Rule CANDIDATE_FULL_MEMBER =
      rule(
          "DUAL-REC-1.FULL-MEMBER",
          REC_1,
          SEED_REC_1,
          Parameters.BRANCH_MIN_FULL_MEMBERS.nationalCitations().get(0));

  /** The candidate has the party standing a branch secretary should have (BRANCH-REG Art. 23). */
  public static final Rule CANDIDATE_PARTY_STANDING =
      rule("DUAL-REC-1.PARTY-STANDING", REC_1, Parameters.SECRETARY_MIN_PARTY_STANDING);

  /** The enterprise has no party organisation yet, or one being founded. */
  public static final Rule NO_PARTY_ORGANIZATION =
      rule("DUAL-REC-1.NO-PARTY-ORGANIZATION", REC_1_U2P, SEED_REC_1, SEED_U2P);

  /** The union committee endorses the proposal. */
  public static final Rule UNION_ENDORSEMENT =
      rule("DUAL-REC-1.UNION-ENDORSEMENT", REC_1, SEED_REC_1);

  /** The proposal is submitted to the higher party organisation. */
  public static final Rule SUBMISSION = rule("DUAL-REC-1.SUBMISSION", REC_1, FOUNDING_PROCEDURE);

  /**
   * The higher party organisation examines the candidate and replies within the period of {@link
   * Parameters#BRANCH_FOUNDING_REPLY_WITHIN}.
   */
  public static final Rule EXAMINATION =
      rule("DUAL-REC-1.EXAMINATION", REC_1, Parameters.BRANCH_FOUNDING_REPLY_WITHIN);

  /**
   * The founding meeting: a branch needs {@link Parameters#BRANCH_MIN_FULL_MEMBERS} full members,
   * with fewer it is founded as a joint branch (BRANCH-REG Art. 4, 5).
   */
  public static final Rule FOUNDING_MEETING =
      rule(
          "DUAL-REC-1.FOUNDING-MEETING",
          REC_1_U2P,
          Parameters.BRANCH_MIN_FULL_MEMBERS.nationalCitations().get(0),
          Citation.of(
              Source.BRANCH_REG, "Art. 5", "正式党员不足3人的单位，应当按照地域相邻、行业相近、规模适当、便于管理的原则，成立联合党支部。"));

  // ---- DUAL-REC-2 and the membership-development timeline (DEVELOP-REG) ----

  /** An application to join the party is received. */
  public static final Rule APPLICATION =
      rule("DUAL-REC-2.APPLICATION", REC_2, Parameters.APPLICANT_MIN_AGE);

  /** Applicants and union nominees are aged {@link Parameters#APPLICANT_MIN_AGE} or more. */
  public static final Rule APPLICANT_AGE =
      rule("DUAL-REC-2.APPLICANT-AGE", REC_2, Parameters.APPLICANT_MIN_AGE);

  /** A person applying or recommended is not already an activist or a member. */
  public static final Rule NOT_YET_ACTIVIST_OR_MEMBER =
      rule("DUAL-REC-2.NOT-YET-ACTIVIST-OR-MEMBER", REC_2, SEED_REC_2, ART_8);

  /** The party organisation talks with the applicant within one month (DEVELOP-REG Art. 7). */
  public static final Rule TALK =
      rule("DUAL-REC-2.TALK", REC_2, Parameters.APPLICATION_TALK_WITHIN);

  /** The union nominates an outstanding union worker (推优). */
  public static final Rule UNION_NOMINATION =
      rule("DUAL-REC-2.UNION-NOMINATION", REC_2, SEED_REC_2, ART_8);

  /** The union's nominee is an active member of the union. */
  public static final Rule UNION_MEMBER = rule("DUAL-REC-2.UNION-MEMBER", REC_2, SEED_REC_2);

  /** Activists are chosen among applicants (DEVELOP-REG Art. 8): the person has applied. */
  public static final Rule HAS_APPLIED = rule("DUAL-REC-2.HAS-APPLIED", REC_2, ART_8);

  /** The union committee decides to recommend its nominee. */
  public static final Rule UNION_RECOMMENDATION =
      rule("DUAL-REC-2.UNION-RECOMMENDATION", REC_2, SEED_REC_2, ART_8);

  /**
   * The branch committee determines the activist from a 推优 recommendation or party members'
   * recommendation (DEVELOP-REG Art. 8).
   */
  public static final Rule ACTIVIST = rule("DUAL-REC-2.ACTIVIST", REC_2, ART_8);

  /** Activists and development targets are filed with the higher committee (Art. 8, 13). */
  public static final Rule FILING =
      rule(
          "DUAL-REC-2.FILING",
          REC_2,
          ART_8,
          Parameters.ACTIVIST_MIN_CULTIVATION.nationalCitations().get(0));

  /** The branch reviews each activist every six months (DEVELOP-REG Art. 11). */
  public static final Rule ACTIVIST_REVIEW =
      rule("DUAL-REC-2.ACTIVIST-REVIEW", REC_2, Parameters.ACTIVIST_REVIEW_INTERVAL);

  /** The branch committee determines a development target (DEVELOP-REG Art. 13). */
  public static final Rule DEVELOPMENT_TARGET =
      rule("DUAL-REC-2.DEVELOPMENT-TARGET", REC_2, Parameters.ACTIVIST_MIN_CULTIVATION);

  /** A development target has been cultivated for one year or more (DEVELOP-REG Art. 13). */
  public static final Rule CULTIVATION_PERIOD =
      rule("DUAL-REC-2.CULTIVATION-PERIOD", REC_2, Parameters.ACTIVIST_MIN_CULTIVATION);

  /** Two full members not under 留党察看 introduce the development target (DEVELOP-REG Art. 14). */
  public static final Rule INTRODUCERS =
      rule("DUAL-REC-2.INTRODUCERS", REC_2, Parameters.INTRODUCERS_REQUIRED);

  /** The political review of the development target. */
  public static final Rule POLITICAL_REVIEW =
      rule("DUAL-REC-2.POLITICAL-REVIEW", REC_2, POLITICAL_REVIEW_CLAUSE);

  /** The training lasts at least three days or 24 class hours (DEVELOP-REG Art. 17). */
  public static final Rule TRAINING =
      rule("DUAL-REC-2.TRAINING", REC_2, Parameters.TRAINING_MIN_DAYS);

  /**
   * The pre-review; a target leaving the unit within three months is generally not admitted
   * (DEVELOP-REG Art. 19).
   */
  public static final Rule PRE_REVIEW =
      rule("DUAL-REC-2.PRE-REVIEW", REC_2, Parameters.PRE_REVIEW_LEAVING_WINDOW);

  /** Local publicity (公示) of the development target for a number of working days. */
  public static final Rule PUBLICITY =
      rule("DUAL-REC-2.PUBLICITY", REC_2, Parameters.ADMISSION_PUBLICITY_WORKING_DAYS);

  /** The branch general meeting discusses and votes on each admission. */
  public static final Rule ADMISSION_VOTE =
      rule("DUAL-REC-2.ADMISSION-VOTE", REC_2, Parameters.ADMISSION_VOTE_MAJORITY);

  /** The meeting needs more than half of those entitled to vote. */
  public static final Rule MEETING_QUORUM =
      rule("DUAL-REC-2.MEETING-QUORUM", REC_2, Parameters.ADMISSION_MEETING_QUORUM);

  /**
   * Admission needs yes votes from more than half of the full members entitled to vote, written
   * opinions of absent members counted.
   */
  public static final Rule ADMISSION_MAJORITY =
      rule("DUAL-REC-2.ADMISSION-MAJORITY", REC_2, Parameters.ADMISSION_VOTE_MAJORITY);

  /** The primary committee approves within three months, extended to at most six. */
  public static final Rule APPROVAL =
      rule(
          "DUAL-REC-2.APPROVAL",
          REC_2,
          Parameters.ADMISSION_APPROVAL_WITHIN.nationalCitations().get(0));

  /**
   * Probation lasts one year from the branch meeting; conversion or extension is decided at its
   * end, cancellation at any time (DEVELOP-REG Art. 32).
   */
  public static final Rule PROBATION =
      rule("DUAL-REC-2.PROBATION", REC_2, Parameters.PROBATION_PERIOD);

  /** A probation may be extended once, by six to twelve months (DEVELOP-REG Art. 32). */
  public static final Rule PROBATION_EXTENSION =
      rule("DUAL-REC-2.PROBATION-EXTENSION", REC_2, Parameters.PROBATION_EXTENSION_MIN);

  /** The person leaves the development process before membership. */
  public static final Rule WITHDRAWAL = rule("DUAL-REC-2.WITHDRAWAL", REC_2);

  private static final ImmutableList<Rule> ALL =
      ImmutableList.sortedCopyOf(
          ImmutableList.of(
              EVENT_IN_SEQUENCE,
              EVENT_DATE_ORDER,
              KNOWN_PERSON,
              CANDIDACY_PROPOSAL,
              CHAIR_OF_THE_UNION,
              CANDIDATE_FULL_MEMBER,
              CANDIDATE_PARTY_STANDING,
              NO_PARTY_ORGANIZATION,
              UNION_ENDORSEMENT,
              SUBMISSION,
              EXAMINATION,
              FOUNDING_MEETING,
              APPLICATION,
              APPLICANT_AGE,
              NOT_YET_ACTIVIST_OR_MEMBER,
              TALK,
              UNION_NOMINATION,
              UNION_MEMBER,
              HAS_APPLIED,
              UNION_RECOMMENDATION,
              ACTIVIST,
              FILING,
              ACTIVIST_REVIEW,
              DEVELOPMENT_TARGET,
              CULTIVATION_PERIOD,
              INTRODUCERS,
              POLITICAL_REVIEW,
              TRAINING,
              PRE_REVIEW,
              PUBLICITY,
              ADMISSION_VOTE,
              MEETING_QUORUM,
              ADMISSION_MAJORITY,
              APPROVAL,
              PROBATION,
              PROBATION_EXTENSION,
              WITHDRAWAL));

  /**
   * Returns every rule of this package, sorted by id.
   *
   * @return the rules
   */
  public static ImmutableList<Rule> all() {
    return ALL;
  }

  /**
   * Returns the rule under which a step is recorded in the audit trail.
   *
   * @param step the step
   * @return its rule, such as {@link #TALK} for {@link WorkflowStep#TALK}
   */
  public static Rule of(WorkflowStep step) {
    switch (step) {
      case CANDIDACY_PROPOSAL:
        return CANDIDACY_PROPOSAL;
      case UNION_ENDORSEMENT:
        return UNION_ENDORSEMENT;
      case SUBMISSION:
        return SUBMISSION;
      case EXAMINATION:
      case CANDIDATE_ACCEPTANCE:
      case CANDIDATE_REJECTION:
        return EXAMINATION;
      case FOUNDING_MEETING:
        return FOUNDING_MEETING;
      case APPLICATION:
        return APPLICATION;
      case TALK:
        return TALK;
      case UNION_NOMINATION:
        return UNION_NOMINATION;
      case UNION_RECOMMENDATION:
        return UNION_RECOMMENDATION;
      case ACTIVIST_DETERMINATION:
        return ACTIVIST;
      case ACTIVIST_FILING:
      case TARGET_FILING:
        return FILING;
      case ACTIVIST_REVIEW:
        return ACTIVIST_REVIEW;
      case TARGET_DETERMINATION:
        return DEVELOPMENT_TARGET;
      case INTRODUCERS:
        return INTRODUCERS;
      case POLITICAL_REVIEW:
        return POLITICAL_REVIEW;
      case TRAINING:
        return TRAINING;
      case PRE_REVIEW:
        return PRE_REVIEW;
      case PUBLICITY:
        return PUBLICITY;
      case BRANCH_MEETING:
        return ADMISSION_VOTE;
      case APPROVAL_EXTENSION:
      case APPROVAL:
      case REFUSAL:
        return APPROVAL;
      case CONVERSION:
      case CANCELLATION:
        return PROBATION;
      case PROBATION_EXTENSION:
        return PROBATION_EXTENSION;
      case WITHDRAWAL:
      default:
        return WITHDRAWAL;
    }
  }

  private static Rule rule(String id, ImmutableSet<String> practices, Citation... citations) {
    return Rule.of(RuleId.of(id), practices, ImmutableList.copyOf(citations));
  }

  private static Rule rule(
      String id, ImmutableSet<String> practices, PolicyParameter<?> parameter) {
    return Rule.of(RuleId.of(id), practices, parameter.nationalCitations());
  }
}
