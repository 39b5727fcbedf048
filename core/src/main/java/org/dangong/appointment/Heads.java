package org.dangong.appointment;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.Map;
import org.dangong.model.EmploymentRole;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Person;

/**
 * The heads of enterprises — executives, deputy executives and partners — looked up once per
 * enterprise during one engine call, so that checking every post holder stays linear.
 *
 * <p>Instances are confined to one call of one thread; they are never shared.
 */
final class Heads {
  private final Jurisdiction jurisdiction;
  private final Map<EnterpriseId, ImmutableList<Person>> cache = new HashMap<>();

  Heads(Jurisdiction jurisdiction) {
    this.jurisdiction = jurisdiction;
  }

  /** The executives, deputy executives and partners of an enterprise, in id order. */
  ImmutableList<Person> of(EnterpriseId enterprise) {
    return cache.computeIfAbsent(
        enterprise,
        e ->
            jurisdiction.employees(e).stream()
                .filter(Heads::isHead)
                .collect(ImmutableList.toImmutableList()));
  }

  private static boolean isHead(Person p) {
    return p.hasRole(EmploymentRole.EXECUTIVE)
        || p.hasRole(EmploymentRole.DEPUTY_EXECUTIVE)
        || p.hasRole(EmploymentRole.PARTNER);
  }

  /** Whether two people are close relatives, the relation being recorded on either of them. */
  static boolean related(Person a, Person b) {
    return a.closeRelatives().contains(b.id()) || b.closeRelatives().contains(a.id());
  }
}
