package org.dangong.building;

import org.dangong.model.Labelled;

/** What holds the units of a proposed joint branch together (BRANCH-REG Art. 5: 地域相邻、行业相近). */
public enum GroupingBasis implements Labelled {
  /** The same building area, park or intermediary (楼宇、园区、中介机构). */
  CLUSTER,
  /** The same region: a town or subdistrict, or the county-level region above them. */
  REGION;

  @Override
  public String messageKey() {
    return "enum.GroupingBasis." + name();
  }
}
