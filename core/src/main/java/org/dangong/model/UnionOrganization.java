package org.dangong.model;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.dangong.internal.Dates;
import org.immutables.value.Value;

/**
 * A union organisation (工会组织): an enterprise committee, joint committee, organiser, federation,
 * town or subdistrict union, or city federation, with what it covers, its leadership and its term.
 *
 * <pre>{@code
 * UnionOrganization union = UnionOrganization.builder()
 *     .id(OrganizationId.of("U-1"))
 *     .name("伟德电子有限公司工会委员会")
 *     .form(UnionForm.ENTERPRISE_COMMITTEE)
 *     .addCoveredEnterprises(EnterpriseId.of("E-1"))
 *     .region(RegionId.of("R-sip"))
 *     .chair(PersonId.of("P-2"))
 *     .womenWork(WomenWorkForm.COMMITTEE)
 *     .founded(LocalDate.of(2005, 5, 1))
 *     .termStart(LocalDate.of(2023, 5, 1))
 *     .termYears(5)
 *     .build();
 * }</pre>
 *
 * <p>An enterprise committee and an organiser cover exactly one enterprise; a joint committee at
 * least one; a federation covers enterprises and/or a cluster; town unions and city federations
 * cover a region and no enterprise directly. Only a town union's chair can hold same-level deputy
 * rank (LEAD-TOWN).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnionOrganization implements WithUnionOrganization {
  UnionOrganization() {}

  /**
   * Returns the id of this organisation; ids are unique across party and union organisations.
   *
   * @return the id
   */
  public abstract OrganizationId id();

  /**
   * Returns the name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the form.
   *
   * @return the form
   */
  public abstract UnionForm form();

  /**
   * Returns the enterprises covered.
   *
   * @return the covered enterprises' ids
   */
  public abstract ImmutableSet<EnterpriseId> coveredEnterprises();

  /**
   * Returns the building area or intermediary a federation is founded in (SYNC-CLUSTER).
   *
   * @return the cluster's id, if any
   */
  public abstract Optional<ClusterId> cluster();

  /**
   * Returns the region the organisation belongs to.
   *
   * @return the region's id
   */
  public abstract RegionId region();

  /**
   * Returns the higher union, if recorded.
   *
   * @return the parent's id, if any
   */
  public abstract Optional<OrganizationId> parent();

  /**
   * Returns the chair (工会主席) — or the organiser, for {@link UnionForm#ORGANIZER}; empty when
   * vacant.
   *
   * @return the chair's id, if any
   */
  public abstract Optional<PersonId> chair();

  /**
   * Returns since when the chair has been vacant, if it is and the date is known (CHAIR-RULES Art.
   * 18 asks that it be filled within three months).
   *
   * @return the date the vacancy began, if any
   */
  public abstract Optional<LocalDate> chairVacantSince();

  /**
   * Returns the vice chairs (副主席).
   *
   * @return their ids
   */
  public abstract ImmutableSet<PersonId> viceChairs();

  /**
   * Returns the other committee members (委员).
   *
   * @return their ids
   */
  public abstract ImmutableSet<PersonId> committeeMembers();

  /**
   * Returns how women's work is organised (UNION-LAW Art. 11); {@link WomenWorkForm#NONE} unless
   * set.
   *
   * @return the form of women's work
   */
  @Value.Default
  public WomenWorkForm womenWork() {
    return WomenWorkForm.NONE;
  }

  /**
   * Tells whether the chair is full-time (专职), which UNION-LAW Art. 14 allows from 200 staff.
   *
   * @return true for a full-time chair
   */
  @Value.Default
  public boolean fullTimeChair() {
    return false;
  }

  /**
   * Tells whether a town union's chair holds same-level deputy rank (同级副职待遇, LEAD-TOWN).
   *
   * @return true if so; always false for other forms
   */
  @Value.Default
  public boolean chairHoldsDeputyRank() {
    return false;
  }

  /**
   * Returns the founding date.
   *
   * @return the founding date
   */
  public abstract LocalDate founded();

  /**
   * Returns the start of the current term.
   *
   * @return the start date
   */
  public abstract LocalDate termStart();

  /**
   * Returns the length of a term in years (UNION-LAW Art. 16: three or five).
   *
   * @return the term length, 1 to 10
   */
  public abstract int termYears();

  /**
   * Returns the day the current term ends: {@link #termStart()} plus {@link #termYears()} years.
   *
   * <p>A term that would end after {@link LocalDate#MAX} ends on it.
   *
   * @return the end date (exclusive)
   */
  public final LocalDate termEnd() {
    return Dates.plusYears(termStart(), termYears());
  }

  /**
   * Tells whether the current term has expired on the given date, so that an election is due.
   *
   * @param asOf the date
   * @return true if {@code asOf} is on or after {@link #termEnd()}
   */
  public final boolean isTermExpired(LocalDate asOf) {
    return !asOf.isBefore(termEnd());
  }

  /**
   * Returns every person holding a post: chair, vice chairs and committee members.
   *
   * @return their ids, chair first
   */
  public final ImmutableSet<PersonId> postHolders() {
    return ImmutableSet.<PersonId>builder()
        .addAll(chair().stream().iterator())
        .addAll(viceChairs())
        .addAll(committeeMembers())
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Problems p = new Problems("UnionOrganization[" + id().value() + "]");
    Texts.requireName(p, "name", name());
    int covered = coveredEnterprises().size();
    switch (form()) {
      case ENTERPRISE_COMMITTEE:
      case ORGANIZER:
        p.require(covered == 1, "coveredEnterprises", "COVERS_EXACTLY_ONE", covered);
        break;
      case JOINT_COMMITTEE:
        p.require(covered >= 1, "coveredEnterprises", "AT_LEAST_ONE", covered);
        break;
      case FEDERATION:
        p.require(
            covered >= 1 || cluster().isPresent(), "coveredEnterprises", "ENTERPRISES_OR_CLUSTER", covered);
        break;
      case TOWN_UNION:
      case CITY_FEDERATION:
      default:
        p.require(covered == 0, "coveredEnterprises", "REGIONAL_UNION_COVERS_NONE", covered);
    }
    p.require(
        !chairHoldsDeputyRank() || form() == UnionForm.TOWN_UNION,
        "chairHoldsDeputyRank",
        "ONLY_FOR_TOWN_UNIONS",
        form());
    p.require(termYears() >= 1 && termYears() <= 10, "termYears", "BETWEEN_1_AND_10", termYears());
    p.require(!termStart().isBefore(founded()), "termStart", "NOT_BEFORE_FOUNDED", termStart());
    p.require(
        chairVacantSince().isEmpty() || chair().isEmpty(),
        "chairVacantSince",
        "ONLY_WHEN_VACANT",
        chairVacantSince().map(LocalDate::toString).orElse(""));
    chairVacantSince()
        .ifPresent(d -> p.require(!d.isBefore(founded()), "chairVacantSince", "NOT_BEFORE_FOUNDED", d));
    chair().ifPresent(c -> p.require(!viceChairs().contains(c), "viceChairs", "NOT_THE_CHAIR", c.value()));
    p.require(!parent().equals(Optional.of(id())), "parent", "NOT_OWN_PARENT", id().value());
    p.throwIfAny();
  }

  /** Builds a {@link UnionOrganization}; {@link #build()} throws {@link InvalidValueException} on bad input. */
  public static final class Builder extends ImmutableUnionOrganization.Builder {
    Builder() {}
  }
}
