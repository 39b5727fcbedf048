package org.dangong.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangong.recommendation.Fixtures.CHAIR;
import static org.dangong.recommendation.Fixtures.HIGHER;
import static org.dangong.recommendation.Fixtures.NATIONAL;
import static org.dangong.recommendation.Fixtures.OTHER_UNION;
import static org.dangong.recommendation.Fixtures.STRANGER;
import static org.dangong.recommendation.Fixtures.UNION;
import static org.dangong.recommendation.Fixtures.UNION_COMMITTEE;
import static org.dangong.recommendation.Fixtures.WEIDE;
import static org.dangong.recommendation.Fixtures.WORKING_COMMITTEE;
import static org.dangong.recommendation.Fixtures.argument;
import static org.dangong.recommendation.Fixtures.chair;
import static org.dangong.recommendation.Fixtures.number;
import static org.dangong.recommendation.Fixtures.rejected;
import static org.dangong.recommendation.Fixtures.world;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Locale;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Verdict;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.PartyForm;
import org.dangong.model.PartyStanding;
import org.dangong.policy.Parameters;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** DUAL-REC-1: the union chair recommended as candidate to head the party organisation. */
class ChairCandidacyTest {
  private static final LocalDate PROPOSED = LocalDate.of(2024, 3, 1);
  private static final LocalDate ENDORSED = LocalDate.of(2024, 3, 5);
  private static final LocalDate SUBMITTED = LocalDate.of(2024, 3, 10);
  private static final LocalDate EXAMINED = LocalDate.of(2024, 3, 15);
  private static final LocalDate REPLIED = LocalDate.of(2024, 4, 10);
  private static final LocalDate FOUNDED = LocalDate.of(2024, 5, 6);

  private static final PartyStanding FULL_SINCE_2010 =
      PartyStanding.fullMember(LocalDate.of(2010, 7, 1));

  private static Jurisdiction world_() {
    return world(chair(FULL_SINCE_2010)).build();
  }

  private static CandidacyProposed proposal(Jurisdiction j) {
    return CandidacyProposed.from(j, WEIDE, UNION, CHAIR, PROPOSED, UNION_COMMITTEE);
  }

  private static ImmutableList<CandidacyEvent> toAcceptance() {
    return ImmutableList.of(
        proposal(world_()),
        CandidacyEndorsed.of(ENDORSED, WEIDE, UNION_COMMITTEE),
        CandidacySubmitted.of(SUBMITTED, WEIDE, WORKING_COMMITTEE, UNION_COMMITTEE),
        CandidacyExamined.of(EXAMINED, WEIDE, HIGHER),
        CandidateAccepted.of(REPLIED, WEIDE, HIGHER));
  }

  private static ChairCandidacy accepted() {
    Transition<ChairCandidacy> t = ChairCandidacy.replay(WEIDE, NATIONAL, toAcceptance());
    assertThat(t.rejections()).isEmpty();
    return t.state();
  }

  private static ChairCandidacy start() {
    return ChairCandidacy.of(WEIDE, NATIONAL);
  }

  @Test
  @DisplayName(
      "DUAL-REC-1: proposal, endorsement, submission, examination, acceptance and election found a"
          + " branch with three full members")
  void theWholeWorkflowElectsTheChair() {
    ChairCandidacy c =
        accepted().apply(FoundingMeetingHeld.of(FOUNDED, WEIDE, 3, true, HIGHER)).state();
    assertThat(c.stage()).isEqualTo(CandidacyStage.ELECTED);
    assertThat(c.foundedAs()).contains(PartyForm.BRANCH);
    assertThat(c.candidate()).contains(CHAIR);
    assertThat(c.union()).contains(UNION);
    assertThat(c.higherOrganization()).contains(WORKING_COMMITTEE);
    assertThat(c.history()).hasSize(6);
    assertThat(c.auditTrail())
        .extracting(AuditEntry::step)
        .containsExactly(
            WorkflowStep.CANDIDACY_PROPOSAL,
            WorkflowStep.UNION_ENDORSEMENT,
            WorkflowStep.SUBMISSION,
            WorkflowStep.EXAMINATION,
            WorkflowStep.CANDIDATE_ACCEPTANCE,
            WorkflowStep.FOUNDING_MEETING);
    AuditEntry proposal = c.auditTrail().get(0);
    assertThat(proposal.decidedBy()).isEqualTo(UNION_COMMITTEE);
    assertThat(proposal.date()).isEqualTo(PROPOSED);
    assertThat(proposal.decision().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(proposal.decision().ruleId()).isEqualTo(RecommendationRules.CANDIDACY_PROPOSAL.id());
    assertThat(proposal.citations().toString()).contains("BRANCH-REG Art. 23", "SEED DUAL-REC-1");
    assertThat(c.obligations(FOUNDED.plusDays(1))).isEmpty();
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 5: with two full members the organisation is founded as a joint branch")
  void twoFullMembersFoundAJointBranch() {
    ChairCandidacy c =
        accepted().apply(FoundingMeetingHeld.of(FOUNDED, WEIDE, 2, true, HIGHER)).state();
    assertThat(c.foundedAs()).contains(PartyForm.JOINT_BRANCH);
    Reason form = c.auditTrail().get(5).decision().reasons().get(1);
    assertThat(form.messageKey()).isEqualTo("reason.recommendation.founding-form");
    assertThat(argument(form, "actual")).isEqualTo(number(2));
    assertThat(argument(form, "required")).isEqualTo(number(3));
    assertThat(form.parameters().get(0).parameter()).isEqualTo(Parameters.BRANCH_MIN_FULL_MEMBERS);
  }

  @Test
  @DisplayName("DUAL-REC-1: the founding meeting may not elect the candidate")
  void theMeetingMayNotElect() {
    ChairCandidacy c =
        accepted().apply(FoundingMeetingHeld.of(FOUNDED, WEIDE, 4, false, HIGHER)).state();
    assertThat(c.stage()).isEqualTo(CandidacyStage.NOT_ELECTED);
    assertThat(c.stage().isFinal()).isTrue();
  }

  @Test
  @DisplayName("DUAL-REC-1: the full members are counted from the jurisdiction at the meeting")
  void fullMembersCountedFromTheJurisdiction() {
    Jurisdiction j =
        world(
                chair(FULL_SINCE_2010),
                Fixtures.fullMember(Fixtures.FULL_A),
                Fixtures.member(Fixtures.FULL_B, PartyStanding.fullMember(FOUNDED.plusDays(1))),
                Fixtures.probationer())
            .build();
    FoundingMeetingHeld meeting = FoundingMeetingHeld.from(j, WEIDE, FOUNDED, true, HIGHER);
    assertThat(meeting.fullMembers()).isEqualTo(2);
  }

  @Test
  @DisplayName("DUAL-REC-1: the higher organisation rejects the candidate and the candidacy ends")
  void rejectionEnds() {
    ChairCandidacy examined =
        ChairCandidacy.replay(WEIDE, NATIONAL, toAcceptance().subList(0, 4)).state();
    ChairCandidacy c = examined.apply(CandidateRejected.of(REPLIED, WEIDE, HIGHER)).state();
    assertThat(c.stage()).isEqualTo(CandidacyStage.REJECTED);
    Decision d =
        rejected(
            c,
            c.apply(FoundingMeetingHeld.of(FOUNDED, WEIDE, 3, true, HIGHER)),
            "DUAL-REC.EVENT-IN-SEQUENCE");
    assertThat(d.reasons().get(0).messageKey()).isEqualTo("reason.recommendation.step-not-allowed");
  }

  @Nested
  class ProposalGuards {
    @Test
    @DisplayName("DUAL-REC-1: a person who does not chair the union is not proposed")
    void notTheChair() {
      Jurisdiction j = world(chair(FULL_SINCE_2010), Fixtures.fullMember(Fixtures.FULL_A)).build();
      ChairCandidacy c = start();
      Decision d =
          rejected(
              c,
              c.apply(
                  CandidacyProposed.from(
                      j, WEIDE, UNION, Fixtures.FULL_A, PROPOSED, UNION_COMMITTEE)),
              "DUAL-REC-1.CHAIR-OF-THE-UNION");
      assertThat(d.reasons().get(0).messageKey())
          .isEqualTo("reason.recommendation.not-union-chair");
    }

    @Test
    @DisplayName(
        "DUAL-REC-1: the chair of a union that does not cover the enterprise is not proposed")
    void unionNotCoveringTheEnterprise() {
      ChairCandidacy c = start();
      rejected(
          c,
          c.apply(
              CandidacyProposed.from(
                  world_(), WEIDE, OTHER_UNION, CHAIR, PROPOSED, UNION_COMMITTEE)),
          "DUAL-REC-1.CHAIR-OF-THE-UNION");
    }

    @Test
    @DisplayName(
        "DUAL-REC-1: a probationary member is not proposed: the candidate must be a full member")
    void probationaryMember() {
      Jurisdiction j =
          world(chair(PartyStanding.probationaryMember(LocalDate.of(2023, 6, 1)))).build();
      ChairCandidacy c = start();
      Decision d = rejected(c, c.apply(proposal(j)), "DUAL-REC-1.FULL-MEMBER");
      assertThat(d.render(Locale.ENGLISH)).contains("is not a full party member");
      assertThat(d.render(Locale.SIMPLIFIED_CHINESE)).contains("不是正式党员");
    }

    @Test
    @DisplayName(
        "BRANCH-REG Art. 23: a full member for one year less a day is not proposed; exactly one"
            + " year is")
    void partyStanding() {
      LocalDate yearAgoLessADay = PROPOSED.minusYears(1).plusDays(1);
      Jurisdiction young = world(chair(PartyStanding.fullMember(yearAgoLessADay))).build();
      ChairCandidacy c = start();
      Decision d = rejected(c, c.apply(proposal(young)), "DUAL-REC-1.PARTY-STANDING");
      Reason r = d.reasons().get(0);
      assertThat(argument(r, "earliest")).isEqualTo(PROPOSED.plusDays(1));
      assertThat(r.parameters().get(0).parameter())
          .isEqualTo(Parameters.SECRETARY_MIN_PARTY_STANDING);
      assertThat(d.citations().toString()).contains("BRANCH-REG Art. 23");

      Jurisdiction exactly = world(chair(PartyStanding.fullMember(PROPOSED.minusYears(1)))).build();
      assertThat(c.apply(proposal(exactly)).isAccepted()).isTrue();
    }

    @Test
    @DisplayName(
        "DUAL-REC-1: an enterprise that already has a party organisation needs no candidate")
    void existingPartyOrganization() {
      Jurisdiction j =
          world(chair(FULL_SINCE_2010))
              .addPartyOrganization(Fixtures.branchFounded(LocalDate.of(2020, 7, 1)))
              .build();
      CandidacyProposed p = proposal(j);
      assertThat(p.partyOrganization()).isEqualTo(PartyOrganizationStatus.EXISTS);
      ChairCandidacy c = start();
      rejected(c, c.apply(p), "DUAL-REC-1.NO-PARTY-ORGANIZATION");
    }

    @Test
    @DisplayName("DUAL-REC-1: a party organisation being founded does not stop the proposal")
    void partyOrganizationBeingFounded() {
      Jurisdiction j =
          world(chair(FULL_SINCE_2010))
              .addPartyOrganization(Fixtures.branchFounded(FOUNDED))
              .build();
      CandidacyProposed p = proposal(j);
      assertThat(p.partyOrganization()).isEqualTo(PartyOrganizationStatus.BEING_FOUNDED);
      assertThat(start().apply(p).isAccepted()).isTrue();
    }

    @Test
    @DisplayName("DUAL-REC.KNOWN-PERSON: a person the facts do not know is not proposed")
    void unknownPerson() {
      ChairCandidacy c = start();
      Decision d =
          rejected(
              c,
              c.apply(
                  CandidacyProposed.from(
                      world_(), WEIDE, UNION, STRANGER, PROPOSED, UNION_COMMITTEE)),
              "DUAL-REC.KNOWN-PERSON");
      assertThat(argument(d.reasons().get(0), "person")).isEqualTo("P-99");
    }

    @Test
    @DisplayName("DUAL-REC-1: every failed guard is reported at once")
    void everyFailedGuard() {
      Jurisdiction j =
          world(chair(PartyStanding.none()))
              .addPartyOrganization(Fixtures.branchFounded(LocalDate.of(2020, 7, 1)))
              .build();
      ChairCandidacy c = start();
      Transition<ChairCandidacy> t =
          c.apply(CandidacyProposed.from(j, WEIDE, OTHER_UNION, CHAIR, PROPOSED, UNION_COMMITTEE));
      assertThat(t.rejections())
          .extracting(d -> d.ruleId().value())
          .containsExactly(
              "DUAL-REC-1.CHAIR-OF-THE-UNION",
              "DUAL-REC-1.FULL-MEMBER",
              "DUAL-REC-1.NO-PARTY-ORGANIZATION");
    }
  }

  @Nested
  class Sequence {
    @Test
    @DisplayName(
        "DUAL-REC.EVENT-IN-SEQUENCE: a submission before the union committee's endorsement is"
            + " rejected")
    void submissionBeforeEndorsement() {
      ChairCandidacy proposed = start().apply(proposal(world_())).state();
      rejected(
          proposed,
          proposed.apply(
              CandidacySubmitted.of(SUBMITTED, WEIDE, WORKING_COMMITTEE, UNION_COMMITTEE)),
          "DUAL-REC.EVENT-IN-SEQUENCE");
    }

    @Test
    @DisplayName("DUAL-REC.EVENT-IN-SEQUENCE: the founding meeting needs an accepted candidate")
    void meetingBeforeAcceptance() {
      ChairCandidacy examined =
          ChairCandidacy.replay(WEIDE, NATIONAL, toAcceptance().subList(0, 4)).state();
      rejected(
          examined,
          examined.apply(FoundingMeetingHeld.of(FOUNDED, WEIDE, 3, true, HIGHER)),
          "DUAL-REC.EVENT-IN-SEQUENCE");
    }

    @Test
    @DisplayName("DUAL-REC.EVENT-DATE-ORDER: an endorsement dated before the proposal is rejected")
    void datedBeforePrevious() {
      ChairCandidacy proposed = start().apply(proposal(world_())).state();
      Decision d =
          rejected(
              proposed,
              proposed.apply(CandidacyEndorsed.of(PROPOSED.minusDays(1), WEIDE, UNION_COMMITTEE)),
              "DUAL-REC.EVENT-DATE-ORDER");
      assertThat(argument(d.reasons().get(0), "previous")).isEqualTo(PROPOSED);
    }

    @Test
    @DisplayName("DUAL-REC.KNOWN-PERSON: an event about another enterprise is rejected")
    void otherEnterprise() {
      ChairCandidacy proposed = start().apply(proposal(world_())).state();
      rejected(
          proposed,
          proposed.apply(CandidacyEndorsed.of(ENDORSED, EnterpriseId.of("E-2"), UNION_COMMITTEE)),
          "DUAL-REC.KNOWN-PERSON");
    }
  }

  @Test
  @DisplayName(
      "BRANCH-REG founding procedure: the higher organisation's reply is due within a month; late,"
          + " it is advised")
  void replyWithinAMonth() {
    ChairCandidacy submitted =
        ChairCandidacy.replay(WEIDE, NATIONAL, toAcceptance().subList(0, 3)).state();
    assertThat(submitted.obligations(SUBMITTED.plusDays(10)))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.kind()).isEqualTo(ObligationKind.DECIDE_CANDIDACY);
              assertThat(o.due()).contains(LocalDate.of(2024, 4, 10));
              assertThat(o.status()).isEqualTo(ObligationStatus.DUE);
            });
    Obligation late = submitted.obligations(LocalDate.of(2024, 4, 20)).get(0);
    assertThat(late.status()).isEqualTo(ObligationStatus.OVERDUE);
    assertThat(late.overdueDays()).isEqualTo(10);
    assertThat(late.toDecision().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(late.toDecision().render(Locale.ENGLISH)).contains("overdue by 10 days");

    ChairCandidacy repliedLate =
        submitted
            .apply(CandidacyExamined.of(EXAMINED, WEIDE, HIGHER))
            .then(s -> s.apply(CandidateAccepted.of(LocalDate.of(2024, 4, 20), WEIDE, HIGHER)))
            .state();
    assertThat(repliedLate.stage()).isEqualTo(CandidacyStage.ACCEPTED);
    assertThat(repliedLate.auditTrail().get(4).decision().verdict()).isEqualTo(Verdict.ADVISORY);
    assertThat(repliedLate.obligations(FOUNDED))
        .extracting(Obligation::kind)
        .containsExactly(ObligationKind.HOLD_FOUNDING_MEETING);
  }

  @Test
  @DisplayName("DUAL-REC-1: replaying the history gives the same candidacy")
  void replay() {
    ChairCandidacy c =
        accepted().apply(FoundingMeetingHeld.of(FOUNDED, WEIDE, 3, true, HIGHER)).state();
    assertThat(ChairCandidacy.replay(WEIDE, NATIONAL, c.history()).state()).isEqualTo(c);
    assertThat(c.initial()).isEqualTo(start());
  }
}
