package org.dangong.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dangong.decision.Reason;
import org.dangong.decision.Verdict;
import org.dangong.model.InvalidValueException;
import org.dangong.model.OrganizationId;
import org.dangong.model.PersonId;
import org.dangong.model.Problem;
import org.dangong.policy.Citation;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.Ratio;
import org.dangong.policy.Source;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Union chair elections: CHAIR-RULES Art. 7–16. */
class ChairElectionTest {
  private static final OrganizationId UNION = OrganizationId.of("U-1");
  private static final PersonId LI = PersonId.of("P-1");
  private static final PersonId WANG = PersonId.of("P-2");
  private static final PersonId ZHAO = PersonId.of("P-3");

  private final AppointmentEngine engine = AppointmentEngine.of(Policy.national());

  /**
   * 30 due, 20 present (two thirds exactly), 李 16 yes and 王 4; publicity 1–7 March, vote on 20
   * March.
   */
  private static ChairElection.Builder election() {
    return unvoted().putYesVote(LI, 16).putYesVote(WANG, 4);
  }

  /** The same election before any yes vote is recorded. */
  private static ChairElection.Builder unvoted() {
    ChairElection.Builder b = ChairElection.builder();
    b.union(UNION)
        .date(LocalDate.of(2025, 3, 20))
        .addCandidates(LI, WANG)
        .votersDue(30)
        .present(20)
        .publicityStart(LocalDate.of(2025, 3, 1))
        .publicityEnd(LocalDate.of(2025, 3, 7))
        .partyOrganizationApproval(ElectionApproval.GRANTED)
        .higherUnionApproval(ElectionApproval.GRANTED);
    return b;
  }

  @Test
  @DisplayName(
      "CHAIR-RULES Art. 14–16: two thirds present exactly is a quorum; 16 yes of 30 due elects")
  void validElection() {
    ChairElectionResult r = engine.assess(election().build());

    assertThat(r.isValid()).isTrue();
    assertThat(r.procedureValid()).isTrue();
    assertThat(r.elected()).containsExactly(LI);
    assertThat(r.unfilledSeats()).isZero();
    assertThat(r.decision().ruleId()).isEqualTo(AppointmentRules.CHAIR_ELECTION.id());
    assertThat(r.decision().asOf()).isEqualTo(LocalDate.of(2025, 3, 20));
    assertThat(r.decision().reasons().stream().flatMap(x -> x.parameters().stream()))
        .extracting(v -> v.parameter().id())
        .contains(
            "CHAIR_CANDIDATES_EXCEED_SEATS",
            "CHAIR_PUBLICITY_PERIOD",
            "CHAIR_ELECTION_QUORUM",
            "CHAIR_ELECTION_MAJORITY");
    assertThat(r.decision().citations())
        .extracting(Citation::toString)
        .contains("CHAIR-RULES Art. 7–11", "CHAIR-RULES Art. 14–16");
    assertThat(r.decision().render(Locale.ENGLISH))
        .contains("20 of 30 voters due to attend were present: at least 2/3 is met")
        .contains(
            "P-1 is elected with 16 yes votes of 30 voters due to attend: more than 1/2 is met")
        .contains("P-2 is not elected");
    assertThat(r.decision().render(Locale.SIMPLIFIED_CHINESE)).contains("P-1当选").contains("超过1/2");
  }

  @Test
  @DisplayName(
      "CHAIR-RULES Art. 14–16: one short of two thirds present is no quorum; nobody is elected")
  void noQuorum() {
    ChairElectionResult r =
        engine.assess(unvoted().present(19).putYesVote(LI, 16).putYesVote(WANG, 3).build());

    assertThat(r.procedureValid()).isFalse();
    assertThat(r.elected()).isEmpty();
    assertThat(r.decision().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(r.decision().reasons())
        .extracting(Reason::messageKey)
        .contains(
            "reason.appointment.election.quorum-not-met", "reason.appointment.election.invalid");
  }

  @Test
  @DisplayName("CHAIR-RULES Art. 16: yes votes of exactly half of those due do not elect")
  void exactlyHalfIsNotElected() {
    ChairElectionResult r =
        engine.assess(unvoted().present(30).putYesVote(LI, 15).putYesVote(WANG, 15).build());

    assertThat(r.procedureValid()).isTrue();
    assertThat(r.elected()).isEmpty();
    assertThat(r.isValid()).isFalse();
    assertThat(r.unfilledSeats()).isEqualTo(1);
    assertThat(r.decision().reasons())
        .extracting(Reason::messageKey)
        .contains(
            "reason.appointment.election.no-majority", "reason.appointment.election.no-winner");
  }

  @Test
  @DisplayName("CHAIR-RULES Art. 16: the majority is of those due to attend, not of those present")
  void majorityOfThoseDue() {
    // 14 of 20 present is a majority of those present, but not more than half of the 30 due.
    ChairElectionResult r = engine.assess(unvoted().putYesVote(LI, 14).putYesVote(WANG, 6).build());
    assertThat(r.elected()).isEmpty();
  }

  @Test
  @DisplayName("CHAIR-RULES Art. 7–11: candidates must outnumber the seats")
  void candidatesMustOutnumberSeats() {
    ChairElection single =
        ChairElection.builder()
            .from(election().build())
            .candidates(List.of(LI))
            .yesVotes(Map.of(LI, 16))
            .build();
    ChairElectionResult r = engine.assess(single);
    assertThat(r.procedureValid()).isFalse();
    assertThat(r.decision().render(Locale.ENGLISH))
        .contains("1 candidates for 1 seats: the candidates must outnumber the seats");

    Policy noDifference =
        Policy.national()
            .with(
                Parameters.CHAIR_CANDIDATES_EXCEED_SEATS,
                false,
                Citation.of(Source.LOCAL, "Art. 2", "等额选举").withNote("test"),
                LocalDate.of(2025, 1, 1));
    assertThat(AppointmentEngine.of(noDifference).assess(single).isValid()).isTrue();
  }

  @Test
  @DisplayName(
      "CHAIR-RULES Art. 7–11: seven days of publicity, both ends counted, is enough; six is not")
  void publicity() {
    assertThat(election().build().publicityDays()).isEqualTo(7);
    assertThat(engine.assess(election().build()).procedureValid()).isTrue();

    ChairElectionResult shortened =
        engine.assess(election().publicityEnd(LocalDate.of(2025, 3, 6)).build());
    assertThat(shortened.procedureValid()).isFalse();
    assertThat(shortened.decision().reasons())
        .extracting(Reason::messageKey)
        .contains("reason.appointment.election.publicity-too-short");
    assertThat(shortened.decision().render(Locale.ENGLISH))
        .contains("only 6 days: at least 7 days are required");
  }

  @Test
  @DisplayName("CHAIR-RULES Art. 7–11: the publicity must be over before the vote")
  void publicityNotOver() {
    ChairElectionResult r = engine.assess(election().date(LocalDate.of(2025, 3, 7)).build());
    assertThat(r.procedureValid()).isFalse();
    assertThat(r.decision().reasons())
        .extracting(Reason::messageKey)
        .contains("reason.appointment.election.publicity-not-over");
  }

  @Test
  @DisplayName(
      "CHAIR-RULES Art. 7–11 and 20: both approvals are needed, unless there is no party"
          + " organisation")
  void approvals() {
    assertThat(
            engine
                .assess(election().partyOrganizationApproval(ElectionApproval.PENDING).build())
                .procedureValid())
        .isFalse();
    assertThat(
            engine
                .assess(election().higherUnionApproval(ElectionApproval.REFUSED).build())
                .procedureValid())
        .isFalse();
    ChairElectionResult noParty =
        engine.assess(
            election().partyOrganizationApproval(ElectionApproval.NOT_APPLICABLE).build());
    assertThat(noParty.isValid()).isTrue();
    assertThat(noParty.decision().citations())
        .extracting(Citation::toString)
        .contains("CHAIR-RULES Art. 20");
  }

  @Test
  @DisplayName(
      "CHAIR-RULES Art. 16: with two seats, the most yes votes win; a tie for the last seat fills"
          + " none")
  void twoSeats() {
    ChairElectionResult r =
        engine.assess(
            unvoted()
                .seats(2)
                .addCandidates(ZHAO)
                .present(30)
                .putYesVote(LI, 22)
                .putYesVote(WANG, 20)
                .putYesVote(ZHAO, 17)
                .build());
    assertThat(r.elected()).containsExactly(LI, WANG);
    assertThat(r.decision().reasons())
        .extracting(Reason::messageKey)
        .contains("reason.appointment.election.outvoted");

    ChairElectionResult tie =
        engine.assess(
            unvoted()
                .seats(2)
                .addCandidates(ZHAO)
                .present(30)
                .putYesVote(LI, 19)
                .putYesVote(WANG, 18)
                .putYesVote(ZHAO, 18)
                .build());
    assertThat(tie.elected()).containsExactly(LI);
    assertThat(tie.unfilledSeats()).isEqualTo(1);
    assertThat(tie.isValid()).isTrue();
    assertThat(tie.decision().reasons())
        .extracting(Reason::messageKey)
        .contains(
            "reason.appointment.election.tied-for-last-seat",
            "reason.appointment.election.seats-unfilled");
  }

  @Test
  @DisplayName(
      "CHAIR_ELECTION_QUORUM is a policy parameter: a local three-quarters quorum rejects 20 of 30")
  void localQuorum() {
    Policy local =
        Policy.national()
            .with(
                Parameters.CHAIR_ELECTION_QUORUM,
                Ratio.atLeast(3, 4),
                Citation.of(Source.LOCAL, "Art. 3", "到会人数不少于四分之三").withNote("test"),
                LocalDate.of(2025, 1, 1));
    ChairElectionResult r = AppointmentEngine.of(local).assess(election().build());
    assertThat(r.procedureValid()).isFalse();
    assertThat(r.decision().reasons().stream().flatMap(x -> x.parameters().stream()))
        .extracting(v -> (Object) v.value())
        .contains(Ratio.atLeast(3, 4));
  }

  @Test
  @DisplayName("An impossible election is invalid input, every problem named")
  void impossibleInput() {
    assertThatThrownBy(
            () ->
                unvoted()
                    .seats(0)
                    .present(31)
                    .putYesVote(LI, 32)
                    .putYesVote(ZHAO, 1)
                    .publicityEnd(LocalDate.of(2025, 2, 1))
                    .higherUnionApproval(ElectionApproval.NOT_APPLICABLE)
                    .build())
        .isInstanceOf(InvalidValueException.class)
        .satisfies(
            e ->
                assertThat(((InvalidValueException) e).problems())
                    .extracting(Problem::rule)
                    .contains(
                        "AT_LEAST_ONE",
                        "AT_MOST_VOTERS_DUE",
                        "ONLY_FOR_CANDIDATES",
                        "AT_MOST_PRESENT",
                        "AT_MOST_PRESENT_TIMES_SEATS",
                        "NOT_BEFORE_PUBLICITY_START",
                        "HIGHER_UNION_ALWAYS_APPLIES"));
  }

  @Test
  @DisplayName("More yes votes than voters present is invalid input")
  void yesVotesAbovePresent() {
    assertThatThrownBy(() -> unvoted().putYesVote(LI, 21).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("AT_MOST_PRESENT");
    assertThatThrownBy(() -> unvoted().votersDue(0).present(0).build())
        .isInstanceOf(InvalidValueException.class);
  }
}
