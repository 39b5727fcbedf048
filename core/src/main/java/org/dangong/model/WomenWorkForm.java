package org.dangong.model;

/**
 * How a union organises women's work, UNION-LAW Art. 11.
 */
public enum WomenWorkForm implements Labelled {
  /** A women workers' committee (女职工委员会). */
  COMMITTEE,
  /** A women workers' member on the union committee (女职工委员). */
  MEMBER,
  /** Neither (未设). */
  NONE;

  @Override
  public String messageKey() {
    return "enum.WomenWorkForm." + name();
  }
}
