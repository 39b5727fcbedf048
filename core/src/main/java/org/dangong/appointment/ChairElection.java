package org.dangong.appointment;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dangong.model.InvalidValueException;
import org.dangong.model.OrganizationId;
import org.dangong.model.PersonId;
import org.dangong.model.Problem;
import org.immutables.value.Value;

/**
 * A union chair election as it was held (工会主席选举, LEAD-TEAM; CHAIR-RULES Art. 7–16): the seats, the
 * candidates, the voters due to attend and present, the yes votes of each candidate, the publicity
 * of the candidates and the approvals of the party organisation and the higher union.
 *
 * <pre>{@code
 * ChairElection e = ChairElection.builder()
 *     .union(OrganizationId.of("U-1"))
 *     .date(LocalDate.of(2025, 3, 20))
 *     .seats(1)
 *     .addCandidates(PersonId.of("P-1"), PersonId.of("P-2"))
 *     .votersDue(30)              // due to attend with the right to vote
 *     .present(21)
 *     .putYesVote(PersonId.of("P-1"), 16)
 *     .putYesVote(PersonId.of("P-2"), 5)
 *     .publicityStart(LocalDate.of(2025, 3, 1))
 *     .publicityEnd(LocalDate.of(2025, 3, 7))
 *     .partyOrganizationApproval(ElectionApproval.GRANTED)
 *     .higherUnionApproval(ElectionApproval.GRANTED)
 *     .build();
 * ChairElectionResult r = engine.assess(e);
 * }</pre>
 *
 * <p>What a real election cannot produce is invalid input and throws an {@link
 * InvalidValueException} at construction, naming every problem: fewer than one seat ({@code
 * AT_LEAST_ONE}), no candidate ({@code AT_LEAST_ONE_CANDIDATE}), no voter due ({@code
 * AT_LEAST_ONE}), more present than due ({@code AT_MOST_VOTERS_DUE}), negative counts ({@code
 * NOT_NEGATIVE}), yes votes for someone who is not a candidate ({@code ONLY_FOR_CANDIDATES}), more
 * yes votes for a candidate than voters present ({@code AT_MOST_PRESENT}), more yes votes in all
 * than the ballots allow — each voter present can say yes to at most {@link #seats()} candidates
 * ({@code AT_MOST_PRESENT_TIMES_SEATS}) — a publicity that ends before it starts ({@code
 * NOT_BEFORE_PUBLICITY_START}) and a higher union marked {@link ElectionApproval#NOT_APPLICABLE}
 * ({@code HIGHER_UNION_ALWAYS_APPLIES}). Everything a real election can do wrong — too few
 * candidates, a short publicity, no quorum, no majority, a missing approval — is judged by {@link
 * AppointmentEngine#assess(ChairElection)} instead.
 *
 * <p>Publicity is counted in calendar days with both ends included: 1 to 7 March is 7 days. A
 * candidate with no yes votes recorded has none.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ChairElection implements WithChairElection {
  ChairElection() {}

  /**
   * Returns the union whose chair is elected.
   *
   * @return the union's id
   */
  public abstract OrganizationId union();

  /**
   * Returns the date of the vote.
   *
   * @return the election date
   */
  public abstract LocalDate date();

  /**
   * Returns the number of seats to fill (应选人数); 1 unless set.
   *
   * @return the seats, at least 1
   */
  @Value.Default
  public int seats() {
    return 1;
  }

  /**
   * Returns the candidates, in the order given.
   *
   * @return the candidates' ids, at least one
   */
  public abstract ImmutableSet<PersonId> candidates();

  /**
   * Returns the number of members (or member representatives) due to attend with the right to vote
   * (应到会有选举权的人数).
   *
   * @return the voters due, at least 1
   */
  public abstract int votersDue();

  /**
   * Returns the number of voters present (实到人数).
   *
   * @return the voters present, from 0 to {@link #votersDue()}
   */
  public abstract int present();

  /**
   * Returns the yes votes (赞成票) of each candidate; a candidate not listed has none.
   *
   * @return the yes votes by candidate
   */
  public abstract ImmutableMap<PersonId, Integer> yesVotes();

  /**
   * Returns the first day of the publicity of the candidates (公示).
   *
   * @return the start date
   */
  public abstract LocalDate publicityStart();

  /**
   * Returns the last day of the publicity, included.
   *
   * @return the end date
   */
  public abstract LocalDate publicityEnd();

  /**
   * Returns whether the enterprise party organisation approved the candidates.
   *
   * @return the approval
   */
  public abstract ElectionApproval partyOrganizationApproval();

  /**
   * Returns whether the higher union approved the candidates.
   *
   * @return the approval
   */
  public abstract ElectionApproval higherUnionApproval();

  /**
   * Returns the yes votes of one candidate.
   *
   * @param candidate the candidate
   * @return the yes votes, 0 if none are recorded
   */
  public final int yesVotesFor(PersonId candidate) {
    return yesVotes().getOrDefault(candidate, 0);
  }

  /**
   * Returns the length of the publicity in calendar days, both ends included.
   *
   * @return the days, at least 1
   */
  public final long publicityDays() {
    return ChronoUnit.DAYS.between(publicityStart(), publicityEnd()) + 1;
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
    List<Problem> problems = new ArrayList<>();
    String path = "ChairElection[" + union().value() + "]";
    require(problems, seats() >= 1, path + ".seats", "AT_LEAST_ONE", seats());
    require(
        problems,
        !candidates().isEmpty(),
        path + ".candidates",
        "AT_LEAST_ONE_CANDIDATE",
        candidates());
    require(problems, votersDue() >= 1, path + ".votersDue", "AT_LEAST_ONE", votersDue());
    require(problems, present() >= 0, path + ".present", "NOT_NEGATIVE", present());
    require(problems, present() <= votersDue(), path + ".present", "AT_MOST_VOTERS_DUE", present());
    long total = 0;
    for (Map.Entry<PersonId, Integer> e : yesVotes().entrySet()) {
      String at = path + ".yesVotes[" + e.getKey().value() + "]";
      int votes = e.getValue();
      require(problems, candidates().contains(e.getKey()), at, "ONLY_FOR_CANDIDATES", votes);
      require(problems, votes >= 0, at, "NOT_NEGATIVE", votes);
      require(problems, votes <= present(), at, "AT_MOST_PRESENT", votes);
      total += Math.max(0, votes);
    }
    require(
        problems,
        total <= (long) Math.max(0, present()) * Math.max(0, seats()),
        path + ".yesVotes",
        "AT_MOST_PRESENT_TIMES_SEATS",
        total);
    require(
        problems,
        !publicityEnd().isBefore(publicityStart()),
        path + ".publicityEnd",
        "NOT_BEFORE_PUBLICITY_START",
        publicityEnd());
    require(
        problems,
        higherUnionApproval() != ElectionApproval.NOT_APPLICABLE,
        path + ".higherUnionApproval",
        "HIGHER_UNION_ALWAYS_APPLIES",
        higherUnionApproval());
    if (!problems.isEmpty()) {
      throw new InvalidValueException(ImmutableList.copyOf(problems));
    }
  }

  private static void require(
      List<Problem> problems, boolean condition, String path, String rule, Object value) {
    if (!condition) {
      problems.add(Problem.of(path, rule, String.valueOf(value)));
    }
  }

  /**
   * Builds a {@link ChairElection}; {@link #build()} throws {@link InvalidValueException} naming
   * every problem.
   */
  public static final class Builder extends ImmutableChairElection.Builder {
    Builder() {}
  }
}
