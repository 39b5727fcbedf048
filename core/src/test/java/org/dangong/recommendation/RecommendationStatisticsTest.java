package org.dangong.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dangong.recommendation.Fixtures.BRANCH;
import static org.dangong.recommendation.Fixtures.CITY;
import static org.dangong.recommendation.Fixtures.NATIONAL;
import static org.dangong.recommendation.Fixtures.OTHER_TOWN;
import static org.dangong.recommendation.Fixtures.TOWN;
import static org.dangong.recommendation.Fixtures.UNION;
import static org.dangong.recommendation.Fixtures.UNION_COMMITTEE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangong.model.Jurisdiction;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.RegionId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Recommendations by channel, region and period; conversion rates along the pipeline. */
class RecommendationStatisticsTest {
  private static final LocalDate Y2022 = LocalDate.of(2022, 1, 1);
  private static final LocalDate Y2023 = LocalDate.of(2023, 1, 1);
  private static final LocalDate Y2025 = LocalDate.of(2025, 1, 1);

  /** Re-targets the standard path at another person and region, cut after {@code steps} events. */
  private static List<DevelopmentEvent> path(
      String id, RegionId region, boolean unionChannel, int steps) {
    PersonId person = PersonId.of(id);
    Person record = Person.builder().from(Fixtures.applicant()).id(person).build();
    List<DevelopmentEvent> events = new ArrayList<>();
    events.add(ApplicationReceived.of(Fixtures.APPLIED, record, region, BRANCH));
    events.add(ApplicantTalked.of(Fixtures.TALKED, person, BRANCH));
    if (unionChannel) {
      events.add(UnionNominated.of(Fixtures.NOMINATED, record, UNION, UNION_COMMITTEE));
      events.add(UnionRecommended.of(Fixtures.RECOMMENDED, record, UNION, UNION_COMMITTEE));
      events.add(ActivistDetermined.byUnionRecommendation(Fixtures.ACTIVIST, person, BRANCH));
    } else {
      events.add(
          ActivistDetermined.byMemberRecommendation(
              Fixtures.ACTIVIST, person, BRANCH, List.of(Fixtures.fullMember(Fixtures.FULL_A))));
    }
    List<DevelopmentEvent> standard = Fixtures.fullPath();
    for (DevelopmentEvent e : standard.subList(5, standard.size())) {
      events.add(retarget(e, person));
    }
    return events.subList(0, Math.min(steps, events.size()));
  }

  private static DevelopmentEvent retarget(DevelopmentEvent e, PersonId person) {
    if (e instanceof ActivistFiled) {
      return ActivistFiled.of(e.date(), person, e.decidedBy());
    } else if (e instanceof ActivistReviewed) {
      return ActivistReviewed.of(e.date(), person, e.decidedBy());
    } else if (e instanceof DevelopmentTargetDetermined) {
      return DevelopmentTargetDetermined.of(e.date(), person, e.decidedBy());
    } else if (e instanceof DevelopmentTargetFiled) {
      return DevelopmentTargetFiled.of(e.date(), person, e.decidedBy());
    } else if (e instanceof IntroducersAssigned i) {
      return IntroducersAssigned.of(e.date(), person, e.decidedBy(), i.introducerRecords());
    } else if (e instanceof PoliticalReviewCompleted) {
      return PoliticalReviewCompleted.of(e.date(), person, e.decidedBy());
    } else if (e instanceof TrainingCompleted) {
      return TrainingCompleted.of(e.date(), person, e.decidedBy(), 3, 24);
    } else if (e instanceof PreReviewCompleted) {
      return PreReviewCompleted.of(e.date(), person, e.decidedBy());
    } else if (e instanceof AdmissionVoted) {
      return AdmissionVoted.of(e.date(), person, e.decidedBy(), 9, 7, 5, 0);
    } else if (e instanceof AdmissionApproved) {
      return AdmissionApproved.of(e.date(), person, e.decidedBy());
    } else if (e instanceof ProbationConverted) {
      return ProbationConverted.of(e.date(), person, e.decidedBy());
    }
    throw new AssertionError(e);
  }

  private static DevelopmentRegister register() {
    List<DevelopmentEvent> events = new ArrayList<>();
    // union channel: one full member, one stopped as activist, one stopped after the union's
    // nomination
    events.addAll(path("P-1", TOWN, true, 99));
    events.addAll(path("P-2", TOWN, true, 6));
    events.addAll(path("P-3", OTHER_TOWN, true, 3));
    // member channel: one stopped as development target; one applicant only
    events.addAll(path("P-4", OTHER_TOWN, false, 9));
    events.addAll(path("P-5", TOWN, false, 2));
    Transition<DevelopmentRegister> t =
        DevelopmentRegister.replay(NATIONAL, WorkingCalendar.weekends(), events);
    assertThat(t.rejections()).isEmpty();
    return t.state();
  }

  @Test
  @DisplayName("DUAL-REC-2: activists are counted by channel, region and year")
  void byChannelRegionAndYear() {
    RecommendationStatistics s = register().statistics(Y2022, Y2023);
    assertThat(s.total()).isEqualTo(ChannelCounts.of(2, 1));
    assertThat(s.total().total()).isEqualTo(3);
    assertThat(s.total().count(RecommendationChannel.UNION_RECOMMENDATION)).isEqualTo(2);
    assertThat(s.unionNominations()).isEqualTo(3);
    assertThat(s.byRegion())
        .containsEntry(TOWN, ChannelCounts.of(2, 0))
        .containsEntry(OTHER_TOWN, ChannelCounts.of(0, 1))
        .hasSize(2);
    assertThat(s.byYear()).containsOnlyKeys(2022);
    assertThat(register().statistics(Y2023, Y2025).total()).isEqualTo(ChannelCounts.of(0, 0));
  }

  @Test
  @DisplayName("DUAL-REC-2: a region's counts include its towns when rolled up")
  void rolledUp() {
    Jurisdiction j = Fixtures.world(Fixtures.chair(PartyStanding.none())).build();
    RecommendationStatistics s = register().statistics(Y2022, Y2023);
    assertThat(s.rolledUp(j)).containsEntry(CITY, ChannelCounts.of(2, 1));
    assertThat(s.in(j, CITY).total()).isEqualTo(3);
    assertThat(s.in(j, TOWN)).isEqualTo(ChannelCounts.of(2, 0));
    assertThat(s.in(j, RegionId.of("R-none"))).isEqualTo(ChannelCounts.of(0, 0));
  }

  @Test
  @DisplayName("DUAL-REC-2: conversion rates along the pipeline, for all and for the union channel")
  void pipeline() {
    RecommendationStatistics s = register().statistics(Y2022, Y2023);
    Pipeline all = s.pipeline();
    assertThat(all.reached(DevelopmentStage.APPLICANT)).isEqualTo(5);
    assertThat(all.reached(DevelopmentStage.ACTIVIST)).isEqualTo(3);
    assertThat(all.reached(DevelopmentStage.DEVELOPMENT_TARGET)).isEqualTo(2);
    assertThat(all.reached(DevelopmentStage.FULL_MEMBER)).isEqualTo(1);
    assertThat(all.conversionRate(DevelopmentStage.APPLICANT, DevelopmentStage.ACTIVIST))
        .contains(new BigDecimal("0.6000"));
    assertThat(all.stepRates())
        .containsEntry(DevelopmentStage.DEVELOPMENT_TARGET, new BigDecimal("0.6667"));
    Pipeline union = s.pipeline(RecommendationChannel.UNION_RECOMMENDATION);
    assertThat(union.reached(DevelopmentStage.ACTIVIST)).isEqualTo(2);
    assertThat(union.conversionRate(DevelopmentStage.ACTIVIST, DevelopmentStage.FULL_MEMBER))
        .contains(new BigDecimal("0.5000"));
    Pipeline member = s.pipeline(RecommendationChannel.MEMBER_RECOMMENDATION);
    assertThat(member.reached(DevelopmentStage.DEVELOPMENT_TARGET)).isEqualTo(1);
    assertThat(member.conversionRate(DevelopmentStage.ADMITTED, DevelopmentStage.FULL_MEMBER))
        .isEmpty();
    assertThat(Pipeline.MILESTONES).hasSize(all.counts().size());
    assertThat(all.toString())
        .isEqualTo(
            "Pipeline[APPLICANT=5, ACTIVIST=3, DEVELOPMENT_TARGET=2, ADMITTED=1, PROBATIONARY=1,"
                + " FULL_MEMBER=1]");
  }

  @Test
  @DisplayName("DUAL-REC-2: a period must end after it starts")
  void badPeriod() {
    assertThatThrownBy(() -> register().statistics(Y2023, Y2023))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
