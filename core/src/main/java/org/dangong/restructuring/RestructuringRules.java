package org.dangong.restructuring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.dangong.decision.Rule;
import org.dangong.decision.RuleId;
import org.dangong.policy.Citation;
import org.dangong.policy.Source;

/**
 * The rules of the restructuring engine (SYNC-RESTRUCTURE, 同步健全), each with the seed practices it
 * implements and the clauses it comes from. Titles are in the package's message bundles under
 * {@code rule.<ID>}.
 *
 * <p>The required forms of successor organisations are decided by the building engine's rules
 * ({@code BUILDING.*}), which the plan's decisions carry as they are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RestructuringRules {
  private static final String PRACTICE = "SYNC-RESTRUCTURE";

  // ---- the clauses, as the project's list of checked clauses words them ----

  /** The seed's account of SYNC-RESTRUCTURE. */
  static final Citation SEED_SYNC_RESTRUCTURE =
      Citation.of(
          Source.SEED,
          "SYNC-RESTRUCTURE",
          "在20xx年国有企业改制过程中,市委组织部与市总工会协同配合,分别出台意见,对党工组织的设置、关系接转、" + "会籍管理等做出明确规定,保证了企业改制后党工组织同步健全。");

  /** The seed's account of the non-public-economy party working committees. */
  static final Citation SEED_SYNC_NETWORK =
      Citation.of(Source.SEED, "SYNC-NETWORK", "我市各地都建立了非公经济党工委或相应的组织领导机构,…有力加强了对非公企业党工组织的指导和管理。");

  /** The seed's account of intermediaries such as talent markets. */
  static final Citation SEED_SYNC_CLUSTER =
      Citation.of(
          Source.SEED, "SYNC-CLUSTER", "在人才市场、民营企业协会等中介机构,物流中心、科技园、商务区等楼宇区域建立党组织的同时,同步建立工会联合会");

  static final Citation PARTY_CONST_30 =
      Citation.of(
          Source.PARTY_CONST,
          "Art. 30",
          "凡是有正式党员三人以上的，都应当成立党的基层组织。…根据工作需要和党员人数，经上级党组织批准，" + "分别设立党的基层委员会、总支部委员会、支部委员会。");
  static final Citation PARTY_CONST_31 =
      Citation.of(
          Source.PARTY_CONST, "Art. 31", "党的基层委员会、总支部委员会、支部委员会每届任期三年至五年。…书记、副书记选举产生后，应报上级党组织批准。");
  static final Citation UNION_LAW_16 =
      Citation.of(Source.UNION_LAW, "Art. 16", "基层工会委员会每届任期三年或者五年。");
  static final Citation BRANCH_REG_4 =
      Citation.of(Source.BRANCH_REG, "Art. 4", "凡是有正式党员3人以上的，都应当成立党支部。")
          .withNote("Counts full members (正式党员) only; probationary members do not count.");
  static final Citation BRANCH_REG_5 =
      Citation.of(
          Source.BRANCH_REG,
          "Art. 5",
          "正式党员不足3人的单位，应当按照地域相邻、行业相近、规模适当、便于管理的原则，成立联合党支部。" + "联合党支部覆盖单位一般不超过5个。");
  static final Citation DEVELOP_REG_8 =
      Citation.of(
          Source.DEVELOP_REG,
          "Art. 8",
          "在入党申请人中确定入党积极分子，应当采取党员推荐、群团组织推优等方式产生人选，由支部委员会（不设支部委员会的由支部大会）研究决定，并报上级党委备案。");
  static final Citation DEVELOP_REG_11 =
      Citation.of(
          Source.DEVELOP_REG, "Art. 11", "the branch reviews each activist every six months");
  static final Citation DEVELOP_REG_13 =
      Citation.of(
          Source.DEVELOP_REG,
          "Art. 13",
          "after one year or more of cultivation an activist may become a development target"
              + " (发展对象), decided by the branch committee and filed with the higher committee");
  static final Citation DEVELOP_REG_19 =
      Citation.of(
          Source.DEVELOP_REG,
          "Art. 19",
          "pre-review by the primary committee with approval authority; a target leaving the unit"
              + " within three months is generally not admitted");
  static final Citation DEVELOP_REG_32 =
      Citation.of(
          Source.DEVELOP_REG,
          "Art. 32",
          "probation is one year from the branch meeting; it may be extended once by 6 to 12"
              + " months, or the probationary status cancelled");
  static final Citation UNION_CONST_5 =
      Citation.of(Source.UNION_CONST, "Art. 5", "会员组织关系随劳动（工作）关系变动，凭会员证接转。");
  static final Citation UNION_CONST_8 =
      Citation.of(Source.UNION_CONST, "Art. 8", "retirement or unemployment: “可保留会籍”, dues waived");
  static final Citation MEMBERSHIP_RULES_3 =
      Citation.of(Source.MEMBERSHIP_RULES, "Art. 3", "会员劳动（工作）关系在哪里，会籍就在哪里，实行一次入会、动态接转。");
  static final Citation LOCAL_HIGHER_UNION =
      Citation.of(
              Source.LOCAL,
              "Beijing 2020",
              "When the employer closes or goes bankrupt, retained membership moves to the higher"
                  + " union")
          .withNote(
              "Local rule (Beijing, 2020), as the project's list of checked clauses records it; not"
                  + " national law.");
  static final Citation UNION_LAW_11 =
      Citation.of(
          Source.UNION_LAW,
          "Art. 11",
          "用人单位有会员二十五人以上的，应当建立基层工会委员会；不足二十五人的，可以单独建立基层工会委员会，"
              + "也可以由两个以上单位的会员联合建立基层工会委员会，也可以选举组织员一人");
  static final Citation CHAIR_RULES_18 =
      Citation.of(Source.CHAIR_RULES, "Art. 18", "a vacant chair is filled within three months");
  static final Citation NONPUBLIC_OPINION_CROSS =
      Citation.of(
              Source.NONPUBLIC_OPINION,
              "cross-appointment",
              "提倡不是企业出资人的党组织书记、副书记通过法定程序兼任工会主席、副主席；也可以由党员身份的工会主席通过法定程序担任党组织书记、副书记。")
          .withNote("Attribution of the opinion unconfirmed.");

  // ---- the rules ----

  /** Where each employee of an affected enterprise works afterwards (劳动关系). */
  public static final Rule STAFF_DESTINATION =
      rule("SYNC-RESTRUCTURE.STAFF-DESTINATION", ImmutableSet.of(PRACTICE), SEED_SYNC_RESTRUCTURE);

  /**
   * Where each party member's and pipeline person's organisational relation goes (关系接转): the new
   * employer's party organisation; one to be founded from three full members (BRANCH-REG Art. 4); a
   * joint branch below that (Art. 5); a talent market's party organisation or the region's
   * non-public-economy working committee as holder of last resort.
   */
  public static final Rule PARTY_RELATION =
      rule(
          "SYNC-RESTRUCTURE.PARTY-RELATION",
          ImmutableSet.of(PRACTICE, "SYNC-NETWORK", "SYNC-CLUSTER"),
          SEED_SYNC_RESTRUCTURE,
          BRANCH_REG_4,
          BRANCH_REG_5,
          SEED_SYNC_CLUSTER,
          SEED_SYNC_NETWORK);

  /**
   * A transfer keeps the person's stage: the application, the activist's cultivation and the
   * probation continue at the receiving organisation (DEVELOP-REG Art. 8, 11, 13, 19, 32).
   */
  public static final Rule PIPELINE_CONTINUES =
      rule(
          "SYNC-RESTRUCTURE.PIPELINE-CONTINUES",
          ImmutableSet.of(PRACTICE, "DUAL-REC-2"),
          DEVELOP_REG_8,
          DEVELOP_REG_11,
          DEVELOP_REG_13,
          DEVELOP_REG_19,
          DEVELOP_REG_32);

  /**
   * Union membership follows the labour relation and is never joined anew (UNION-CONST Art. 5;
   * MEMBERSHIP-RULES Art. 3: 一次入会、动态接转).
   */
  public static final Rule MEMBERSHIP_FOLLOWS_LABOUR =
      rule(
          "SYNC-RESTRUCTURE.MEMBERSHIP-FOLLOWS-LABOUR",
          ImmutableSet.of(PRACTICE),
          UNION_CONST_5,
          MEMBERSHIP_RULES_3);

  /**
   * A member who retires or becomes unemployed keeps a retained membership (UNION-CONST Art. 8).
   */
  public static final Rule MEMBERSHIP_RETAINED =
      rule("SYNC-RESTRUCTURE.MEMBERSHIP-RETAINED", ImmutableSet.of(PRACTICE), UNION_CONST_8);

  /**
   * The retained memberships of a closed employer's union go to the higher union — a local rule
   * (Beijing 2020), cited as such.
   */
  public static final Rule RETAINED_TO_HIGHER_UNION =
      rule(
          "SYNC-RESTRUCTURE.RETAINED-TO-HIGHER-UNION",
          ImmutableSet.of(PRACTICE),
          LOCAL_HIGHER_UNION,
          UNION_CONST_8);

  /** What happens to each party organisation: continued, merged, dissolved or to be founded. */
  public static final Rule PARTY_ORGANIZATION =
      rule(
          "SYNC-RESTRUCTURE.PARTY-ORGANIZATION",
          ImmutableSet.of(PRACTICE),
          SEED_SYNC_RESTRUCTURE,
          PARTY_CONST_30,
          BRANCH_REG_4,
          BRANCH_REG_5);

  /** What happens to each union: continued, merged, dissolved or to be founded. */
  public static final Rule UNION_ORGANIZATION =
      rule(
          "SYNC-RESTRUCTURE.UNION-ORGANIZATION",
          ImmutableSet.of(PRACTICE),
          SEED_SYNC_RESTRUCTURE,
          UNION_LAW_11,
          MEMBERSHIP_RULES_3);

  /** A continuing organisation's form against the form its new counts require. */
  public static final Rule FORM_REVIEW =
      rule(
          "SYNC-RESTRUCTURE.FORM-REVIEW",
          ImmutableSet.of(PRACTICE, "SYNC-BUILD"),
          PARTY_CONST_30,
          BRANCH_REG_4,
          UNION_LAW_11);

  /**
   * A post whose holder leaves, or of an organisation to be founded, falls vacant from the
   * restructuring's date; it is filled under the cross-appointment rules, a union chair within
   * three months (CHAIR-RULES Art. 18). Other posts cite the term of their organisation: PARTY-CONST
   * Art. 31 for a party post, UNION-LAW Art. 16 for a union post.
   */
  public static final Rule POST_VACATED =
      rule(
          "SYNC-RESTRUCTURE.POST-VACATED",
          ImmutableSet.of(PRACTICE, "CROSS-APPOINT", "LEAD-TEAM"),
          PARTY_CONST_31,
          UNION_LAW_16,
          CHAIR_RULES_18,
          NONPUBLIC_OPINION_CROSS);

  /**
   * The own party organisation of an enterprise that becomes non-public comes under the region's
   * non-public-economy party working committee; organisations whose higher organisation ceases go
   * under the next one up.
   */
  public static final Rule REAFFILIATION =
      rule(
          "SYNC-RESTRUCTURE.REAFFILIATION",
          ImmutableSet.of(PRACTICE, "SYNC-NETWORK"),
          SEED_SYNC_RESTRUCTURE,
          SEED_SYNC_NETWORK);

  /** What happens to each affected enterprise: status, ownership, headcount, assignments. */
  public static final Rule ENTERPRISE =
      rule("SYNC-RESTRUCTURE.ENTERPRISE", ImmutableSet.of(PRACTICE), SEED_SYNC_RESTRUCTURE);

  /** Nobody is lost: the counts in and out reconcile. */
  public static final Rule RECONCILIATION =
      rule(
          "SYNC-RESTRUCTURE.RECONCILIATION",
          ImmutableSet.of(PRACTICE),
          SEED_SYNC_RESTRUCTURE,
          MEMBERSHIP_RULES_3);

  private static final ImmutableList<Rule> ALL =
      ImmutableList.sortedCopyOf(
          ImmutableList.of(
              STAFF_DESTINATION,
              PARTY_RELATION,
              PIPELINE_CONTINUES,
              MEMBERSHIP_FOLLOWS_LABOUR,
              MEMBERSHIP_RETAINED,
              RETAINED_TO_HIGHER_UNION,
              PARTY_ORGANIZATION,
              UNION_ORGANIZATION,
              FORM_REVIEW,
              POST_VACATED,
              REAFFILIATION,
              ENTERPRISE,
              RECONCILIATION));

  private RestructuringRules() {}

  /**
   * Returns every rule of the restructuring engine, sorted by id.
   *
   * @return the rules
   */
  public static ImmutableList<Rule> all() {
    return ALL;
  }

  private static Rule rule(String id, ImmutableSet<String> practices, Citation... citations) {
    return Rule.of(RuleId.of(id), practices, ImmutableList.copyOf(citations));
  }
}
