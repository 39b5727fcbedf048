package org.dangong.decision;

import org.dangong.model.Labelled;

/**
 * What kind of thing a {@link Decision} is about.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SubjectKind implements Labelled {
  /** An enterprise (企业), identified by its {@code EnterpriseId}. */
  ENTERPRISE,
  /** A person (人员), identified by their {@code PersonId}. */
  PERSON,
  /** A party organisation (党组织), identified by its {@code OrganizationId}. */
  PARTY_ORGANIZATION,
  /** A union organisation (工会组织), identified by its {@code OrganizationId}. */
  UNION_ORGANIZATION,
  /** An organisation of either kind, identified by its {@code OrganizationId}. */
  ORGANIZATION,
  /** A region (行政区域), identified by its {@code RegionId}. */
  REGION,
  /** A building area, park or intermediary (楼宇区域、园区或中介机构), identified by its {@code ClusterId}. */
  CLUSTER,
  /** A whole jurisdiction (管辖范围): a snapshot given to an engine. */
  JURISDICTION,
  /** A workflow (工作流程), such as one recommendation or one membership development. */
  WORKFLOW,
  /** Any other unit (单位) the caller names. */
  UNIT;

  /**
   * Returns the key of this kind's label, {@code enum.SubjectKind.<NAME>}.
   *
   * @return the message key
   */
  @Override
  public String messageKey() {
    return "enum.SubjectKind." + name();
  }
}
