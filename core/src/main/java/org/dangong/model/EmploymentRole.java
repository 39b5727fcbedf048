package org.dangong.model;

/**
 * A person's role at their employer, as far as the rules care. A person may hold several roles
 * (an investor who is also the executive).
 */
public enum EmploymentRole implements Labelled {
  /** An investor (出资人). NONPUBLIC-OPINION encourages only non-investor secretaries to chair the union. */
  INVESTOR,
  /** A partner (合伙人): barred from union chair by CHAIR-RULES Art. 6. */
  PARTNER,
  /** The executive head (行政负责人), the enterprise's main head: barred by CHAIR-RULES Art. 6. */
  EXECUTIVE,
  /** A deputy executive (行政副职): barred by CHAIR-RULES Art. 6. */
  DEPUTY_EXECUTIVE,
  /** The head of human resources (人力资源部门负责人): barred by CHAIR-RULES Art. 6. */
  HR_HEAD,
  /** An ordinary member of staff (职工). */
  STAFF;

  @Override
  public String messageKey() {
    return "enum.EmploymentRole." + name();
  }
}
