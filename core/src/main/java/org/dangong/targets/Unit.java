package org.dangong.targets;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import org.dangong.model.EnterpriseId;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Jurisdiction;
import org.dangong.model.OrganizationId;
import org.dangong.model.PartyOrganization;
import org.dangong.model.Problem;
import org.dangong.model.RegionId;
import org.dangong.model.UnionOrganization;
import org.immutables.value.Value;

/**
 * A unit (单位) of a work cycle: a party organisation and the union(s) it leads, by enterprise or by
 * region, whose party work and union work get targets, inspections, scores and commendations
 * together.
 *
 * <p>A unit is identified by a free {@link UnitId} chosen by the caller, so that a cycle can be
 * kept for units the caller's {@link Jurisdiction} does not hold (a whole town, a building area).
 * The references to the jurisdiction's organisations ({@link #partyOrganization()}, {@link
 * #unionOrganizations()}) and the {@link #region()} are descriptive: the engine does not look them
 * up. {@link #ledBy(Jurisdiction, OrganizationId)} derives a unit from a jurisdiction, checking
 * that the party organisation exists:
 *
 * <pre>{@code
 * Unit unit = Unit.ledBy(jurisdiction, OrganizationId.of("PO-1"));   // id "PO-1"
 * Unit town = Unit.builder()
 *     .id(UnitId.of("R-tx"))
 *     .name("同里镇非公企业")
 *     .region(RegionId.of("R-tx"))
 *     .category("镇")
 *     .build();
 * }</pre>
 *
 * <p>The region and the category are what commendation {@link Quota}s apply to. Like every input
 * record of this package, a unit is checked when its {@link WorkCycle} is built (a blank name is
 * reported there, with every other problem of the cycle).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Unit implements WithUnit {
  Unit() {}

  /**
   * Returns the id of this unit.
   *
   * @return the id
   */
  public abstract UnitId id();

  /**
   * Returns the name, such as "伟德电子有限公司党支部及工会".
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the region the unit belongs to, which regional commendation quotas apply to.
   *
   * @return the region's id, if any
   */
  public abstract Optional<RegionId> region();

  /**
   * Returns the category of the unit, such as "规上企业" or "楼宇", which category quotas apply to.
   *
   * @return the category, if any
   */
  public abstract Optional<String> category();

  /**
   * Returns the party organisation of the unit in the caller's jurisdiction, if recorded.
   *
   * @return the party organisation's id, if any
   */
  public abstract Optional<OrganizationId> partyOrganization();

  /**
   * Returns the unions the party organisation leads in the caller's jurisdiction, in id order.
   *
   * @return the unions' ids, possibly empty
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<OrganizationId> unionOrganizations();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a unit with an id and a name only.
   *
   * @param id the id
   * @param name the name
   * @return the unit
   */
  public static Unit of(UnitId id, String name) {
    return builder().id(id).name(name).build();
  }

  /**
   * Derives the unit led by a party organisation of a jurisdiction: its id is the organisation's
   * id, its name and region the organisation's, its unions every union covering an enterprise the
   * organisation covers.
   *
   * <p>For example a branch of enterprise {@code E-1} whose union committee is {@code U-1} gives
   * the unit {@code PO-1} with union {@code U-1}. A non-public-economy working committee covers no
   * enterprise and gets no union this way; add the town union with {@link #withUnionOrganizations}.
   * The cost is linear in the enterprises the organisation covers.
   *
   * @param jurisdiction the jurisdiction
   * @param partyOrganization the id of a party organisation of the jurisdiction
   * @return the unit
   * @throws InvalidValueException if the jurisdiction has no such party organisation
   */
  public static Unit ledBy(Jurisdiction jurisdiction, OrganizationId partyOrganization) {
    Optional<PartyOrganization> found = jurisdiction.partyOrganization(partyOrganization);
    if (found.isEmpty()) {
      throw new InvalidValueException(
          ImmutableList.of(
              Problem.of(
                  "Unit.partyOrganization", "UNKNOWN_REFERENCE", partyOrganization.value())));
    }
    return ledBy(jurisdiction, found.get());
  }

  /**
   * Derives one unit per party organisation of a jurisdiction, as {@link #ledBy(Jurisdiction,
   * OrganizationId)} does, in the organisations' id order.
   *
   * @param jurisdiction the jurisdiction
   * @return the units
   */
  public static ImmutableList<Unit> allLedIn(Jurisdiction jurisdiction) {
    ImmutableList.Builder<Unit> units = ImmutableList.builder();
    for (PartyOrganization organization : jurisdiction.partyOrganizations()) {
      units.add(ledBy(jurisdiction, organization));
    }
    return units.build();
  }

  private static Unit ledBy(Jurisdiction jurisdiction, PartyOrganization organization) {
    Builder unit = builder();
    unit.id(UnitId.of(organization.id().value()))
        .name(organization.name())
        .region(organization.region())
        .partyOrganization(organization.id());
    for (EnterpriseId enterprise : organization.coveredEnterprises()) {
      for (UnionOrganization union : jurisdiction.unionOrganizationsCovering(enterprise)) {
        unit.addUnionOrganization(union.id());
      }
    }
    return unit.build();
  }

  /** Builds a {@link Unit}; the unit is checked when its {@link WorkCycle} is built. */
  public static final class Builder extends ImmutableUnit.Builder {
    Builder() {}
  }
}
