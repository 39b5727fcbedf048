package org.dangong.restructuring;

import com.google.common.collect.ImmutableList;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/** The message keys of the reasons of this package, in {@code Messages*.properties} beside it. */
final class Keys {
  private static final String P = "reason.restructuring.";

  static final String STAFF_STAYS = P + "staff-stays";
  static final String STAFF_MOVES = P + "staff-moves";
  static final String STAFF_RETIRES = P + "staff-retires";
  static final String STAFF_UNEMPLOYED = P + "staff-unemployed";

  static final String RELATION_KEPT = P + "relation-kept";
  static final String RELATION_KEPT_LEAVING = P + "relation-kept-leaving";
  static final String RELATION_TO_MERGED = P + "relation-to-merged";
  static final String RELATION_TO_FOUNDED = P + "relation-to-founded";
  static final String RELATION_TO_JOINT_BRANCH = P + "relation-to-joint-branch";
  static final String RELATION_TO_EMPLOYER_ORGANIZATION = P + "relation-to-employer-organization";
  static final String RELATION_TO_FORMER_EMPLOYER_ORGANIZATION =
      P + "relation-to-former-employer-organization";
  static final String NO_EMPLOYER_ORGANIZATION = P + "no-employer-organization";
  static final String FORMER_ORGANIZATION_CEASES = P + "former-organization-ceases";
  static final String RELATION_PENDING = P + "relation-pending";
  static final String RELATION_TO_TALENT_MARKET = P + "relation-to-talent-market";
  static final String RELATION_TO_WORKING_COMMITTEE = P + "relation-to-working-committee";

  static final String STAGE_KEPT = P + "stage-kept";
  static final String APPLICATION_CONTINUES = P + "application-continues";
  static final String CULTIVATION_CONTINUES = P + "cultivation-continues";
  static final String TARGET_CONTINUES = P + "target-continues";
  static final String TARGET_LEAVES_UNIT = P + "target-leaves-unit";
  static final String PROBATION_CONTINUES = P + "probation-continues";

  static final String MEMBERSHIP_KEPT = P + "membership-kept";
  static final String MEMBERSHIP_FOLLOWS_LABOUR = P + "membership-follows-labour";
  static final String MEMBERSHIP_TO_FOUNDED_UNION = P + "membership-to-founded-union";
  static final String MEMBERSHIP_RETAINED = P + "membership-retained";
  static final String MEMBERSHIP_TO_MERGED_UNION = P + "membership-to-merged-union";
  static final String MEMBERSHIP_TO_HIGHER_UNION = P + "membership-to-higher-union";
  static final String MEMBERSHIP_TO_OUTSIDE = P + "membership-to-outside";

  static final String PARENT_REPLACED = P + "parent-replaced";
  static final String PARENT_REMOVED = P + "parent-removed";
  static final String REAFFILIATED = P + "reaffiliated";
  static final String CHAIR_VACATED = P + "chair-vacated";
  static final String CHAIR_TO_FILL = P + "chair-to-fill";
  static final String POST_VACATED = P + "post-vacated";
  static final String POST_TO_FILL = P + "post-to-fill";

  static final String ORGANIZATION_MERGED = P + "organization-merged";
  static final String ORGANIZATION_DISSOLVED = P + "organization-dissolved";
  static final String ORGANIZATION_FOUNDED = P + "organization-founded";
  static final String ORGANIZATION_CONTINUED = P + "organization-continued";
  static final String COVERAGE_REDUCED = P + "coverage-reduced";
  static final String ENTERPRISE_LEAVES_JOINT_BRANCH = P + "enterprise-leaves-joint-branch";
  static final String ENTERPRISE_JOINS = P + "enterprise-joins";
  static final String RELATIONS_MOVED = P + "relations-moved";
  static final String MEMBERS_AFTER = P + "members-after";
  static final String FORM_DIFFERS = P + "form-differs";
  static final String UNION_FOUNDED = P + "union-founded";
  static final String ENTERPRISE_LEAVES_JOINT_UNION = P + "enterprise-leaves-joint-union";
  static final String MEMBERSHIPS_MOVED = P + "memberships-moved";
  static final String UNION_MEMBERS_AFTER = P + "union-members-after";

  static final String ENTERPRISE_FOUNDED = P + "enterprise-founded";
  static final String ENTERPRISE_CLOSES = P + "enterprise-closes";
  static final String ENTERPRISE_CONTINUES = P + "enterprise-continues";
  static final String OWNERSHIP_CHANGES = P + "ownership-changes";
  static final String HEADCOUNT_CHANGES = P + "headcount-changes";
  static final String ASSIGNMENT_ENDS = P + "assignment-ends";

  static final String RECONCILIATION_PARTY = P + "reconciliation-party";
  static final String RECONCILIATION_UNION = P + "reconciliation-union";

  private Keys() {}

  /** Every key of this class, for the completeness test of the bundles. */
  static ImmutableList<String> all() {
    ImmutableList.Builder<String> keys = ImmutableList.builder();
    for (Field f : Keys.class.getDeclaredFields()) {
      if (Modifier.isStatic(f.getModifiers())
          && f.getType() == String.class
          && !f.getName().equals("P")) {
        try {
          keys.add((String) f.get(null));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return keys.build();
  }
}
