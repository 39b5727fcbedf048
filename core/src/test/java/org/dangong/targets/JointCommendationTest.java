package org.dangong.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangong.targets.CycleFixtures.AFTER;
import static org.dangong.targets.CycleFixtures.DEC;
import static org.dangong.targets.CycleFixtures.FEB;
import static org.dangong.targets.CycleFixtures.NATIONAL;
import static org.dangong.targets.CycleFixtures.act;
import static org.dangong.targets.CycleFixtures.assessment;
import static org.dangong.targets.CycleFixtures.cycle;
import static org.dangong.targets.CycleFixtures.party;
import static org.dangong.targets.CycleFixtures.score;
import static org.dangong.targets.CycleFixtures.u;
import static org.dangong.targets.CycleFixtures.union;
import static org.dangong.targets.CycleFixtures.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dangong.decision.Argument;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Verdict;
import org.dangong.model.RegionId;
import org.dangong.policy.JointStage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 同表彰: only units passing on both sides are commended, by a stated ranking, within quotas. */
class JointCommendationTest {

  /**
   * A cycle in which each unit has one party and one union target (10 points each), all set by one
   * act and scored by one assessment.
   *
   * @param scores unit id, party points, union points, repeated
   */
  private static WorkCycle.Builder scored(Unit[] units, String... scores) {
    List<Target> targets = new ArrayList<>();
    List<Score> given = new ArrayList<>();
    for (int i = 0; i < scores.length; i += 3) {
      String id = scores[i];
      targets.add(party("P-" + id, id));
      targets.add(union("N-" + id, id));
      given.add(score(id, "P-" + id, scores[i + 1]));
      given.add(score(id, "N-" + id, scores[i + 2]));
    }
    return cycle(units)
        .addDeployment(act("D-1", FEB, targets.toArray(new Target[0])))
        .addAssessment(assessment("A-1", DEC, given.toArray(new Score[0])));
  }

  private static List<String> keys(Decision d) {
    return d.reasons().stream().map(Reason::messageKey).toList();
  }

  @Test
  @DisplayName(
      "SEED JOINT-DEPLOY 同表彰: only units whose party and union parts both pass are commended; every"
          + " unit left out is told why")
  void onlyUnitsPassingBothSidesAreCommended() {
    WorkCycle cycle =
        scored(
                new Unit[] {unit("U-1"), unit("U-2"), unit("U-3")},
                "U-1",
                "10",
                "9.5",
                "U-2",
                "10",
                "5",
                "U-3",
                "9",
                "8")
            .build();

    CycleReport report = NATIONAL.evaluate(cycle, AFTER);

    assertThat(report.commended()).containsExactly(u("U-1"));
    UnitReport failedUnion = report.unit(u("U-2")).orElseThrow();
    assertThat(failedUnion.stage(JointStage.COMMENDATION).orElseThrow().verdict())
        .isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(keys(failedUnion.commendation().decision()))
        .containsExactly("reason.targets.side-fails", "reason.targets.below-commendation-score");
    UnitReport belowMinimum = report.unit(u("U-3")).orElseThrow();
    assertThat(belowMinimum.stage(JointStage.COMMENDATION).orElseThrow().verdict())
        .isEqualTo(Verdict.SATISFIED);
    assertThat(keys(belowMinimum.commendation().decision()))
        .containsExactly("reason.targets.below-commendation-score");
    assertThat(belowMinimum.commendation().decision().render(Locale.SIMPLIFIED_CHINESE))
        .contains("综合得分85分低于表彰所需的90分");
  }

  @Test
  @DisplayName(
      "SEED JOINT-DEPLOY 同表彰: ties at the cut-off are broken by the union-building score, then the"
          + " party-building score, then the unit id")
  void tiesAtTheCutOffAreBrokenByTheStatedRanking() {
    WorkCycle cycle =
        scored(
                new Unit[] {unit("U-A"), unit("U-B"), unit("U-C"), unit("U-D"), unit("U-E")},
                "U-A",
                "10",
                "10",
                "U-B",
                "9.4",
                "9",
                "U-C",
                "9",
                "9.4",
                "U-D",
                "9.1",
                "9.1",
                "U-E",
                "9.1",
                "9.1")
            .commendationPlaces(2)
            .build();

    CycleReport report = NATIONAL.evaluate(cycle, AFTER);

    assertThat(report.ranking()).containsExactly(u("U-A"), u("U-C"), u("U-B"), u("U-D"), u("U-E"));
    assertThat(report.commended()).containsExactly(u("U-A"), u("U-C"));
    CommendationOutcome b = report.unit(u("U-B")).orElseThrow().commendation();
    assertThat(b.eligible()).isTrue();
    assertThat(b.commended()).isFalse();
    assertThat(b.rank()).contains(3);
    assertThat(keys(b.decision()))
        .containsExactly(
            "reason.targets.ranked", "reason.targets.places-full", "reason.targets.tie-at-cutoff");
    Reason tie = b.decision().reasons().get(2);
    assertThat(tie.argument("other")).map(Argument::value).contains("U-C");
    assertThat(tie.argument("key")).map(Argument::value).contains(RankingKey.UNION_SCORE);
    assertThat(b.decision().render(Locale.ENGLISH))
        .contains("Tied at the cut-off with U-C on the combined score 92;")
        .contains("union-building score (higher first)");
    assertThat(TargetEngine.RANKING)
        .containsExactly(
            RankingKey.COMBINED_SCORE,
            RankingKey.UNION_SCORE,
            RankingKey.PARTY_SCORE,
            RankingKey.UNIT_ID);
  }

  @Test
  @DisplayName("SEED JOINT-DEPLOY 同表彰: a complete tie at the cut-off is broken by the unit id")
  void aCompleteTieIsBrokenByTheUnitId() {
    WorkCycle cycle =
        scored(new Unit[] {unit("U-E"), unit("U-D")}, "U-D", "9.2", "9.2", "U-E", "9.2", "9.2")
            .commendationPlaces(1)
            .build();

    CycleReport report = NATIONAL.evaluate(cycle, AFTER);

    assertThat(report.commended()).containsExactly(u("U-D"));
    Reason tie = report.unit(u("U-E")).orElseThrow().commendation().decision().reasons().get(2);
    assertThat(tie.argument("key")).map(Argument::value).contains(RankingKey.UNIT_ID);
  }

  @Test
  @DisplayName(
      "Commendation quotas per region and per category: a unit whose region's or category's quota"
          + " is full is left out and the next unit moves up")
  void quotasPerRegionAndCategory() {
    Unit a = unit("U-1", "R-wj", "规上企业");
    Unit b = unit("U-2", "R-wj", "楼宇");
    Unit c = unit("U-3", "R-tx", "楼宇");
    Unit d = unit("U-4", "R-tx", "规上企业");
    Unit e = unit("U-5", "R-tx", "楼宇");
    WorkCycle cycle =
        scored(
                new Unit[] {a, b, c, d, e},
                "U-1",
                "10",
                "10",
                "U-2",
                "9.8",
                "9.8",
                "U-3",
                "9.6",
                "9.6",
                "U-4",
                "9.4",
                "9.4",
                "U-5",
                "9.5",
                "9.5")
            .addQuota(Quota.forRegion(RegionId.of("R-wj"), 1))
            .addQuota(Quota.forCategory("楼宇", 1))
            .build();

    CycleReport report = NATIONAL.evaluate(cycle, AFTER);

    assertThat(report.commended()).containsExactly(u("U-1"), u("U-3"), u("U-4"));
    Decision second = report.unit(u("U-2")).orElseThrow().commendation().decision();
    assertThat(keys(second)).containsExactly("reason.targets.ranked", "reason.targets.quota-full");
    assertThat(second.render(Locale.SIMPLIFIED_CHINESE)).contains("地区R-wj的名额（1个）已满");
    Decision fifth = report.unit(u("U-5")).orElseThrow().commendation().decision();
    assertThat(fifth.render(Locale.ENGLISH))
        .contains("The quota of category 楼宇 (1 place) is full.");
    assertThat(fifth.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(report.unit(u("U-5")).orElseThrow().commendation().rank()).contains(4);
  }
}
