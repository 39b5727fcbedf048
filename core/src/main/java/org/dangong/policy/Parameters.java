package org.dangong.policy;

import static org.dangong.policy.Source.BRANCH_REG;
import static org.dangong.policy.Source.CHAIR_RULES;
import static org.dangong.policy.Source.DEVELOP_REG;
import static org.dangong.policy.Source.LOCAL;
import static org.dangong.policy.Source.PARTY_CONST;
import static org.dangong.policy.Source.SEED;
import static org.dangong.policy.Source.TERM_OPINION;
import static org.dangong.policy.Source.UNION_LAW;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Period;
import java.util.Comparator;
import java.util.Optional;

/**
 * Every parameter of a {@link Policy}, with its national default and the clause it comes from.
 *
 * <p>Each constant's id is its name. Numbers that the law does not fix, local practice and defaults
 * borrowed from another regulation say so in their citation's note: they are parameters precisely
 * so that a locality can set its own value with {@code Policy.national().toBuilder().set(...)},
 * never by a code edit.
 *
 * <p>Adding a parameter is adding one constant here (and its title to the message bundles): {@link
 * #all()} finds it, {@link Policy#national()} gives it its default, and the completeness test
 * checks its title and citation.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Parameters {
  private Parameters() {}

  // ---- Party organisations (党组织) ----

  /**
   * Full members (正式党员) needed to found a party branch: 3. Probationary members do not count.
   * BRANCH-REG Art. 4; PARTY-CONST Art. 30.
   */
  public static final PolicyParameter<Integer> BRANCH_MIN_FULL_MEMBERS =
      count(
          "BRANCH_MIN_FULL_MEMBERS",
          3,
          Constraint.atLeast(1),
          Citation.of(BRANCH_REG, "Art. 4", "凡是有正式党员3人以上的，都应当成立党支部。")
              .withNote("Counts full members (正式党员) only; probationary members do not count."),
          Citation.of(PARTY_CONST, "Art. 30", "凡是有正式党员三人以上的，都应当成立党的基层组织。"));

  /** Full members from which a branch sets up a branch committee (支部委员会): 7. BRANCH-REG Art. 20. */
  public static final PolicyParameter<Integer> BRANCH_COMMITTEE_MIN_FULL_MEMBERS =
      count(
          "BRANCH_COMMITTEE_MIN_FULL_MEMBERS",
          7,
          Constraint.atLeast(1),
          Citation.of(BRANCH_REG, "Art. 20", "有正式党员7人以上的党支部，应当设立党支部委员会。"));

  /** Members a branch should generally not exceed (advisory, 一般): 50. BRANCH-REG Art. 4. */
  public static final PolicyParameter<Integer> BRANCH_ADVISORY_MAX_MEMBERS =
      count(
          "BRANCH_ADVISORY_MAX_MEMBERS",
          50,
          Constraint.atLeast(1),
          Citation.of(BRANCH_REG, "Art. 4", "党支部党员人数一般不超过50人。")
              .withNote(
                  "Advisory (一般): exceeding it calls for advice, not a finding of violation."));

  /**
   * Members from which a general branch (总支部委员会) is the default form: 50. A default policy
   * parameter taken from the 机关 regulation, not enterprise law.
   */
  public static final PolicyParameter<Integer> GENERAL_BRANCH_MIN_MEMBERS =
      count(
          "GENERAL_BRANCH_MIN_MEMBERS",
          50,
          Constraint.atLeast(1),
          Citation.of(PARTY_CONST, "Art. 30", "根据工作需要和党员人数，经上级党组织批准，分别设立党的基层委员会、总支部委员会、支部委员会。")
              .withNote(
                  "Default policy parameter, not enterprise law: the 50 comes from the 机关"
                      + " regulation (“党员50人以上、100人以下的，设立党的总支部委员会”; 农村:"
                      + " “超过50人…可以成立党的总支部”); BRANCH-REG sets no such threshold."));

  /**
   * Members from which a primary committee (基层委员会) is the default form: 100. A default policy
   * parameter taken from the 机关 regulation, not enterprise law.
   */
  public static final PolicyParameter<Integer> PRIMARY_COMMITTEE_MIN_MEMBERS =
      count(
          "PRIMARY_COMMITTEE_MIN_MEMBERS",
          100,
          Constraint.atLeast(1),
          Citation.of(PARTY_CONST, "Art. 30", "根据工作需要和党员人数，经上级党组织批准，分别设立党的基层委员会、总支部委员会、支部委员会。")
              .withNote(
                  "Default policy parameter, not enterprise law: the 100 comes from the 机关"
                      + " regulation (“党员100人以上的，设立党的基层委员会”; 农村:"
                      + " “100人以上…经县级地方党委批准，可以成立党的基层委员会”); BRANCH-REG sets no"
                      + " such threshold."));

  /**
   * Units a joint branch (联合党支部) should generally cover at most: 5 (at least 2). BRANCH-REG Art. 5.
   */
  public static final PolicyParameter<Integer> JOINT_BRANCH_MAX_UNITS =
      count(
          "JOINT_BRANCH_MAX_UNITS",
          5,
          Constraint.atLeast(2),
          Citation.of(BRANCH_REG, "Art. 5", "联合党支部覆盖单位一般不超过5个。"));

  /** Party standing (党龄) a branch secretary should generally have: 1 year. BRANCH-REG Art. 23. */
  public static final PolicyParameter<Period> SECRETARY_MIN_PARTY_STANDING =
      period(
          "SECRETARY_MIN_PARTY_STANDING",
          Period.ofYears(1),
          Constraint.notNegativePeriod(),
          Citation.of(BRANCH_REG, "Art. 23", "党支部书记一般应当具有1年以上党龄。"));

  /** Term of a branch committee, in years: 3. TERM-OPINION §1; BRANCH-REG Art. 21. */
  public static final PolicyParameter<Integer> BRANCH_TERM_YEARS =
      count(
          "BRANCH_TERM_YEARS",
          3,
          Constraint.atLeast(1),
          Citation.of(TERM_OPINION, "§1", "党的总支部委员会、支部委员会每届任期一般为3年"),
          Citation.of(BRANCH_REG, "Art. 21", "其他基层单位党支部委员会一般每届任期3年。"));

  /** Term of a primary committee, in years: 5. TERM-OPINION §1. */
  public static final PolicyParameter<Integer> PRIMARY_COMMITTEE_TERM_YEARS =
      count(
          "PRIMARY_COMMITTEE_TERM_YEARS",
          5,
          Constraint.atLeast(1),
          Citation.of(TERM_OPINION, "§1", "党的基层委员会每届任期一般为5年"));

  /** How long an election may generally be postponed: 1 year. TERM-OPINION §2. */
  public static final PolicyParameter<Period> ELECTION_POSTPONEMENT_MAX =
      period(
          "ELECTION_POSTPONEMENT_MAX",
          Period.ofYears(1),
          Constraint.notNegativePeriod(),
          Citation.of(
              TERM_OPINION,
              "§2",
              "postponing or advancing an election needs the higher committee's approval,"
                  + " “一般不超过1年”"));

  /**
   * Within how long the higher party organisation replies to an application to found a branch: 1
   * month. BRANCH-REG (founding procedure); used for the reply to a DUAL-REC-1 candidacy.
   */
  public static final PolicyParameter<Period> BRANCH_FOUNDING_REPLY_WITHIN =
      period(
          "BRANCH_FOUNDING_REPLY_WITHIN",
          Period.ofMonths(1),
          Constraint.positivePeriod(),
          Citation.of(
                  BRANCH_REG,
                  "founding procedure",
                  "the unit applies, the township/subdistrict or unit party committee decides,"
                      + " “批复时间一般不超过1个月”")
              .withNote(
                  "Q&A wording of the founding procedure; the clause list gives no article number."
                      + " Applied to the higher organisation's reply on a union chair's candidacy"
                      + " (DUAL-REC-1)."));

  // ---- Party membership development (发展党员) ----

  /** Minimum age of an applicant for party membership: 18. DEVELOP-REG Art. 5. */
  public static final PolicyParameter<Integer> APPLICANT_MIN_AGE =
      count(
          "APPLICANT_MIN_AGE",
          18,
          Constraint.atLeast(0),
          Citation.of(DEVELOP_REG, "Art. 5", "年满十八岁"));

  /**
   * Within how long of an application the party organisation talks with the applicant: 1 month.
   * DEVELOP-REG Art. 7.
   */
  public static final PolicyParameter<Period> APPLICATION_TALK_WITHIN =
      period(
          "APPLICATION_TALK_WITHIN",
          Period.ofMonths(1),
          Constraint.positivePeriod(),
          Citation.of(
              DEVELOP_REG,
              "Art. 7",
              "the party organisation talks with an applicant within one month of receiving the"
                  + " application"));

  /** How often the branch reviews each activist (入党积极分子): every 6 months. DEVELOP-REG Art. 11. */
  public static final PolicyParameter<Period> ACTIVIST_REVIEW_INTERVAL =
      period(
          "ACTIVIST_REVIEW_INTERVAL",
          Period.ofMonths(6),
          Constraint.positivePeriod(),
          Citation.of(DEVELOP_REG, "Art. 11", "the branch reviews each activist every six months"));

  /**
   * Cultivation before an activist may become a development target: 1 year. DEVELOP-REG Art. 13.
   */
  public static final PolicyParameter<Period> ACTIVIST_MIN_CULTIVATION =
      period(
          "ACTIVIST_MIN_CULTIVATION",
          Period.ofYears(1),
          Constraint.notNegativePeriod(),
          Citation.of(
              DEVELOP_REG,
              "Art. 13",
              "after one year or more of cultivation an activist may become a development target"
                  + " (发展对象), decided by the branch committee and filed with the higher"
                  + " committee"));

  /** Full members needed as introducers (入党介绍人): 2. DEVELOP-REG Art. 14. */
  public static final PolicyParameter<Integer> INTRODUCERS_REQUIRED =
      count(
          "INTRODUCERS_REQUIRED",
          2,
          Constraint.atLeast(1),
          Citation.of(
              DEVELOP_REG,
              "Art. 14",
              "two full members as introducers; a member under 留党察看 who has not had rights"
                  + " restored cannot introduce"));

  /** Minimum days of a development target's concentrated training: 3. DEVELOP-REG Art. 17. */
  public static final PolicyParameter<Integer> TRAINING_MIN_DAYS =
      count(
          "TRAINING_MIN_DAYS",
          3,
          Constraint.atLeast(0),
          Citation.of(DEVELOP_REG, "Art. 17", "一般不少于三天（或不少于二十四个学时）")
              .withNote("Either suffices: the days or the class hours of TRAINING_MIN_HOURS."));

  /**
   * Minimum class hours (学时) of that training, the alternative to the days: 24. DEVELOP-REG Art.
   * 17.
   */
  public static final PolicyParameter<Integer> TRAINING_MIN_HOURS =
      count(
          "TRAINING_MIN_HOURS",
          24,
          Constraint.atLeast(0),
          Citation.of(DEVELOP_REG, "Art. 17", "一般不少于三天（或不少于二十四个学时）")
              .withNote("Either suffices: these class hours or the days of TRAINING_MIN_DAYS."));

  /**
   * A development target leaving the unit within this window of the pre-review is generally not
   * admitted: 3 months. DEVELOP-REG Art. 19.
   */
  public static final PolicyParameter<Period> PRE_REVIEW_LEAVING_WINDOW =
      period(
          "PRE_REVIEW_LEAVING_WINDOW",
          Period.ofMonths(3),
          Constraint.notNegativePeriod(),
          Citation.of(
              DEVELOP_REG,
              "Art. 19",
              "pre-review by the primary committee with approval authority; a target leaving the"
                  + " unit within three months is generally not admitted"));

  /**
   * Quorum of the branch general meeting that admits members: more than 1/2 of those entitled to
   * vote. DEVELOP-REG (branch general meeting).
   */
  public static final PolicyParameter<Ratio> ADMISSION_MEETING_QUORUM =
      ratio(
          "ADMISSION_MEETING_QUORUM",
          Ratio.moreThan(1, 2),
          Citation.of(
                  DEVELOP_REG,
                  "branch general meeting",
                  "Branch general meeting: quorum is more than half of those entitled to vote")
              .withNote("The clause list gives no article number."));

  /**
   * Yes votes that admit a member: more than 1/2 of the full members entitled to vote, written
   * opinions of absent voters counting. DEVELOP-REG (branch general meeting).
   */
  public static final PolicyParameter<Ratio> ADMISSION_VOTE_MAJORITY =
      ratio(
          "ADMISSION_VOTE_MAJORITY",
          Ratio.moreThan(1, 2),
          Citation.of(
                  DEVELOP_REG,
                  "branch general meeting",
                  "admission needs yes votes from more than half of the full members entitled to"
                      + " vote (written opinions of absent voters count); each target is discussed"
                      + " and voted separately")
              .withNote("The clause list gives no article number."));

  /**
   * Within how long the primary committee approves an admission: 3 months. DEVELOP-REG
   * (approval).
   */
  public static final PolicyParameter<Period> ADMISSION_APPROVAL_WITHIN =
      period(
          "ADMISSION_APPROVAL_WITHIN",
          Period.ofMonths(3),
          Constraint.positivePeriod(),
          Citation.of(
                  DEVELOP_REG,
                  "approval",
                  "Approval by the primary committee within 3 months, extendable to at most 6.")
              .withNote("The clause list gives no article number."));

  /**
   * The longest the approval of an admission may take when extended: 6 months. DEVELOP-REG
   * (approval).
   */
  public static final PolicyParameter<Period> ADMISSION_APPROVAL_MAX =
      period(
          "ADMISSION_APPROVAL_MAX",
          Period.ofMonths(6),
          Constraint.positivePeriod(),
          Citation.of(
                  DEVELOP_REG,
                  "approval",
                  "Approval by the primary committee within 3 months, extendable to at most 6.")
              .withNote("The clause list gives no article number."));

  /** Probation (预备期) from the branch meeting: 1 year. DEVELOP-REG Art. 32. */
  public static final PolicyParameter<Period> PROBATION_PERIOD =
      period("PROBATION_PERIOD", Period.ofYears(1), Constraint.positivePeriod(), probationClause());

  /** Shortest extension of a probation: 6 months. DEVELOP-REG Art. 32. */
  public static final PolicyParameter<Period> PROBATION_EXTENSION_MIN =
      period(
          "PROBATION_EXTENSION_MIN",
          Period.ofMonths(6),
          Constraint.positivePeriod(),
          probationClause());

  /** Longest extension of a probation: 12 months. DEVELOP-REG Art. 32. */
  public static final PolicyParameter<Period> PROBATION_EXTENSION_MAX =
      period(
          "PROBATION_EXTENSION_MAX",
          Period.ofMonths(12),
          Constraint.positivePeriod(),
          probationClause());

  /** How many times a probation may be extended: once. DEVELOP-REG Art. 32. */
  public static final PolicyParameter<Integer> PROBATION_MAX_EXTENSIONS =
      count("PROBATION_MAX_EXTENSIONS", 1, Constraint.atLeast(0), probationClause());

  /** Whether admissions are publicised (公示): false. Local practice, off by default. */
  public static final PolicyParameter<Boolean> ADMISSION_PUBLICITY_ENABLED =
      flag("ADMISSION_PUBLICITY_ENABLED", false, admissionPublicityClause());

  /** Working days of that publicity when enabled: 5. Local practice. */
  public static final PolicyParameter<Integer> ADMISSION_PUBLICITY_WORKING_DAYS =
      count(
          "ADMISSION_PUBLICITY_WORKING_DAYS", 5, Constraint.atLeast(1), admissionPublicityClause());

  // ---- Unions (工会) ----

  /**
   * Members from which an employer must have a union committee (基层工会委员会): 25. UNION-LAW Art. 11.
   */
  public static final PolicyParameter<Integer> UNION_COMMITTEE_MIN_MEMBERS =
      count(
          "UNION_COMMITTEE_MIN_MEMBERS",
          25,
          Constraint.atLeast(1),
          Citation.of(UNION_LAW, "Art. 11", "用人单位有会员二十五人以上的，应当建立基层工会委员会"));

  /** Staff from which a union may have a full-time chair (专职工会主席): 200. UNION-LAW Art. 14. */
  public static final PolicyParameter<Integer> FULL_TIME_CHAIR_MIN_STAFF =
      count(
          "FULL_TIME_CHAIR_MIN_STAFF",
          200,
          Constraint.atLeast(1),
          Citation.of(UNION_LAW, "Art. 14", "职工二百人以上的企业、事业单位、社会组织的工会，可以设专职工会主席。")
              .withNote("Permissive (可以): from this size a full-time chair may be set up."));

  /**
   * Female staff from which a union may set up a women workers' committee (女职工委员会): 10. The law
   * says only "女职工人数较多的"; the number is a policy choice, not law.
   */
  public static final PolicyParameter<Integer> WOMENS_COMMITTEE_MIN_FEMALE_STAFF =
      count(
          "WOMENS_COMMITTEE_MIN_FEMALE_STAFF",
          10,
          Constraint.atLeast(1),
          Citation.of(UNION_LAW, "Art. 11", "女职工人数较多的，可以建立工会女职工委员会…女职工人数较少的，可以在工会委员会中设女职工委员。")
              .withNote(
                  "The law names no number (“较多”): the default 10 is a policy choice of this"
                      + " library, not law; set the local figure."));

  /** Allowed terms of a union committee, in years: 3 or 5. UNION-LAW Art. 16. */
  public static final PolicyParameter<ImmutableSet<Integer>> UNION_TERM_YEARS =
      new PolicyParameter<>(
          "UNION_TERM_YEARS",
          ImmutableSet.class,
          Constraint.notEmptySetAllAtLeast(1),
          ImmutableSet.of(3, 5),
          ImmutableList.of(Citation.of(UNION_LAW, "Art. 16", "基层工会委员会每届任期三年或者五年。")));

  /** Whether union chair candidates must outnumber the seats (差额): true. CHAIR-RULES Art. 7–11. */
  public static final PolicyParameter<Boolean> CHAIR_CANDIDATES_EXCEED_SEATS =
      flag("CHAIR_CANDIDATES_EXCEED_SEATS", true, chairNominationClause());

  /** Publicity (公示) of union chair candidates: 7 days. CHAIR-RULES Art. 7–11. */
  public static final PolicyParameter<Period> CHAIR_PUBLICITY_PERIOD =
      period(
          "CHAIR_PUBLICITY_PERIOD",
          Period.ofDays(7),
          Constraint.positivePeriod(),
          chairNominationClause());

  /**
   * Quorum of a union chair election: at least 2/3 of those due to attend. CHAIR-RULES Art. 14–16.
   */
  public static final PolicyParameter<Ratio> CHAIR_ELECTION_QUORUM =
      ratio("CHAIR_ELECTION_QUORUM", Ratio.atLeast(2, 3), chairVoteClause());

  /**
   * Yes votes that elect a union chair: more than 1/2 of those due to attend with the right to
   * vote. CHAIR-RULES Art. 14–16.
   */
  public static final PolicyParameter<Ratio> CHAIR_ELECTION_MAJORITY =
      ratio("CHAIR_ELECTION_MAJORITY", Ratio.moreThan(1, 2), chairVoteClause());

  /** Within how long a vacant union chair is filled: 3 months. CHAIR-RULES Art. 18. */
  public static final PolicyParameter<Period> CHAIR_VACANCY_FILL_WITHIN =
      period(
          "CHAIR_VACANCY_FILL_WITHIN",
          Period.ofMonths(3),
          Constraint.positivePeriod(),
          Citation.of(CHAIR_RULES, "Art. 18", "a vacant chair is filled within three months"));

  /**
   * Whether a union chair must be an active member of the union they chair: true. The checked
   * clauses do not say so in words; a policy parameter resting on MEMBERSHIP-RULES Art. 3.
   */
  public static final PolicyParameter<Boolean> CHAIR_MUST_BE_UNION_MEMBER =
      flag(
          "CHAIR_MUST_BE_UNION_MEMBER",
          true,
          Citation.of(Source.MEMBERSHIP_RULES, "Art. 3", "会员劳动（工作）关系在哪里，会籍就在哪里，实行一次入会、动态接转。")
              .withNote(
                  "Policy parameter, not a quoted clause: the checked clauses do not say in words"
                      + " that a chair must be a member of the union; the chair is elected from"
                      + " its members, whose membership is held where they work."));

  /**
   * Whether the head of a party organisation must be employed by an enterprise it covers: true.
   * The checked clauses do not say so in words; a policy parameter resting on BRANCH-REG Art. 4–5.
   */
  public static final PolicyParameter<Boolean> PARTY_HEAD_MUST_WORK_IN_COVERED_ENTERPRISE =
      flag(
          "PARTY_HEAD_MUST_WORK_IN_COVERED_ENTERPRISE",
          true,
          Citation.of(BRANCH_REG, "Art. 4–5", "凡是有正式党员3人以上的，都应当成立党支部。…正式党员不足3人的单位，…成立联合党支部。")
              .withNote(
                  "Policy parameter, not a quoted clause: a party organisation is formed by the"
                      + " members of the units it covers, so its secretary is one of them; the"
                      + " checked clauses do not say so in words."));

  // ---- Local practice from the seed (not law) ----

  /**
   * The stages of party and union work done together (JOINT-DEPLOY): deployment, inspection,
   * assessment and commendation. Local practice (Suzhou).
   */
  public static final PolicyParameter<ImmutableSet<JointStage>> JOINT_STAGES =
      new PolicyParameter<>(
          "JOINT_STAGES",
          ImmutableSet.class,
          Constraint.notEmptySetOf(JointStage.class),
          Sets.immutableEnumSet(
              JointStage.DEPLOYMENT,
              JointStage.INSPECTION,
              JointStage.ASSESSMENT,
              JointStage.COMMENDATION),
          ImmutableList.of(
              jointDeployClause()
                  .withNote(
                      "Local practice (Suzhou), not law; other cities name other stages (e.g."
                          + " 同规划、同部署、同督导、同考核).")));

  /**
   * How recent a union chair's joint training must be to count as trained (LEAD-TRAIN): 3 years.
   * Local practice (Suzhou).
   */
  public static final PolicyParameter<Period> UNION_CHAIR_TRAINING_WINDOW =
      period(
          "UNION_CHAIR_TRAINING_WINDOW",
          Period.ofYears(3),
          Constraint.positivePeriod(),
          Citation.of(SEED, "LEAD-TRAIN", "连续三年在市委党校联合举办非公企业工会主席培训班")
              .withNote("Local practice (Suzhou), not law."));

  /**
   * Whether a party act and a union act of the same stage on the same date count as one joint act
   * (JOINT-DEPLOY): true. A local interpretation.
   */
  public static final PolicyParameter<Boolean> JOINT_DEPLOY_SAME_DATE_COUNTS_AS_ONE =
      flag(
          "JOINT_DEPLOY_SAME_DATE_COUNTS_AS_ONE",
          true,
          jointDeployClause()
              .withNote(
                  "Local interpretation (Suzhou), not law: party and union acts of the same stage"
                      + " on the same date count as one joint act."));

  /**
   * Weight of the party-building score in a unit's combined score under joint assessment (同考核):
   * 50, against {@link #JOINT_ASSESSMENT_UNION_SHARE}. A policy choice, not in the seed.
   */
  public static final PolicyParameter<Integer> JOINT_ASSESSMENT_PARTY_SHARE =
      count(
          "JOINT_ASSESSMENT_PARTY_SHARE",
          50,
          Constraint.atLeast(1),
          jointAssessmentChoice(
              "The seed names no weights: the combined score weighs the party-building and the"
                  + " union-building score by these two relative shares (default 50:50); set the"
                  + " local figures."));

  /**
   * Weight of the union-building score in a unit's combined score under joint assessment (同考核):
   * 50, against {@link #JOINT_ASSESSMENT_PARTY_SHARE}. A policy choice, not in the seed.
   */
  public static final PolicyParameter<Integer> JOINT_ASSESSMENT_UNION_SHARE =
      count(
          "JOINT_ASSESSMENT_UNION_SHARE",
          50,
          Constraint.atLeast(1),
          jointAssessmentChoice(
              "The seed names no weights: the combined score weighs the party-building and the"
                  + " union-building score by these two relative shares (default 50:50); set the"
                  + " local figures."));

  /**
   * Combined score (out of 100) from which a unit is graded excellent (优秀): 90. A policy choice,
   * not in the seed.
   */
  public static final PolicyParameter<Integer> JOINT_ASSESSMENT_EXCELLENT_MIN =
      count(
          "JOINT_ASSESSMENT_EXCELLENT_MIN",
          90,
          Constraint.atLeast(0),
          jointAssessmentChoice(gradeThresholdsNote()));

  /**
   * Combined score (out of 100) from which a unit is graded good (良好): 80. A policy choice, not in
   * the seed.
   */
  public static final PolicyParameter<Integer> JOINT_ASSESSMENT_GOOD_MIN =
      count(
          "JOINT_ASSESSMENT_GOOD_MIN",
          80,
          Constraint.atLeast(0),
          jointAssessmentChoice(gradeThresholdsNote()));

  /**
   * Score (out of 100) from which a unit passes (合格), and the pass mark of each side and of each
   * veto item: 60. A policy choice, not in the seed.
   */
  public static final PolicyParameter<Integer> JOINT_ASSESSMENT_PASS_MIN =
      count(
          "JOINT_ASSESSMENT_PASS_MIN",
          60,
          Constraint.atLeast(0),
          jointAssessmentChoice(
              gradeThresholdsNote()
                  + " The same mark decides whether the party-building part, the union-building"
                  + " part and each veto item pass."));

  /**
   * Whether a failing union-building part caps a unit's grade at pass (合格) under joint assessment:
   * true. A policy choice, not in the seed.
   */
  public static final PolicyParameter<Boolean> JOINT_ASSESSMENT_UNION_FAIL_CAPS_GRADE =
      flag(
          "JOINT_ASSESSMENT_UNION_FAIL_CAPS_GRADE",
          true,
          jointAssessmentChoice(
              "Policy choice of this library, not in the seed: under 同考核 a unit whose"
                  + " union-building part fails (or has no target) is graded at most 合格."));

  /**
   * Whether veto items (一票否决) apply: a veto target scoring below the pass mark fails the unit:
   * true. A policy choice, not in the seed.
   */
  public static final PolicyParameter<Boolean> JOINT_ASSESSMENT_VETO_ENABLED =
      flag(
          "JOINT_ASSESSMENT_VETO_ENABLED",
          true,
          jointAssessmentChoice(
              "Policy choice of this library, not in the seed: targets marked as veto items"
                  + " (一票否决) that score below the pass mark fail the unit."));

  /**
   * Combined score (out of 100) a unit needs to be commended (同表彰): 90. A policy choice, not in
   * the seed.
   */
  public static final PolicyParameter<Integer> JOINT_COMMENDATION_MIN_SCORE =
      count(
          "JOINT_COMMENDATION_MIN_SCORE",
          90,
          Constraint.atLeast(0),
          jointAssessmentChoice(
              "The seed names no threshold: by default only units with an excellent combined"
                  + " score (90) may be commended, and under 同表彰 both their party-building and"
                  + " union-building parts must pass."));

  /**
   * How recently founded an enterprise counts as newly founded, so that its party and union
   * organisations are planned together with it (SYNC-BUILD): 1 year. Local practice; the seed
   * names no period.
   */
  public static final PolicyParameter<Period> SYNC_BUILD_NEW_ENTERPRISE_WINDOW =
      period(
          "SYNC_BUILD_NEW_ENTERPRISE_WINDOW",
          Period.ofYears(1),
          Constraint.positivePeriod(),
          Citation.of(SEED, "SYNC-BUILD", "同步建: 党工组织与非公企业的建立发展同步谋划、同步推进")
              .withNote(
                  "Local practice, not law: the seed names no period; how recently founded an"
                      + " enterprise counts as new (default 1 year) is a policy choice."));

  // Declared after every constant: the class initialiser runs in textual order.
  private static final ImmutableList<PolicyParameter<?>> ALL = scan();

  /**
   * Returns every parameter, sorted by id.
   *
   * @return the parameters
   */
  public static ImmutableList<PolicyParameter<?>> all() {
    return ALL;
  }

  /**
   * Finds a parameter by its id.
   *
   * @param id the id, such as {@code BRANCH_MIN_FULL_MEMBERS}
   * @return the parameter, or empty if there is none with that id
   */
  public static Optional<PolicyParameter<?>> byId(String id) {
    return ALL.stream().filter(p -> p.id().equals(id)).findFirst();
  }

  private static ImmutableList<PolicyParameter<?>> scan() {
    ImmutableList.Builder<PolicyParameter<?>> found = ImmutableList.builder();
    for (Field field : Parameters.class.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers)
          && Modifier.isPublic(modifiers)
          && field.getType() == PolicyParameter.class) {
        try {
          found.add((PolicyParameter<?>) field.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("cannot read parameter " + field.getName(), e);
        }
      }
    }
    return ImmutableList.sortedCopyOf(Comparator.naturalOrder(), found.build());
  }

  private static Citation probationClause() {
    return Citation.of(
        DEVELOP_REG,
        "Art. 32",
        "probation is one year from the branch meeting; it may be extended once by 6 to 12"
            + " months, or the probationary status cancelled");
  }

  private static Citation admissionPublicityClause() {
    return Citation.of(
            LOCAL,
            "公示",
            "公示 (at least 5 working days) is local practice, not in the 2014 text of"
                + " DEVELOP-REG")
        .withNote("Local practice, off by default.");
  }

  private static Citation chairNominationClause() {
    return Citation.of(
        CHAIR_RULES,
        "Art. 7–11",
        "a leading group of the higher union, the enterprise party organisation and member"
            + " representatives runs nomination; candidates outnumber seats; the party"
            + " organisation and the higher union vet candidates; publicity of 7 days; candidates"
            + " need approval of the enterprise party organisation and the higher union");
  }

  private static Citation chairVoteClause() {
    return Citation.of(
        CHAIR_RULES,
        "Art. 14–16",
        "secret ballot, no proxies; the vote needs at least two thirds of those due to attend; a"
            + " candidate wins with yes votes more than half of those due to attend with the right"
            + " to vote");
  }

  private static Citation jointDeployClause() {
    return Citation.of(SEED, "JOINT-DEPLOY", "把工会建设纳入各级党组织工作目标管理体系, 实行党工工作同部署、同检查、同考核、同表彰");
  }

  private static Citation jointAssessmentChoice(String note) {
    return jointDeployClause().withNote(note);
  }

  private static String gradeThresholdsNote() {
    return "Policy choice of this library, not in the seed: the grades follow the common"
        + " hundred-point practice (优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60); set the local figures. A unit"
        + " gets the best grade whose threshold its combined score reaches.";
  }

  private static PolicyParameter<Integer> count(
      String id, int value, Constraint<Integer> constraint, Citation... citations) {
    return new PolicyParameter<>(
        id, Integer.class, constraint, value, ImmutableList.copyOf(citations));
  }

  private static PolicyParameter<Period> period(
      String id, Period value, Constraint<Period> constraint, Citation... citations) {
    return new PolicyParameter<>(
        id, Period.class, constraint, value, ImmutableList.copyOf(citations));
  }

  private static PolicyParameter<Ratio> ratio(String id, Ratio value, Citation... citations) {
    return new PolicyParameter<>(
        id, Ratio.class, Constraint.properShare(), value, ImmutableList.copyOf(citations));
  }

  private static PolicyParameter<Boolean> flag(String id, boolean value, Citation... citations) {
    return new PolicyParameter<>(
        id, Boolean.class, Constraint.any(), value, ImmutableList.copyOf(citations));
  }
}
