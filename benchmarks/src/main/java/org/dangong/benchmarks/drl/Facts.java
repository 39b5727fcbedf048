package org.dangong.benchmarks.drl;

import org.dangong.benchmarks.Classification;

/** The facts the DRL building rules reason over: plain Java beans, as a rule engine wants them. */
public final class Facts {
  private Facts() {}

  /** A non-public enterprise; the rules write its classification into it. */
  public static final class Firm {
    private final int index;
    private final boolean closed;
    private final int headcount;
    private final int female;
    private int partyCoverage;
    private int unionCoverage;
    private int form;
    private boolean branchCommittee;
    private boolean unionCommittee;
    private boolean fullTimeChair;
    private int women;

    /**
     * Creates the fact.
     *
     * @param index the enterprise's index in id order
     * @param closed whether it is closed
     * @param headcount its staff
     * @param female its female staff
     */
    public Firm(int index, boolean closed, int headcount, int female) {
      this.index = index;
      this.closed = closed;
      this.headcount = headcount;
      this.female = female;
      reset();
    }

    /** Clears the classification before a run. */
    public void reset() {
      partyCoverage = Classification.PARTY_NONE;
      unionCoverage = Classification.UNION_NONE;
      form = -1;
      branchCommittee = false;
      unionCommittee = false;
      fullTimeChair = false;
      women = Classification.WOMEN_NONE;
    }

    /**
     * Returns the index.
     *
     * @return the enterprise's index in id order
     */
    public int getIndex() {
      return index;
    }

    /**
     * Returns whether closed.
     *
     * @return whether the enterprise is closed
     */
    public boolean isClosed() {
      return closed;
    }

    /**
     * Returns the staff.
     *
     * @return the headcount
     */
    public int getHeadcount() {
      return headcount;
    }

    /**
     * Returns the female staff.
     *
     * @return the female headcount
     */
    public int getFemale() {
      return female;
    }

    /**
     * Sets the party coverage.
     *
     * @param value the coverage's ordinal
     */
    public void setPartyCoverage(int value) {
      partyCoverage = value;
    }

    /**
     * Offers a union coverage; the strongest (lowest ordinal) is kept.
     *
     * @param value the coverage's ordinal
     */
    public void offerUnion(int value) {
      unionCoverage = Math.min(unionCoverage, value);
    }

    /**
     * Sets the required party form.
     *
     * @param value the form's ordinal
     * @param committee whether a branch is led by a committee
     */
    public void setForm(int value, boolean committee) {
      form = value;
      branchCommittee = committee;
    }

    /** Marks an own union committee as required. */
    public void requireUnionCommittee() {
      unionCommittee = true;
    }

    /** Marks a full-time chair as possible. */
    public void allowFullTimeChair() {
      fullTimeChair = true;
    }

    /**
     * Sets the women's work form.
     *
     * @param value the form's ordinal
     */
    public void setWomen(int value) {
      women = value;
    }

    /**
     * Returns the packed classification the rules reached.
     *
     * @return the classification
     */
    public int classification() {
      return Classification.pack(
          partyCoverage,
          unionCoverage,
          form,
          branchCommittee,
          unionCommittee,
          fullTimeChair,
          women,
          closed);
    }
  }

  /** A person employed by a firm. */
  public static final class Staff {
    private final int firm;
    private final boolean full;
    private final boolean probationary;
    private final boolean activeUnion;

    /**
     * Creates the fact.
     *
     * @param firm the employer's index
     * @param full whether a full party member
     * @param probationary whether a probationary party member
     * @param activeUnion whether an active union member
     */
    public Staff(int firm, boolean full, boolean probationary, boolean activeUnion) {
      this.firm = firm;
      this.full = full;
      this.probationary = probationary;
      this.activeUnion = activeUnion;
    }

    /**
     * Returns the employer.
     *
     * @return the employer's index
     */
    public int getFirm() {
      return firm;
    }

    /**
     * Returns whether a full member.
     *
     * @return whether a full party member
     */
    public boolean isFull() {
      return full;
    }

    /**
     * Returns whether a probationary member.
     *
     * @return whether a probationary party member
     */
    public boolean isProbationary() {
      return probationary;
    }

    /**
     * Returns whether an active union member.
     *
     * @return whether an active union member
     */
    public boolean isActiveUnion() {
      return activeUnion;
    }
  }

  /** A party organisation covering a firm. */
  public static final class PartyLink {
    private final int firm;
    private final int form;
    private final int covered;

    /**
     * Creates the fact.
     *
     * @param firm the firm's index
     * @param form the organisation's form ordinal
     * @param covered how many enterprises the organisation covers
     */
    public PartyLink(int firm, int form, int covered) {
      this.firm = firm;
      this.form = form;
      this.covered = covered;
    }

    /**
     * Returns the firm.
     *
     * @return the firm's index
     */
    public int getFirm() {
      return firm;
    }

    /**
     * Returns the form.
     *
     * @return the form's ordinal
     */
    public int getForm() {
      return form;
    }

    /**
     * Returns the enterprises covered.
     *
     * @return their number
     */
    public int getCovered() {
      return covered;
    }
  }

  /** A union organisation covering a firm. */
  public static final class UnionLink {
    private final int firm;
    private final int form;

    /**
     * Creates the fact.
     *
     * @param firm the firm's index
     * @param form the organisation's form ordinal
     */
    public UnionLink(int firm, int form) {
      this.firm = firm;
      this.form = form;
    }

    /**
     * Returns the firm.
     *
     * @return the firm's index
     */
    public int getFirm() {
      return firm;
    }

    /**
     * Returns the form.
     *
     * @return the form's ordinal
     */
    public int getForm() {
      return form;
    }
  }

  /** A firm's membership of a cluster (building area). */
  public static final class ClusterMember {
    private final int firm;
    private final int cluster;

    /**
     * Creates the fact.
     *
     * @param firm the firm's index
     * @param cluster the cluster's index
     */
    public ClusterMember(int firm, int cluster) {
      this.firm = firm;
      this.cluster = cluster;
    }

    /**
     * Returns the firm.
     *
     * @return the firm's index
     */
    public int getFirm() {
      return firm;
    }

    /**
     * Returns the cluster.
     *
     * @return the cluster's index
     */
    public int getCluster() {
      return cluster;
    }
  }

  /** A union federation of a cluster. */
  public static final class Federation {
    private final int cluster;

    /**
     * Creates the fact.
     *
     * @param cluster the cluster's index
     */
    public Federation(int cluster) {
      this.cluster = cluster;
    }

    /**
     * Returns the cluster.
     *
     * @return the cluster's index
     */
    public int getCluster() {
      return cluster;
    }
  }

  /** A firm's counts, inserted by the first rule. */
  public static final class Counts {
    private final int firm;
    private final int full;
    private final int all;
    private final int union;

    /**
     * Creates the fact.
     *
     * @param firm the firm's index
     * @param full full members
     * @param all full and probationary members
     * @param union active union members
     */
    public Counts(int firm, int full, int all, int union) {
      this.firm = firm;
      this.full = full;
      this.all = all;
      this.union = union;
    }

    /**
     * Returns the firm.
     *
     * @return the firm's index
     */
    public int getFirm() {
      return firm;
    }

    /**
     * Returns the full members.
     *
     * @return their number
     */
    public int getFull() {
      return full;
    }

    /**
     * Returns the members.
     *
     * @return full and probationary members
     */
    public int getAll() {
      return all;
    }

    /**
     * Returns the union members.
     *
     * @return active union members
     */
    public int getUnion() {
      return union;
    }
  }

  /** The policy thresholds. */
  public static final class Limits {
    private final org.dangong.benchmarks.Thresholds t;

    /**
     * Creates the fact.
     *
     * @param t the thresholds
     */
    public Limits(org.dangong.benchmarks.Thresholds t) {
      this.t = t;
    }

    /**
     * Returns the full members for an own branch.
     *
     * @return the threshold
     */
    public int getBranchMinFull() {
      return t.branchMinFull();
    }

    /**
     * Returns the full members for a branch committee.
     *
     * @return the threshold
     */
    public int getCommitteeMinFull() {
      return t.committeeMinFull();
    }

    /**
     * Returns the members for a general branch.
     *
     * @return the threshold
     */
    public int getGeneralBranchMin() {
      return t.generalBranchMin();
    }

    /**
     * Returns the members for a primary committee.
     *
     * @return the threshold
     */
    public int getPrimaryCommitteeMin() {
      return t.primaryCommitteeMin();
    }

    /**
     * Returns the union members for an own committee.
     *
     * @return the threshold
     */
    public int getUnionCommitteeMin() {
      return t.unionCommitteeMin();
    }

    /**
     * Returns the staff for a full-time chair.
     *
     * @return the threshold
     */
    public int getFullTimeChairMinStaff() {
      return t.fullTimeChairMinStaff();
    }

    /**
     * Returns the female staff for a women workers' committee.
     *
     * @return the threshold
     */
    public int getWomensCommitteeMinFemale() {
      return t.womensCommitteeMinFemale();
    }
  }
}
