package org.dangong.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.dangong.examples.CrossAppointmentExample.AS_OF;
import static org.dangong.examples.CrossAppointmentExample.BOSS;
import static org.dangong.examples.CrossAppointmentExample.CHAIR;
import static org.dangong.examples.CrossAppointmentExample.HR_HEAD;
import static org.dangong.examples.CrossAppointmentExample.SECRETARY;
import static org.dangong.examples.CrossAppointmentExample.UNION;
import static org.dangong.examples.CrossAppointmentExample.WEIDE;
import static org.dangong.examples.CrossAppointmentExample.WORKER;
import static org.dangong.examples.ExampleOutput.EN;
import static org.dangong.examples.ExampleOutput.ZH;

import org.dangong.appointment.AppointmentBar;
import org.dangong.appointment.AppointmentEngine;
import org.dangong.appointment.Candidate;
import org.dangong.appointment.CandidateRanking;
import org.dangong.appointment.CrossAppointment;
import org.dangong.decision.Decision;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Problem;
import org.dangong.policy.Citation;
import org.dangong.policy.Policy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CrossAppointmentExampleTest {
  private final Jurisdiction weide = CrossAppointmentExample.weide();
  private final AppointmentEngine engine = AppointmentEngine.of(Policy.national());

  @Test
  @DisplayName("CHAIR-RULES Art. 6: the head of HR and the executive head of 伟德 may not chair its union")
  void barredPeople() {
    Decision hr = engine.unionChairEligibility(weide, UNION, HR_HEAD, AS_OF);
    assertThat(AppointmentBar.in(hr)).containsExactly(AppointmentBar.HR_HEAD);
    assertThat(hr.citations()).extracting(Citation::toString).containsExactly("CHAIR-RULES Art. 6");
    assertThat(AppointmentBar.in(engine.unionChairEligibility(weide, UNION, BOSS, AS_OF)))
        .containsExactly(AppointmentBar.EXECUTIVE);
    assertThat(engine.unionChairEligibility(weide, UNION, SECRETARY, AS_OF).isPositive()).isTrue();
  }

  @Test
  @DisplayName("NONPUBLIC-OPINION: the secretary, not an investor, may and is encouraged to chair the union")
  void secretaryAsChair() {
    CrossAppointment c = engine.secretaryAsUnionChair(weide, WEIDE, AS_OF);
    assertThat(c.isPermitted()).isTrue();
    assertThat(c.isRecommended()).isTrue();
    assertThat(c.candidate()).contains(SECRETARY);
  }

  @Test
  @DisplayName("BRANCH-REG Art. 23: the probationary worker is no 一肩挑 candidate; the secretary ranks first")
  void ranking() {
    CandidateRanking r = engine.rankCandidates(weide, WEIDE, AS_OF);
    assertThat(r.ranked()).extracting(Candidate::person).containsExactly(SECRETARY, CHAIR);
    assertThat(r.rejected()).extracting(Candidate::person).containsExactly(BOSS, HR_HEAD, WORKER);
    assertThat(AppointmentBar.in(r.rejected().get(2).decision()))
        .contains(AppointmentBar.NOT_FULL_PARTY_MEMBER);
  }

  @Test
  @DisplayName("a snapshot with an unknown chair and an unknown employer is rejected naming both")
  void invalidSnapshot() {
    assertThat(CrossAppointmentExample.invalidSnapshotProblems())
        .extracting(Problem::rule, Problem::value)
        .contains(tuple("UNKNOWN_REFERENCE", "P-404"), tuple("UNKNOWN_REFERENCE", "E-9"));
  }

  @Test
  void printsTheReasonsInChinese() {
    String zh = ExampleOutput.of(CrossAppointmentExample::run, ZH);
    assertThat(zh)
        .contains("P-2是企业E-1的人力资源部门负责人：不得担任本企业工会主席。")
        .contains("依据：CHAIR-RULES Art. 6")
        .contains("P-3不是企业出资人：意见提倡此类书记兼任工会主席。")
        .contains("P-5为预备党员")
        .contains("P-3 党组织书记")
        .contains("最佳人选：P-3" + System.lineSeparator())
        .contains("有误的快照：");
  }

  @Test
  void printsTheReasonsInEnglish() {
    String en = ExampleOutput.of(CrossAppointmentExample::run, EN);
    assertThat(en)
        .contains("P-2 heads human resources at enterprise E-1: the head of human resources may not chair its union.")
        .contains("Citations: CHAIR-RULES Art. 6")
        .contains("P-3 is not an investor: the opinion encourages such a secretary to chair the union as well.")
        .contains("P-5 is a probationary member, not a full party member")
        .doesNotContain("人力资源")
        .contains("Best candidate: P-3" + System.lineSeparator())
        .contains("A snapshot with mistakes:");
  }
}
