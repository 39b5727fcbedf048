package org.dangong.appointment;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.dangong.decision.Decision;
import org.dangong.model.EnterpriseId;
import org.dangong.model.OrganizationId;
import org.immutables.value.Value;

/**
 * The candidates of an enterprise for a cross-appointment (一肩挑): who may hold both the party
 * organisation's head and the union chair, best first, and who may not, with every reason why.
 *
 * <p>The people considered are the enterprise's employees and the sitting post holders of its party
 * organisation and union (secretary, deputy secretaries, chair, vice chairs), who may work for
 * another enterprise the organisation covers. Eligible candidates are ranked by, in order:
 *
 * <ol>
 *   <li>not an investor first — the case NONPUBLIC-OPINION encourages;
 *   <li>the post already held, in {@link LeadershipPost} order: the sitting secretary, then the
 *       sitting chair, then deputy secretaries, then vice chairs, then everyone else;
 *   <li>union chair training within {@code UNION_CHAIR_TRAINING_WINDOW} first (LEAD-TRAIN);
 *   <li>longer party standing first (the earlier date of full membership);
 *   <li>the person's id, ascending, so that the order is total and the same on every run.
 * </ol>
 *
 * <p>Rejected people are listed in id order. When the enterprise lacks a party organisation or a
 * union, nobody is considered and the {@link #decision()} says which is missing.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class CandidateRanking {
  CandidateRanking() {}

  /**
   * Returns the enterprise.
   *
   * @return the enterprise's id
   */
  @Value.Parameter
  public abstract EnterpriseId enterprise();

  /**
   * Returns the party organisation considered, if the enterprise has one.
   *
   * @return its id, if any
   */
  @Value.Parameter
  public abstract Optional<OrganizationId> partyOrganization();

  /**
   * Returns the union considered, if the enterprise has one.
   *
   * @return its id, if any
   */
  @Value.Parameter
  public abstract Optional<OrganizationId> union();

  /**
   * Returns the eligible candidates, best first; a candidate's rank is its index plus one.
   *
   * @return the ranked candidates
   */
  @Value.Parameter
  public abstract ImmutableList<Candidate> ranked();

  /**
   * Returns the people considered and rejected, in id order, each with every reason why.
   *
   * @return the rejected people
   */
  @Value.Parameter
  public abstract ImmutableList<Candidate> rejected();

  /**
   * Returns the decision for the enterprise: satisfied when at least one candidate is eligible,
   * with one reason per ranked candidate and the tie-breaks applied.
   *
   * @return the decision
   */
  @Value.Parameter
  public abstract Decision decision();

  /**
   * Returns the best candidate.
   *
   * @return the first ranked candidate, if any
   */
  public final Optional<Candidate> best() {
    return ranked().stream().findFirst();
  }

  static CandidateRanking create(
      EnterpriseId enterprise,
      Optional<OrganizationId> partyOrganization,
      Optional<OrganizationId> union,
      ImmutableList<Candidate> ranked,
      ImmutableList<Candidate> rejected,
      Decision decision) {
    return ImmutableCandidateRanking.of(
        enterprise, partyOrganization, union, ranked, rejected, decision);
  }
}
