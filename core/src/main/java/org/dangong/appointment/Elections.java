package org.dangong.appointment;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dangong.decision.Argument;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Subject;
import org.dangong.decision.Verdict;
import org.dangong.internal.Dates;
import org.dangong.model.PersonId;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.PolicyValue;
import org.dangong.policy.Ratio;

/**
 * The assessment of union chair elections; see {@link AppointmentEngine#assess}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Elections {
  private final Policy policy;

  Elections(Policy policy) {
    this.policy = policy;
  }

  ChairElectionResult assess(ChairElection election) {
    LocalDate date = election.date();
    PolicyValue<Boolean> exceed = policy.entry(Parameters.CHAIR_CANDIDATES_EXCEED_SEATS, date);
    PolicyValue<Period> publicity = policy.entry(Parameters.CHAIR_PUBLICITY_PERIOD, date);
    PolicyValue<Ratio> quorum = policy.entry(Parameters.CHAIR_ELECTION_QUORUM, date);
    PolicyValue<Ratio> majority = policy.entry(Parameters.CHAIR_ELECTION_MAJORITY, date);
    List<Reason> reasons = new ArrayList<>();
    boolean valid = true;

    int candidates = election.candidates().size();
    Argument candidateCount = Argument.number("candidates", candidates);
    Argument seats = Argument.number("seats", election.seats());
    if (exceed.value()) {
      boolean ok = candidates > election.seats();
      valid &= ok;
      reasons.add(
          Reason.of(
                  ok
                      ? "reason.appointment.election.candidates-exceed-seats"
                      : "reason.appointment.election.candidates-do-not-exceed-seats",
                  candidateCount,
                  seats)
              .using(exceed));
    } else {
      reasons.add(
          Reason.of("reason.appointment.election.candidates-not-required", candidateCount, seats)
              .using(exceed));
    }

    boolean longEnough =
        !Dates.plus(election.publicityStart(), publicity.value())
            .isAfter(Dates.plusDays(election.publicityEnd(), 1));
    valid &= longEnough;
    reasons.add(
        Reason.of(
                longEnough
                    ? "reason.appointment.election.publicity-long-enough"
                    : "reason.appointment.election.publicity-too-short",
                Argument.date("start", election.publicityStart()),
                Argument.date("end", election.publicityEnd()),
                Argument.number("days", election.publicityDays()),
                Argument.period("required", publicity.value()))
            .using(publicity));
    if (!election.publicityEnd().isBefore(date)) {
      valid = false;
      reasons.add(
          Reason.of(
                  "reason.appointment.election.publicity-not-over",
                  Argument.date("end", election.publicityEnd()),
                  Argument.date("date", date))
              .using(publicity));
    }

    ElectionApproval party = election.partyOrganizationApproval();
    valid &= party.allowsElection();
    reasons.add(
        party == ElectionApproval.NOT_APPLICABLE
            ? Reason.of("reason.appointment.election.no-party-organization")
                .citing(AppointmentRules.CHAIR_RULES_ART_20)
            : Reason.of(
                    party == ElectionApproval.GRANTED
                        ? "reason.appointment.election.party-approved"
                        : "reason.appointment.election.party-not-approved",
                    Argument.label("approval", party))
                .citing(AppointmentRules.CHAIR_RULES_ART_7_11));
    ElectionApproval higher = election.higherUnionApproval();
    valid &= higher.allowsElection();
    reasons.add(
        Reason.of(
                higher == ElectionApproval.GRANTED
                    ? "reason.appointment.election.higher-union-approved"
                    : "reason.appointment.election.higher-union-not-approved",
                Argument.label("approval", higher))
            .citing(AppointmentRules.CHAIR_RULES_ART_7_11));

    boolean quorate = quorum.value().isMetBy(election.present(), election.votersDue());
    valid &= quorate;
    reasons.add(
        Reason.of(
                quorate
                    ? "reason.appointment.election.quorum-met"
                    : "reason.appointment.election.quorum-not-met",
                Argument.number("present", election.present()),
                Argument.number("due", election.votersDue()),
                Argument.ratio("required", quorum.value()))
            .using(quorum));

    ImmutableList<PersonId> elected = ImmutableList.of();
    if (!valid) {
      reasons.add(Reason.of("reason.appointment.election.invalid"));
    } else {
      elected = winners(election, majority, reasons);
      if (elected.isEmpty()) {
        reasons.add(
            Reason.of("reason.appointment.election.no-winner", seats)
                .citing(AppointmentRules.CHAIR_RULES_ART_14_16));
      } else if (elected.size() < election.seats()) {
        reasons.add(
            Reason.of(
                "reason.appointment.election.seats-unfilled",
                Argument.number("unfilled", election.seats() - elected.size())));
      }
    }
    Decision decision =
        Decision.of(
            AppointmentRules.CHAIR_ELECTION.id(),
            Subject.unionOrganization(election.union()),
            valid && !elected.isEmpty() ? Verdict.SATISFIED : Verdict.NOT_SATISFIED,
            date,
            reasons);
    return ChairElectionResult.create(election, valid, elected, decision);
  }

  /**
   * The candidates elected, with one reason per candidate in the order the candidates were given.
   */
  private static ImmutableList<PersonId> winners(
      ChairElection election, PolicyValue<Ratio> majority, List<Reason> reasons) {
    List<PersonId> meeting = new ArrayList<>();
    for (PersonId c : election.candidates()) {
      if (majority.value().isMetBy(election.yesVotesFor(c), election.votersDue())) {
        meeting.add(c);
      }
    }
    meeting.sort(
        Comparator.comparingInt((PersonId c) -> -election.yesVotesFor(c)).thenComparing(c -> c));
    Set<PersonId> elected = new HashSet<>();
    Set<PersonId> tied = new HashSet<>();
    if (meeting.size() <= election.seats()) {
      elected.addAll(meeting);
    } else {
      int last = election.yesVotesFor(meeting.get(election.seats() - 1));
      int next = election.yesVotesFor(meeting.get(election.seats()));
      for (PersonId c : meeting) {
        int votes = election.yesVotesFor(c);
        if (votes > last || (votes == last && last != next)) {
          elected.add(c);
        } else if (votes == last) {
          tied.add(c);
        }
      }
    }
    for (PersonId c : election.candidates()) {
      String key;
      if (elected.contains(c)) {
        key = "reason.appointment.election.elected";
      } else if (tied.contains(c)) {
        key = "reason.appointment.election.tied-for-last-seat";
      } else if (meeting.contains(c)) {
        key = "reason.appointment.election.outvoted";
      } else {
        key = "reason.appointment.election.no-majority";
      }
      reasons.add(
          Reason.of(
                  key,
                  Argument.id("person", c),
                  Argument.number("yes", election.yesVotesFor(c)),
                  Argument.number("due", election.votersDue()),
                  Argument.ratio("required", majority.value()))
              .using(majority));
    }
    return meeting.stream().filter(elected::contains).collect(ImmutableList.toImmutableList());
  }
}
