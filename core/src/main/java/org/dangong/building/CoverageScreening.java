package org.dangong.building;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.dangong.decision.Rule;
import org.dangong.model.EnterpriseId;
import org.dangong.model.PartyForm;
import org.dangong.model.RegionId;
import org.dangong.model.WomenWorkForm;
import org.jspecify.annotations.Nullable;

/**
 * The compact classification of every non-public enterprise of a jurisdiction or region, for
 * screening at national scale: per enterprise its party and union coverage, the party form it needs
 * and how a required branch is led, whether it must have its own union committee, whether a
 * full-time union chair is possible and its women's work form — what {@link
 * BuildingEngine#classify(org.dangong.model.Jurisdiction, LocalDate)} computes, and exactly what
 * {@link BuildingEngine#evaluate(org.dangong.model.Jurisdiction, LocalDate)} reports in each {@link
 * EnterpriseAssessment} under the same policy and date.
 *
 * <pre>{@code
 * CoverageScreening s = BuildingEngine.of(Policy.national()).classify(jurisdiction, asOf);
 * s.partyCovered();                                      // 1574/2000, as report.totals()
 * s.requiredPartyForm(EnterpriseId.of("E-1"));           // JOINT_BRANCH
 * s.unionCommitteeRequired(EnterpriseId.of("E-1"));      // false: fewer than 25 members
 * }</pre>
 *
 * <p>It applies the rules {@link #rules()}: {@code BUILDING.COVERAGE}, {@code
 * BUILDING.PARTY-ORGANIZATION} (BRANCH-REG Art. 4–5), {@code BUILDING.BRANCH-LEADERSHIP} (Art. 20),
 * {@code BUILDING.PARTY-SCALE} (the general branch and primary committee defaults), {@code
 * BUILDING.UNION-ORGANIZATION} (UNION-LAW Art. 11), {@code BUILDING.FULL-TIME-CHAIR} (Art. 14) and
 * {@code BUILDING.WOMEN-WORK} (Art. 11). It holds outcomes only — no decisions, reasons or
 * citations; {@code evaluate} gives each of them explained, with the clauses and policy values
 * behind it, and the building actions, joint branches, network and indicators that the screening
 * does not compute.
 *
 * <p>As in the report, a closed enterprise is classified (its coverage and the forms its counts
 * would need) but out of scope: it is not counted in {@link #inScopeEnterprises()} nor in the
 * coverage counts. The values are held in one primitive array, an {@code int} an enterprise; the
 * per-enterprise accessors find an enterprise by binary search over the ids, in O(log n).
 *
 * <p>This class is immutable and thread-safe.
 */
// Packed storage, one int an enterprise, decoded with values(): ordinals are the point here.
@SuppressWarnings("EnumOrdinal")
public final class CoverageScreening {
  private static final ImmutableList<Rule> RULES =
      ImmutableList.of(
          BuildingRules.COVERAGE,
          BuildingRules.PARTY_ORGANIZATION,
          BuildingRules.BRANCH_LEADERSHIP,
          BuildingRules.PARTY_SCALE,
          BuildingRules.UNION_ORGANIZATION,
          BuildingRules.FULL_TIME_CHAIR,
          BuildingRules.WOMEN_WORK);

  // Bits of a packed classification.
  private static final int UNION_SHIFT = 2;
  private static final int FORM_SHIFT = 5;
  private static final int BRANCH_COMMITTEE = 1 << 8;
  private static final int UNION_COMMITTEE = 1 << 9;
  private static final int FULL_TIME_CHAIR = 1 << 10;
  private static final int WOMEN_SHIFT = 11;
  private static final int CLOSED = 1 << 13;

  private static final PartyCoverage[] PARTY = PartyCoverage.values();
  private static final UnionCoverage[] UNION = UnionCoverage.values();
  private static final PartyForm[] FORMS = PartyForm.values();
  private static final WomenWorkForm[] WOMEN = WomenWorkForm.values();

  private final LocalDate asOf;
  private final Optional<RegionId> scope;
  private final ImmutableList<EnterpriseId> enterprises;
  private final int[] packed;
  private final int closed;
  private final int[] party = new int[PARTY.length];
  private final int[] union = new int[UNION.length];
  private final int both;

  CoverageScreening(
      LocalDate asOf,
      Optional<RegionId> scope,
      ImmutableList<EnterpriseId> enterprises,
      int[] packed) {
    this.asOf = asOf;
    this.scope = scope;
    this.enterprises = enterprises;
    this.packed = packed;
    int closedCount = 0;
    int bothCount = 0;
    for (int c : packed) {
      if ((c & CLOSED) != 0) {
        closedCount++;
        continue;
      }
      int p = c & 3;
      int u = (c >> UNION_SHIFT) & 7;
      party[p]++;
      union[u]++;
      if (PARTY[p].isCovered() && UNION[u].isCovered()) {
        bothCount++;
      }
    }
    this.closed = closedCount;
    this.both = bothCount;
  }

  static int pack(
      PartyCoverage party,
      int unionCoverage,
      PartyForm form,
      boolean branchCommittee,
      boolean unionCommittee,
      boolean fullTimeChair,
      WomenWorkForm women,
      boolean closed) {
    return party.ordinal()
        | unionCoverage << UNION_SHIFT
        | form.ordinal() << FORM_SHIFT
        | (branchCommittee ? BRANCH_COMMITTEE : 0)
        | (unionCommittee ? UNION_COMMITTEE : 0)
        | (fullTimeChair ? FULL_TIME_CHAIR : 0)
        | women.ordinal() << WOMEN_SHIFT
        | (closed ? CLOSED : 0);
  }

  /**
   * Returns the rules whose outcomes the screening holds, in the order of its accessors.
   *
   * @return the rules
   */
  public static ImmutableList<Rule> rules() {
    return RULES;
  }

  /**
   * Returns the date of the screening.
   *
   * @return the date
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the region screened with everything below it, or empty for a whole jurisdiction.
   *
   * @return the region, if any
   */
  public Optional<RegionId> scope() {
    return scope;
  }

  /**
   * Returns the screened non-public enterprises, closed ones included, in id order.
   *
   * @return the enterprise ids
   */
  public ImmutableList<EnterpriseId> enterprises() {
    return enterprises;
  }

  /**
   * Returns the number of screened non-public enterprises, closed ones included.
   *
   * @return the count
   */
  public int size() {
    return packed.length;
  }

  /**
   * Tells whether an enterprise was screened: a non-public enterprise of the jurisdiction, in
   * scope.
   *
   * @param enterprise the enterprise
   * @return true if the screening holds it
   */
  public boolean contains(EnterpriseId enterprise) {
    return indexOf(enterprise).isPresent();
  }

  /**
   * Returns the position of an enterprise in {@link #enterprises()}.
   *
   * @param enterprise the enterprise
   * @return its position, or empty if it was not screened
   */
  public OptionalInt indexOf(EnterpriseId enterprise) {
    int i = Collections.binarySearch(enterprises, enterprise);
    return i >= 0 ? OptionalInt.of(i) : OptionalInt.empty();
  }

  /**
   * Tells whether an enterprise is in scope, that is not closed.
   *
   * @param enterprise the enterprise
   * @return true unless it is closed
   * @throws IllegalArgumentException if it was not screened
   */
  public boolean inScope(EnterpriseId enterprise) {
    return (at(enterprise) & CLOSED) == 0;
  }

  /**
   * Returns the party coverage of an enterprise, as {@link EnterpriseAssessment#partyCoverage()}.
   *
   * @param enterprise the enterprise
   * @return its coverage
   * @throws IllegalArgumentException if it was not screened
   */
  public PartyCoverage partyCoverage(EnterpriseId enterprise) {
    return PARTY[at(enterprise) & 3];
  }

  /**
   * Returns the union coverage of an enterprise, as {@link EnterpriseAssessment#unionCoverage()}.
   *
   * @param enterprise the enterprise
   * @return its coverage
   * @throws IllegalArgumentException if it was not screened
   */
  public UnionCoverage unionCoverage(EnterpriseId enterprise) {
    return UNION[(at(enterprise) >> UNION_SHIFT) & 7];
  }

  /**
   * Returns the quadrant of an enterprise (both, party only, union only, neither).
   *
   * @param enterprise the enterprise
   * @return its quadrant
   * @throws IllegalArgumentException if it was not screened
   */
  public Quadrant quadrant(EnterpriseId enterprise) {
    return Quadrant.of(partyCoverage(enterprise), unionCoverage(enterprise));
  }

  /**
   * Returns the party form an enterprise needs (BRANCH-REG Art. 4–5 and the 50 and 100 defaults),
   * as {@link PartyRequirement#form()}.
   *
   * @param enterprise the enterprise
   * @return the required form
   * @throws IllegalArgumentException if it was not screened
   */
  public PartyForm requiredPartyForm(EnterpriseId enterprise) {
    return FORMS[(at(enterprise) >> FORM_SHIFT) & 7];
  }

  /**
   * Returns how the branch an enterprise needs is led (BRANCH-REG Art. 20), as {@link
   * PartyRequirement#leadership()}.
   *
   * @param enterprise the enterprise
   * @return a committee or one secretary where a branch is required, else empty
   * @throws IllegalArgumentException if it was not screened
   */
  public Optional<BranchLeadership> branchLeadership(EnterpriseId enterprise) {
    int c = at(enterprise);
    if (FORMS[(c >> FORM_SHIFT) & 7] != PartyForm.BRANCH) {
      return Optional.empty();
    }
    return Optional.of(
        (c & BRANCH_COMMITTEE) != 0 ? BranchLeadership.COMMITTEE : BranchLeadership.SECRETARY);
  }

  /**
   * Tells whether an enterprise must have its own union committee (UNION-LAW Art. 11), as {@link
   * UnionRequirement#committeeRequired()}.
   *
   * @param enterprise the enterprise
   * @return true from the policy's minimum of union members
   * @throws IllegalArgumentException if it was not screened
   */
  public boolean unionCommitteeRequired(EnterpriseId enterprise) {
    return (at(enterprise) & UNION_COMMITTEE) != 0;
  }

  /**
   * Tells whether an enterprise's union may have a full-time chair (UNION-LAW Art. 14), as {@link
   * UnionRequirement#fullTimeChairPossible()}.
   *
   * @param enterprise the enterprise
   * @return true from the policy's minimum of staff
   * @throws IllegalArgumentException if it was not screened
   */
  public boolean fullTimeChairPossible(EnterpriseId enterprise) {
    return (at(enterprise) & FULL_TIME_CHAIR) != 0;
  }

  /**
   * Returns the women's work form of an enterprise's union (UNION-LAW Art. 11), as {@link
   * UnionRequirement#womenWork()}.
   *
   * @param enterprise the enterprise
   * @return the form
   * @throws IllegalArgumentException if it was not screened
   */
  public WomenWorkForm womenWork(EnterpriseId enterprise) {
    return WOMEN[(at(enterprise) >> WOMEN_SHIFT) & 3];
  }

  /**
   * Returns the number of closed enterprises screened, out of scope.
   *
   * @return the count
   */
  public int closedEnterprises() {
    return closed;
  }

  /**
   * Returns the number of enterprises in scope (not closed), the whole of the coverage shares.
   *
   * @return the count
   */
  public int inScopeEnterprises() {
    return packed.length - closed;
  }

  /**
   * Returns the number of enterprises in scope with the given party coverage.
   *
   * @param coverage the coverage
   * @return the count, as {@link BuildingCounts#enterprises(PartyCoverage)} of the report's totals
   */
  public int enterprises(PartyCoverage coverage) {
    return party[coverage.ordinal()];
  }

  /**
   * Returns the number of enterprises in scope with the given union coverage.
   *
   * @param coverage the coverage
   * @return the count, as {@link BuildingCounts#enterprises(UnionCoverage)} of the report's totals
   */
  public int enterprises(UnionCoverage coverage) {
    return union[coverage.ordinal()];
  }

  /**
   * Returns the number of enterprises in scope that need the given party form.
   *
   * @param form the required form
   * @return the count
   */
  public int requiring(PartyForm form) {
    int n = 0;
    for (int c : packed) {
      if ((c & CLOSED) == 0 && ((c >> FORM_SHIFT) & 7) == form.ordinal()) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the number of enterprises in scope that must have their own union committee.
   *
   * @return the count
   */
  public int requiringUnionCommittee() {
    int n = 0;
    for (int c : packed) {
      if ((c & CLOSED) == 0 && (c & UNION_COMMITTEE) != 0) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the share of the enterprises in scope covered by a party organisation.
   *
   * @return the share, as {@link BuildingCounts#partyCovered()} of the report's totals
   */
  public Share partyCovered() {
    return Share.of(
        (long) inScopeEnterprises() - party[PartyCoverage.NONE.ordinal()], inScopeEnterprises());
  }

  /**
   * Returns the share of the enterprises in scope covered by a union.
   *
   * @return the share, as {@link BuildingCounts#unionCovered()} of the report's totals
   */
  public Share unionCovered() {
    return Share.of(
        (long) inScopeEnterprises() - union[UnionCoverage.NONE.ordinal()], inScopeEnterprises());
  }

  /**
   * Returns the share of the enterprises in scope covered by both.
   *
   * @return the share, as {@link BuildingCounts#bothCovered()} of the report's totals
   */
  public Share bothCovered() {
    return Share.of(both, inScopeEnterprises());
  }

  private int at(EnterpriseId enterprise) {
    int i = Collections.binarySearch(enterprises, enterprise);
    checkArgument(i >= 0, "enterprise %s was not screened", enterprise.value());
    return packed[i];
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CoverageScreening s
        && asOf.equals(s.asOf)
        && scope.equals(s.scope)
        && enterprises.equals(s.enterprises)
        && Arrays.equals(packed, s.packed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, scope, enterprises, Arrays.hashCode(packed));
  }

  /**
   * Returns a short summary without any enterprise's data.
   *
   * @return the date, scope and counts
   */
  @Override
  public String toString() {
    return "CoverageScreening[asOf="
        + asOf
        + ", scope="
        + scope.map(RegionId::value).orElse("all")
        + ", enterprises="
        + packed.length
        + ", inScope="
        + inScopeEnterprises()
        + ", party="
        + partyCovered()
        + ", union="
        + unionCovered()
        + "]";
  }
}
