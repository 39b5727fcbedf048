package org.dangong.model;

/**
 * The ownership type of an {@link Enterprise} (所有制类型). The library's rules are about
 * non-public enterprises (非公有制企业); see {@link #isNonPublic()}.
 */
public enum Ownership implements Labelled {
  /** A private enterprise (私营企业). */
  PRIVATE,
  /** A foreign-invested enterprise (外商投资企业). */
  FOREIGN_INVESTED,
  /** A Hong Kong, Macao or Taiwan-invested enterprise (港澳台投资企业). */
  HK_MACAO_TAIWAN_INVESTED,
  /** A Sino-foreign joint venture (中外合资企业). */
  JOINT_VENTURE,
  /** A joint-stock company without state control (股份制企业). */
  JOINT_STOCK,
  /** A former state-owned enterprise restructured into private control (国有改制企业). */
  RESTRUCTURED_STATE_OWNED,
  /** A state-owned enterprise (国有企业): public ownership. */
  STATE_OWNED,
  /** A collective enterprise (集体企业): public ownership. */
  COLLECTIVE;

  @Override
  public String messageKey() {
    return "enum.Ownership." + name();
  }

  /**
   * Tells whether an enterprise of this ownership is non-public (非公有制): every type except
   * state-owned and collective.
   *
   * @return true for non-public ownership
   */
  public boolean isNonPublic() {
    return this != STATE_OWNED && this != COLLECTIVE;
  }
}
