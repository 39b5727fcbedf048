package org.dangong.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangong.recommendation.Fixtures.CHAIR;
import static org.dangong.recommendation.Fixtures.HIGHER;
import static org.dangong.recommendation.Fixtures.NATIONAL;
import static org.dangong.recommendation.Fixtures.TOWN;
import static org.dangong.recommendation.Fixtures.UNION;
import static org.dangong.recommendation.Fixtures.UNION_COMMITTEE;
import static org.dangong.recommendation.Fixtures.WEIDE;
import static org.dangong.recommendation.Fixtures.WORKING_COMMITTEE;
import static org.dangong.recommendation.Fixtures.argument;
import static org.dangong.recommendation.Fixtures.chair;
import static org.dangong.recommendation.Fixtures.number;
import static org.dangong.recommendation.Fixtures.world;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Ownership;
import org.dangong.model.PartyStanding;
import org.dangong.policy.Parameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * DUAL-REC-1 in detail: the reasons each accepted step of a candidacy records, the numbering of its
 * audit trail, the union's coverage taken from the jurisdiction, and the final stages of both
 * workflows.
 */
class CandidacyMutationTest {
  private static final String P = "reason.recommendation.";
  private static final LocalDate PROPOSED = LocalDate.of(2024, 3, 1);
  private static final LocalDate SUBMITTED = LocalDate.of(2024, 3, 10);
  private static final LocalDate FOUNDED = LocalDate.of(2024, 5, 6);
  private static final LocalDate FULL_SINCE = LocalDate.of(2010, 7, 1);

  private static String audited(AuditEntry entry) {
    return entry.step()
        + ": "
        + entry.decision().reasons().stream()
            .map(r -> r.messageKey().replace(P, ""))
            .collect(Collectors.joining(", "));
  }

  private static List<CandidacyEvent> path(Jurisdiction j, LocalDate replied, boolean elected) {
    return List.of(
        CandidacyProposed.from(j, WEIDE, UNION, CHAIR, PROPOSED, UNION_COMMITTEE),
        CandidacyEndorsed.of(PROPOSED.plusDays(4), WEIDE, UNION_COMMITTEE),
        CandidacySubmitted.of(SUBMITTED, WEIDE, WORKING_COMMITTEE, UNION_COMMITTEE),
        CandidacyExamined.of(SUBMITTED.plusDays(5), WEIDE, HIGHER),
        CandidateAccepted.of(replied, WEIDE, HIGHER),
        FoundingMeetingHeld.of(FOUNDED, WEIDE, 3, elected, HIGHER));
  }

  private static ChairCandidacy replayed(List<CandidacyEvent> events) {
    Transition<ChairCandidacy> t = ChairCandidacy.replay(WEIDE, NATIONAL, events);
    assertThat(t.rejections()).isEmpty();
    return t.state();
  }

  @Test
  @DisplayName(
      "DUAL-REC-1, BRANCH-REG Art. 4, 5, 23: every step of the candidacy records the reasons of the"
          + " guards it met, numbered from 1")
  void everyStepRecordsItsReasons() {
    Jurisdiction j = world(chair(PartyStanding.fullMember(FULL_SINCE))).build();
    // the reply on the last day of the month allowed after the submission
    LocalDate due = SUBMITTED.plusMonths(1);
    ChairCandidacy c = replayed(path(j, due, true));
    assertThat(c.auditTrail().stream().map(CandidacyMutationTest::audited))
        .containsExactly(
            "CANDIDACY_PROPOSAL: recorded, union-chair, full-member, period-elapsed,"
                + " no-party-organization",
            "UNION_ENDORSEMENT: recorded",
            "SUBMISSION: recorded",
            "EXAMINATION: recorded",
            "CANDIDATE_ACCEPTANCE: recorded, within-deadline",
            "FOUNDING_MEETING: recorded, founding-form, elected");
    assertThat(c.auditTrail()).extracting(AuditEntry::sequence).containsExactly(1, 2, 3, 4, 5, 6);

    List<Reason> proposal = c.auditTrail().get(0).decision().reasons();
    assertThat(argument(proposal.get(1), "person")).isEqualTo(CHAIR.value());
    assertThat(argument(proposal.get(1), "union")).isEqualTo(UNION.value());
    assertThat(argument(proposal.get(2), "stage")).isEqualTo(org.dangong.model.PartyStage.FULL);
    assertThat(argument(proposal.get(3), "since")).isEqualTo(FULL_SINCE);
    assertThat(argument(proposal.get(3), "required")).isEqualTo(Period.ofYears(1));
    assertThat(proposal.get(3).parameters())
        .<Object>extracting(p -> p.parameter())
        .containsExactly(Parameters.SECRETARY_MIN_PARTY_STANDING);
    assertThat(argument(proposal.get(4), "status")).isEqualTo(PartyOrganizationStatus.NONE);

    Decision reply = c.auditTrail().get(4).decision();
    assertThat(reply.verdict()).isEqualTo(org.dangong.decision.Verdict.SATISFIED);
    assertThat(argument(reply.reasons().get(1), "due")).isEqualTo(due);
    assertThat(argument(reply.reasons().get(1), "days")).isEqualTo(number(0));
    assertThat(reply.reasons().get(1).parameters())
        .<Object>extracting(p -> p.parameter())
        .containsExactly(Parameters.BRANCH_FOUNDING_REPLY_WITHIN);

    Reason form = c.auditTrail().get(5).decision().reasons().get(1);
    assertThat(argument(form, "actual")).isEqualTo(number(3));
    assertThat(argument(form, "form")).isEqualTo(org.dangong.model.PartyForm.BRANCH);
  }

  @Test
  @DisplayName(
      "DUAL-REC-1: a reply a day late is recorded with advice; a meeting that does not elect"
          + " records so")
  void lateReplyAndNoElection() {
    Jurisdiction j = world(chair(PartyStanding.fullMember(FULL_SINCE))).build();
    ChairCandidacy c = replayed(path(j, SUBMITTED.plusMonths(1).plusDays(1), false));
    assertThat(c.auditTrail().stream().skip(4).map(CandidacyMutationTest::audited))
        .containsExactly(
            "CANDIDATE_ACCEPTANCE: recorded, late",
            "FOUNDING_MEETING: recorded, founding-form, not-elected");
    assertThat(c.auditTrail().get(4).decision().verdict())
        .isEqualTo(org.dangong.decision.Verdict.ADVISORY);
    assertThat(argument(c.auditTrail().get(4).decision().reasons().get(1), "days"))
        .isEqualTo(number(1));
    assertThat(c.stage()).isEqualTo(CandidacyStage.NOT_ELECTED);
  }

  @Test
  @DisplayName(
      "DUAL-REC-1: the chair of a union that does not cover the enterprise is not its union's chair"
          + " there")
  void unionNotCoveringTheEnterprise() {
    EnterpriseId other = EnterpriseId.of("E-2");
    Jurisdiction j =
        world(chair(PartyStanding.fullMember(FULL_SINCE)))
            .addEnterprise(
                Enterprise.builder()
                    .id(other)
                    .name("同里精工有限公司")
                    .ownership(Ownership.PRIVATE)
                    .region(TOWN)
                    .headcount(80)
                    .femaleHeadcount(30)
                    .founded(LocalDate.of(2012, 3, 1))
                    .build())
            .build();
    CandidacyProposed proposal =
        CandidacyProposed.from(j, other, UNION, CHAIR, PROPOSED, UNION_COMMITTEE);
    assertThat(proposal.unionCoversEnterprise()).isFalse();
    assertThat(proposal.unionChair()).contains(CHAIR);
    assertThat(
            CandidacyProposed.from(j, WEIDE, UNION, CHAIR, PROPOSED, UNION_COMMITTEE)
                .unionCoversEnterprise())
        .isTrue();
    ChairCandidacy start = ChairCandidacy.of(other, NATIONAL);
    Transition<ChairCandidacy> t = start.apply(proposal);
    assertThat(t.rejections())
        .extracting(d -> d.ruleId())
        .containsExactly(RecommendationRules.CHAIR_OF_THE_UNION.id());
    assertThat(t.rejections().get(0).reasons())
        .extracting(Reason::messageKey)
        .containsExactly(P + "not-union-chair");
  }

  @Test
  @DisplayName("DUAL-REC-1, DUAL-REC-2: the final stages of each workflow, and only those")
  void finalStages() {
    assertThat(Arrays.stream(CandidacyStage.values()).filter(CandidacyStage::isFinal))
        .containsExactly(
            CandidacyStage.REJECTED, CandidacyStage.ELECTED, CandidacyStage.NOT_ELECTED);
    assertThat(Arrays.stream(DevelopmentStage.values()).filter(DevelopmentStage::isFinal))
        .containsExactly(
            DevelopmentStage.FULL_MEMBER,
            DevelopmentStage.NOT_APPROVED,
            DevelopmentStage.PROBATION_CANCELLED,
            DevelopmentStage.WITHDRAWN);
  }
}
