package org.dangong.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dangong.recommendation.Fixtures.APPLICANT;
import static org.dangong.recommendation.Fixtures.BRANCH;
import static org.dangong.recommendation.Fixtures.MEETING;
import static org.dangong.recommendation.Fixtures.NATIONAL;
import static org.dangong.recommendation.Fixtures.developed;
import static org.dangong.recommendation.Fixtures.pathToTarget;
import static org.dangong.recommendation.Fixtures.rejected;

import java.time.LocalDate;
import java.util.List;
import org.dangong.decision.Decision;
import org.dangong.model.InvalidValueException;
import org.dangong.policy.Citation;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.Source;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The local publicity (公示) of a development target, counted in working days. */
class PublicityTest {
  /** Tuesday 2023-07-04, the day after the pre-review. */
  private static final LocalDate START = LocalDate.of(2023, 7, 4);

  private static final Policy WITH_PUBLICITY =
      NATIONAL.with(
          Parameters.ADMISSION_PUBLICITY_ENABLED,
          true,
          Citation.of(Source.LOCAL, "发展党员公示办法", "发展对象公示不少于5个工作日").withNote("a local rule"),
          LocalDate.of(2020, 1, 1));

  private static MembershipDevelopment target(WorkingCalendar calendar) {
    return developed(WITH_PUBLICITY, calendar, pathToTarget());
  }

  @Test
  @DisplayName("公示 (local): with publicity enabled, a branch meeting without one is rejected")
  void meetingWithoutPublicity() {
    MembershipDevelopment s = target(WorkingCalendar.weekends());
    Decision d = rejected(s, s.apply(Fixtures.vote()), "DUAL-REC-2.PUBLICITY");
    assertThat(d.reasons().get(0).parameters())
        .<Object>extracting(p -> p.parameter())
        .containsExactly(
            Parameters.ADMISSION_PUBLICITY_ENABLED, Parameters.ADMISSION_PUBLICITY_WORKING_DAYS);
    assertThat(s.obligations(START))
        .extracting(Obligation::kind)
        .containsExactly(ObligationKind.PUBLICISE);
  }

  @Test
  @DisplayName(
      "公示 (local): five working days from Tuesday end on Monday; the meeting may follow on Tuesday")
  void fiveWorkingDaysOverAWeekend() {
    MembershipDevelopment s =
        target(WorkingCalendar.weekends())
            .apply(PublicityStarted.of(START, APPLICANT, BRANCH))
            .state();
    LocalDate lastDay = LocalDate.of(2023, 7, 10);
    assertThat(s.publicityLastDay()).contains(lastDay);
    Obligation meeting = s.obligations(lastDay).get(0);
    assertThat(meeting.kind()).isEqualTo(ObligationKind.HOLD_BRANCH_MEETING);
    assertThat(meeting.status()).isEqualTo(ObligationStatus.UPCOMING);
    assertThat(meeting.notBefore()).contains(lastDay.plusDays(1));
    rejected(
        s,
        s.apply(AdmissionVoted.of(lastDay, APPLICANT, BRANCH, 9, 7, 5, 0)),
        "DUAL-REC-2.PUBLICITY");
    assertThat(
            s.apply(AdmissionVoted.of(lastDay.plusDays(1), APPLICANT, BRANCH, 9, 7, 5, 0))
                .isAccepted())
        .isTrue();
  }

  @Test
  @DisplayName("公示 (local): official holidays supplied by the caller lengthen the publicity")
  void holidays() {
    WorkingCalendar calendar =
        WorkingCalendar.of(List.of(LocalDate.of(2023, 7, 6), LocalDate.of(2023, 7, 7)), List.of());
    MembershipDevelopment s =
        target(calendar).apply(PublicityStarted.of(START, APPLICANT, BRANCH)).state();
    assertThat(s.publicityLastDay()).contains(LocalDate.of(2023, 7, 12));
    rejected(
        s,
        s.apply(AdmissionVoted.of(LocalDate.of(2023, 7, 12), APPLICANT, BRANCH, 9, 7, 5, 0)),
        "DUAL-REC-2.PUBLICITY");
  }

  @Test
  @DisplayName("公示 (local): off by default — the national policy needs no publicity")
  void offByDefault() {
    assertThat(developed(pathToTarget()).apply(Fixtures.vote()).isAccepted()).isTrue();
    assertThat(MEETING.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
  }

  @Nested
  class Calendar {
    @Test
    @DisplayName("WorkingCalendar: weekends are days off by default")
    void weekends() {
      WorkingCalendar c = WorkingCalendar.weekends();
      assertThat(c.isWorkingDay(LocalDate.of(2024, 3, 8))).isTrue();
      assertThat(c.isWorkingDay(LocalDate.of(2024, 3, 9))).isFalse();
      assertThat(c.isWorkingDay(LocalDate.of(2024, 3, 10))).isFalse();
      assertThat(c.lastWorkingDay(LocalDate.of(2024, 3, 4), 5)).isEqualTo(LocalDate.of(2024, 3, 8));
      assertThat(c.lastWorkingDay(LocalDate.of(2024, 3, 2), 5)).isEqualTo(LocalDate.of(2024, 3, 8));
      assertThat(c.workingDaysBetween(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31)))
          .isEqualTo(21);
      assertThat(c.workingDaysBetween(LocalDate.of(2024, 3, 2), LocalDate.of(2024, 3, 1))).isZero();
      assertThat(c).isEqualTo(WorkingCalendar.weekends());
    }

    @Test
    @DisplayName("WorkingCalendar: the National Day holiday with a worked Saturday (调休)")
    void nationalDay() {
      WorkingCalendar c =
          WorkingCalendar.of(
              List.of(
                  LocalDate.of(2024, 10, 1),
                  LocalDate.of(2024, 10, 2),
                  LocalDate.of(2024, 10, 3),
                  LocalDate.of(2024, 10, 4),
                  LocalDate.of(2024, 10, 7)),
              List.of(LocalDate.of(2024, 10, 12)));
      assertThat(c.lastWorkingDay(LocalDate.of(2024, 9, 30), 5))
          .isEqualTo(LocalDate.of(2024, 10, 11));
      assertThat(c.isWorkingDay(LocalDate.of(2024, 10, 12))).isTrue();
      assertThat(c.lastWorkingDay(LocalDate.of(2024, 10, 8), 5))
          .isEqualTo(LocalDate.of(2024, 10, 12));
    }

    @Test
    @DisplayName(
        "WorkingCalendar: a date cannot be both a holiday and a worked weekend day; counts start at"
            + " 1")
    void invalid() {
      LocalDate d = LocalDate.of(2024, 10, 12);
      assertThatThrownBy(() -> WorkingCalendar.of(List.of(d), List.of(d)))
          .isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("NOT_ALSO_A_HOLIDAY");
      assertThatThrownBy(() -> WorkingCalendar.weekends().lastWorkingDay(d, 0))
          .isInstanceOf(IllegalArgumentException.class);
      WorkingCalendar never = date -> false;
      assertThatThrownBy(() -> never.lastWorkingDay(d, 1))
          .isInstanceOf(IllegalStateException.class);
    }
  }
}
