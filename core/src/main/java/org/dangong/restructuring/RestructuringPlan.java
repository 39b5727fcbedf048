package org.dangong.restructuring;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dangong.decision.Decision;
import org.dangong.model.Jurisdiction;
import org.dangong.model.OrganizationId;
import org.dangong.model.PersonId;
import org.jspecify.annotations.Nullable;

/**
 * The plan of one restructuring (改制方案) for one jurisdiction on one date: every line with the
 * decisions that explain it, and the jurisdiction it leads to.
 *
 * <ul>
 *   <li>{@link #staffMoves()}: where each employee of an affected enterprise works afterwards;
 *   <li>{@link #partyTransfers()}: where each party member's and pipeline person's organisational
 *       relation goes (关系接转), and that their stage is kept;
 *   <li>{@link #membershipTransfers()}: where each union membership goes (会籍管理), retained for those
 *       who leave employment;
 *   <li>{@link #partyOrganizations()} and {@link #unionOrganizations()}: what happens to each
 *       organisation (党工组织的设置) — continued, merged, dissolved or to be founded — with the form the
 *       successor's new counts require and the posts that fall vacant;
 *   <li>{@link #enterprises()}: what happens to each enterprise;
 *   <li>{@link #reconciliation()}: the counts that show nobody is lost.
 * </ul>
 *
 * <pre>{@code
 * RestructuringPlan plan = RestructuringEngine.of(Policy.national()).plan(before, merger, date);
 * for (PartyTransfer t : plan.partyTransfers()) {
 *   System.out.println(t.decisions().get(0).render(Locale.SIMPLIFIED_CHINESE));
 * }
 * Jurisdiction after = plan.apply(before);
 * }</pre>
 *
 * <p>Every list is in id order. Two plans are equal when their restructuring, date, lines and
 * jurisdiction after are; planning the same restructuring of equal jurisdictions on the same date
 * gives equal plans. This class is immutable and thread-safe.
 */
@Immutable
@SuppressWarnings("Immutable") // Guava immutable collections of immutable values
public final class RestructuringPlan {
  private final Restructuring restructuring;
  private final LocalDate date;
  private final Jurisdiction before;
  private final Jurisdiction after;
  private final ImmutableList<EnterpriseChange> enterprises;
  private final ImmutableList<StaffMove> staffMoves;
  private final ImmutableList<PartyTransfer> partyTransfers;
  private final ImmutableList<MembershipTransfer> membershipTransfers;
  private final ImmutableList<PartyOrganizationChange> partyOrganizations;
  private final ImmutableList<UnionOrganizationChange> unionOrganizations;
  private final Reconciliation reconciliation;

  RestructuringPlan(
      Restructuring restructuring,
      LocalDate date,
      Jurisdiction before,
      Jurisdiction after,
      ImmutableList<EnterpriseChange> enterprises,
      ImmutableList<StaffMove> staffMoves,
      ImmutableList<PartyTransfer> partyTransfers,
      ImmutableList<MembershipTransfer> membershipTransfers,
      ImmutableList<PartyOrganizationChange> partyOrganizations,
      ImmutableList<UnionOrganizationChange> unionOrganizations,
      Reconciliation reconciliation) {
    this.restructuring = restructuring;
    this.date = date;
    this.before = before;
    this.after = after;
    this.enterprises = enterprises;
    this.staffMoves = staffMoves;
    this.partyTransfers = partyTransfers;
    this.membershipTransfers = membershipTransfers;
    this.partyOrganizations = partyOrganizations;
    this.unionOrganizations = unionOrganizations;
    this.reconciliation = reconciliation;
  }

  /**
   * Returns the restructuring planned.
   *
   * @return the restructuring
   */
  public Restructuring restructuring() {
    return restructuring;
  }

  /**
   * Returns the date of the restructuring: vacancies begin and labour relations move on it.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns what happens to each affected enterprise, in id order.
   *
   * @return the enterprise lines
   */
  public ImmutableList<EnterpriseChange> enterprises() {
    return enterprises;
  }

  /**
   * Returns where each employee of an affected enterprise works afterwards, in person id order.
   *
   * @return one line per employee
   */
  public ImmutableList<StaffMove> staffMoves() {
    return staffMoves;
  }

  /**
   * Returns where each affected organisational relation goes, in person id order.
   *
   * @return one line per party member or pipeline person
   */
  public ImmutableList<PartyTransfer> partyTransfers() {
    return partyTransfers;
  }

  /**
   * Returns where each affected union membership goes, in person id order.
   *
   * @return one line per union member
   */
  public ImmutableList<MembershipTransfer> membershipTransfers() {
    return membershipTransfers;
  }

  /**
   * Returns what happens to each party organisation concerned, in id order.
   *
   * @return the party organisation lines
   */
  public ImmutableList<PartyOrganizationChange> partyOrganizations() {
    return partyOrganizations;
  }

  /**
   * Returns what happens to each union concerned, in id order.
   *
   * @return the union lines
   */
  public ImmutableList<UnionOrganizationChange> unionOrganizations() {
    return unionOrganizations;
  }

  /**
   * Returns the counts that show nobody is lost.
   *
   * @return the reconciliation
   */
  public Reconciliation reconciliation() {
    return reconciliation;
  }

  /**
   * Returns every vacated post, of party organisations then unions, in organisation id order.
   *
   * @return the vacated posts
   */
  public ImmutableList<VacatedPost> vacatedPosts() {
    ImmutableList.Builder<VacatedPost> posts = ImmutableList.builder();
    partyOrganizations.forEach(o -> posts.addAll(o.vacatedPosts()));
    unionOrganizations.forEach(o -> posts.addAll(o.vacatedPosts()));
    return posts.build();
  }

  /**
   * Finds the party transfer of a person.
   *
   * @param person the person
   * @return the transfer, or empty if the person's relation is not affected
   */
  public Optional<PartyTransfer> partyTransfer(PersonId person) {
    return partyTransfers.stream().filter(t -> t.person().equals(person)).findFirst();
  }

  /**
   * Finds the membership transfer of a person.
   *
   * @param person the person
   * @return the transfer, or empty if the person's membership is not affected
   */
  public Optional<MembershipTransfer> membershipTransfer(PersonId person) {
    return membershipTransfers.stream().filter(t -> t.person().equals(person)).findFirst();
  }

  /**
   * Finds the line of a party organisation.
   *
   * @param organization the organisation's id
   * @return the line, or empty if the organisation is not concerned
   */
  public Optional<PartyOrganizationChange> partyOrganization(OrganizationId organization) {
    return partyOrganizations.stream()
        .filter(o -> o.organization().equals(organization))
        .findFirst();
  }

  /**
   * Finds the line of a union.
   *
   * @param organization the union's id
   * @return the line, or empty if the union is not concerned
   */
  public Optional<UnionOrganizationChange> unionOrganization(OrganizationId organization) {
    return unionOrganizations.stream()
        .filter(o -> o.organization().equals(organization))
        .findFirst();
  }

  /**
   * Returns every decision of the plan: enterprises, staff, party relations, memberships, party
   * organisations, unions, then the reconciliation.
   *
   * @return the decisions, in that order
   */
  public ImmutableList<Decision> decisions() {
    ImmutableList.Builder<Decision> all = ImmutableList.builder();
    enterprises.forEach(e -> all.addAll(e.decisions()));
    staffMoves.forEach(s -> all.add(s.decision()));
    partyTransfers.forEach(t -> all.addAll(t.decisions()));
    membershipTransfers.forEach(t -> all.add(t.decision()));
    partyOrganizations.forEach(o -> all.addAll(o.decisions()));
    unionOrganizations.forEach(o -> all.addAll(o.decisions()));
    all.add(reconciliation.decision());
    return all.build();
  }

  /**
   * Applies the plan: returns the jurisdiction after the restructuring, in which people's
   * employment, party relations and union memberships, the organisations and the enterprises are as
   * the plan says. It is valid: building it checked every reference.
   *
   * @param jurisdiction the jurisdiction the plan was made for (or an equal one)
   * @return the jurisdiction after the restructuring
   * @throws IllegalArgumentException if the plan was made for another jurisdiction
   */
  public Jurisdiction apply(Jurisdiction jurisdiction) {
    if (!jurisdiction.equals(before)) {
      throw new IllegalArgumentException(
          "the plan was made for another jurisdiction: " + before + ", not " + jurisdiction);
    }
    return after;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof RestructuringPlan other)) {
      return false;
    }
    return restructuring.equals(other.restructuring)
        && date.equals(other.date)
        && enterprises.equals(other.enterprises)
        && staffMoves.equals(other.staffMoves)
        && partyTransfers.equals(other.partyTransfers)
        && membershipTransfers.equals(other.membershipTransfers)
        && partyOrganizations.equals(other.partyOrganizations)
        && unionOrganizations.equals(other.unionOrganizations)
        && reconciliation.equals(other.reconciliation)
        && after.equals(other.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        restructuring,
        date,
        enterprises,
        staffMoves,
        partyTransfers,
        membershipTransfers,
        partyOrganizations,
        unionOrganizations,
        reconciliation);
  }

  /**
   * Returns a summary with the number of lines of each kind, and no personal data.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "RestructuringPlan["
        + restructuring.kind()
        + " on "
        + date
        + ": enterprises="
        + enterprises.size()
        + ", staff="
        + staffMoves.size()
        + ", partyTransfers="
        + partyTransfers.size()
        + ", membershipTransfers="
        + membershipTransfers.size()
        + ", partyOrganizations="
        + partyOrganizations.size()
        + ", unionOrganizations="
        + unionOrganizations.size()
        + "]";
  }
}
