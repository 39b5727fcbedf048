package org.dangong.building;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.dangong.decision.Argument;
import org.dangong.decision.Reason;
import org.dangong.model.PartyForm;
import org.dangong.model.UnionForm;
import org.dangong.model.WomenWorkForm;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.PolicyValue;

/**
 * The organisation forms a unit needs for given counts of members and staff: the party organisation
 * (BRANCH-REG Art. 4, 5 and 20, with the 50 and 100 defaults) and the union (UNION-LAW Art. 11 and
 * 14). Pure functions of the counts, the {@link Policy} and the date, shared by every engine that
 * founds or re-establishes organisations.
 *
 * <pre>{@code
 * PartyRequirement p = RequiredForms.party(3, 3, Policy.national(), asOf);   // own branch, one secretary
 * PartyRequirement q = RequiredForms.party(2, 7, Policy.national(), asOf);   // joint branch
 * UnionRequirement u = RequiredForms.union(24, 199, 12, Policy.national(), asOf);
 * u.committeeRequired();       // false: a committee, a joint committee or an organiser
 * u.fullTimeChairPossible();   // false: fewer than 200 staff
 * List<Decision> plan = p.decisions(Subject.enterprise(EnterpriseId.of("E-1")));
 * }</pre>
 *
 * <p>Every threshold comes from the policy, and every reason records the policy values it applied,
 * so the decisions show the numbers and the clauses behind them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RequiredForms {
  private RequiredForms() {}

  /**
   * Returns the party organisation a unit with the given members needs.
   *
   * <p>With at least {@link Parameters#BRANCH_MIN_FULL_MEMBERS} full members (3) the unit must have
   * its own organisation: a branch, or by default a general branch from {@link
   * Parameters#GENERAL_BRANCH_MIN_MEMBERS} members (50) and a primary committee from {@link
   * Parameters#PRIMARY_COMMITTEE_MIN_MEMBERS} (100); a branch is led by a committee from {@link
   * Parameters#BRANCH_COMMITTEE_MIN_FULL_MEMBERS} full members (7), else by one secretary. With
   * fewer full members it joins a joint branch (BRANCH-REG Art. 5), however many probationary
   * members it has.
   *
   * @param fullMembers the full members (正式党员)
   * @param allMembers every member, full and probationary
   * @param policy the policy whose thresholds apply
   * @param asOf the date
   * @return the requirement
   * @throws IllegalArgumentException if {@code fullMembers} is negative or greater than {@code
   *     allMembers}
   */
  public static PartyRequirement party(
      int fullMembers, int allMembers, Policy policy, LocalDate asOf) {
    checkArgument(fullMembers >= 0, "fullMembers must not be negative: %s", fullMembers);
    checkArgument(
        allMembers >= fullMembers,
        "allMembers (%s) must not be below fullMembers (%s)",
        allMembers,
        fullMembers);
    PolicyValue<Integer> minimum = policy.entry(Parameters.BRANCH_MIN_FULL_MEMBERS, asOf);
    boolean own = ownOrganizationRequired(fullMembers, minimum.value());
    ImmutablePartyRequirement.Builder b =
        ImmutablePartyRequirement.builder()
            .fullMembers(fullMembers)
            .allMembers(allMembers)
            .asOf(asOf)
            .ownOrganizationRequired(own)
            .fullMembersToOwnBranch(Math.max(0, minimum.value() - fullMembers));
    Argument full = Argument.number("fullMembers", fullMembers);
    Argument probationary = Argument.number("probationaryMembers", (long) allMembers - fullMembers);
    Argument required = Argument.number("required", minimum.value());
    if (!own) {
      PolicyValue<Integer> units = policy.entry(Parameters.JOINT_BRANCH_MAX_UNITS, asOf);
      return b.form(PartyForm.JOINT_BRANCH)
          .organizationReason(
              Reason.of(
                      MessageKeys.JOINT_BRANCH_REQUIRED,
                      full,
                      probationary,
                      required,
                      Argument.number("maximum", units.value()))
                  .using(minimum, units))
          .build();
    }
    b.organizationReason(
        Reason.of(MessageKeys.OWN_ORGANIZATION_REQUIRED, full, probationary, required)
            .using(minimum));
    PolicyValue<Integer> general = policy.entry(Parameters.GENERAL_BRANCH_MIN_MEMBERS, asOf);
    PolicyValue<Integer> primary = policy.entry(Parameters.PRIMARY_COMMITTEE_MIN_MEMBERS, asOf);
    Argument members = Argument.number("members", allMembers);
    PartyForm form =
        formFor(fullMembers, allMembers, minimum.value(), general.value(), primary.value());
    if (form == PartyForm.PRIMARY_COMMITTEE) {
      return b.form(PartyForm.PRIMARY_COMMITTEE)
          .scaleReason(
              Reason.of(
                      MessageKeys.PRIMARY_COMMITTEE_DEFAULT,
                      members,
                      Argument.number("required", primary.value()))
                  .using(primary))
          .build();
    }
    if (form == PartyForm.GENERAL_BRANCH) {
      return b.form(PartyForm.GENERAL_BRANCH)
          .scaleReason(
              Reason.of(
                      MessageKeys.GENERAL_BRANCH_DEFAULT,
                      members,
                      Argument.number("required", general.value()),
                      Argument.number("maximum", primary.value()))
                  .using(general, primary))
          .build();
    }
    return b.form(PartyForm.BRANCH)
        .scaleReason(
            Reason.of(
                    MessageKeys.BRANCH_DEFAULT,
                    members,
                    Argument.number("required", general.value()))
                .using(general))
        .leadership(branchLeadership(fullMembers, policy, asOf))
        .build();
  }

  /**
   * Returns how a party branch with the given full members is led (BRANCH-REG Art. 20): a branch
   * committee from {@link Parameters#BRANCH_COMMITTEE_MIN_FULL_MEMBERS} full members (7), else one
   * secretary and no committee. Probationary members do not count.
   *
   * @param fullMembers the branch's full members (正式党员)
   * @param policy the policy whose threshold applies
   * @param asOf the date
   * @return the requirement
   * @throws IllegalArgumentException if {@code fullMembers} is negative
   */
  public static LeadershipRequirement branchLeadership(
      int fullMembers, Policy policy, LocalDate asOf) {
    checkArgument(fullMembers >= 0, "fullMembers must not be negative: %s", fullMembers);
    PolicyValue<Integer> committee =
        policy.entry(Parameters.BRANCH_COMMITTEE_MIN_FULL_MEMBERS, asOf);
    boolean hasCommittee = branchCommittee(fullMembers, committee.value());
    return ImmutableLeadershipRequirement.builder()
        .fullMembers(fullMembers)
        .asOf(asOf)
        .leadership(hasCommittee ? BranchLeadership.COMMITTEE : BranchLeadership.SECRETARY)
        .reason(
            Reason.of(
                    hasCommittee ? MessageKeys.BRANCH_COMMITTEE : MessageKeys.BRANCH_SECRETARY,
                    Argument.number("fullMembers", fullMembers),
                    Argument.number("required", committee.value()))
                .using(committee))
        .build();
  }

  /**
   * Returns the union an employer with the given members and staff needs.
   *
   * <p>From {@link Parameters#UNION_COMMITTEE_MIN_MEMBERS} members (25) the employer must have its
   * own union committee; below, it may set up its own committee, join a joint committee or elect an
   * organiser (UNION-LAW Art. 11). From {@link Parameters#FULL_TIME_CHAIR_MIN_STAFF} staff (200)
   * the union may have a full-time chair (Art. 14: "可以", never "must"). From {@link
   * Parameters#WOMENS_COMMITTEE_MIN_FEMALE_STAFF} female staff (10, a policy choice: the law says
   * only "较多") a women workers' committee, below it a women workers' member.
   *
   * @param members the union members (会员)
   * @param staff the staff (职工人数)
   * @param femaleStaff the female staff (女职工人数)
   * @param policy the policy whose thresholds apply
   * @param asOf the date
   * @return the requirement
   * @throws IllegalArgumentException if a count is negative or {@code femaleStaff} exceeds {@code
   *     staff}
   */
  public static UnionRequirement union(
      int members, int staff, int femaleStaff, Policy policy, LocalDate asOf) {
    checkArgument(members >= 0, "members must not be negative: %s", members);
    checkArgument(staff >= 0, "staff must not be negative: %s", staff);
    checkArgument(
        femaleStaff >= 0 && femaleStaff <= staff,
        "femaleStaff (%s) must be between 0 and staff (%s)",
        femaleStaff,
        staff);
    PolicyValue<Integer> minimum = policy.entry(Parameters.UNION_COMMITTEE_MIN_MEMBERS, asOf);
    PolicyValue<Integer> fullTime = policy.entry(Parameters.FULL_TIME_CHAIR_MIN_STAFF, asOf);
    PolicyValue<Integer> women = policy.entry(Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF, asOf);
    boolean committee = unionCommitteeRequired(members, minimum.value());
    boolean fullTimePossible = fullTimeChairPossible(staff, fullTime.value());
    WomenWorkForm womenWork = womenWorkFor(femaleStaff, women.value());
    Argument required = Argument.number("required", minimum.value());
    Argument memberCount = Argument.number("members", members);
    Reason organization =
        committee
            ? Reason.of(MessageKeys.UNION_COMMITTEE_REQUIRED, memberCount, required)
            : Reason.of(
                MessageKeys.UNION_OPTIONS,
                memberCount,
                required,
                Argument.number("needed", (long) minimum.value() - members));
    Reason chair =
        Reason.of(
                fullTimePossible
                    ? MessageKeys.FULL_TIME_CHAIR_POSSIBLE
                    : MessageKeys.FULL_TIME_CHAIR_NOT_PROVIDED,
                Argument.number("staff", staff),
                Argument.number("required", fullTime.value()))
            .using(fullTime);
    Reason womenReason;
    Argument female = Argument.number("femaleStaff", femaleStaff);
    Argument womenRequired = Argument.number("required", women.value());
    switch (womenWork) {
      case COMMITTEE:
        womenReason = Reason.of(MessageKeys.WOMENS_COMMITTEE, female, womenRequired).using(women);
        break;
      case MEMBER:
        womenReason = Reason.of(MessageKeys.WOMENS_MEMBER, female, womenRequired).using(women);
        break;
      case NONE:
      default:
        womenReason =
            Reason.of(MessageKeys.NO_FEMALE_STAFF).citing(BuildingRules.UNION_LAW_11_WOMEN);
        break;
    }
    return ImmutableUnionRequirement.builder()
        .members(members)
        .staff(staff)
        .femaleStaff(femaleStaff)
        .asOf(asOf)
        .committeeRequired(committee)
        .membersToCommittee(Math.max(0, minimum.value() - members))
        .allowedForms(
            committee
                ? ImmutableSet.of(UnionForm.ENTERPRISE_COMMITTEE)
                : ImmutableSet.of(
                    UnionForm.ENTERPRISE_COMMITTEE, UnionForm.JOINT_COMMITTEE, UnionForm.ORGANIZER))
        .fullTimeChairPossible(fullTimePossible)
        .womenWork(womenWork)
        .organizationReason(organization.using(minimum))
        .fullTimeChairReason(chair)
        .womenWorkReason(womenReason)
        .build();
  }

  // ---- the thresholds themselves, shared with the classification-only screening ----

  /**
   * BRANCH-REG Art. 4–5: whether a unit needs its own party organisation rather than a joint branch.
   */
  static boolean ownOrganizationRequired(int fullMembers, int branchMinFull) {
    return fullMembers >= branchMinFull;
  }

  /**
   * The required party form: a joint branch below the branch minimum of full members (Art. 5),
   * else by the members' number a primary committee, a general branch or a branch.
   */
  static PartyForm formFor(
      int fullMembers, int allMembers, int branchMinFull, int generalMin, int primaryMin) {
    if (!ownOrganizationRequired(fullMembers, branchMinFull)) {
      return PartyForm.JOINT_BRANCH;
    }
    if (allMembers >= primaryMin) {
      return PartyForm.PRIMARY_COMMITTEE;
    }
    if (allMembers >= generalMin) {
      return PartyForm.GENERAL_BRANCH;
    }
    return PartyForm.BRANCH;
  }

  /** BRANCH-REG Art. 20: whether a branch is led by a committee rather than one secretary. */
  static boolean branchCommittee(int fullMembers, int committeeMinFull) {
    return fullMembers >= committeeMinFull;
  }

  /** UNION-LAW Art. 11: whether an employer must have its own union committee. */
  static boolean unionCommitteeRequired(int members, int unionCommitteeMin) {
    return members >= unionCommitteeMin;
  }

  /** UNION-LAW Art. 14: whether the union may have a full-time chair. */
  static boolean fullTimeChairPossible(int staff, int fullTimeChairMinStaff) {
    return staff >= fullTimeChairMinStaff;
  }

  /** UNION-LAW Art. 11: the women's work form for the female staff. */
  static WomenWorkForm womenWorkFor(int femaleStaff, int womensCommitteeMin) {
    if (femaleStaff == 0) {
      return WomenWorkForm.NONE;
    }
    return femaleStaff >= womensCommitteeMin ? WomenWorkForm.COMMITTEE : WomenWorkForm.MEMBER;
  }
}
