package org.dangong.building;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.dangong.decision.Rule;
import org.dangong.decision.RuleId;
import org.dangong.policy.Citation;
import org.dangong.policy.Source;

/**
 * The rules of the building engine (建 and 双带), each with the seed practices it implements and the
 * clauses it comes from.
 *
 * <p>Ids start with {@code BUILDING.} so that they never collide with the rules of other engines
 * about the same practices (the appointment engine also looks at LEAD-TEAM and LEAD-TRAIN); the
 * practices themselves are listed in {@link Rule#practices()}. Titles are in the package's message
 * bundles under {@code rule.<ID>}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BuildingRules {
  // ---- the clauses, as the project's list of checked clauses words them ----

  static final Citation PARTY_CONST_30 =
      Citation.of(
          Source.PARTY_CONST,
          "Art. 30",
          "凡是有正式党员三人以上的，都应当成立党的基层组织。…根据工作需要和党员人数，经上级党组织批准，" + "分别设立党的基层委员会、总支部委员会、支部委员会。");
  static final Citation PARTY_CONST_31 =
      Citation.of(Source.PARTY_CONST, "Art. 31", "党的基层委员会、总支部委员会、支部委员会每届任期三年至五年。");
  static final Citation BRANCH_REG_4 =
      Citation.of(Source.BRANCH_REG, "Art. 4", "凡是有正式党员3人以上的，都应当成立党支部。党支部党员人数一般不超过50人。")
          .withNote("Counts full members (正式党员) only; probationary members do not count.");
  static final Citation BRANCH_REG_5 =
      Citation.of(
          Source.BRANCH_REG,
          "Art. 5",
          "正式党员不足3人的单位，应当按照地域相邻、行业相近、规模适当、便于管理的原则，成立联合党支部。" + "联合党支部覆盖单位一般不超过5个。");
  static final Citation BRANCH_REG_20 =
      Citation.of(
          Source.BRANCH_REG,
          "Art. 20",
          "有正式党员7人以上的党支部，应当设立党支部委员会。党支部委员会由3至5人组成，一般不超过7人。" + "…正式党员不足7人的党支部，设1名书记，必要时可以设1名副书记。");
  static final Citation BRANCH_REG_21 =
      Citation.of(Source.BRANCH_REG, "Art. 21", "村、社区党支部委员会每届任期5年，其他基层单位党支部委员会一般每届任期3年。");
  static final Citation TERM_OPINION_1 =
      Citation.of(Source.TERM_OPINION, "§1", "党的基层委员会每届任期一般为5年，党的总支部委员会、支部委员会每届任期一般为3年");
  static final Citation UNION_LAW_3 =
      Citation.of(
          Source.UNION_LAW,
          "Art. 3",
          "wage earners in employers in China may join and organise unions, regardless of"
              + " ethnicity, sex, occupation, religion or education");
  static final Citation UNION_LAW_11 =
      Citation.of(
          Source.UNION_LAW,
          "Art. 11",
          "用人单位有会员二十五人以上的，应当建立基层工会委员会；不足二十五人的，可以单独建立基层工会委员会，"
              + "也可以由两个以上单位的会员联合建立基层工会委员会，也可以选举组织员一人");
  static final Citation UNION_LAW_11_WOMEN =
      Citation.of(Source.UNION_LAW, "Art. 11", "女职工人数较多的，可以建立工会女职工委员会…女职工人数较少的，可以在工会委员会中设女职工委员。");
  static final Citation UNION_LAW_11_FEDERATION =
      Citation.of(Source.UNION_LAW, "Art. 11", "企业职工较多的乡镇、城市街道，可以建立基层工会的联合会。");
  static final Citation UNION_LAW_14 =
      Citation.of(Source.UNION_LAW, "Art. 14", "职工二百人以上的企业、事业单位、社会组织的工会，可以设专职工会主席。")
          .withNote("Permissive (可以): from this size a full-time chair may be set up, never must.");
  static final Citation UNION_LAW_16 =
      Citation.of(Source.UNION_LAW, "Art. 16", "基层工会委员会每届任期三年或者五年。");
  static final Citation DEVELOP_REG_8 =
      Citation.of(
          Source.DEVELOP_REG,
          "Art. 8",
          "在入党申请人中确定入党积极分子，应当采取党员推荐、群团组织推优等方式产生人选，" + "由支部委员会（不设支部委员会的由支部大会）研究决定，并报上级党委备案。");
  static final Citation NONPUBLIC_OPINION_CROSS =
      Citation.of(
              Source.NONPUBLIC_OPINION,
              "cross-appointment",
              "提倡不是企业出资人的党组织书记、副书记通过法定程序兼任工会主席、副主席；" + "也可以由党员身份的工会主席通过法定程序担任党组织书记、副书记。")
          .withNote("Attribution unconfirmed; the clause list gives no article number.");

  // ---- required forms (BRANCH-REG, UNION-LAW) ----

  /**
   * The party and union coverage of a non-public enterprise and its quadrant (both, party only,
   * union only, neither); informational.
   */
  public static final Rule COVERAGE =
      rule("BUILDING.COVERAGE", ImmutableSet.of(), PARTY_CONST_30, UNION_LAW_11);

  /**
   * BRANCH-REG Art. 4–5: a unit with three full members or more has its own party branch; with
   * fewer, it joins a joint branch. Only full members (正式党员) count.
   */
  public static final Rule PARTY_ORGANIZATION =
      rule(
          "BUILDING.PARTY-ORGANIZATION",
          ImmutableSet.of(),
          BRANCH_REG_4,
          BRANCH_REG_5,
          PARTY_CONST_30);

  /**
   * BRANCH-REG Art. 20: a branch with seven full members or more sets up a branch committee; with
   * fewer, it has one secretary and no committee.
   */
  public static final Rule BRANCH_LEADERSHIP =
      rule("BUILDING.BRANCH-LEADERSHIP", ImmutableSet.of(), BRANCH_REG_20);

  /**
   * The general branch (50 members) and primary committee (100 members) defaults: policy parameters
   * borrowed from other regulations, not enterprise law, so a mismatch is advisory.
   */
  public static final Rule PARTY_SCALE =
      rule("BUILDING.PARTY-SCALE", ImmutableSet.of(), PARTY_CONST_30);

  /**
   * BRANCH-REG Art. 4: a branch should generally not exceed 50 members; advisory, never a
   * violation.
   */
  public static final Rule BRANCH_SIZE =
      rule("BUILDING.BRANCH-SIZE", ImmutableSet.of(), BRANCH_REG_4);

  /**
   * UNION-LAW Art. 11: an employer with 25 union members or more must have its own union committee;
   * with fewer, it may have its own committee, a joint committee or an organiser.
   */
  public static final Rule UNION_ORGANIZATION =
      rule("BUILDING.UNION-ORGANIZATION", ImmutableSet.of(), UNION_LAW_11);

  /** UNION-LAW Art. 14: from 200 staff the union may (not must) have a full-time chair. */
  public static final Rule FULL_TIME_CHAIR =
      rule("BUILDING.FULL-TIME-CHAIR", ImmutableSet.of(), UNION_LAW_14);

  /**
   * UNION-LAW Art. 11: a women workers' committee where there are many female staff, else a member.
   */
  public static final Rule WOMEN_WORK =
      rule("BUILDING.WOMEN-WORK", ImmutableSet.of(), UNION_LAW_11_WOMEN);

  /** LEAD-TEAM: an organisation whose term has expired is due to hold its election. */
  public static final Rule TERM_EXPIRED =
      rule(
          "BUILDING.TERM-EXPIRED",
          ImmutableSet.of("LEAD-TEAM"),
          PARTY_CONST_31,
          TERM_OPINION_1,
          BRANCH_REG_21,
          UNION_LAW_16);

  // ---- building actions (the seed's practices) ----

  /** SYNC-BUILD: an enterprise with neither organisation gets both planned together. */
  public static final Rule SYNC_BUILD =
      rule("BUILDING.SYNC-BUILD", ImmutableSet.of("SYNC-BUILD"), BRANCH_REG_4, UNION_LAW_11);

  /**
   * MUTUAL-P2U and DUAL-LEAD-1: where there is a party organisation but no union, party members
   * join first, recruit, and the union is founded.
   */
  public static final Rule MUTUAL_P2U =
      rule(
          "BUILDING.MUTUAL-P2U",
          ImmutableSet.of("MUTUAL-P2U", "DUAL-LEAD-1"),
          UNION_LAW_3,
          UNION_LAW_11);

  /**
   * MUTUAL-U2P with DUAL-REC-1 and DUAL-REC-2: where there is a union but no party organisation,
   * the union works first, recommends its party-member chair and its activists, and the branch is
   * founded once three full members work there.
   */
  public static final Rule MUTUAL_U2P =
      rule(
          "BUILDING.MUTUAL-U2P",
          ImmutableSet.of("MUTUAL-U2P", "DUAL-REC-1", "DUAL-REC-2"),
          BRANCH_REG_4,
          BRANCH_REG_5,
          DEVELOP_REG_8,
          NONPUBLIC_OPINION_CROSS);

  /** DUAL-LEAD-2: beside a party-building instructor, a union-building instructor. */
  public static final Rule DUAL_LEAD_2 =
      rule("BUILDING.DUAL-LEAD-2", ImmutableSet.of("DUAL-LEAD-2"));

  /**
   * SYNC-CLUSTER: small enterprises of a building area or intermediary are covered by a joint party
   * organisation and a union federation (工会联合会) founded together.
   */
  public static final Rule SYNC_CLUSTER =
      rule(
          "BUILDING.SYNC-CLUSTER",
          ImmutableSet.of("SYNC-CLUSTER"),
          BRANCH_REG_5,
          UNION_LAW_11_FEDERATION);

  /**
   * BRANCH-REG Art. 5: a proposed joint branch of units with fewer than three full members each,
   * grouped by cluster first, then by region, of at most five units, formable once the group has
   * three full members.
   */
  public static final Rule JOINT_BRANCH_PROPOSAL =
      rule("BUILDING.JOINT-BRANCH-PROPOSAL", ImmutableSet.of(), BRANCH_REG_5, BRANCH_REG_4);

  // ---- network and indicators ----

  /** SYNC-NETWORK: every subdistrict (街道) has a union work coordinator (工会工作协理员). */
  public static final Rule SUBDISTRICT_COORDINATOR =
      rule("BUILDING.SUBDISTRICT-COORDINATOR", ImmutableSet.of("SYNC-NETWORK"));

  /**
   * SYNC-NETWORK: every county-level region has a non-public-economy party working committee
   * (非公经济党工委).
   */
  public static final Rule WORKING_COMMITTEE =
      rule("BUILDING.WORKING-COMMITTEE", ImmutableSet.of("SYNC-NETWORK"));

  /** LEAD-TRAIN: an enterprise union chair trained within the policy's window. */
  public static final Rule CHAIR_TRAINING =
      rule("BUILDING.CHAIR-TRAINING", ImmutableSet.of("LEAD-TRAIN"));

  /** LEAD-TRAIN indicator: the share of enterprise union chairs trained within the window. */
  public static final Rule TRAINED_CHAIR_SHARE =
      rule("BUILDING.TRAINED-CHAIR-SHARE", ImmutableSet.of("LEAD-TRAIN"));

  /**
   * LEAD-TOWN indicator: the share of towns whose union chair holds same-level deputy rank (27 of
   * 66 in the seed).
   */
  public static final Rule TOWN_CHAIR_RANK_SHARE =
      rule("BUILDING.TOWN-CHAIR-RANK-SHARE", ImmutableSet.of("LEAD-TOWN"));

  /** The coverage counts and rates of a region, rolled up its sub-regions; informational. */
  public static final Rule COVERAGE_RATE =
      rule("BUILDING.COVERAGE-RATE", ImmutableSet.of("SYNC-NETWORK"), PARTY_CONST_30, UNION_LAW_11);

  private static final ImmutableList<Rule> ALL =
      ImmutableList.sortedCopyOf(
          ImmutableList.of(
              COVERAGE,
              PARTY_ORGANIZATION,
              BRANCH_LEADERSHIP,
              PARTY_SCALE,
              BRANCH_SIZE,
              UNION_ORGANIZATION,
              FULL_TIME_CHAIR,
              WOMEN_WORK,
              TERM_EXPIRED,
              SYNC_BUILD,
              MUTUAL_P2U,
              MUTUAL_U2P,
              DUAL_LEAD_2,
              SYNC_CLUSTER,
              JOINT_BRANCH_PROPOSAL,
              SUBDISTRICT_COORDINATOR,
              WORKING_COMMITTEE,
              CHAIR_TRAINING,
              TRAINED_CHAIR_SHARE,
              TOWN_CHAIR_RANK_SHARE,
              COVERAGE_RATE));

  private BuildingRules() {}

  /**
   * Returns every rule of the building engine, sorted by id.
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
