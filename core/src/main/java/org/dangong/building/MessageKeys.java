package org.dangong.building;

/**
 * The keys of the building engine's reason messages, in the package's bundles {@code
 * org/dangong/building/Messages*.properties}. A test checks that each has a Chinese and an English
 * text with the same placeholders.
 */
final class MessageKeys {
  private MessageKeys() {}

  // ---- required forms ----
  static final String OWN_ORGANIZATION_REQUIRED = "reason.building.own-organization-required";
  static final String JOINT_BRANCH_REQUIRED = "reason.building.joint-branch-required";
  static final String BRANCH_COMMITTEE = "reason.building.branch-committee";
  static final String BRANCH_SECRETARY = "reason.building.branch-secretary";
  static final String BRANCH_DEFAULT = "reason.building.branch-default";
  static final String GENERAL_BRANCH_DEFAULT = "reason.building.general-branch-default";
  static final String PRIMARY_COMMITTEE_DEFAULT = "reason.building.primary-committee-default";
  static final String UNION_COMMITTEE_REQUIRED = "reason.building.union-committee-required";
  static final String UNION_OPTIONS = "reason.building.union-options";
  static final String FULL_TIME_CHAIR_POSSIBLE = "reason.building.full-time-chair-possible";
  static final String FULL_TIME_CHAIR_NOT_PROVIDED = "reason.building.full-time-chair-not-provided";
  static final String WOMENS_COMMITTEE = "reason.building.womens-committee";
  static final String WOMENS_MEMBER = "reason.building.womens-member";
  static final String NO_FEMALE_STAFF = "reason.building.no-female-staff";

  // ---- the enterprise as it is ----
  static final String COVERAGE = "reason.building.coverage";
  static final String CLOSED = "reason.building.closed";
  static final String COVERED_BY = "reason.building.covered-by";
  static final String NO_PARTY_ORGANIZATION = "reason.building.no-party-organization";
  static final String NO_UNION = "reason.building.no-union";
  static final String ONLY_JOINT_COVERAGE = "reason.building.only-joint-coverage";
  static final String OWN_BRANCH_BELOW_MINIMUM = "reason.building.own-branch-below-minimum";
  static final String HAS_COMMITTEE = "reason.building.has-committee";
  static final String HAS_NO_COMMITTEE = "reason.building.has-no-committee";
  static final String CURRENT_FORM = "reason.building.current-form";
  static final String NO_OWN_COMMITTEE = "reason.building.no-own-committee";
  static final String CURRENT_FULL_TIME_CHAIR = "reason.building.current-full-time-chair";
  static final String CURRENT_PART_TIME_CHAIR = "reason.building.current-part-time-chair";
  static final String CURRENT_WOMEN_WORK = "reason.building.current-women-work";
  static final String NOT_YET_FOUNDED = "reason.building.not-yet-founded";

  // ---- organisations ----
  static final String TERM_EXPIRED = "reason.building.term-expired";
  static final String TERM_OVERDUE = "reason.building.term-overdue";
  static final String BRANCH_ABOVE_ADVISORY = "reason.building.branch-above-advisory";
  static final String JOINT_BRANCH_MEMBERS = "reason.building.joint-branch-members";
  static final String CHAIR_TRAINED = "reason.building.chair-trained";
  static final String CHAIR_NOT_TRAINED = "reason.building.chair-not-trained";
  static final String CHAIR_NEVER_TRAINED = "reason.building.chair-never-trained";

  // ---- actions ----
  static final String SYNC_BUILD_NEW = "reason.building.sync-build.new";
  static final String SYNC_BUILD_RESTRUCTURING = "reason.building.sync-build.restructuring";
  static final String SYNC_BUILD_ESTABLISHED = "reason.building.sync-build.established";
  static final String P2U_PARTY_LEADS = "reason.building.p2u.party-leads";
  static final String P2U_MEMBERS_JOIN_FIRST = "reason.building.p2u.members-join-first";
  static final String P2U_MEMBERS_NEEDED = "reason.building.p2u.members-needed";
  static final String P2U_THRESHOLD_REACHED = "reason.building.p2u.threshold-reached";
  static final String P2U_SMALL_ENTERPRISE = "reason.building.p2u.small-enterprise";
  static final String U2P_UNION_FIRST = "reason.building.u2p.union-first";
  static final String U2P_RECOMMEND_CHAIR = "reason.building.u2p.recommend-chair";
  static final String U2P_CHAIR_PROBATIONARY = "reason.building.u2p.chair-probationary";
  static final String U2P_CHAIR_STANDING_SHORT = "reason.building.u2p.chair-standing-short";
  static final String U2P_CHAIR_DISCIPLINED = "reason.building.u2p.chair-disciplined";
  static final String U2P_CHAIR_NOT_MEMBER = "reason.building.u2p.chair-not-member";
  static final String U2P_CHAIR_ELSEWHERE = "reason.building.u2p.chair-elsewhere";
  static final String U2P_CHAIR_VACANT = "reason.building.u2p.chair-vacant";
  static final String U2P_RECOMMEND_ACTIVISTS = "reason.building.u2p.recommend-activists";
  static final String U2P_NO_APPLICANTS = "reason.building.u2p.no-applicants";
  static final String U2P_FOUND_BRANCH_NOW = "reason.building.u2p.found-branch-now";
  static final String U2P_FULL_MEMBERS_NEEDED = "reason.building.u2p.full-members-needed";
  static final String DUAL_LEAD_2 = "reason.building.dual-lead-2";
  static final String CLUSTER_SMALL = "reason.building.cluster.small";
  static final String CLUSTER_JOIN_PARTY = "reason.building.cluster.join-party";
  static final String CLUSTER_PARTY_FULL = "reason.building.cluster.party-full";
  static final String CLUSTER_FOUND_PARTY = "reason.building.cluster.found-party";
  static final String CLUSTER_FOUND_FEDERATION = "reason.building.cluster.found-federation";
  static final String CLUSTER_FOUND_BOTH = "reason.building.cluster.found-both";

  // ---- joint-branch proposals ----
  static final String JOINT_UNITS = "reason.building.joint.units";
  static final String JOINT_FORMABLE = "reason.building.joint.formable";
  static final String JOINT_SHORTFALL = "reason.building.joint.shortfall";
  static final String JOINT_BY_CLUSTER = "reason.building.joint.by-cluster";
  static final String JOINT_BY_REGION = "reason.building.joint.by-region";
  static final String JOINT_ESCALATED = "reason.building.joint.escalated";
  static final String JOINT_FEWEST_GROUPS = "reason.building.joint.fewest-groups";

  // ---- network and indicators ----
  static final String COORDINATOR_PRESENT = "reason.building.coordinator-present";
  static final String COORDINATOR_MISSING = "reason.building.coordinator-missing";
  static final String WORKING_COMMITTEE_PRESENT = "reason.building.working-committee-present";
  static final String WORKING_COMMITTEE_MISSING = "reason.building.working-committee-missing";
  static final String REGION_DUAL_LEAD_2 = "reason.building.region-dual-lead-2";
  static final String TOWN_CHAIR_RANK_SHARE = "reason.building.town-chair-rank-share";
  static final String TRAINED_CHAIR_SHARE = "reason.building.trained-chair-share";
  static final String COVERAGE_RATE = "reason.building.coverage-rate";
}
