package org.dangong.appointment;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import org.dangong.decision.Rule;
import org.dangong.decision.RuleId;
import org.dangong.policy.Citation;
import org.dangong.policy.Parameters;
import org.dangong.policy.Source;

/**
 * The rules of the cross-appointment engine (CROSS-APPOINT, LEAD-TEAM, LEAD-TOWN, LEAD-TRAIN), each
 * with the seed practice it implements and the clauses it comes from.
 *
 * <p>Eligibility decisions carry the id of an {@code …-ELIGIBILITY} rule; each bar they list is a
 * rule of its own ({@link AppointmentBar#rule()}), and an audit reports each breach under the bar's
 * rule. The titles are in {@code org/dangong/appointment/Messages*.properties} under {@code
 * rule.<id>}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AppointmentRules {
  private AppointmentRules() {}

  private static final ImmutableSet<String> CROSS = ImmutableSet.of("CROSS-APPOINT");
  private static final ImmutableSet<String> CROSS_AND_TEAM =
      ImmutableSet.of("CROSS-APPOINT", "LEAD-TEAM");
  private static final ImmutableSet<String> TEAM = ImmutableSet.of("LEAD-TEAM");

  /** CHAIR-RULES Art. 6: who may not stand for union chair of their enterprise. */
  static final Citation CHAIR_RULES_ART_6 =
      Citation.of(
          Source.CHAIR_RULES, "Art. 6", "企业行政负责人（含行政副职）、合伙人及其近亲属，人力资源部门负责人，外籍职工不得作为本企业工会主席候选人。");

  /** UNION-LAW Art. 10: the main head's close relatives sit on no union committee. */
  static final Citation UNION_LAW_ART_10 =
      Citation.of(Source.UNION_LAW, "Art. 10", "企业主要负责人的近亲属不得作为本企业基层工会委员会成员的人选。");

  /** BRANCH-REG Art. 23: the secretary's party standing. */
  static final Citation BRANCH_REG_ART_23 =
      Citation.of(Source.BRANCH_REG, "Art. 23", "党支部书记一般应当具有1年以上党龄。");

  /** BRANCH-REG Art. 23, read for full membership: 党龄 counts from full membership only. */
  static final Citation BRANCH_REG_ART_23_FULL =
      BRANCH_REG_ART_23.withNote(
          "Party standing (党龄) counts from full membership (正式党员): a probationary member has"
              + " none, so only a full member can head a party organisation.");

  /** NONPUBLIC-OPINION on cross-appointment in both directions. */
  static final Citation NONPUBLIC_OPINION_CROSS =
      Citation.of(
              Source.NONPUBLIC_OPINION,
              "on cross-appointment",
              "提倡不是企业出资人的党组织书记、副书记通过法定程序兼任工会主席、副主席；也可以由党员身份的工会主席通过法定程序担任党组织书记、副书记。")
          .withNote("Attribution unconfirmed; the clause list gives no article number.");

  /** The seed's cross-appointment practice. */
  static final Citation SEED_CROSS_APPOINT =
      Citation.of(Source.SEED, "CROSS-APPOINT", "党组织负责人和工会主席交叉任职“一肩挑”");

  /** CHAIR-RULES Art. 18: a vacant chair is filled within three months. */
  static final Citation CHAIR_RULES_ART_18 =
      Citation.of(Source.CHAIR_RULES, "Art. 18", "a vacant chair is filled within three months");

  /** BRANCH-REG Art. 20: a branch has one secretary. */
  static final Citation BRANCH_REG_ART_20 =
      Citation.of(Source.BRANCH_REG, "Art. 20", "正式党员不足7人的党支部，设1名书记，必要时可以设1名副书记。");

  /** UNION-LAW Art. 16: union committee terms. */
  static final Citation UNION_LAW_ART_16 =
      Citation.of(Source.UNION_LAW, "Art. 16", "基层工会委员会每届任期三年或者五年。");

  /** PARTY-CONST Art. 31: party committee terms. */
  static final Citation PARTY_CONST_ART_31 =
      Citation.of(Source.PARTY_CONST, "Art. 31", "党的基层委员会、总支部委员会、支部委员会每届任期三年至五年。");

  /** TERM-OPINION §1: party committee terms in practice. */
  static final Citation TERM_OPINION_1 =
      Citation.of(Source.TERM_OPINION, "§1", "党的基层委员会每届任期一般为5年，党的总支部委员会、支部委员会每届任期一般为3年");

  /** CHAIR-RULES Art. 7–11: nomination, candidates, publicity, approvals. */
  static final Citation CHAIR_RULES_ART_7_11 =
      Citation.of(
          Source.CHAIR_RULES,
          "Art. 7–11",
          "a leading group of the higher union, the enterprise party organisation and member"
              + " representatives runs nomination; candidates outnumber seats; the party"
              + " organisation and the higher union vet candidates; publicity of 7 days; candidates"
              + " need approval of the enterprise party organisation and the higher union");

  /** CHAIR-RULES Art. 14–16: the vote. */
  static final Citation CHAIR_RULES_ART_14_16 =
      Citation.of(
          Source.CHAIR_RULES,
          "Art. 14–16",
          "secret ballot, no proxies; the vote needs at least two thirds of those due to attend; a"
              + " candidate wins with yes votes more than half of those due to attend with the"
              + " right to vote");

  /** CHAIR-RULES Art. 20: without a party organisation, the higher union leads the chair. */
  static final Citation CHAIR_RULES_ART_20 =
      Citation.of(
          Source.CHAIR_RULES,
          "Art. 20",
          "the chair is led by the same-level party organisation and the higher union, mainly the"
              + " former; without a party organisation, by the higher union");

  /** The seed on town union chairs with deputy rank. */
  static final Citation SEED_LEAD_TOWN =
      Citation.of(Source.SEED, "LEAD-TOWN", "66 个镇中有 27 名镇工会主席享受同级副职待遇")
          .withNote("Local practice (Suzhou), not law.");

  /** The seed on the joint training of union chairs. */
  static final Citation SEED_LEAD_TRAIN =
      Citation.of(Source.SEED, "LEAD-TRAIN", "连续三年在市委党校联合举办非公企业工会主席培训班")
          .withNote("Local practice (Suzhou), not law.");

  // ---- union chair eligibility (CHAIR-RULES Art. 6, UNION-LAW Art. 10) ----

  /** May a person chair a union: the decision listing every bar that applies. */
  public static final Rule CHAIR_ELIGIBILITY =
      rule("CROSS-APPOINT.CHAIR-ELIGIBILITY", CROSS_AND_TEAM, CHAIR_RULES_ART_6, UNION_LAW_ART_10);

  /** An executive or deputy executive of the enterprise may not chair its union. */
  public static final Rule CHAIR_BARRED_EXECUTIVE =
      rule("CROSS-APPOINT.CHAIR-BARRED-EXECUTIVE", CROSS_AND_TEAM, CHAIR_RULES_ART_6);

  /** A partner of the enterprise may not chair its union. */
  public static final Rule CHAIR_BARRED_PARTNER =
      rule("CROSS-APPOINT.CHAIR-BARRED-PARTNER", CROSS_AND_TEAM, CHAIR_RULES_ART_6);

  /** A close relative of an executive, deputy executive or partner may not chair the union. */
  public static final Rule CHAIR_BARRED_RELATIVE =
      rule("CROSS-APPOINT.CHAIR-BARRED-RELATIVE", CROSS_AND_TEAM, CHAIR_RULES_ART_6);

  /** The head of human resources may not chair the union. */
  public static final Rule CHAIR_BARRED_HR_HEAD =
      rule("CROSS-APPOINT.CHAIR-BARRED-HR-HEAD", CROSS_AND_TEAM, CHAIR_RULES_ART_6);

  /** A foreign national may not chair the union. */
  public static final Rule CHAIR_BARRED_FOREIGN_NATIONAL =
      rule("CROSS-APPOINT.CHAIR-BARRED-FOREIGN-NATIONAL", CROSS_AND_TEAM, CHAIR_RULES_ART_6);

  /** A close relative of the enterprise's main head may hold no seat on its union committee. */
  public static final Rule COMMITTEE_BARRED_HEAD_RELATIVE =
      rule("CROSS-APPOINT.COMMITTEE-BARRED-HEAD-RELATIVE", CROSS_AND_TEAM, UNION_LAW_ART_10);

  /**
   * A chair must be an active member of the union (policy parameter {@code
   * CHAIR_MUST_BE_UNION_MEMBER}, whose citation says why it is a parameter).
   */
  public static final Rule CHAIR_NOT_UNION_MEMBER =
      rule(
          "CROSS-APPOINT.CHAIR-NOT-UNION-MEMBER",
          CROSS_AND_TEAM,
          Parameters.CHAIR_MUST_BE_UNION_MEMBER.nationalCitations().get(0));

  /** May a person hold a union vice chair or committee seat: UNION-LAW Art. 10. */
  public static final Rule COMMITTEE_ELIGIBILITY =
      rule("CROSS-APPOINT.COMMITTEE-ELIGIBILITY", CROSS_AND_TEAM, UNION_LAW_ART_10);

  // ---- party organisation head eligibility (BRANCH-REG Art. 23) ----

  /** May a person head a party organisation: the decision listing every bar that applies. */
  public static final Rule PARTY_HEAD_ELIGIBILITY =
      rule("CROSS-APPOINT.PARTY-HEAD-ELIGIBILITY", CROSS_AND_TEAM, BRANCH_REG_ART_23);

  /** Only a full member (正式党员) may head a party organisation; probationary is not enough. */
  public static final Rule PARTY_HEAD_NOT_FULL_MEMBER =
      rule("CROSS-APPOINT.PARTY-HEAD-NOT-FULL-MEMBER", CROSS_AND_TEAM, BRANCH_REG_ART_23_FULL);

  /** The head needs the minimum party standing (党龄) on the date. */
  public static final Rule PARTY_HEAD_INSUFFICIENT_STANDING =
      rule("CROSS-APPOINT.PARTY-HEAD-INSUFFICIENT-STANDING", CROSS_AND_TEAM, BRANCH_REG_ART_23);

  /**
   * The head must belong to the organisation: be employed by an enterprise it covers (policy
   * parameter {@code PARTY_HEAD_MUST_WORK_IN_COVERED_ENTERPRISE}).
   */
  public static final Rule PARTY_HEAD_NOT_IN_ORGANIZATION =
      rule(
          "CROSS-APPOINT.PARTY-HEAD-NOT-IN-ORGANIZATION",
          CROSS_AND_TEAM,
          Parameters.PARTY_HEAD_MUST_WORK_IN_COVERED_ENTERPRISE.nationalCitations().get(0));

  // ---- 一肩挑 (NONPUBLIC-OPINION) ----

  /** May the party secretary also chair the union (NONPUBLIC-OPINION). */
  public static final Rule SECRETARY_AS_UNION_CHAIR =
      rule(
          "CROSS-APPOINT.SECRETARY-AS-UNION-CHAIR",
          CROSS,
          NONPUBLIC_OPINION_CROSS,
          SEED_CROSS_APPOINT,
          CHAIR_RULES_ART_6);

  /** May the party-member union chair also head the party organisation (NONPUBLIC-OPINION). */
  public static final Rule UNION_CHAIR_AS_SECRETARY =
      rule(
          "CROSS-APPOINT.UNION-CHAIR-AS-SECRETARY",
          CROSS,
          NONPUBLIC_OPINION_CROSS,
          SEED_CROSS_APPOINT,
          BRANCH_REG_ART_23);

  /**
   * Is a cross-appointment the one NONPUBLIC-OPINION encourages (a secretary who is no investor).
   */
  public static final Rule RECOMMENDATION =
      rule("CROSS-APPOINT.RECOMMENDATION", CROSS, NONPUBLIC_OPINION_CROSS);

  /** The ranked candidates of an enterprise for a cross-appointment, and why others are not. */
  public static final Rule CANDIDATE_RANKING =
      rule("CROSS-APPOINT.CANDIDATE-RANKING", CROSS, NONPUBLIC_OPINION_CROSS, SEED_CROSS_APPOINT);

  /** The cross-appointment rate among enterprises with both organisations (indicator). */
  public static final Rule CROSS_APPOINTMENT_RATE =
      rule("CROSS-APPOINT.RATE", CROSS, SEED_CROSS_APPOINT);

  // ---- LEAD-TEAM: vacancies, terms, elections ----

  /** A vacant union chair is filled within the policy's time (CHAIR-RULES Art. 18). */
  public static final Rule CHAIR_VACANCY =
      rule("LEAD-TEAM.CHAIR-VACANCY", TEAM, CHAIR_RULES_ART_18);

  /** A vacant party secretary post, and how long it has been open. */
  public static final Rule SECRETARY_VACANCY =
      rule("LEAD-TEAM.SECRETARY-VACANCY", TEAM, BRANCH_REG_ART_20);

  /** A union committee whose term has ended is re-elected (UNION-LAW Art. 16). */
  public static final Rule UNION_TERM_EXPIRED =
      rule("LEAD-TEAM.UNION-TERM-EXPIRED", TEAM, UNION_LAW_ART_16);

  /**
   * A party committee whose term has ended is re-elected (PARTY-CONST Art. 31, TERM-OPINION §1).
   */
  public static final Rule PARTY_TERM_EXPIRED =
      rule("LEAD-TEAM.PARTY-TERM-EXPIRED", TEAM, PARTY_CONST_ART_31, TERM_OPINION_1);

  /** Is a union chair election valid, and who is elected (CHAIR-RULES Art. 7–16). */
  public static final Rule CHAIR_ELECTION =
      rule("LEAD-TEAM.CHAIR-ELECTION", TEAM, CHAIR_RULES_ART_7_11, CHAIR_RULES_ART_14_16);

  // ---- indicators ----

  /** The share of towns whose union chair holds same-level deputy rank (LEAD-TOWN). */
  public static final Rule DEPUTY_RANK_SHARE =
      rule("LEAD-TOWN.DEPUTY-RANK-SHARE", ImmutableSet.of("LEAD-TOWN"), SEED_LEAD_TOWN);

  /** The share of union chairs trained within the policy's window (LEAD-TRAIN). */
  public static final Rule TRAINED_SHARE =
      rule("LEAD-TRAIN.TRAINED-SHARE", ImmutableSet.of("LEAD-TRAIN"), SEED_LEAD_TRAIN);

  private static final ImmutableList<Rule> ALL =
      ImmutableList.sortedCopyOf(
          ImmutableList.of(
              CHAIR_ELIGIBILITY,
              CHAIR_BARRED_EXECUTIVE,
              CHAIR_BARRED_PARTNER,
              CHAIR_BARRED_RELATIVE,
              CHAIR_BARRED_HR_HEAD,
              CHAIR_BARRED_FOREIGN_NATIONAL,
              COMMITTEE_BARRED_HEAD_RELATIVE,
              CHAIR_NOT_UNION_MEMBER,
              COMMITTEE_ELIGIBILITY,
              PARTY_HEAD_ELIGIBILITY,
              PARTY_HEAD_NOT_FULL_MEMBER,
              PARTY_HEAD_INSUFFICIENT_STANDING,
              PARTY_HEAD_NOT_IN_ORGANIZATION,
              SECRETARY_AS_UNION_CHAIR,
              UNION_CHAIR_AS_SECRETARY,
              RECOMMENDATION,
              CANDIDATE_RANKING,
              CROSS_APPOINTMENT_RATE,
              CHAIR_VACANCY,
              SECRETARY_VACANCY,
              UNION_TERM_EXPIRED,
              PARTY_TERM_EXPIRED,
              CHAIR_ELECTION,
              DEPUTY_RANK_SHARE,
              TRAINED_SHARE));

  /**
   * Returns every rule of this engine, sorted by id.
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
