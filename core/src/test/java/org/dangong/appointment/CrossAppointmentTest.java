package org.dangong.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangong.appointment.World.AS_OF;
import static org.dangong.appointment.World.BOSS;
import static org.dangong.appointment.World.BRANCH;
import static org.dangong.appointment.World.CHAIR;
import static org.dangong.appointment.World.PROBATIONER;
import static org.dangong.appointment.World.SECRETARY;
import static org.dangong.appointment.World.STAFF;
import static org.dangong.appointment.World.UNION;
import static org.dangong.appointment.World.WEIDE;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.dangong.decision.Reason;
import org.dangong.decision.Verdict;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;
import org.dangong.model.Jurisdiction;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.Training;
import org.dangong.model.TrainingKind;
import org.dangong.policy.Citation;
import org.dangong.policy.Policy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** 一肩挑 in both directions (NONPUBLIC-OPINION) and the ranking of an enterprise's candidates. */
class CrossAppointmentTest {
  private final AppointmentEngine engine = AppointmentEngine.of(Policy.national());
  private final Jurisdiction world = World.world();

  private Jurisdiction withSecretaryRoles(EmploymentRole role, EmploymentRole... more) {
    Person s = World.get(world, SECRETARY);
    return World.replacing(
        world, s.withEmployment(Employment.of(WEIDE, LocalDate.of(2010, 1, 1), role, more)));
  }

  @Test
  @DisplayName(
      "NONPUBLIC-OPINION: a secretary who is not an investor may also chair the union, and it is"
          + " encouraged")
  void nonInvestorSecretaryIsRecommended() {
    CrossAppointment c = engine.secretaryAsUnionChair(world, WEIDE, AS_OF);

    assertThat(c.direction()).isEqualTo(CrossAppointmentDirection.SECRETARY_AS_UNION_CHAIR);
    assertThat(c.candidate()).contains(SECRETARY);
    assertThat(c.partyOrganization()).contains(BRANCH);
    assertThat(c.union()).contains(UNION);
    assertThat(c.isPermitted()).isTrue();
    assertThat(c.isRecommended()).isTrue();
    assertThat(c.permission().ruleId()).isEqualTo(AppointmentRules.SECRETARY_AS_UNION_CHAIR.id());
    assertThat(c.recommendation().citations())
        .extracting(Citation::toString)
        .containsExactly("NONPUBLIC-OPINION on cross-appointment");
    assertThat(c.recommendation().render(Locale.SIMPLIFIED_CHINESE)).contains("不是企业出资人");
  }

  @Test
  @DisplayName(
      "NONPUBLIC-OPINION: an investor secretary may chair the union, but that is not the encouraged"
          + " case")
  void investorSecretaryIsPermittedNotRecommended() {
    CrossAppointment c =
        engine.secretaryAsUnionChair(withSecretaryRoles(EmploymentRole.INVESTOR), WEIDE, AS_OF);

    assertThat(c.isPermitted()).isTrue();
    assertThat(c.isRecommended()).isFalse();
    assertThat(c.recommendation().verdict()).isEqualTo(Verdict.ADVISORY);
  }

  @Test
  @DisplayName(
      "CHAIR-RULES Art. 6: a secretary who heads human resources may not also chair the union")
  void barredSecretary() {
    CrossAppointment c =
        engine.secretaryAsUnionChair(withSecretaryRoles(EmploymentRole.HR_HEAD), WEIDE, AS_OF);

    assertThat(c.isPermitted()).isFalse();
    assertThat(AppointmentBar.in(c.permission())).containsExactly(AppointmentBar.HR_HEAD);
    assertThat(c.recommendation().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
  }

  @Test
  @DisplayName(
      "NONPUBLIC-OPINION: without a union, or with the secretary post vacant, nobody can hold both")
  void missingOrganizationOrVacantPost() {
    Jurisdiction noUnion = World.withoutUnion();
    CrossAppointment c = engine.secretaryAsUnionChair(noUnion, WEIDE, AS_OF);
    assertThat(c.isPermitted()).isFalse();
    assertThat(c.union()).isEmpty();
    assertThat(c.permission().reasons())
        .extracting(Reason::messageKey)
        .containsExactly("reason.appointment.no-union");

    Jurisdiction vacant =
        world.toBuilder()
            .removePartyOrganizationsIf(o -> true)
            .addPartyOrganization(World.branch().secretary(Optional.empty()).build())
            .build();
    CrossAppointment v = engine.secretaryAsUnionChair(vacant, WEIDE, AS_OF);
    assertThat(v.candidate()).isEmpty();
    assertThat(v.permission().reasons())
        .extracting(Reason::messageKey)
        .containsExactly("reason.appointment.secretary-vacant");
  }

  @Test
  @DisplayName(
      "NONPUBLIC-OPINION: a party-member union chair with a year's standing may also head the"
          + " branch")
  void chairMayHeadTheBranch() {
    CrossAppointment c = engine.unionChairAsSecretary(world, WEIDE, AS_OF);

    assertThat(c.direction()).isEqualTo(CrossAppointmentDirection.UNION_CHAIR_AS_SECRETARY);
    assertThat(c.candidate()).contains(CHAIR);
    assertThat(c.isPermitted()).isTrue();
    assertThat(c.recommendation().verdict()).isEqualTo(Verdict.INFORMATIONAL);
    assertThat(c.isRecommended()).isFalse();
  }

  @Test
  @DisplayName(
      "NONPUBLIC-OPINION: a union chair who is only a probationary member may not head the branch")
  void probationaryChairMayNotHeadTheBranch() {
    Jurisdiction j =
        World.replacing(
            world,
            World.get(world, CHAIR)
                .withPartyStanding(PartyStanding.probationaryMember(LocalDate.of(2025, 1, 1))));

    CrossAppointment c = engine.unionChairAsSecretary(j, WEIDE, AS_OF);

    assertThat(c.isPermitted()).isFalse();
    assertThat(AppointmentBar.in(c.permission()))
        .containsExactly(
            AppointmentBar.NOT_FULL_PARTY_MEMBER, AppointmentBar.INSUFFICIENT_PARTY_STANDING);
  }

  @Test
  @DisplayName("CROSS-APPOINT: a secretary who already chairs the union is told so")
  void alreadyBoth() {
    Jurisdiction j =
        world.toBuilder()
            .removeUnionOrganizationsIf(u -> true)
            .addUnionOrganization(World.union().chair(SECRETARY).build())
            .build();

    CrossAppointment c = engine.secretaryAsUnionChair(j, WEIDE, AS_OF);
    assertThat(c.isPermitted()).isTrue();
    assertThat(c.permission().reasons())
        .extracting(Reason::messageKey)
        .contains("reason.appointment.already-both");
  }

  @Test
  @DisplayName(
      "CROSS-APPOINT ranking: non-investors first, then the sitting secretary before the chair,"
          + " then training, standing and id; each rejected person with every reason")
  void ranking() {
    PersonId older = PersonId.of("P-OLD");
    PersonId younger = PersonId.of("P-YNG");
    PersonId investor = PersonId.of("P-INV");
    Jurisdiction j =
        world.toBuilder()
            .addPerson(
                World.staff(older)
                    .partyStanding(PartyStanding.fullMember(LocalDate.of(2001, 7, 1)))
                    .build())
            .addPerson(
                World.staff(younger)
                    .partyStanding(PartyStanding.fullMember(LocalDate.of(2018, 7, 1)))
                    .addTrainings(
                        Training.of(TrainingKind.UNION_CHAIR, LocalDate.of(2023, 5, 1), 16))
                    .build())
            .addPerson(
                World.person(investor, WEIDE, UNION, EmploymentRole.INVESTOR)
                    .partyStanding(PartyStanding.fullMember(LocalDate.of(1999, 7, 1)))
                    .build())
            .build();

    CandidateRanking r = engine.rankCandidates(j, WEIDE, AS_OF);

    assertThat(r.ranked())
        .extracting(Candidate::person)
        .containsExactly(SECRETARY, CHAIR, younger, older, investor);
    assertThat(r.best().map(Candidate::person)).contains(SECRETARY);
    assertThat(r.ranked().get(4).decision().verdict()).isEqualTo(Verdict.ADVISORY);
    assertThat(r.ranked().get(0).currentPost()).contains(LeadershipPost.PARTY_SECRETARY);
    assertThat(r.ranked().get(1).currentPost()).contains(LeadershipPost.UNION_CHAIR);
    assertThat(r.decision().verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(r.decision().render(Locale.ENGLISH))
        .contains("Rank 1: P-SEC, not an investor; holds the post of party secretary")
        .contains(
            "Rank 3: P-YNG, not an investor; holds no post; trained as union chair within the"
                + " window");

    // Everyone else at 伟德 is rejected, in id order, each with every bar.
    assertThat(r.rejected())
        .extracting(Candidate::person)
        .isSortedAccordingTo(java.util.Comparator.naturalOrder())
        .contains(BOSS, PROBATIONER, STAFF)
        .doesNotContain(SECRETARY, CHAIR);
    Candidate boss =
        r.rejected().stream().filter(c -> c.person().equals(BOSS)).findFirst().orElseThrow();
    assertThat(AppointmentBar.in(boss.decision())).containsExactly(AppointmentBar.EXECUTIVE);
    Candidate probationer =
        r.rejected().stream().filter(c -> c.person().equals(PROBATIONER)).findFirst().orElseThrow();
    assertThat(AppointmentBar.in(probationer.decision()))
        .containsExactly(
            AppointmentBar.NOT_FULL_PARTY_MEMBER, AppointmentBar.INSUFFICIENT_PARTY_STANDING);
    assertThat(r.rejected()).allSatisfy(c -> assertThat(c.isEligible()).isFalse());

    // Deterministic: the same input gives the same ranking.
    assertThat(engine.rankCandidates(j, WEIDE, AS_OF)).isEqualTo(r);
  }

  @Test
  @DisplayName(
      "CROSS-APPOINT ranking: an enterprise without a party organisation has no candidates")
  void rankingWithoutPartyOrganization() {
    Jurisdiction j = world.toBuilder().removePartyOrganizationsIf(o -> true).build();
    CandidateRanking r = engine.rankCandidates(j, WEIDE, AS_OF);
    assertThat(r.ranked()).isEmpty();
    assertThat(r.rejected()).isEmpty();
    assertThat(r.decision().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(r.decision().reasons())
        .extracting(Reason::messageKey)
        .containsExactly("reason.appointment.no-party-organization");
  }
}
