package org.dangong.building;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dangong.model.ClusterId;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.Jurisdiction;
import org.dangong.model.MembershipStatus;
import org.dangong.model.PartyForm;
import org.dangong.model.PartyOrganization;
import org.dangong.model.PartyStage;
import org.dangong.model.Person;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionMembership;
import org.dangong.model.UnionOrganization;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;

/**
 * The classification-only pass behind {@link BuildingEngine#classify(Jurisdiction, LocalDate)}: the
 * same coverage and threshold logic as the assessor ({@link Assessor#isOwn}, {@link
 * Assessor#coverageOf} and the thresholds of {@link RequiredForms}), the policy values read once,
 * one pass over each enterprise's staff and covering organisations, one packed int an enterprise
 * and no per-person allocation.
 */
// Packed storage, one int an enterprise, decoded with values(): ordinals are the point here.
@SuppressWarnings("EnumOrdinal")
final class Screener {
  private static final int UNION_NONE = UnionCoverage.NONE.ordinal();
  private static final int FEDERATION = UnionCoverage.FEDERATION.ordinal();
  private static final int FULL = 0;
  private static final int PROBATIONARY = 1;
  private static final int UNION_MEMBERS = 2;

  private final int branchMinFull;
  private final int committeeMinFull;
  private final int generalMin;
  private final int primaryMin;
  private final int unionCommitteeMin;
  private final int fullTimeChairMinStaff;
  private final int womensCommitteeMin;

  Screener(Policy policy, LocalDate asOf) {
    this.branchMinFull = policy.value(Parameters.BRANCH_MIN_FULL_MEMBERS, asOf);
    this.committeeMinFull = policy.value(Parameters.BRANCH_COMMITTEE_MIN_FULL_MEMBERS, asOf);
    this.generalMin = policy.value(Parameters.GENERAL_BRANCH_MIN_MEMBERS, asOf);
    this.primaryMin = policy.value(Parameters.PRIMARY_COMMITTEE_MIN_MEMBERS, asOf);
    this.unionCommitteeMin = policy.value(Parameters.UNION_COMMITTEE_MIN_MEMBERS, asOf);
    this.fullTimeChairMinStaff = policy.value(Parameters.FULL_TIME_CHAIR_MIN_STAFF, asOf);
    this.womensCommitteeMin = policy.value(Parameters.WOMENS_COMMITTEE_MIN_FEMALE_STAFF, asOf);
  }

  /** The non-public enterprises of the whole jurisdiction, in id order (its list is in id order). */
  static List<Enterprise> all(Jurisdiction j) {
    ImmutableList<Enterprise> enterprises = j.enterprises();
    List<Enterprise> out = new ArrayList<>(enterprises.size());
    for (int i = 0, n = enterprises.size(); i < n; i++) {
      Enterprise e = enterprises.get(i);
      if (e.isNonPublic()) {
        out.add(e);
      }
    }
    return out;
  }

  /** The non-public enterprises registered in a region or below it, in id order. */
  static List<Enterprise> within(Jurisdiction j, Region top) {
    List<Enterprise> out = new ArrayList<>();
    Deque<Region> queue = new ArrayDeque<>();
    queue.add(top);
    while (!queue.isEmpty()) {
      Region r = queue.poll();
      for (Enterprise e : j.enterprisesIn(r.id())) {
        if (e.isNonPublic()) {
          out.add(e);
        }
      }
      queue.addAll(j.children(r.id()));
    }
    out.sort(Comparator.comparing(Enterprise::id));
    return out;
  }

  CoverageScreening screen(
      Jurisdiction j, List<Enterprise> enterprises, LocalDate asOf, Optional<RegionId> scope) {
    Set<ClusterId> federated = new HashSet<>();
    for (UnionOrganization u : j.unionOrganizations()) {
      Optional<ClusterId> cluster = u.cluster();
      if (u.form() == UnionForm.FEDERATION && cluster.isPresent()) {
        federated.add(cluster.get());
      }
    }
    int size = enterprises.size();
    EnterpriseId[] ids = new EnterpriseId[size];
    int[] packed = new int[size];
    int[] counts = new int[3];
    for (int i = 0; i < size; i++) {
      Enterprise e = enterprises.get(i);
      EnterpriseId id = e.id();
      ids[i] = id;
      packed[i] = classify(j, e, id, federated, counts);
    }
    return new CoverageScreening(asOf, scope, ImmutableList.copyOf(ids), packed);
  }

  /**
   * Counts full members, probationary members and active union members into {@code counts}. A
   * small method of its own so that the compiler inlines the people's accessors into it and
   * allocates nothing per person.
   */
  private static void countStaff(ImmutableList<Person> staff, int[] counts) {
    int full = 0;
    int probationary = 0;
    int unionMembers = 0;
    for (int k = 0, n = staff.size(); k < n; k++) {
      Person p = staff.get(k);
      PartyStage stage = p.partyStanding().stage();
      if (stage == PartyStage.FULL) {
        full++;
      } else if (stage == PartyStage.PROBATIONARY) {
        probationary++;
      }
      // The generated accessor wraps the membership in a new Optional on every call: 16 bytes a
      // union member, the only per-person allocation left (JDK 17 does not eliminate it here).
      UnionMembership m = p.unionMembership().orElse(null);
      if (m != null && m.status() == MembershipStatus.ACTIVE) {
        unionMembers++;
      }
    }
    counts[FULL] = full;
    counts[PROBATIONARY] = probationary;
    counts[UNION_MEMBERS] = unionMembers;
  }

  private int classify(
      Jurisdiction j, Enterprise e, EnterpriseId id, Set<ClusterId> federated, int[] counts) {
    // Staff: full and probationary members, active union members (the assessor's counts).
    countStaff(j.employees(id), counts);
    int full = counts[FULL];
    int probationary = counts[PROBATIONARY];
    int unionMembers = counts[UNION_MEMBERS];

    // Party coverage: the strongest grassroots organisation covering the enterprise.
    PartyCoverage party = PartyCoverage.NONE;
    ImmutableList<PartyOrganization> parties = j.partyOrganizationsCovering(id);
    for (int k = 0, n = parties.size(); k < n; k++) {
      PartyOrganization o = parties.get(k);
      if (!o.form().isGrassroots()) {
        continue;
      }
      if (Assessor.isOwn(o, id)) {
        party = PartyCoverage.OWN_ORGANIZATION;
        break;
      }
      party = PartyCoverage.JOINT_ORGANIZATION;
    }

    // Union coverage: the first that applies of the grassroots unions and the clusters' federations.
    int union = UNION_NONE;
    ImmutableList<UnionOrganization> unions = j.unionOrganizationsCovering(id);
    for (int k = 0, n = unions.size(); k < n; k++) {
      union = Math.min(union, Assessor.coverageOf(unions.get(k).form()).ordinal());
    }
    if (union > FEDERATION && !federated.isEmpty()) {
      ImmutableSet<ClusterId> clusters = e.clusters();
      for (ClusterId c : clusters) {
        if (federated.contains(c)) {
          union = FEDERATION;
          break;
        }
      }
    }

    PartyForm form =
        RequiredForms.formFor(full, full + probationary, branchMinFull, generalMin, primaryMin);
    return CoverageScreening.pack(
        party,
        union,
        form,
        form == PartyForm.BRANCH && RequiredForms.branchCommittee(full, committeeMinFull),
        RequiredForms.unionCommitteeRequired(unionMembers, unionCommitteeMin),
        RequiredForms.fullTimeChairPossible(e.headcount(), fullTimeChairMinStaff),
        RequiredForms.womenWorkFor(e.femaleHeadcount(), womensCommitteeMin),
        e.status() == EnterpriseStatus.CLOSED);
  }
}
