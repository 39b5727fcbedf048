package org.dangong.building;

import org.dangong.model.Labelled;

/**
 * How a party branch is led, BRANCH-REG Art. 20: a branch committee from seven full members, else
 * one secretary.
 */
public enum BranchLeadership implements Labelled {
  /** A branch committee (党支部委员会) of three to five members, generally at most seven. */
  COMMITTEE,
  /** One secretary (1名书记), with one deputy secretary if needed, and no committee. */
  SECRETARY;

  @Override
  public String messageKey() {
    return "enum.BranchLeadership." + name();
  }
}
