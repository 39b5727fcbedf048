package org.dangong.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dangong.recommendation.Fixtures.ACTIVIST;
import static org.dangong.recommendation.Fixtures.APPLICANT;
import static org.dangong.recommendation.Fixtures.APPLIED;
import static org.dangong.recommendation.Fixtures.BRANCH;
import static org.dangong.recommendation.Fixtures.FULL_A;
import static org.dangong.recommendation.Fixtures.NATIONAL;
import static org.dangong.recommendation.Fixtures.NOMINATED;
import static org.dangong.recommendation.Fixtures.OTHER_UNION;
import static org.dangong.recommendation.Fixtures.RECOMMENDED;
import static org.dangong.recommendation.Fixtures.STRANGER;
import static org.dangong.recommendation.Fixtures.TALKED;
import static org.dangong.recommendation.Fixtures.TOWN;
import static org.dangong.recommendation.Fixtures.UNION;
import static org.dangong.recommendation.Fixtures.UNION_COMMITTEE;
import static org.dangong.recommendation.Fixtures.applicant;
import static org.dangong.recommendation.Fixtures.applicantBorn;
import static org.dangong.recommendation.Fixtures.argument;
import static org.dangong.recommendation.Fixtures.developed;
import static org.dangong.recommendation.Fixtures.fullMember;
import static org.dangong.recommendation.Fixtures.number;
import static org.dangong.recommendation.Fixtures.pathToActivist;
import static org.dangong.recommendation.Fixtures.pathToApplicant;
import static org.dangong.recommendation.Fixtures.rejected;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.model.InvalidValueException;
import org.dangong.model.MembershipStatus;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.model.UnionMembership;
import org.dangong.policy.Parameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** DUAL-REC-2 (推优) and the application it needs: DEVELOP-REG Art. 5 and Art. 8. */
class UnionRecommendationTest {
  private static final LocalDate BIRTHDAY_18 = LocalDate.of(2022, 3, 1);
  private static final LocalDate BORN = BIRTHDAY_18.minusYears(18);

  private static MembershipDevelopment start() {
    return MembershipDevelopment.of(APPLICANT, NATIONAL);
  }

  private static MembershipDevelopment applicantStage() {
    return developed(pathToApplicant());
  }

  @Nested
  class Application {
    @Test
    @DisplayName("DEVELOP-REG Art. 5: an applicant of 17 years and 364 days is rejected")
    void seventeenYears364Days() {
      LocalDate dayBefore = BIRTHDAY_18.minusDays(1);
      assertThat(java.time.temporal.ChronoUnit.DAYS.between(BORN.plusYears(17), dayBefore))
          .isEqualTo(364);
      MembershipDevelopment s = start();
      Decision d =
          rejected(
              s,
              s.apply(ApplicationReceived.of(dayBefore, applicantBorn(BORN), TOWN, BRANCH)),
              "DUAL-REC-2.APPLICANT-AGE");
      Reason r = d.reasons().get(0);
      assertThat(argument(r, "actual")).isEqualTo(number(17));
      assertThat(argument(r, "required")).isEqualTo(number(18));
      assertThat(r.parameters().get(0).parameter()).isEqualTo(Parameters.APPLICANT_MIN_AGE);
      assertThat(d.citations().toString()).contains("DEVELOP-REG Art. 5");
      assertThat(d.render(Locale.SIMPLIFIED_CHINESE)).contains("须年满18岁");
      assertThat(d.render(Locale.ENGLISH)).contains("Aged 17", "at least 18 is required");
    }

    @Test
    @DisplayName("DEVELOP-REG Art. 5: an applicant on their eighteenth birthday is accepted")
    void eighteenthBirthday() {
      Transition<MembershipDevelopment> t =
          start().apply(ApplicationReceived.of(BIRTHDAY_18, applicantBorn(BORN), TOWN, BRANCH));
      assertThat(t.isAccepted()).isTrue();
      assertThat(t.state().stage()).isEqualTo(DevelopmentStage.APPLICANT);
      assertThat(t.state().region()).contains(TOWN);
      assertThat(t.state().enterprise()).contains(Fixtures.WEIDE);
    }

    @Test
    @DisplayName("DUAL-REC-2: a party member does not apply again")
    void memberDoesNotApply() {
      MembershipDevelopment s = MembershipDevelopment.of(FULL_A, NATIONAL);
      rejected(
          s,
          s.apply(ApplicationReceived.of(APPLIED, fullMember(FULL_A), TOWN, BRANCH)),
          "DUAL-REC-2.NOT-YET-ACTIVIST-OR-MEMBER");
    }

    @Test
    @DisplayName(
        "DUAL-REC.KNOWN-PERSON: an application of a person the jurisdiction does not know is"
            + " rejected")
    void unknownApplicant() {
      var j = Fixtures.world(Fixtures.chair(PartyStanding.none())).build();
      MembershipDevelopment s = MembershipDevelopment.of(STRANGER, NATIONAL);
      ApplicationReceived a = ApplicationReceived.from(j, STRANGER, APPLIED, BRANCH);
      assertThat(a.record()).isEmpty();
      rejected(s, s.apply(a), "DUAL-REC.KNOWN-PERSON");
    }

    @Test
    @DisplayName(
        "DUAL-REC-2: an application taken from a jurisdiction carries the employer's region")
    void fromJurisdiction() {
      var j = Fixtures.world(Fixtures.chair(PartyStanding.none()), applicant()).build();
      ApplicationReceived a = ApplicationReceived.from(j, APPLICANT, APPLIED, BRANCH);
      assertThat(a.region()).contains(TOWN);
      assertThat(a.enterprise()).contains(Fixtures.WEIDE);
      assertThat(start().apply(a).isAccepted()).isTrue();
    }
  }

  @Nested
  class Nomination {
    @Test
    @DisplayName(
        "DUAL-REC-2: the union nominates an applicant who is its member, aged 18, not yet an"
            + " activist")
    void nominationAccepted() {
      MembershipDevelopment s =
          applicantStage()
              .apply(UnionNominated.of(NOMINATED, applicant(), UNION, UNION_COMMITTEE))
              .state();
      assertThat(s.union()).contains(UNION);
      assertThat(s.auditTrail().get(2).decision().reasons())
          .extracting(Reason::messageKey)
          .contains(
              "reason.recommendation.applied",
              "reason.recommendation.union-member",
              "reason.recommendation.age-met",
              "reason.recommendation.not-yet-activist");
      assertThat(s.obligations(NOMINATED))
          .extracting(Obligation::kind)
          .contains(ObligationKind.DECIDE_UNION_RECOMMENDATION);
    }

    @Test
    @DisplayName(
        "DUAL-REC-2: a nominee whose record shows 17 years and 364 days on the date is rejected")
    void nomineeUnderAge() {
      // the applicant's birth date was corrected after the application: the nomination's facts
      // count
      LocalDate date = LocalDate.of(2022, 4, 1);
      Person corrected = applicantBorn(date.plusDays(1).minusYears(18));
      MembershipDevelopment s = applicantStage();
      Decision d =
          rejected(
              s,
              s.apply(UnionNominated.of(date, corrected, UNION, UNION_COMMITTEE)),
              "DUAL-REC-2.APPLICANT-AGE");
      assertThat(argument(d.reasons().get(0), "actual")).isEqualTo(number(17));
    }

    @Test
    @DisplayName("DUAL-REC-2: a nominee who is not a member of the union is rejected")
    void notAUnionMember() {
      Person outsider =
          Person.builder()
              .from(applicant())
              .unionMembership(UnionMembership.active(OTHER_UNION, APPLIED))
              .build();
      MembershipDevelopment s = applicantStage();
      Decision d =
          rejected(
              s,
              s.apply(UnionNominated.of(NOMINATED, outsider, UNION, UNION_COMMITTEE)),
              "DUAL-REC-2.UNION-MEMBER");
      assertThat(argument(d.reasons().get(0), "union")).isEqualTo("U-1");
    }

    @Test
    @DisplayName("DUAL-REC-2: a retained membership (保留会籍) is not an active one")
    void retainedMembership() {
      Person retired =
          Person.builder()
              .from(applicant())
              .unionMembership(
                  UnionMembership.of(UNION, LocalDate.of(2021, 7, 1), MembershipStatus.RETAINED))
              .build();
      MembershipDevelopment s = applicantStage();
      rejected(
          s,
          s.apply(UnionNominated.of(NOMINATED, retired, UNION, UNION_COMMITTEE)),
          "DUAL-REC-2.UNION-MEMBER");
    }

    @Test
    @DisplayName("DEVELOP-REG Art. 8: a person who has not applied is not nominated")
    void notApplied() {
      MembershipDevelopment s = start();
      Decision d =
          rejected(
              s,
              s.apply(UnionNominated.of(NOMINATED, applicant(), UNION, UNION_COMMITTEE)),
              "DUAL-REC-2.HAS-APPLIED");
      assertThat(d.citations().toString()).contains("DEVELOP-REG Art. 8");
    }

    @Test
    @DisplayName("DUAL-REC-2: an activist is not nominated again")
    void alreadyActivist() {
      MembershipDevelopment s = developed(pathToActivist());
      Decision d =
          rejected(
              s,
              s.apply(UnionNominated.of(Fixtures.REVIEW_2, applicant(), UNION, UNION_COMMITTEE)),
              "DUAL-REC-2.NOT-YET-ACTIVIST-OR-MEMBER");
      assertThat(argument(d.reasons().get(0), "stage")).isEqualTo(DevelopmentStage.ACTIVIST);
    }

    @Test
    @DisplayName("DUAL-REC-2: a nominee whose record shows an activist elsewhere is rejected")
    void activistByRecord() {
      Person recorded =
          Person.builder()
              .from(applicant())
              .partyStanding(
                  PartyStanding.builder()
                      .stage(org.dangong.model.PartyStage.ACTIVIST)
                      .activistSince(LocalDate.of(2021, 12, 1))
                      .build())
              .build();
      MembershipDevelopment s = applicantStage();
      rejected(
          s,
          s.apply(UnionNominated.of(NOMINATED, recorded, UNION, UNION_COMMITTEE)),
          "DUAL-REC-2.NOT-YET-ACTIVIST-OR-MEMBER");
    }
  }

  @Nested
  class UnionCommitteeAndBranch {
    @Test
    @DisplayName("DUAL-REC-2: the union committee recommends only what its union nominated")
    void otherUnionRecommends() {
      MembershipDevelopment s =
          applicantStage()
              .apply(UnionNominated.of(NOMINATED, applicant(), UNION, UNION_COMMITTEE))
              .state();
      Person alsoMember =
          Person.builder()
              .from(applicant())
              .unionMembership(UnionMembership.active(OTHER_UNION, APPLIED))
              .build();
      Decision d =
          rejected(
              s,
              s.apply(UnionRecommended.of(RECOMMENDED, alsoMember, OTHER_UNION, UNION_COMMITTEE)),
              "DUAL-REC-2.UNION-RECOMMENDATION");
      assertThat(argument(d.reasons().get(0), "nominating")).isEqualTo("U-1");
    }

    @Test
    @DisplayName("DUAL-REC.EVENT-IN-SEQUENCE: the union committee decides after a nomination")
    void recommendationWithoutNomination() {
      MembershipDevelopment s = applicantStage();
      Decision d =
          rejected(
              s,
              s.apply(UnionRecommended.of(RECOMMENDED, applicant(), UNION, UNION_COMMITTEE)),
              "DUAL-REC.EVENT-IN-SEQUENCE");
      assertThat(argument(d.reasons().get(0), "required")).isEqualTo(WorkflowStep.UNION_NOMINATION);
    }

    @Test
    @DisplayName(
        "DEVELOP-REG Art. 8: the branch determines a 推优 activist only on the union committee's"
            + " recommendation")
    void activistWithoutUnionRecommendation() {
      MembershipDevelopment s =
          applicantStage()
              .apply(UnionNominated.of(NOMINATED, applicant(), UNION, UNION_COMMITTEE))
              .state();
      Decision d =
          rejected(
              s,
              s.apply(ActivistDetermined.byUnionRecommendation(ACTIVIST, APPLICANT, BRANCH)),
              "DUAL-REC-2.ACTIVIST");
      assertThat(d.reasons().get(0).messageKey())
          .isEqualTo("reason.recommendation.no-union-recommendation");
    }

    @Test
    @DisplayName(
        "DEVELOP-REG Art. 8: the 推优 activist is determined, then filed with the higher committee")
    void activistAndFiling() {
      MembershipDevelopment s = developed(pathToActivist().subList(0, 5));
      assertThat(s.stage()).isEqualTo(DevelopmentStage.ACTIVIST);
      assertThat(s.channel()).contains(RecommendationChannel.UNION_RECOMMENDATION);
      assertThat(s.obligations(ACTIVIST))
          .extracting(Obligation::kind)
          .containsExactly(ObligationKind.REVIEW_ACTIVIST, ObligationKind.FILE_ACTIVIST);
      MembershipDevelopment filed = developed(pathToActivist().subList(0, 6));
      assertThat(filed.dateOf(WorkflowStep.ACTIVIST_FILING)).contains(Fixtures.ACTIVIST_FILED);
      assertThat(filed.obligations(ACTIVIST))
          .extracting(Obligation::kind)
          .containsExactly(ObligationKind.REVIEW_ACTIVIST);
    }

    @Test
    @DisplayName("DEVELOP-REG Art. 7: the activist is determined after the talk")
    void activistBeforeTalk() {
      MembershipDevelopment s = developed(List.of(Fixtures.application()));
      rejected(
          s,
          s.apply(
              ActivistDetermined.byMemberRecommendation(
                  TALKED, APPLICANT, BRANCH, List.of(fullMember(FULL_A)))),
          "DUAL-REC.EVENT-IN-SEQUENCE");
    }

    @Test
    @DisplayName(
        "DEVELOP-REG Art. 8: party members' recommendation needs recommenders who are party"
            + " members")
    void memberRecommendation() {
      MembershipDevelopment s = applicantStage();
      MembershipDevelopment activist =
          s.apply(
                  ActivistDetermined.byMemberRecommendation(
                      ACTIVIST, APPLICANT, BRANCH, List.of(fullMember(FULL_A))))
              .state();
      assertThat(activist.channel()).contains(RecommendationChannel.MEMBER_RECOMMENDATION);
      rejected(
          s,
          s.apply(
              ActivistDetermined.byMemberRecommendation(ACTIVIST, APPLICANT, BRANCH, List.of())),
          "DUAL-REC-2.ACTIVIST");
      Person notMember = Fixtures.member(STRANGER, PartyStanding.none());
      Decision d =
          rejected(
              s,
              s.apply(
                  ActivistDetermined.byMemberRecommendation(
                      ACTIVIST, APPLICANT, BRANCH, List.of(notMember))),
              "DUAL-REC-2.ACTIVIST");
      assertThat(d.reasons().get(0).messageKey())
          .isEqualTo("reason.recommendation.recommender-not-member");
      var j = Fixtures.world(Fixtures.chair(PartyStanding.none())).build();
      rejected(
          s,
          s.apply(
              ActivistDetermined.byMemberRecommendation(
                  j, APPLICANT, List.of(FULL_A), ACTIVIST, BRANCH)),
          "DUAL-REC.KNOWN-PERSON");
    }

    @Test
    @DisplayName("DEVELOP-REG Art. 8: nobody recommends themself")
    void selfRecommendation() {
      assertThatThrownBy(
              () ->
                  ActivistDetermined.byMemberRecommendation(
                      ACTIVIST, APPLICANT, BRANCH, List.of(applicant())))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("NOT_SELF");
    }
  }
}
