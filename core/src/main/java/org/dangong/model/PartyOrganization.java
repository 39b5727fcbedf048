package org.dangong.model;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.dangong.internal.Dates;
import org.immutables.value.Value;

/**
 * A party organisation (党组织): a branch, joint branch, general branch, primary committee or a
 * region's non-public-economy party working committee, with the enterprises it covers, its
 * leadership and its term.
 *
 * <pre>{@code
 * PartyOrganization branch = PartyOrganization.builder()
 *     .id(OrganizationId.of("PO-1"))
 *     .name("伟德电子有限公司党支部")
 *     .form(PartyForm.BRANCH)
 *     .addCoveredEnterprises(EnterpriseId.of("E-1"))
 *     .region(RegionId.of("R-sip"))
 *     .secretary(PersonId.of("P-1"))
 *     .founded(LocalDate.of(2006, 7, 1))
 *     .termStart(LocalDate.of(2024, 7, 1))
 *     .termYears(3)
 *     .build();
 * }</pre>
 *
 * <p>A branch covers exactly one enterprise; a joint branch, general branch or primary committee
 * at least one; a working committee none (it covers a region). A vacant secretary post may record
 * since when it has been vacant. That the secretary is a party member employed by a covered
 * enterprise is checked by the {@link Jurisdiction}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PartyOrganization implements WithPartyOrganization {
  PartyOrganization() {}

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
  public abstract PartyForm form();

  /**
   * Returns the enterprises covered.
   *
   * @return the covered enterprises' ids
   */
  public abstract ImmutableSet<EnterpriseId> coveredEnterprises();

  /**
   * Returns the building area or intermediary the organisation is founded in, for organisations of
   * a cluster (SYNC-CLUSTER).
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
   * Returns the higher party organisation, if recorded.
   *
   * @return the parent's id, if any
   */
  public abstract Optional<OrganizationId> parent();

  /**
   * Returns the secretary (书记); empty when the post is vacant.
   *
   * @return the secretary's id, if any
   */
  public abstract Optional<PersonId> secretary();

  /**
   * Returns since when the secretary post has been vacant, if it is and the date is known.
   *
   * @return the date the vacancy began, if any
   */
  public abstract Optional<LocalDate> secretaryVacantSince();

  /**
   * Returns the deputy secretaries (副书记).
   *
   * @return their ids
   */
  public abstract ImmutableSet<PersonId> deputySecretaries();

  /**
   * Returns the other committee members (委员).
   *
   * @return their ids
   */
  public abstract ImmutableSet<PersonId> committeeMembers();

  /**
   * Returns the founding date.
   *
   * @return the founding date
   */
  public abstract LocalDate founded();

  /**
   * Returns the start of the current term (本届任期).
   *
   * @return the start date
   */
  public abstract LocalDate termStart();

  /**
   * Returns the length of a term in years (PARTY-CONST Art. 31: three to five).
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
   * Returns every person holding a post: secretary, deputies and committee members.
   *
   * @return their ids, secretary first
   */
  public final ImmutableSet<PersonId> postHolders() {
    return ImmutableSet.<PersonId>builder()
        .addAll(secretary().stream().iterator())
        .addAll(deputySecretaries())
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
    Problems p = new Problems("PartyOrganization[" + id().value() + "]");
    Texts.requireName(p, "name", name());
    int covered = coveredEnterprises().size();
    switch (form()) {
      case BRANCH:
        p.require(covered == 1, "coveredEnterprises", "BRANCH_COVERS_EXACTLY_ONE", covered);
        break;
      case NON_PUBLIC_WORKING_COMMITTEE:
        p.require(covered == 0, "coveredEnterprises", "WORKING_COMMITTEE_COVERS_NONE", covered);
        break;
      default:
        p.require(covered >= 1, "coveredEnterprises", "AT_LEAST_ONE", covered);
    }
    p.require(termYears() >= 1 && termYears() <= 10, "termYears", "BETWEEN_1_AND_10", termYears());
    p.require(!termStart().isBefore(founded()), "termStart", "NOT_BEFORE_FOUNDED", termStart());
    p.require(
        secretaryVacantSince().isEmpty() || secretary().isEmpty(),
        "secretaryVacantSince",
        "ONLY_WHEN_VACANT",
        secretaryVacantSince().map(LocalDate::toString).orElse(""));
    secretaryVacantSince()
        .ifPresent(d -> p.require(!d.isBefore(founded()), "secretaryVacantSince", "NOT_BEFORE_FOUNDED", d));
    secretary()
        .ifPresent(
            s -> p.require(!deputySecretaries().contains(s), "deputySecretaries", "NOT_THE_SECRETARY", s.value()));
    p.require(!parent().equals(Optional.of(id())), "parent", "NOT_OWN_PARENT", id().value());
    p.throwIfAny();
  }

  /** Builds a {@link PartyOrganization}; {@link #build()} throws {@link InvalidValueException} on bad input. */
  public static final class Builder extends ImmutablePartyOrganization.Builder {
    Builder() {}
  }
}
