package org.dangong.targets;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangong.decision.Argument;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Verdict;

/** Ranks the eligible units, fills the commendation list under the quotas, and explains it. */
final class Commendations {
  private static final BigDecimal NO_SCORE = BigDecimal.valueOf(-1);

  /** The ranking of {@link TargetEngine#RANKING}: combined, union, party score descending, id. */
  static final Comparator<UnitEvaluation> RANKING =
      Comparator.comparing(Commendations::combined)
          .reversed()
          .thenComparing(Comparator.comparing(Commendations::union).reversed())
          .thenComparing(Comparator.comparing(Commendations::party).reversed())
          .thenComparing(e -> e.unit.id());

  final ImmutableList<UnitId> ranking;
  final ImmutableList<UnitId> commended;
  private final Map<UnitId, CommendationOutcome> outcomes = new HashMap<>();

  Commendations(List<UnitEvaluation> units, WorkCycle cycle, Settings s) {
    List<UnitEvaluation> eligible = new ArrayList<>();
    for (UnitEvaluation e : units) {
      if (e.eligible) {
        eligible.add(e);
      } else {
        outcomes.put(e.unit.id(), notEligible(e, s));
      }
    }
    eligible.sort(RANKING);
    Map<Quota, Integer> left = new LinkedHashMap<>();
    cycle.quotas().forEach(q -> left.put(q, q.places()));
    Map<Quota, UnitEvaluation> lastIn = new HashMap<>();
    Optional<UnitEvaluation> lastOverall = Optional.empty();
    int placesLeft = cycle.commendationPlaces().orElse(Integer.MAX_VALUE);
    ImmutableList.Builder<UnitId> ranked = ImmutableList.builder();
    ImmutableList.Builder<UnitId> list = ImmutableList.builder();
    int rank = 0;
    for (UnitEvaluation e : eligible) {
      rank++;
      ranked.add(e.unit.id());
      List<Reason> blocked = new ArrayList<>();
      List<UnitEvaluation> blockers = new ArrayList<>();
      for (Quota q : cycle.quotas()) {
        if (q.appliesTo(e.unit) && left.getOrDefault(q, 0) == 0) {
          blocked.add(
              UnitEvaluation.cited(
                  Reason.of(
                      "reason.targets.quota-full",
                      Argument.label("scope", q.scope()),
                      Argument.text("key", q.key()),
                      Argument.number("places", q.places()))));
          Optional.ofNullable(lastIn.get(q)).ifPresent(blockers::add);
        }
      }
      if (placesLeft == 0) {
        blocked.add(
            UnitEvaluation.cited(
                Reason.of(
                    "reason.targets.places-full",
                    Argument.number("places", cycle.commendationPlaces().orElse(0)))));
        lastOverall.ifPresent(blockers::add);
      }
      Reason ranking =
          UnitEvaluation.cited(
              Reason.of(
                  "reason.targets.ranked",
                  Argument.number("rank", rank),
                  Argument.number("eligible", eligible.size()),
                  Argument.number("combined", combined(e))));
      if (blocked.isEmpty()) {
        for (Quota q : cycle.quotas()) {
          if (q.appliesTo(e.unit)) {
            left.put(q, left.getOrDefault(q, 0) - 1);
            lastIn.put(q, e);
          }
        }
        placesLeft = placesLeft == Integer.MAX_VALUE ? placesLeft : placesLeft - 1;
        lastOverall = Optional.of(e);
        list.add(e.unit.id());
        outcomes.put(
            e.unit.id(),
            outcome(
                true,
                Optional.of(rank),
                true,
                Decision.of(
                    TargetRules.COMMENDATION_LIST.id(),
                    e.subject,
                    Verdict.SATISFIED,
                    s.asOf,
                    UnitEvaluation.tidy(List.of(ranking.using(s.commendationMin))))));
      } else {
        List<Reason> reasons = new ArrayList<>();
        reasons.add(ranking);
        reasons.addAll(blocked);
        blockers.stream()
            .filter(b -> combined(b).compareTo(combined(e)) == 0)
            .findFirst()
            .ifPresent(b -> reasons.add(tie(b, e)));
        outcomes.put(
            e.unit.id(),
            outcome(
                true,
                Optional.of(rank),
                false,
                Decision.of(
                    TargetRules.COMMENDATION_LIST.id(),
                    e.subject,
                    Verdict.NOT_SATISFIED,
                    s.asOf,
                    UnitEvaluation.tidy(reasons))));
      }
    }
    this.ranking = ranked.build();
    this.commended = list.build();
  }

  CommendationOutcome outcome(UnitId unit) {
    CommendationOutcome o = outcomes.get(unit);
    if (o == null) {
      throw new IllegalStateException("no commendation outcome for " + unit);
    }
    return o;
  }

  private static CommendationOutcome notEligible(UnitEvaluation e, Settings s) {
    Decision decision =
        e.score.assessed()
            ? Decision.of(
                TargetRules.COMMENDATION_LIST.id(),
                e.subject,
                Verdict.NOT_SATISFIED,
                s.asOf,
                UnitEvaluation.tidy(e.eligibilityReasons))
            : e.missing(TargetRules.COMMENDATION_LIST, Reason.of("reason.targets.not-assessed"));
    return outcome(false, Optional.empty(), false, decision);
  }

  private static CommendationOutcome outcome(
      boolean eligible, Optional<Integer> rank, boolean commended, Decision decision) {
    return ImmutableCommendationOutcome.builder()
        .eligible(eligible)
        .rank(rank)
        .commended(commended)
        .decision(decision)
        .build();
  }

  /** The reason a unit tied on combined score with the last one admitted ranks below it. */
  private static Reason tie(UnitEvaluation above, UnitEvaluation below) {
    RankingKey key;
    if (union(above).compareTo(union(below)) != 0) {
      key = RankingKey.UNION_SCORE;
    } else if (party(above).compareTo(party(below)) != 0) {
      key = RankingKey.PARTY_SCORE;
    } else {
      key = RankingKey.UNIT_ID;
    }
    return UnitEvaluation.cited(
        Reason.of(
            "reason.targets.tie-at-cutoff",
            Argument.id("other", above.unit.id().value()),
            Argument.number("combined", combined(below)),
            Argument.label("key", key)));
  }

  private static BigDecimal combined(UnitEvaluation e) {
    return e.score.combined().orElse(NO_SCORE);
  }

  private static BigDecimal union(UnitEvaluation e) {
    return e.score.union().score().orElse(NO_SCORE);
  }

  private static BigDecimal party(UnitEvaluation e) {
    return e.score.party().score().orElse(NO_SCORE);
  }
}
