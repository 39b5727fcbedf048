package org.dangong.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangong.recommendation.Fixtures.APPLICANT;
import static org.dangong.recommendation.Fixtures.APPLIED;
import static org.dangong.recommendation.Fixtures.BRANCH;
import static org.dangong.recommendation.Fixtures.FULL_A;
import static org.dangong.recommendation.Fixtures.HIGHER;
import static org.dangong.recommendation.Fixtures.NATIONAL;
import static org.dangong.recommendation.Fixtures.STRANGER;
import static org.dangong.recommendation.Fixtures.TALKED;
import static org.dangong.recommendation.Fixtures.TOWN;
import static org.dangong.recommendation.Fixtures.argument;
import static org.dangong.recommendation.Fixtures.developed;
import static org.dangong.recommendation.Fixtures.fullPath;
import static org.dangong.recommendation.Fixtures.pathToActivist;
import static org.dangong.recommendation.Fixtures.pathToApplicant;
import static org.dangong.recommendation.Fixtures.rejected;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dangong.decision.Decision;
import org.dangong.decision.Subject;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Bad input is rejected with a clear reason and leaves the state unchanged; histories replay. */
class WorkflowIntegrityTest {

  @Nested
  class BadInput {
    @Test
    @DisplayName("DUAL-REC.KNOWN-PERSON: an event about another person is rejected")
    void otherPerson() {
      MembershipDevelopment s = developed(pathToApplicant());
      Decision d =
          rejected(
              s, s.apply(ApplicantTalked.of(TALKED, STRANGER, BRANCH)), "DUAL-REC.KNOWN-PERSON");
      assertThat(argument(d.reasons().get(0), "actual")).isEqualTo("P-99");
      assertThat(argument(d.reasons().get(0), "expected")).isEqualTo("P-1");
      assertThat(d.subject()).isEqualTo(Subject.person(APPLICANT));
    }

    @Test
    @DisplayName("DUAL-REC.EVENT-DATE-ORDER: an event dated before the previous one is rejected")
    void datedBeforePrevious() {
      MembershipDevelopment s = developed(List.of(Fixtures.application()));
      Decision d =
          rejected(
              s,
              s.apply(ApplicantTalked.of(APPLIED.minusDays(1), APPLICANT, BRANCH)),
              "DUAL-REC.EVENT-DATE-ORDER");
      assertThat(d.asOf()).isEqualTo(APPLIED.minusDays(1));
      assertThat(d.render(Locale.ENGLISH)).contains("before the previous event of 2022-03-01");
      assertThat(d.render(Locale.SIMPLIFIED_CHINESE)).contains("早于上一事项的日期2022年3月1日");
    }

    @Test
    @DisplayName("DUAL-REC: an event on the same day as the previous one is accepted")
    void sameDay() {
      MembershipDevelopment s = developed(List.of(Fixtures.application()));
      assertThat(s.apply(ApplicantTalked.of(APPLIED, APPLICANT, BRANCH)).isAccepted()).isTrue();
    }

    @Test
    @DisplayName("DUAL-REC.EVENT-IN-SEQUENCE: an event out of order is rejected, naming the stage")
    void outOfOrder() {
      MembershipDevelopment s = developed(pathToApplicant());
      Decision d =
          rejected(
              s,
              s.apply(TrainingCompleted.of(TALKED, APPLICANT, HIGHER, 3, 24)),
              "DUAL-REC.EVENT-IN-SEQUENCE");
      assertThat(argument(d.reasons().get(0), "stage")).isEqualTo(DevelopmentStage.APPLICANT);
      assertThat(d.render(Locale.ENGLISH)).contains("is not possible at the stage \"applicant\"");
    }

    @Test
    @DisplayName("DUAL-REC.EVENT-IN-SEQUENCE: a step is recorded once")
    void stepRepeated() {
      MembershipDevelopment s = developed(pathToApplicant());
      Decision d =
          rejected(
              s,
              s.apply(ApplicantTalked.of(TALKED, APPLICANT, BRANCH)),
              "DUAL-REC.EVENT-IN-SEQUENCE");
      assertThat(argument(d.reasons().get(0), "date")).isEqualTo(TALKED);
    }

    @Test
    @DisplayName("DUAL-REC.EVENT-IN-SEQUENCE: a full member takes no further step")
    void afterTheEnd() {
      MembershipDevelopment s = developed(fullPath());
      rejected(
          s,
          s.apply(ProbationCancelled.of(Fixtures.PROBATION_END, APPLICANT, BRANCH)),
          "DUAL-REC.EVENT-IN-SEQUENCE");
      rejected(s, s.apply(Fixtures.application()), "DUAL-REC.EVENT-IN-SEQUENCE");
    }

    @Test
    @DisplayName("DUAL-REC: several failures of one event are all reported")
    void severalFailures() {
      MembershipDevelopment s = developed(pathToApplicant());
      Transition<MembershipDevelopment> t =
          s.apply(TrainingCompleted.of(APPLIED, APPLICANT, HIGHER, 1, 1));
      assertThat(t.rejections())
          .extracting(d -> d.ruleId().value())
          .containsExactly(
              "DUAL-REC.EVENT-DATE-ORDER", "DUAL-REC.EVENT-IN-SEQUENCE", "DUAL-REC-2.TRAINING");
      assertThat(t.rejection()).contains(t.rejections().get(0));
      assertThat(t.toString()).startsWith("Transition[rejected: DUAL-REC.EVENT-DATE-ORDER");
    }
  }

  @Nested
  class Replay {
    @Test
    @DisplayName("DUAL-REC: replaying the history gives the same state")
    void replayEqualsIncremental() {
      MembershipDevelopment incremental = MembershipDevelopment.of(APPLICANT, NATIONAL);
      for (DevelopmentEvent e : fullPath()) {
        incremental = incremental.apply(e).state();
      }
      MembershipDevelopment replayed =
          MembershipDevelopment.replay(
                  APPLICANT, NATIONAL, WorkingCalendar.weekends(), incremental.history())
              .state();
      assertThat(replayed).isEqualTo(incremental).hasSameHashCodeAs(incremental);
      assertThat(replayed.auditTrail()).isEqualTo(incremental.auditTrail());
      assertThat(incremental.initial()).isEqualTo(MembershipDevelopment.of(APPLICANT, NATIONAL));
    }

    @Test
    @DisplayName("DUAL-REC: a replay stops at the first rejected event, with the state before it")
    void replayStops() {
      List<DevelopmentEvent> events = new ArrayList<>(pathToApplicant());
      events.add(ApplicantTalked.of(TALKED, APPLICANT, BRANCH));
      events.add(ActivistFiled.of(TALKED, APPLICANT, BRANCH));
      Transition<MembershipDevelopment> t =
          MembershipDevelopment.replay(APPLICANT, NATIONAL, WorkingCalendar.weekends(), events);
      assertThat(t.isRejected()).isTrue();
      assertThat(t.state().history()).hasSize(2);
    }

    @Test
    @DisplayName("DUAL-REC: applying never changes the state applied to")
    void noMutation() {
      MembershipDevelopment s = developed(pathToApplicant());
      MembershipDevelopment copy = developed(pathToApplicant());
      Transition<MembershipDevelopment> next = s.apply(pathToActivist().get(2));
      assertThat(next.isAccepted()).isTrue();
      assertThat(next.state()).isNotEqualTo(s);
      assertThat(s).isEqualTo(copy);
      assertThat(s.history()).hasSize(2);
      assertThat(Transition.accepted(s).then(x -> x.apply(pathToActivist().get(2))).state())
          .isEqualTo(next.state());
    }
  }

  @Nested
  class Register {
    private final Person other =
        Person.builder().from(Fixtures.applicant()).id(PersonId.of("P-2")).build();

    @Test
    @DisplayName(
        "DUAL-REC.KNOWN-PERSON: the register rejects an event about a person who never applied")
    void unknownPerson() {
      DevelopmentRegister r = DevelopmentRegister.of(NATIONAL);
      Decision d =
          rejected(
              r, r.apply(ApplicantTalked.of(TALKED, STRANGER, BRANCH)), "DUAL-REC.KNOWN-PERSON");
      assertThat(d.reasons().get(0).messageKey()).isEqualTo("reason.recommendation.unknown-person");
      assertThat(r.developments()).isEmpty();
    }

    @Test
    @DisplayName("DUAL-REC: the register routes each person's events to their own development")
    void routes() {
      List<DevelopmentEvent> events =
          List.of(
              Fixtures.application(),
              ApplicationReceived.of(APPLIED.plusDays(5), other, TOWN, BRANCH),
              ApplicantTalked.of(APPLIED.plusDays(10), other.id(), BRANCH),
              ApplicantTalked.of(APPLIED.plusDays(2), APPLICANT, BRANCH));
      DevelopmentRegister r = DevelopmentRegister.of(NATIONAL);
      for (DevelopmentEvent e : events) {
        Transition<DevelopmentRegister> t = r.apply(e);
        assertThat(t.isAccepted()).as("%s", e).isTrue();
        r = t.state();
      }
      assertThat(r.developments())
          .extracting(MembershipDevelopment::person)
          .containsExactly(APPLICANT, other.id());
      assertThat(r.development(other.id()).orElseThrow().history()).hasSize(2);
      assertThat(r.history()).extracting(DevelopmentEvent::date).isSorted();
      assertThat(
              DevelopmentRegister.replay(NATIONAL, WorkingCalendar.weekends(), r.history()).state())
          .isEqualTo(r);
      assertThat(DevelopmentRegister.replay(NATIONAL, WorkingCalendar.weekends(), events).state())
          .isEqualTo(r);
      assertThat(r.auditTrail()).hasSize(4);
      assertThat(r.obligations(APPLIED.plusDays(10))).isEmpty();
      DevelopmentRegister applied =
          DevelopmentRegister.replay(NATIONAL, WorkingCalendar.weekends(), events.subList(0, 2))
              .state();
      assertThat(applied.obligations(APPLIED.plusMonths(2)))
          .extracting(o -> o.subject().id())
          .containsExactly("P-1", "P-2");
    }

    @Test
    @DisplayName("DUAL-REC: a register replay stops at the first rejection")
    void replayStops() {
      Transition<DevelopmentRegister> t =
          DevelopmentRegister.replay(
              NATIONAL,
              WorkingCalendar.weekends(),
              ImmutableList.of(Fixtures.application(), ApplicantTalked.of(TALKED, FULL_A, BRANCH)));
      assertThat(t.isRejected()).isTrue();
      assertThat(t.state().developments()).hasSize(1);
    }
  }

  @Test
  @DisplayName(
      "DUAL-REC: every rejection and audit decision renders in both languages without raw keys")
  void renders() {
    List<Decision> decisions = new ArrayList<>();
    MembershipDevelopment s = developed(fullPath());
    s.auditTrail().forEach(a -> decisions.add(a.decision()));
    MembershipDevelopment start = MembershipDevelopment.of(APPLICANT, NATIONAL);
    decisions.addAll(start.apply(ApplicantTalked.of(TALKED, APPLICANT, BRANCH)).rejections());
    decisions.addAll(
        start
            .apply(
                ApplicationReceived.of(
                    APPLIED, Fixtures.applicantBorn(APPLIED.minusYears(17)), TOWN, BRANCH))
            .rejections());
    for (Decision d : decisions) {
      for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
        String text = d.render(locale);
        assertThat(text).as(text).doesNotContain("reason.", "rule.", "enum.", "{", "}");
      }
      assertThat(d.render(Locale.SIMPLIFIED_CHINESE)).containsPattern("\\p{IsHan}");
    }
    assertThat(decisions).hasSizeGreaterThan(fullPath().size());
    assertThat(LocalDate.of(2022, 3, 1)).isEqualTo(APPLIED);
  }
}
