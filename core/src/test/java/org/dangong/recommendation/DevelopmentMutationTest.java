package org.dangong.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangong.recommendation.Fixtures.ACTIVIST;
import static org.dangong.recommendation.Fixtures.ACTIVIST_FILED;
import static org.dangong.recommendation.Fixtures.APPLICANT;
import static org.dangong.recommendation.Fixtures.APPLIED;
import static org.dangong.recommendation.Fixtures.BRANCH;
import static org.dangong.recommendation.Fixtures.FULL_A;
import static org.dangong.recommendation.Fixtures.FULL_B;
import static org.dangong.recommendation.Fixtures.HIGHER;
import static org.dangong.recommendation.Fixtures.INTRODUCED;
import static org.dangong.recommendation.Fixtures.NATIONAL;
import static org.dangong.recommendation.Fixtures.NOMINATED;
import static org.dangong.recommendation.Fixtures.OTHER_UNION;
import static org.dangong.recommendation.Fixtures.PRE_REVIEWED;
import static org.dangong.recommendation.Fixtures.PROBATION_END;
import static org.dangong.recommendation.Fixtures.RECOMMENDED;
import static org.dangong.recommendation.Fixtures.STRANGER;
import static org.dangong.recommendation.Fixtures.TALKED;
import static org.dangong.recommendation.Fixtures.TOWN;
import static org.dangong.recommendation.Fixtures.TRAINED;
import static org.dangong.recommendation.Fixtures.UNION;
import static org.dangong.recommendation.Fixtures.UNION_COMMITTEE;
import static org.dangong.recommendation.Fixtures.applicant;
import static org.dangong.recommendation.Fixtures.argument;
import static org.dangong.recommendation.Fixtures.chair;
import static org.dangong.recommendation.Fixtures.developed;
import static org.dangong.recommendation.Fixtures.fullMember;
import static org.dangong.recommendation.Fixtures.fullPath;
import static org.dangong.recommendation.Fixtures.months;
import static org.dangong.recommendation.Fixtures.number;
import static org.dangong.recommendation.Fixtures.pathToActivist;
import static org.dangong.recommendation.Fixtures.pathToProbation;
import static org.dangong.recommendation.Fixtures.pathToTarget;
import static org.dangong.recommendation.Fixtures.world;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Rule;
import org.dangong.model.Jurisdiction;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.policy.Citation;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.Source;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The membership development's guards in detail: the reasons an accepted step records for every
 * guard it met, the exact guards a rejected step fails (no more, no fewer), steps taken twice, the
 * obligations at each stage, and the statistics' period.
 */
class DevelopmentMutationTest {
  private static final String P = "reason.recommendation.";

  private static final Policy WITH_PUBLICITY =
      NATIONAL.with(
          Parameters.ADMISSION_PUBLICITY_ENABLED,
          true,
          Citation.of(Source.LOCAL, "发展党员公示办法", "发展对象公示不少于5个工作日").withNote("a local rule"),
          LocalDate.of(2020, 1, 1));

  /** The audit entry in short: its step, then its reasons' keys without the package prefix. */
  private static String audited(AuditEntry entry) {
    return entry.step()
        + ": "
        + entry.decision().reasons().stream()
            .map(r -> r.messageKey().replace(P, ""))
            .collect(Collectors.joining(", "));
  }

  private static List<String> trail(MembershipDevelopment s) {
    return s.auditTrail().stream().map(DevelopmentMutationTest::audited).toList();
  }

  private static String last(MembershipDevelopment s) {
    return audited(s.auditTrail().get(s.auditTrail().size() - 1));
  }

  private static MembershipDevelopment upTo(List<DevelopmentEvent> path, int events) {
    return developed(path.subList(0, events));
  }

  /** The ids of the failed guards, in the order they failed. */
  private static List<String> failed(Transition<MembershipDevelopment> t) {
    assertThat(t.isRejected()).as("rejected: %s", t).isTrue();
    return t.rejections().stream().map(d -> d.ruleId().value()).toList();
  }

  private static String id(Rule rule) {
    return rule.id().value();
  }

  private static List<String> keys(Decision d) {
    return d.reasons().stream().map(Reason::messageKey).toList();
  }

  private static MembershipDevelopment accepted(
      MembershipDevelopment s, DevelopmentEvent... events) {
    MembershipDevelopment state = s;
    for (DevelopmentEvent e : events) {
      Transition<MembershipDevelopment> t = state.apply(e);
      assertThat(t.rejections()).as("rejections of %s", e).isEmpty();
      state = t.state();
    }
    return state;
  }

  /** Asserts a step taken a second time fails only because it was done on {@code first}. */
  private static void doneBefore(MembershipDevelopment s, DevelopmentEvent again, LocalDate first) {
    Transition<MembershipDevelopment> t = s.apply(again);
    assertThat(failed(t)).containsExactly(id(RecommendationRules.EVENT_IN_SEQUENCE));
    assertThat(t.state()).isSameAs(s);
    Decision d = t.rejections().get(0);
    assertThat(keys(d)).containsExactly(P + "step-done");
    assertThat(argument(d.reasons().get(0), "step")).isEqualTo(again.step());
    assertThat(argument(d.reasons().get(0), "date")).isEqualTo(first);
  }

  // ---- The reasons of the guards met ----

  @Test
  @DisplayName(
      "DEVELOP-REG Art. 5–32: every step of the standard path records the reasons of the guards it"
          + " met")
  void standardPathRecordsEveryGuardMet() {
    MembershipDevelopment s = developed(fullPath());
    assertThat(trail(s))
        .containsExactly(
            "APPLICATION: recorded, age-met, not-yet-activist",
            "TALK: recorded, within-deadline",
            "UNION_NOMINATION: recorded, applied, union-member, age-met, not-yet-activist",
            "UNION_RECOMMENDATION: recorded, applied, union-member, age-met, not-yet-activist",
            "ACTIVIST_DETERMINATION: recorded, applied, union-recommended",
            "ACTIVIST_FILING: recorded",
            "ACTIVIST_REVIEW: recorded, within-deadline",
            "ACTIVIST_REVIEW: recorded, within-deadline",
            "TARGET_DETERMINATION: recorded, period-elapsed, reviews-done",
            "TARGET_FILING: recorded",
            "INTRODUCERS: recorded, reason.meets-threshold, introducers-eligible",
            "POLITICAL_REVIEW: recorded",
            "TRAINING: recorded, training-long-enough",
            "PRE_REVIEW: recorded",
            "BRANCH_MEETING: recorded, reason.ratio-met, reason.ratio-met",
            "APPROVAL: recorded, within-deadline",
            "CONVERSION: recorded, probation-over");
    assertThat(s.auditTrail())
        .extracting(AuditEntry::sequence)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17);

    Reason talk = s.auditTrail().get(1).decision().reasons().get(1);
    assertThat(argument(talk, "due")).isEqualTo(LocalDate.of(2022, 4, 1));
    assertThat(argument(talk, "days")).isEqualTo(number(0));
    assertThat(talk.parameters())
        .<Object>extracting(p -> p.parameter())
        .containsExactly(Parameters.APPLICATION_TALK_WITHIN);
    Reason recommended = s.auditTrail().get(4).decision().reasons().get(2);
    assertThat(argument(recommended, "union")).isEqualTo(UNION.value());
    assertThat(argument(recommended, "date")).isEqualTo(RECOMMENDED);
    assertThat(recommended.citations().toString()).contains("DEVELOP-REG Art. 8");
    Reason review = s.auditTrail().get(7).decision().reasons().get(1);
    assertThat(argument(review, "due")).isEqualTo(Fixtures.REVIEW_1.plusMonths(6));
    Reason eligible = s.auditTrail().get(10).decision().reasons().get(2);
    assertThat(argument(eligible, "count")).isEqualTo(number(2));
    assertThat(eligible.citations().toString()).contains("DEVELOP-REG Art. 14");
    Reason approval = s.auditTrail().get(15).decision().reasons().get(1);
    assertThat(argument(approval, "due")).isEqualTo(LocalDate.of(2023, 10, 17));
  }

  @Test
  @DisplayName(
      "DEVELOP-REG Art. 8: an activist recommended by members records how many recommended")
  void memberChannelRecordsTheRecommenders() {
    MembershipDevelopment s =
        developed(
            List.of(
                Fixtures.application(),
                ApplicantTalked.of(TALKED, APPLICANT, BRANCH),
                ActivistDetermined.byMemberRecommendation(
                    ACTIVIST, APPLICANT, BRANCH, List.of(fullMember(FULL_A), fullMember(FULL_B)))));
    assertThat(last(s)).isEqualTo("ACTIVIST_DETERMINATION: recorded, applied, member-recommended");
    Reason members = s.auditTrail().get(2).decision().reasons().get(2);
    assertThat(argument(members, "count")).isEqualTo(number(2));
    assertThat(members.citations().toString()).contains("DEVELOP-REG Art. 8");
  }

  @Test
  @DisplayName("DEVELOP-REG Art. 8: each recommender is judged on their own record, not another's")
  void eachRecommenderOnTheirOwnRecord() {
    MembershipDevelopment s = upTo(pathToActivist(), 2);
    Person notMember = Fixtures.member(STRANGER, PartyStanding.none());
    Transition<MembershipDevelopment> t =
        s.apply(
            ActivistDetermined.byMemberRecommendation(
                ACTIVIST, APPLICANT, BRANCH, List.of(fullMember(FULL_A), notMember)));
    assertThat(failed(t)).containsExactly(id(RecommendationRules.ACTIVIST));
    Decision d = t.rejections().get(0);
    assertThat(keys(d)).containsExactly(P + "recommender-not-member");
    assertThat(argument(d.reasons().get(0), "recommender")).isEqualTo(STRANGER.value());
  }

  @Test
  @DisplayName(
      "DEVELOP-REG Art. 8, 14: recommenders' and introducers' records are taken from the"
          + " jurisdiction")
  void recordsFromTheJurisdiction() {
    Jurisdiction j =
        world(chair(PartyStanding.none()), fullMember(FULL_A), fullMember(FULL_B)).build();
    ActivistDetermined activist =
        ActivistDetermined.byMemberRecommendation(j, APPLICANT, List.of(FULL_A), ACTIVIST, BRANCH);
    assertThat(activist.recommenderRecords()).extracting(Person::id).containsExactly(FULL_A);
    MembershipDevelopment s = accepted(upTo(pathToActivist(), 2), activist);
    assertThat(last(s)).isEqualTo("ACTIVIST_DETERMINATION: recorded, applied, member-recommended");

    IntroducersAssigned introducers =
        IntroducersAssigned.from(j, APPLICANT, List.of(FULL_A, FULL_B), INTRODUCED, BRANCH);
    assertThat(introducers.introducerRecords())
        .extracting(Person::id)
        .containsExactly(FULL_A, FULL_B);
    MembershipDevelopment target = accepted(upTo(pathToTarget(), 10), introducers);
    assertThat(target.introducers()).containsExactlyInAnyOrder(FULL_A, FULL_B);
  }

  @Test
  @DisplayName(
      "DEVELOP-REG Art. 8: an applicant who has applied to the party before is not yet an activist")
  void applicantStandingIsNotYetActivist() {
    Person record =
        Person.builder()
            .from(applicant())
            .partyStanding(PartyStanding.applicant(LocalDate.of(2021, 9, 1)))
            .build();
    MembershipDevelopment s =
        developed(List.of(ApplicationReceived.of(APPLIED, record, TOWN, BRANCH)));
    assertThat(last(s)).isEqualTo("APPLICATION: recorded, age-met, not-yet-activist");
    Reason standing = s.auditTrail().get(0).decision().reasons().get(2);
    assertThat(argument(standing, "stage")).isEqualTo(org.dangong.model.PartyStage.APPLICANT);
  }

  @Test
  @DisplayName(
      "DEVELOP-REG Art. 19: a target leaving one day after the three-month window passes the"
          + " pre-review")
  void leavingAfterTheWindow() {
    LocalDate leaving = PRE_REVIEWED.plusMonths(3).plusDays(1);
    MembershipDevelopment s =
        accepted(
            upTo(pathToTarget(), 13),
            PreReviewCompleted.of(PRE_REVIEWED, APPLICANT, HIGHER, Optional.of(leaving)));
    assertThat(last(s)).isEqualTo("PRE_REVIEW: recorded, leaving-later");
    Reason r = s.auditTrail().get(13).decision().reasons().get(1);
    assertThat(argument(r, "leaving")).isEqualTo(leaving);
    assertThat(argument(r, "window")).isEqualTo(months(3));
    assertThat(r.parameters())
        .<Object>extracting(p -> p.parameter())
        .containsExactly(Parameters.PRE_REVIEW_LEAVING_WINDOW);
  }

  @Test
  @DisplayName(
      "公示 (local): a branch meeting the day after the publicity's last day records it as over")
  void publicityOver() {
    LocalDate start = LocalDate.of(2023, 7, 4);
    LocalDate lastDay = LocalDate.of(2023, 7, 10);
    MembershipDevelopment s =
        accepted(
            developed(WITH_PUBLICITY, WorkingCalendar.weekends(), pathToTarget()),
            PublicityStarted.of(start, APPLICANT, BRANCH),
            AdmissionVoted.of(lastDay.plusDays(1), APPLICANT, BRANCH, 9, 7, 5, 0));
    assertThat(last(s))
        .isEqualTo("BRANCH_MEETING: recorded, publicity-over, reason.ratio-met, reason.ratio-met");
    Reason r = s.auditTrail().get(15).decision().reasons().get(1);
    assertThat(argument(r, "lastDay")).isEqualTo(lastDay);
    assertThat(r.parameters())
        .<Object>extracting(p -> p.parameter())
        .containsExactly(Parameters.ADMISSION_PUBLICITY_ENABLED);
  }

  @Test
  @DisplayName(
      "DEVELOP-REG Art. 32: a first extension of six months records the extensions left and the"
          + " range met")
  void extensionInRange() {
    MembershipDevelopment s =
        accepted(
            developed(pathToProbation()),
            ProbationExtended.of(PROBATION_END, APPLICANT, BRANCH, months(6)));
    assertThat(last(s))
        .isEqualTo(
            "PROBATION_EXTENSION: recorded, probation-over, extensions-left, extension-in-range");
    List<Reason> reasons = s.auditTrail().get(16).decision().reasons();
    assertThat(argument(reasons.get(2), "actual")).isEqualTo(number(0));
    assertThat(argument(reasons.get(2), "maximum")).isEqualTo(number(1));
    assertThat(argument(reasons.get(3), "actual")).isEqualTo(months(6));
    assertThat(argument(reasons.get(3), "minimum")).isEqualTo(months(6));
    assertThat(argument(reasons.get(3), "maximum")).isEqualTo(months(12));
    assertThat(s.probationEnd()).contains(PROBATION_END.plusMonths(6));
    assertThat(s.extensions()).isEqualTo(1);
  }

  // ---- Steps taken twice ----

  @Test
  @DisplayName("DUAL-REC: a step already recorded is rejected as done, at every stage")
  void stepsTakenTwice() {
    doneBefore(
        upTo(pathToActivist(), 3),
        UnionNominated.of(NOMINATED, applicant(), UNION, UNION_COMMITTEE),
        NOMINATED);
    doneBefore(
        upTo(pathToActivist(), 6),
        ActivistFiled.of(ACTIVIST_FILED, APPLICANT, BRANCH),
        ACTIVIST_FILED);
    doneBefore(
        upTo(pathToTarget(), 11),
        IntroducersAssigned.of(
            INTRODUCED, APPLICANT, BRANCH, List.of(fullMember(FULL_A), fullMember(FULL_B))),
        INTRODUCED);
    doneBefore(
        upTo(pathToTarget(), 13), TrainingCompleted.of(TRAINED, APPLICANT, HIGHER, 3, 0), TRAINED);
    LocalDate start = LocalDate.of(2023, 7, 4);
    MembershipDevelopment publicised =
        accepted(
            developed(WITH_PUBLICITY, WorkingCalendar.weekends(), pathToTarget()),
            PublicityStarted.of(start, APPLICANT, BRANCH));
    doneBefore(publicised, PublicityStarted.of(start, APPLICANT, BRANCH), start);
  }

  @Test
  @DisplayName(
      "DUAL-REC-2: a second recommendation by another union fails as done and on the union"
          + " membership, not on the nominating union")
  void secondRecommendationByAnotherUnion() {
    MembershipDevelopment s = upTo(pathToActivist(), 4);
    Transition<MembershipDevelopment> t =
        s.apply(UnionRecommended.of(RECOMMENDED, applicant(), OTHER_UNION, UNION_COMMITTEE));
    assertThat(failed(t))
        .containsExactly(
            id(RecommendationRules.EVENT_IN_SEQUENCE), id(RecommendationRules.UNION_MEMBER));
    assertThat(keys(t.rejections().get(0))).containsExactly(P + "step-done");
  }

  // ---- The workflow's own stage (DEVELOP-REG Art. 8) ----

  @Test
  @DisplayName("DEVELOP-REG Art. 8: an activist before any application fails only as not applied")
  void activistBeforeApplication() {
    MembershipDevelopment s =
        MembershipDevelopment.of(APPLICANT, NATIONAL, WorkingCalendar.weekends());
    Transition<MembershipDevelopment> t =
        s.apply(ActivistDetermined.byUnionRecommendation(ACTIVIST, APPLICANT, BRANCH));
    assertThat(failed(t))
        .containsExactly(id(RecommendationRules.HAS_APPLIED), id(RecommendationRules.ACTIVIST));
    assertThat(keys(t.rejections().get(0))).containsExactly(P + "not-applied");
    assertThat(keys(t.rejections().get(1))).containsExactly(P + "no-union-recommendation");
  }

  @Test
  @DisplayName(
      "DUAL-REC-2: after a withdrawal the union recommends no more: the step is out of sequence")
  void recommendationAfterWithdrawal() {
    MembershipDevelopment s =
        accepted(upTo(pathToActivist(), 2), DevelopmentWithdrawn.of(NOMINATED, APPLICANT, BRANCH));
    assertThat(s.stage()).isEqualTo(DevelopmentStage.WITHDRAWN);
    Transition<MembershipDevelopment> t =
        s.apply(UnionRecommended.of(RECOMMENDED, applicant(), UNION, UNION_COMMITTEE));
    assertThat(failed(t)).containsExactly(id(RecommendationRules.EVENT_IN_SEQUENCE));
    Decision d = t.rejections().get(0);
    assertThat(keys(d)).containsExactly(P + "step-not-allowed");
    assertThat(argument(d.reasons().get(0), "step")).isEqualTo(WorkflowStep.UNION_RECOMMENDATION);
    assertThat(argument(d.reasons().get(0), "stage")).isEqualTo(DevelopmentStage.WITHDRAWN);
  }

  @Test
  @DisplayName(
      "DEVELOP-REG Art. 8: an activist is recommended by the union no more: only the stage fails")
  void recommendationOfAnActivist() {
    MembershipDevelopment s = upTo(pathToActivist(), 5);
    Transition<MembershipDevelopment> t =
        s.apply(UnionRecommended.of(ACTIVIST, applicant(), UNION, UNION_COMMITTEE));
    assertThat(failed(t)).containsExactly(id(RecommendationRules.NOT_YET_ACTIVIST_OR_MEMBER));
    Decision d = t.rejections().get(0);
    assertThat(keys(d)).containsExactly(P + "already-in-stage");
    assertThat(argument(d.reasons().get(0), "stage")).isEqualTo(DevelopmentStage.ACTIVIST);
  }

  @Test
  @DisplayName("DUAL-REC-2: a nominee the jurisdiction does not know is rejected as unknown")
  void unknownNominee() {
    Jurisdiction j = world(chair(PartyStanding.none())).build();
    MembershipDevelopment s = upTo(pathToActivist(), 2);
    Transition<MembershipDevelopment> t =
        s.apply(UnionNominated.from(j, APPLICANT, UNION, NOMINATED, UNION_COMMITTEE));
    assertThat(failed(t)).containsExactly(id(RecommendationRules.KNOWN_PERSON));
    Decision d = t.rejections().get(0);
    assertThat(keys(d)).containsExactly(P + "unknown-person");
    assertThat(argument(d.reasons().get(0), "person")).isEqualTo(APPLICANT.value());
  }

  // ---- Obligations ----

  @Test
  @DisplayName(
      "DUAL-REC-2: after the nomination the union decides; after its recommendation the branch"
          + " decides on the activist")
  void obligationsAroundTheUnionRecommendation() {
    assertThat(upTo(pathToActivist(), 3).obligations(NOMINATED))
        .extracting(Obligation::kind)
        .containsExactly(ObligationKind.DECIDE_UNION_RECOMMENDATION);
    List<Obligation> decide = upTo(pathToActivist(), 4).obligations(RECOMMENDED);
    assertThat(decide)
        .extracting(Obligation::kind)
        .containsExactly(ObligationKind.DECIDE_ON_ACTIVIST);
    assertThat(decide.get(0).since()).isEqualTo(RECOMMENDED);
    assertThat(decide.get(0).rule()).isEqualTo(RecommendationRules.ACTIVIST.id());
  }

  @Test
  @DisplayName(
      "DEVELOP-REG Art. 19: the pre-review falls due once filing, introducers, political review"
          + " and training are all done")
  void preReviewDueOnceReady() {
    assertThat(upTo(pathToTarget(), 12).obligations(TRAINED))
        .extracting(Obligation::kind)
        .containsExactly(ObligationKind.GIVE_TRAINING);
    List<Obligation> ready = upTo(pathToTarget(), 13).obligations(TRAINED);
    assertThat(ready).extracting(Obligation::kind).containsExactly(ObligationKind.PRE_REVIEW);
    assertThat(ready.get(0).since()).isEqualTo(Fixtures.TARGET);
    assertThat(ready.get(0).rule()).isEqualTo(RecommendationRules.PRE_REVIEW.id());
  }

  @Test
  @DisplayName(
      "公示 (local): the branch meeting's obligation names the publicity parameter only when"
          + " publicity is enabled")
  void meetingObligationParameters() {
    LocalDate start = LocalDate.of(2023, 7, 4);
    MembershipDevelopment publicised =
        accepted(
            developed(WITH_PUBLICITY, WorkingCalendar.weekends(), pathToTarget()),
            PublicityStarted.of(start, APPLICANT, BRANCH));
    Obligation meeting = publicised.obligations(start).get(0);
    assertThat(meeting.kind()).isEqualTo(ObligationKind.HOLD_BRANCH_MEETING);
    assertThat(meeting.parameters())
        .<Object>extracting(p -> p.parameter())
        .containsExactly(Parameters.ADMISSION_PUBLICITY_ENABLED);
    Obligation national = developed(pathToTarget()).obligations(PRE_REVIEWED).get(0);
    assertThat(national.kind()).isEqualTo(ObligationKind.HOLD_BRANCH_MEETING);
    assertThat(national.notBefore()).isEmpty();
    assertThat(national.parameters()).isEmpty();
  }

  // ---- Statistics over a period ----

  @Test
  @DisplayName(
      "DUAL-REC-2 statistics: nominations and the applicants' cohort count only dates within the"
          + " period")
  void statisticsCountOnlyThePeriod() {
    MembershipDevelopment s = developed(pathToActivist());
    // the application (03-01) lies before the period, the nomination (04-01) and activist (04-20)
    // within it
    RecommendationStatistics fromMarch =
        RecommendationStatistics.of(
            List.of(s), LocalDate.of(2022, 3, 15), LocalDate.of(2023, 1, 1));
    assertThat(fromMarch.unionNominations()).isEqualTo(1);
    assertThat(fromMarch.total()).isEqualTo(ChannelCounts.of(1, 0));
    assertThat(fromMarch.pipeline().reached(DevelopmentStage.APPLICANT)).isZero();
    assertThat(
            fromMarch
                .pipeline(RecommendationChannel.UNION_RECOMMENDATION)
                .reached(DevelopmentStage.APPLICANT))
        .isZero();
    // the nomination lies before this period, the activist within it
    RecommendationStatistics fromApril =
        RecommendationStatistics.of(List.of(s), LocalDate.of(2022, 4, 2), LocalDate.of(2023, 1, 1));
    assertThat(fromApril.unionNominations()).isZero();
    assertThat(fromApril.total()).isEqualTo(ChannelCounts.of(1, 0));
    // everything within
    RecommendationStatistics all =
        RecommendationStatistics.of(List.of(s), APPLIED, LocalDate.of(2023, 1, 1));
    assertThat(all.unionNominations()).isEqualTo(1);
    assertThat(all.pipeline().reached(DevelopmentStage.APPLICANT)).isEqualTo(1);
    assertThat(all.pipeline().reached(DevelopmentStage.ACTIVIST)).isEqualTo(1);
  }
}
