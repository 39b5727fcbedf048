package org.dangong.appointment;

import java.time.LocalDate;
import java.util.Optional;
import org.dangong.decision.Decision;
import org.dangong.decision.Verdict;
import org.dangong.model.PersonId;
import org.immutables.value.Value;

/**
 * One person considered for a cross-appointment in an enterprise (一肩挑人选): whether they may hold
 * both posts, and the facts the {@link CandidateRanking} orders them by.
 *
 * <p>The {@link #decision()} is {@link Verdict#SATISFIED} for an eligible person who is not an
 * investor (the case NONPUBLIC-OPINION encourages), {@link Verdict#ADVISORY} for an eligible
 * investor, and {@link Verdict#NOT_SATISFIED} for a rejected person, listing every bar to either
 * post.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false, copy = false)
public abstract class Candidate {
  Candidate() {}

  /**
   * Returns the person.
   *
   * @return the person's id
   */
  @Value.Parameter
  public abstract PersonId person();

  /**
   * Returns the highest post the person holds in the enterprise's party organisation or union.
   *
   * @return the post, if any
   */
  @Value.Parameter
  public abstract Optional<LeadershipPost> currentPost();

  /**
   * Tells whether the person is an investor (出资人).
   *
   * @return true for an investor
   */
  @Value.Parameter
  public abstract boolean investor();

  /**
   * Tells whether the person attended union chair training within the policy's window (LEAD-TRAIN).
   *
   * @return true if trained recently
   */
  @Value.Parameter
  public abstract boolean recentlyTrained();

  /**
   * Returns the date full party membership began.
   *
   * @return the date, for full members
   */
  @Value.Parameter
  public abstract Optional<LocalDate> fullMemberSince();

  /**
   * Returns the decision on this person, with every bar for a rejected person.
   *
   * @return the decision
   */
  @Value.Parameter
  public abstract Decision decision();

  /**
   * Tells whether the person may hold both posts.
   *
   * @return true unless the decision is not satisfied
   */
  public final boolean isEligible() {
    return decision().verdict() != Verdict.NOT_SATISFIED;
  }

  static Candidate create(
      PersonId person,
      Optional<LeadershipPost> currentPost,
      boolean investor,
      boolean recentlyTrained,
      Optional<LocalDate> fullMemberSince,
      Decision decision) {
    return ImmutableCandidate.of(
        person, currentPost, investor, recentlyTrained, fullMemberSince, decision);
  }
}
