package org.dangong.benchmarks;

import java.util.List;
import org.dangong.building.BranchLeadership;
import org.dangong.building.BuildingReport;
import org.dangong.building.CoverageScreening;
import org.dangong.building.EnterpriseAssessment;
import org.dangong.building.LeadershipRequirement;
import org.dangong.building.PartyCoverage;
import org.dangong.building.UnionCoverage;
import org.dangong.model.EnterpriseId;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.PartyForm;
import org.dangong.model.WomenWorkForm;

/**
 * The coverage classification and required forms of one non-public enterprise packed into an int,
 * the common answer of the engine and the two baselines (hand-written arrays and Drools).
 *
 * <p>Bits: 0–1 party coverage, 2–4 union coverage (ordinals of {@link PartyCoverage} and {@link
 * UnionCoverage}); 5–7 the required party form (ordinal of {@link PartyForm}); 8 a branch
 * committee (BRANCH-REG Art. 20, only for a required branch); 9 an own union committee required
 * (UNION-LAW Art. 11); 10 a full-time chair possible (Art. 14); 11–12 the women's work form
 * (ordinal of {@link WomenWorkForm}); 13 closed (out of scope).
 */
public final class Classification {
  /** Party coverage {@link PartyCoverage#OWN_ORGANIZATION}. */
  public static final int PARTY_OWN = PartyCoverage.OWN_ORGANIZATION.ordinal();

  /** Party coverage {@link PartyCoverage#JOINT_ORGANIZATION}. */
  public static final int PARTY_JOINT = PartyCoverage.JOINT_ORGANIZATION.ordinal();

  /** Party coverage {@link PartyCoverage#NONE}. */
  public static final int PARTY_NONE = PartyCoverage.NONE.ordinal();

  /** Union coverage {@link UnionCoverage#NONE}; the others are the ordinals of union forms. */
  public static final int UNION_NONE = UnionCoverage.NONE.ordinal();

  /** Required form {@link PartyForm#BRANCH}. */
  public static final int FORM_BRANCH = PartyForm.BRANCH.ordinal();

  /** Required form {@link PartyForm#JOINT_BRANCH}. */
  public static final int FORM_JOINT_BRANCH = PartyForm.JOINT_BRANCH.ordinal();

  /** Required form {@link PartyForm#GENERAL_BRANCH}. */
  public static final int FORM_GENERAL_BRANCH = PartyForm.GENERAL_BRANCH.ordinal();

  /** Required form {@link PartyForm#PRIMARY_COMMITTEE}. */
  public static final int FORM_PRIMARY_COMMITTEE = PartyForm.PRIMARY_COMMITTEE.ordinal();

  /** Women's work {@link WomenWorkForm#COMMITTEE}. */
  public static final int WOMEN_COMMITTEE = WomenWorkForm.COMMITTEE.ordinal();

  /** Women's work {@link WomenWorkForm#MEMBER}. */
  public static final int WOMEN_MEMBER = WomenWorkForm.MEMBER.ordinal();

  /** Women's work {@link WomenWorkForm#NONE}. */
  public static final int WOMEN_NONE = WomenWorkForm.NONE.ordinal();

  private Classification() {}

  /**
   * Packs a classification.
   *
   * @param partyCoverage the party coverage's ordinal
   * @param unionCoverage the union coverage's ordinal
   * @param form the required party form's ordinal
   * @param branchCommittee whether a required branch is led by a committee
   * @param unionCommittee whether an own union committee is required
   * @param fullTimeChair whether a full-time chair is possible
   * @param women the women's work form's ordinal
   * @param closed whether the enterprise is closed
   * @return the packed classification
   */
  public static int pack(
      int partyCoverage,
      int unionCoverage,
      int form,
      boolean branchCommittee,
      boolean unionCommittee,
      boolean fullTimeChair,
      int women,
      boolean closed) {
    return partyCoverage
        | unionCoverage << 2
        | form << 5
        | (branchCommittee ? 1 << 8 : 0)
        | (unionCommittee ? 1 << 9 : 0)
        | (fullTimeChair ? 1 << 10 : 0)
        | women << 11
        | (closed ? 1 << 13 : 0);
  }

  /**
   * Reads the classification of the engine's assessment.
   *
   * @param a the assessment
   * @return the packed classification
   */
  public static int of(EnterpriseAssessment a) {
    return pack(
        a.partyCoverage().ordinal(),
        a.unionCoverage().ordinal(),
        a.partyRequirement().form().ordinal(),
        a.partyRequirement()
            .leadership()
            .map(LeadershipRequirement::leadership)
            .map(l -> l == BranchLeadership.COMMITTEE)
            .orElse(false),
        a.unionRequirement().committeeRequired(),
        a.unionRequirement().fullTimeChairPossible(),
        a.unionRequirement().womenWork().ordinal(),
        a.status() == EnterpriseStatus.CLOSED);
  }

  /**
   * Reads the classifications of a report's assessments, in their order (enterprise id order).
   *
   * @param report the report
   * @return one packed classification per assessed enterprise
   */
  public static int[] of(BuildingReport report) {
    List<EnterpriseAssessment> all = report.assessments();
    int[] out = new int[all.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = of(all.get(i));
    }
    return out;
  }

  /**
   * Reads the classifications of a screening, in its order (enterprise id order).
   *
   * @param screening the screening of {@code BuildingEngine.classify}
   * @return one packed classification per screened enterprise
   */
  public static int[] of(CoverageScreening screening) {
    List<EnterpriseId> ids = screening.enterprises();
    int[] out = new int[ids.size()];
    for (int i = 0; i < out.length; i++) {
      EnterpriseId id = ids.get(i);
      out[i] =
          pack(
              screening.partyCoverage(id).ordinal(),
              screening.unionCoverage(id).ordinal(),
              screening.requiredPartyForm(id).ordinal(),
              screening.branchLeadership(id).map(l -> l == BranchLeadership.COMMITTEE).orElse(false),
              screening.unionCommitteeRequired(id),
              screening.fullTimeChairPossible(id),
              screening.womenWork(id).ordinal(),
              !screening.inScope(id));
    }
    return out;
  }
}
