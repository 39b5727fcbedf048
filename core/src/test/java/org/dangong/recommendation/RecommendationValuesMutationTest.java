package org.dangong.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;
import static org.dangong.recommendation.Fixtures.ACTIVIST;
import static org.dangong.recommendation.Fixtures.APPLICANT;
import static org.dangong.recommendation.Fixtures.APPLIED;
import static org.dangong.recommendation.Fixtures.BRANCH;
import static org.dangong.recommendation.Fixtures.FULL_A;
import static org.dangong.recommendation.Fixtures.FULL_B;
import static org.dangong.recommendation.Fixtures.HIGHER;
import static org.dangong.recommendation.Fixtures.INTRODUCED;
import static org.dangong.recommendation.Fixtures.MEETING;
import static org.dangong.recommendation.Fixtures.NATIONAL;
import static org.dangong.recommendation.Fixtures.NOMINATED;
import static org.dangong.recommendation.Fixtures.RECOMMENDED;
import static org.dangong.recommendation.Fixtures.TRAINED;
import static org.dangong.recommendation.Fixtures.UNION;
import static org.dangong.recommendation.Fixtures.UNION_COMMITTEE;
import static org.dangong.recommendation.Fixtures.WEIDE;
import static org.dangong.recommendation.Fixtures.applicant;
import static org.dangong.recommendation.Fixtures.developed;
import static org.dangong.recommendation.Fixtures.fullMember;
import static org.dangong.recommendation.Fixtures.pathToActivist;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.groups.Tuple;
import org.dangong.decision.Decision;
import org.dangong.decision.Verdict;
import org.dangong.model.InvalidValueException;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.model.Problem;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The values of the package: every structural problem of an event named (and only those), the
 * boundaries of its counts, the text forms the Javadoc documents, and the working calendar's search
 * limit.
 */
class RecommendationValuesMutationTest {

  private static List<Tuple> problems(ThrowingCallable build) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, build);
    assertThat(e).as("no InvalidValueException").isNotNull();
    return e.problems().stream().map(p -> tuple(p.path(), p.rule())).toList();
  }

  private static Person stranger() {
    return fullMember(Fixtures.STRANGER);
  }

  // ---- Structural problems ----

  @Test
  @DisplayName("DUAL-REC: a record of another person than the event's is structurally invalid")
  void recordOfAnotherPerson() {
    assertThat(
            problems(
                () ->
                    ImmutableApplicationReceived.builder()
                        .from(Fixtures.application())
                        .record(stranger())
                        .build()))
        .containsExactly(tuple("ApplicationReceived.record", "SAME_PERSON"));
    assertThat(
            problems(
                () ->
                    ImmutableUnionNominated.builder()
                        .from(UnionNominated.of(NOMINATED, applicant(), UNION, UNION_COMMITTEE))
                        .record(stranger())
                        .build()))
        .containsExactly(tuple("UnionNominated.record", "SAME_PERSON"));
    assertThat(
            problems(
                () ->
                    ImmutableUnionRecommended.builder()
                        .from(UnionRecommended.of(RECOMMENDED, applicant(), UNION, UNION_COMMITTEE))
                        .record(stranger())
                        .build()))
        .containsExactly(tuple("UnionRecommended.record", "SAME_PERSON"));
    CandidacyProposed proposal =
        CandidacyProposed.of(
            APPLIED,
            WEIDE,
            Fixtures.chair(PartyStanding.fullMember(LocalDate.of(2010, 7, 1))),
            Fixtures.union(),
            PartyOrganizationStatus.NONE,
            UNION_COMMITTEE);
    assertThat(
            problems(
                () ->
                    ImmutableCandidacyProposed.builder().from(proposal).record(stranger()).build()))
        .containsExactly(tuple("CandidacyProposed.record", "SAME_PERSON"));
    // the matching records are valid
    assertThat(proposal.record()).map(Person::id).contains(Fixtures.CHAIR);
  }

  @Test
  @DisplayName(
      "DEVELOP-REG Art. 8: recommenders belong to the member channel, never the applicant, and each"
          + " record is a recommender's")
  void activistRecommenders() {
    assertThat(
            problems(
                () ->
                    ImmutableActivistDetermined.builder()
                        .from(ActivistDetermined.byUnionRecommendation(ACTIVIST, APPLICANT, BRANCH))
                        .recommenders(Set.of(APPLICANT))
                        .recommenderRecords(List.of(fullMember(FULL_B)))
                        .build()))
        .containsExactly(
            tuple("ActivistDetermined.recommenders", "NONE_FOR_UNION_CHANNEL"),
            tuple("ActivistDetermined.recommenders", "NOT_SELF"),
            tuple("ActivistDetermined.recommenderRecords", "OF_A_RECOMMENDER"));
    assertThat(
            problems(
                () ->
                    ImmutableActivistDetermined.builder()
                        .from(ActivistDetermined.byUnionRecommendation(ACTIVIST, APPLICANT, BRANCH))
                        .recommenders(Set.of(FULL_A))
                        .build()))
        .containsExactly(tuple("ActivistDetermined.recommenders", "NONE_FOR_UNION_CHANNEL"));
    assertThat(
            problems(
                () ->
                    ImmutableActivistDetermined.builder()
                        .from(
                            ActivistDetermined.byMemberRecommendation(
                                ACTIVIST, APPLICANT, BRANCH, List.of(fullMember(FULL_A))))
                        .addRecommenderRecords(fullMember(FULL_B))
                        .build()))
        .containsExactly(tuple("ActivistDetermined.recommenderRecords", "OF_A_RECOMMENDER"));
  }

  @Test
  @DisplayName(
      "DEVELOP-REG Art. 14: the target never introduces themself, and each record is an"
          + " introducer's")
  void introducers() {
    IntroducersAssigned valid =
        IntroducersAssigned.of(INTRODUCED, APPLICANT, BRANCH, List.of(fullMember(FULL_A)));
    assertThat(
            problems(
                () ->
                    ImmutableIntroducersAssigned.builder()
                        .from(valid)
                        .introducers(Set.of(APPLICANT, FULL_A))
                        .introducerRecords(List.of(fullMember(FULL_A), fullMember(FULL_B)))
                        .build()))
        .containsExactly(
            tuple("IntroducersAssigned.introducers", "NOT_SELF"),
            tuple("IntroducersAssigned.introducerRecords", "OF_AN_INTRODUCER"));
    assertThat(
            problems(
                () ->
                    ImmutableIntroducersAssigned.builder()
                        .from(valid)
                        .introducerRecords(List.of(fullMember(FULL_B)))
                        .build()))
        .containsExactly(tuple("IntroducersAssigned.introducerRecords", "OF_AN_INTRODUCER"));
  }

  @Test
  @DisplayName(
      "DEVELOP-REG: vote counts, training and full members are not negative; at least one member"
          + " is entitled to vote")
  void countsAtTheirBounds() {
    assertThat(AdmissionVoted.of(MEETING, APPLICANT, BRANCH, 1, 1, 1, 0).totalYesVotes())
        .isEqualTo(1);
    assertThat(AdmissionVoted.of(MEETING, APPLICANT, BRANCH, 1, 0, 0, 1).totalYesVotes())
        .isEqualTo(1);
    assertThat(problems(() -> AdmissionVoted.of(MEETING, APPLICANT, BRANCH, 0, 0, 0, 0)))
        .containsExactly(tuple("AdmissionVoted.entitled", "AT_LEAST_1"));
    assertThat(problems(() -> AdmissionVoted.of(MEETING, APPLICANT, BRANCH, 5, -1, 0, 0)))
        .containsExactly(
            tuple("AdmissionVoted.present", "NOT_NEGATIVE"),
            tuple("AdmissionVoted.yesVotes", "AT_MOST_PRESENT"));
    assertThat(problems(() -> AdmissionVoted.of(MEETING, APPLICANT, BRANCH, 5, 3, -1, 0)))
        .containsExactly(tuple("AdmissionVoted.yesVotes", "NOT_NEGATIVE"));
    assertThat(problems(() -> AdmissionVoted.of(MEETING, APPLICANT, BRANCH, 5, 3, 1, -1)))
        .containsExactly(tuple("AdmissionVoted.writtenYesVotes", "NOT_NEGATIVE"));

    assertThat(TrainingCompleted.of(TRAINED, APPLICANT, HIGHER, 0, 0).days()).isZero();
    assertThat(problems(() -> TrainingCompleted.of(TRAINED, APPLICANT, HIGHER, -1, -1)))
        .containsExactly(
            tuple("TrainingCompleted.days", "NOT_NEGATIVE"),
            tuple("TrainingCompleted.hours", "NOT_NEGATIVE"));

    assertThat(FoundingMeetingHeld.of(MEETING, WEIDE, 0, false, HIGHER).fullMembers()).isZero();
    assertThat(problems(() -> FoundingMeetingHeld.of(MEETING, WEIDE, -1, false, HIGHER)))
        .containsExactly(tuple("FoundingMeetingHeld.fullMembers", "NOT_NEGATIVE"));
    Problem p = catchProblem(() -> FoundingMeetingHeld.of(MEETING, WEIDE, -1, false, HIGHER));
    assertThat(p.value()).isEqualTo("-1");
  }

  private static Problem catchProblem(ThrowingCallable build) {
    InvalidValueException e = catchThrowableOfType(InvalidValueException.class, build);
    assertThat(e).as("no InvalidValueException").isNotNull();
    return e.problems().get(0);
  }

  // ---- Transitions ----

  @Test
  @DisplayName("Transition: a rejection names at least one failed guard; its text names them all")
  void transitions() {
    MembershipDevelopment s =
        MembershipDevelopment.of(APPLICANT, NATIONAL, WorkingCalendar.weekends());
    assertThatThrownBy(() -> Transition.rejected(s, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rejection needs at least one failed guard");
    assertThat(Transition.accepted(s).toString()).isEqualTo("Transition[accepted]");
    Transition<MembershipDevelopment> rejected =
        s.apply(ActivistDetermined.byUnionRecommendation(ACTIVIST, APPLICANT, BRANCH));
    assertThat(rejected.toString())
        .isEqualTo("Transition[rejected: DUAL-REC-2.HAS-APPLIED DUAL-REC-2.ACTIVIST]");
    Decision one = rejected.rejections().get(0);
    assertThat(Transition.rejected(s, List.of(one)).rejection()).contains(one);
    assertThat(one.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
  }

  // ---- Text forms ----

  @Test
  @DisplayName("The text forms documented for the workflows, their audit and their obligations")
  void workflowTexts() {
    MembershipDevelopment activist = developed(pathToActivist());
    assertThat(activist.toString()).isEqualTo("MembershipDevelopment[P-1, ACTIVIST, 8 events]");
    assertThat(activist.auditTrail().get(1).toString())
        .isEqualTo("AuditEntry[2, 2022-03-20, TALK, PARTY_ORGANIZATION[PO-1]]");
    MembershipDevelopment applied = developed(List.of(Fixtures.application()));
    assertThat(applied.obligations(APPLIED).get(0).toString())
        .isEqualTo("Obligation[TALK_WITH_APPLICANT, PERSON[P-1], due 2022-04-01, DUE]");
    MembershipDevelopment nominated = developed(pathToActivist().subList(0, 3));
    assertThat(nominated.obligations(NOMINATED).get(0).toString())
        .isEqualTo("Obligation[DECIDE_UNION_RECOMMENDATION, PERSON[P-1], PENDING]");
    assertThat(ChairCandidacy.of(WEIDE, NATIONAL).toString())
        .isEqualTo("ChairCandidacy[E-1, NOT_STARTED, 0 events]");
    Transition<DevelopmentRegister> register =
        DevelopmentRegister.replay(NATIONAL, WorkingCalendar.weekends(), pathToActivist());
    assertThat(register.state().toString()).isEqualTo("DevelopmentRegister[1 people]");
  }

  @Test
  @DisplayName("The text forms documented for the statistics and the working calendar")
  void statisticsTexts() {
    assertThat(ChannelCounts.of(1190, 800).toString())
        .isEqualTo("ChannelCounts[union 1190, member 800]");
    RecommendationStatistics stats =
        RecommendationStatistics.of(
            List.of(developed(pathToActivist())), APPLIED, LocalDate.of(2023, 1, 1));
    assertThat(stats.toString())
        .isEqualTo(
            "RecommendationStatistics[2022-03-01, 2023-01-01, ChannelCounts[union 1, member 0],"
                + " 1 regions]");
    assertThat(stats.pipeline().toString())
        .isEqualTo(
            "Pipeline[APPLICANT=1, ACTIVIST=1, DEVELOPMENT_TARGET=0, ADMITTED=0, PROBATIONARY=0,"
                + " FULL_MEMBER=0]");
    assertThat(WorkingCalendar.weekends().toString())
        .isEqualTo("WorkingCalendar[weekends, 0 holidays, 0 worked weekend days]");
    assertThat(
            WorkingCalendar.of(
                    List.of(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2)),
                    List.of(LocalDate.of(2024, 10, 12)))
                .toString())
        .isEqualTo("WorkingCalendar[weekends, 2 holidays, 1 worked weekend days]");
  }

  // ---- The working calendar's search limit ----

  @Test
  @DisplayName(
      "WorkingCalendar: a gap of exactly SEARCH_LIMIT_DAYS days without work is crossed, one day"
          + " more is not")
  void searchLimit() {
    LocalDate start = LocalDate.of(2024, 1, 1);
    int limit = WorkingCalendar.SEARCH_LIMIT_DAYS;
    LocalDate afterLimit = start.plusDays(limit + 1);
    WorkingCalendar sparse = d -> d.equals(start) || d.equals(afterLimit);
    assertThat(sparse.lastWorkingDay(start, 2)).isEqualTo(afterLimit);
    LocalDate beyond = start.plusDays(limit + 2);
    WorkingCalendar sparser = d -> d.equals(start) || d.equals(beyond);
    assertThatThrownBy(() -> sparser.lastWorkingDay(start, 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("no working day within " + limit + " days of " + afterLimit);
  }
}
