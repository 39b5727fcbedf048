package org.dangong.appointment;

import com.google.common.collect.ImmutableList;
import org.dangong.decision.Decision;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * The assessment of a {@link ChairElection}: whether it was valid, who was elected, and why.
 *
 * <p>The {@link #decision()} is satisfied when the procedure was valid — candidates outnumber the
 * seats, the publicity lasted long enough and ended before the vote, both approvals were given, the
 * quorum was met — and at least one candidate won. A candidate wins with yes votes meeting {@code
 * CHAIR_ELECTION_MAJORITY} of the voters due to attend (not of those present); when more candidates
 * win than there are seats, the most yes votes take the seats, and candidates tied for the last
 * seat take none (another round is needed). Its reasons go through every requirement and every
 * candidate, each with the clause and the policy value applied.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class ChairElectionResult {
  ChairElectionResult() {}

  /**
   * Returns the election assessed.
   *
   * @return the election
   */
  @Value.Parameter
  public abstract ChairElection election();

  /**
   * Tells whether the procedure was valid, whoever won.
   *
   * @return true when every procedural requirement was met
   */
  @Value.Parameter
  public abstract boolean procedureValid();

  /**
   * Returns the candidates elected, most yes votes first; empty when the procedure was not valid.
   *
   * @return the elected candidates' ids
   */
  @Value.Parameter
  public abstract ImmutableList<PersonId> elected();

  /**
   * Returns the decision on the election's validity, with every reason.
   *
   * @return the decision
   */
  @Value.Parameter
  public abstract Decision decision();

  /**
   * Returns the number of seats left unfilled.
   *
   * @return the seats minus the candidates elected
   */
  public final int unfilledSeats() {
    return election().seats() - elected().size();
  }

  /**
   * Tells whether the election was valid and elected someone.
   *
   * @return true when the decision is satisfied
   */
  public final boolean isValid() {
    return decision().isPositive();
  }

  static ChairElectionResult create(
      ChairElection election,
      boolean procedureValid,
      ImmutableList<PersonId> elected,
      Decision decision) {
    return ImmutableChairElectionResult.of(election, procedureValid, elected, decision);
  }
}
