package org.dangong.building;

import org.dangong.model.Labelled;

/**
 * The kind of a {@link BuildingAction}: which seed practice gets an enterprise's organisations
 * built.
 */
public enum ActionKind implements Labelled {
  /** SYNC-BUILD (同步建): plan the party and union organisations together. */
  SYNC_BUILD,
  /**
   * MUTUAL-P2U and DUAL-LEAD-1 (建党未建会): party members join the union first, recruit their
   * colleagues, and the union is founded.
   */
  MUTUAL_P2U,
  /**
   * MUTUAL-U2P with DUAL-REC-1 and DUAL-REC-2 (建会未建党): the union works first, recommends its
   * party-member chair and its activists, and the party organisation is founded.
   */
  MUTUAL_U2P,
  /** DUAL-LEAD-2: assign a union-building instructor beside the party-building instructor. */
  DUAL_LEAD_2,
  /**
   * SYNC-CLUSTER: a small enterprise of a building area or intermediary is covered by the joint
   * party organisation and the union federation (工会联合会) founded there together.
   */
  SYNC_CLUSTER;

  @Override
  public String messageKey() {
    return "enum.ActionKind." + name();
  }
}
