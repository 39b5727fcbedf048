package org.dangong.model;

/**
 * A person's nationality as the rules see it: CHAIR-RULES Art. 6 bars foreign staff (外籍职工)
 * from standing for union chair.
 */
public enum Nationality implements Labelled {
  /** A Chinese national (中国籍). */
  CHINESE,
  /** A foreign national (外籍). */
  FOREIGN;

  @Override
  public String messageKey() {
    return "enum.Nationality." + name();
  }
}
