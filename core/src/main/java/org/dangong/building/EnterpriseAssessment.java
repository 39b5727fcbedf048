package org.dangong.building;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.dangong.decision.Decision;
import org.dangong.decision.Rule;
import org.dangong.model.EnterpriseId;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.OrganizationId;
import org.dangong.model.RegionId;
import org.immutables.value.Value;

/**
 * What the building engine finds about one non-public enterprise: its coverage, the organisations
 * it needs, how it compares, and the actions that get them built.
 *
 * <pre>{@code
 * EnterpriseAssessment a = engine.assess(jurisdiction, EnterpriseId.of("E-1"), asOf);
 * a.quadrant();                      // PARTY_ONLY
 * a.partyRequirement().form();       // BRANCH
 * a.decisions();                     // coverage and required-form decisions, cited
 * a.actions();                       // MUTUAL_P2U: party members join first, 17 more members …
 * }</pre>
 *
 * <p>An assessment depends only on the enterprise, its staff, the organisations covering it (and
 * those of its building areas), its assignments, the policy and the date — never on which other
 * enterprises are evaluated with it — so assessing a region alone gives the same assessments as
 * assessing the whole city.
 *
 * <p>A closed enterprise ({@link EnterpriseStatus#CLOSED}) is classified but out of scope: it gets
 * its coverage decision only, no required forms and no actions.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EnterpriseAssessment {
  EnterpriseAssessment() {}

  /**
   * Returns the enterprise assessed.
   *
   * @return its id
   */
  public abstract EnterpriseId enterprise();

  /**
   * Returns the region the enterprise is registered in.
   *
   * @return the region's id
   */
  public abstract RegionId region();

  /**
   * Returns the enterprise's operating status.
   *
   * @return the status
   */
  public abstract EnterpriseStatus status();

  /**
   * Tells whether the enterprise is in the scope of building: every non-public enterprise that is
   * not closed.
   *
   * @return false for a closed enterprise
   */
  public final boolean inScope() {
    return status() != EnterpriseStatus.CLOSED;
  }

  /**
   * Returns the full party members (正式党员) the enterprise employs, as the jurisdiction knows them.
   *
   * @return the count
   */
  public abstract int fullMembers();

  /**
   * Returns the probationary party members (预备党员) the enterprise employs.
   *
   * @return the count
   */
  public abstract int probationaryMembers();

  /**
   * Returns the active union members the enterprise employs.
   *
   * @return the count
   */
  public abstract int unionMembers();

  /**
   * Returns how a party organisation covers the enterprise.
   *
   * @return the party coverage
   */
  public abstract PartyCoverage partyCoverage();

  /**
   * Returns the grassroots party organisations covering the enterprise, in id order.
   *
   * @return their ids, possibly empty
   */
  public abstract ImmutableList<OrganizationId> partyOrganizations();

  /**
   * Returns how a union covers the enterprise.
   *
   * @return the union coverage
   */
  public abstract UnionCoverage unionCoverage();

  /**
   * Returns the grassroots unions covering the enterprise, including the federations of its
   * building areas, in id order.
   *
   * @return their ids, possibly empty
   */
  public abstract ImmutableList<OrganizationId> unionOrganizations();

  /**
   * Returns the quadrant of the coverage.
   *
   * @return the quadrant
   */
  @Value.Derived
  public Quadrant quadrant() {
    return Quadrant.of(partyCoverage(), unionCoverage());
  }

  /**
   * Returns the party organisation the enterprise's counts require.
   *
   * @return the requirement
   */
  public abstract PartyRequirement partyRequirement();

  /**
   * Returns the union the enterprise's counts require.
   *
   * @return the requirement
   */
  public abstract UnionRequirement unionRequirement();

  /**
   * Tells whether the enterprise is a candidate for a proposed joint branch: in scope, without a
   * party organisation, with fewer full members than its own branch needs, and without a party
   * organisation of its building area to join.
   *
   * @return true for a candidate
   */
  public abstract boolean jointBranchCandidate();

  /**
   * Returns the party organisation of the enterprise's building area or intermediary it should join
   * (SYNC-CLUSTER), if it has no party organisation and there is one with room.
   *
   * @return the organisation's id, if any
   */
  public abstract Optional<OrganizationId> clusterPartyOrganization();

  /**
   * Returns the decisions about the enterprise: its coverage, then its party organisation, branch
   * leadership and scale, union, full-time chair and women's work, where they apply.
   *
   * @return the decisions, in that order
   */
  public abstract ImmutableList<Decision> decisions();

  /**
   * Returns the decisions about the organisations covering the enterprise: expired terms
   * (LEAD-TEAM), a joint branch's leadership, a branch above the advisory size, and union chairs'
   * training (LEAD-TRAIN); ordered by organisation id, then rule id.
   *
   * @return the decisions, possibly empty
   */
  public abstract ImmutableList<Decision> organizationDecisions();

  /**
   * Returns the building actions the enterprise needs, in the order of {@link ActionKind}.
   *
   * @return the actions, possibly empty
   */
  public abstract ImmutableList<BuildingAction> actions();

  /**
   * Returns every decision of the assessment: {@link #decisions()}, the actions' decisions, then
   * {@link #organizationDecisions()}.
   *
   * @return the decisions
   */
  public final ImmutableList<Decision> allDecisions() {
    ImmutableList.Builder<Decision> all = ImmutableList.builder();
    all.addAll(decisions());
    actions().forEach(a -> all.add(a.decision()));
    all.addAll(organizationDecisions());
    return all.build();
  }

  /**
   * Returns the decision of the given rule about the enterprise itself (one of {@link
   * #decisions()}), if the rule applies to it.
   *
   * @param rule the rule, such as {@link BuildingRules#PARTY_ORGANIZATION}
   * @return the decision, if any
   */
  public final Optional<Decision> decision(Rule rule) {
    return decisions().stream().filter(d -> d.ruleId().equals(rule.id())).findFirst();
  }

  /**
   * Returns the action of the given kind, if the enterprise needs it.
   *
   * @param kind the kind
   * @return the action, if any
   */
  public final Optional<BuildingAction> action(ActionKind kind) {
    return actions().stream().filter(a -> a.kind() == kind).findFirst();
  }

  /**
   * Returns the assessment in short, without personal data, such as {@code
   * EnterpriseAssessment[E-1, PARTY_ONLY, decisions=7, actions=1]}.
   *
   * @return the assessment as text
   */
  @Override
  public String toString() {
    return "EnterpriseAssessment["
        + enterprise().value()
        + ", "
        + quadrant()
        + ", decisions="
        + decisions().size()
        + ", actions="
        + actions().size()
        + "]";
  }
}
