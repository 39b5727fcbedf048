package org.dangong.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dangong.model.ClusterId;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.Jurisdiction;
import org.dangong.model.MembershipStatus;
import org.dangong.model.PartyForm;
import org.dangong.model.PartyOrganization;
import org.dangong.model.Person;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionOrganization;

/**
 * The hand-written baseline: the facts the building rules read, copied once out of a {@link
 * Jurisdiction} into flat primitive arrays (compressed rows per non-public enterprise, in id
 * order), and one pass over them computing the same {@link Classification} as the engine. It is the
 * practical limit of the classification: no objects, no decisions, no reasons.
 */
public final class PlainCity {
  private static final byte GRASSROOTS_LIMIT = (byte) PartyForm.NON_PUBLIC_WORKING_COMMITTEE.ordinal();
  private static final int BRANCH = PartyForm.BRANCH.ordinal();
  private static final int GENERAL_BRANCH = PartyForm.GENERAL_BRANCH.ordinal();
  private static final int PRIMARY_COMMITTEE = PartyForm.PRIMARY_COMMITTEE.ordinal();
  private static final int FULL = org.dangong.model.PartyStage.FULL.ordinal();
  private static final int PROBATIONARY = org.dangong.model.PartyStage.PROBATIONARY.ordinal();
  private static final int UNION_GRASSROOTS_LIMIT = UnionForm.TOWN_UNION.ordinal();

  private final Thresholds t;
  private final int size;
  private final boolean[] closed;
  private final int[] headcount;
  private final int[] female;
  private final int[] staffStart;
  private final byte[] stage;
  private final boolean[] activeUnion;
  private final int[] partyStart;
  private final byte[] partyForm;
  private final int[] partyCovered;
  private final int[] unionStart;
  private final byte[] unionForm;
  private final int[] clusterStart;
  private final int[] cluster;
  private final boolean[] clusterHasFederation;

  private PlainCity(Jurisdiction j, Thresholds t) {
    this.t = t;
    List<Enterprise> firms = new ArrayList<>();
    for (Enterprise e : j.enterprises()) {
      if (e.isNonPublic()) {
        firms.add(e);
      }
    }
    firms.sort(Comparator.comparing(Enterprise::id));
    size = firms.size();
    closed = new boolean[size];
    headcount = new int[size];
    female = new int[size];
    staffStart = new int[size + 1];
    partyStart = new int[size + 1];
    unionStart = new int[size + 1];
    clusterStart = new int[size + 1];
    Map<ClusterId, Integer> clusterIndex = new HashMap<>();
    for (int i = 0; i < j.clusters().size(); i++) {
      clusterIndex.put(j.clusters().get(i).id(), i);
    }
    clusterHasFederation = new boolean[clusterIndex.size()];
    for (UnionOrganization u : j.unionOrganizations()) {
      if (u.form() == UnionForm.FEDERATION) {
        u.cluster().ifPresent(c -> clusterHasFederation[Objects.requireNonNull(clusterIndex.get(c))] = true);
      }
    }
    int staffCount = 0;
    int partyCount = 0;
    int unionCount = 0;
    int clusterCount = 0;
    for (int i = 0; i < size; i++) {
      Enterprise e = firms.get(i);
      staffCount += j.employees(e.id()).size();
      partyCount += j.partyOrganizationsCovering(e.id()).size();
      unionCount += j.unionOrganizationsCovering(e.id()).size();
      clusterCount += e.clusters().size();
    }
    stage = new byte[staffCount];
    activeUnion = new boolean[staffCount];
    partyForm = new byte[partyCount];
    partyCovered = new int[partyCount];
    unionForm = new byte[unionCount];
    cluster = new int[clusterCount];
    int s = 0;
    int p = 0;
    int u = 0;
    int c = 0;
    for (int i = 0; i < size; i++) {
      Enterprise e = firms.get(i);
      closed[i] = e.status() == EnterpriseStatus.CLOSED;
      headcount[i] = e.headcount();
      female[i] = e.femaleHeadcount();
      staffStart[i] = s;
      for (Person person : j.employees(e.id())) {
        stage[s] = (byte) person.partyStanding().stage().ordinal();
        activeUnion[s] =
            person.unionMembership().map(m -> m.status() == MembershipStatus.ACTIVE).orElse(false);
        s++;
      }
      partyStart[i] = p;
      for (PartyOrganization o : j.partyOrganizationsCovering(e.id())) {
        partyForm[p] = (byte) o.form().ordinal();
        partyCovered[p] = o.coveredEnterprises().size();
        p++;
      }
      unionStart[i] = u;
      for (UnionOrganization o : j.unionOrganizationsCovering(e.id())) {
        unionForm[u++] = (byte) o.form().ordinal();
      }
      clusterStart[i] = c;
      for (ClusterId id : e.clusters()) {
        cluster[c++] = Objects.requireNonNull(clusterIndex.get(id));
      }
    }
    staffStart[size] = s;
    partyStart[size] = p;
    unionStart[size] = u;
    clusterStart[size] = c;
  }

  /**
   * Copies the facts out of a jurisdiction.
   *
   * @param j the jurisdiction
   * @param t the thresholds
   * @return the arrays
   */
  public static PlainCity of(Jurisdiction j, Thresholds t) {
    return new PlainCity(j, t);
  }

  /**
   * Returns the number of non-public enterprises.
   *
   * @return the count
   */
  public int size() {
    return size;
  }

  /**
   * Classifies every non-public enterprise in one pass.
   *
   * @return one packed {@link Classification} per enterprise, in id order
   */
  public int[] classify() {
    int[] out = new int[size];
    for (int i = 0; i < size; i++) {
      int full = 0;
      int probationary = 0;
      int union = 0;
      for (int k = staffStart[i], end = staffStart[i + 1]; k < end; k++) {
        int st = stage[k];
        if (st == FULL) {
          full++;
        } else if (st == PROBATIONARY) {
          probationary++;
        }
        if (activeUnion[k]) {
          union++;
        }
      }
      int partyCoverage = Classification.PARTY_NONE;
      for (int k = partyStart[i], end = partyStart[i + 1]; k < end; k++) {
        int form = partyForm[k];
        if (form >= GRASSROOTS_LIMIT) {
          continue;
        }
        if (form == BRANCH
            || ((form == GENERAL_BRANCH || form == PRIMARY_COMMITTEE) && partyCovered[k] == 1)) {
          partyCoverage = Classification.PARTY_OWN;
          break;
        }
        partyCoverage = Classification.PARTY_JOINT;
      }
      int unionCoverage = Classification.UNION_NONE;
      for (int k = unionStart[i], end = unionStart[i + 1]; k < end; k++) {
        int form = unionForm[k];
        if (form < UNION_GRASSROOTS_LIMIT && form < unionCoverage) {
          unionCoverage = form;
        }
      }
      for (int k = clusterStart[i], end = clusterStart[i + 1]; k < end; k++) {
        if (clusterHasFederation[cluster[k]] && UnionForm.FEDERATION.ordinal() < unionCoverage) {
          unionCoverage = UnionForm.FEDERATION.ordinal();
        }
      }
      int all = full + probationary;
      int form;
      boolean committee = false;
      if (full < t.branchMinFull()) {
        form = Classification.FORM_JOINT_BRANCH;
      } else if (all >= t.primaryCommitteeMin()) {
        form = Classification.FORM_PRIMARY_COMMITTEE;
      } else if (all >= t.generalBranchMin()) {
        form = Classification.FORM_GENERAL_BRANCH;
      } else {
        form = Classification.FORM_BRANCH;
        committee = full >= t.committeeMinFull();
      }
      int f = female[i];
      int women =
          f == 0
              ? Classification.WOMEN_NONE
              : f >= t.womensCommitteeMinFemale()
                  ? Classification.WOMEN_COMMITTEE
                  : Classification.WOMEN_MEMBER;
      out[i] =
          Classification.pack(
              partyCoverage,
              unionCoverage,
              form,
              committee,
              union >= t.unionCommitteeMin(),
              headcount[i] >= t.fullTimeChairMinStaff(),
              women,
              closed[i]);
    }
    return out;
  }
}
