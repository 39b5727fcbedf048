package org.dangong.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangong.appointment.World.AS_OF;
import static org.dangong.appointment.World.BRANCH;
import static org.dangong.appointment.World.PROBATIONER;
import static org.dangong.appointment.World.SECRETARY;
import static org.dangong.appointment.World.STAFF;
import static org.dangong.appointment.World.TOWN;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;
import org.dangong.decision.Decision;
import org.dangong.decision.Verdict;
import org.dangong.model.EmploymentRole;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.PartyStanding;
import org.dangong.model.PersonId;
import org.dangong.policy.Citation;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.Source;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Who may head a party organisation: BRANCH-REG Art. 23 and membership of the organisation. */
class PartyHeadEligibilityTest {
  private final AppointmentEngine engine = AppointmentEngine.of(Policy.national());
  private final Jurisdiction world = World.world();

  private Jurisdiction withStaffFullSince(LocalDate since) {
    return World.replacing(
        world, World.get(world, STAFF).withPartyStanding(PartyStanding.fullMember(since)));
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 23: a full member with 1 year's standing to the day may head the branch")
  void exactlyOneYearOfStanding() {
    Jurisdiction j = withStaffFullSince(AS_OF.minusYears(1));

    Decision d = engine.partyHeadEligibility(j, BRANCH, STAFF, AS_OF);

    assertThat(d.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(d.ruleId()).isEqualTo(AppointmentRules.PARTY_HEAD_ELIGIBILITY.id());
    assertThat(d.citations()).extracting(Citation::toString).contains("BRANCH-REG Art. 23");
    assertThat(d.reasons().get(0).parameters())
        .extracting(v -> (Object) v.value())
        .contains(Period.ofYears(1));
    assertThat(d.render(Locale.ENGLISH)).contains("party standing of 1 year");
  }

  @Test
  @DisplayName("BRANCH-REG Art. 23: one day short of 1 year's standing is not enough")
  void oneDayShort() {
    Jurisdiction j = withStaffFullSince(AS_OF.minusYears(1).plusDays(1));

    Decision d = engine.partyHeadEligibility(j, BRANCH, STAFF, AS_OF);

    assertThat(d.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(AppointmentBar.in(d)).containsExactly(AppointmentBar.INSUFFICIENT_PARTY_STANDING);
    assertThat(d.reasons().get(0).parameters())
        .extracting(v -> v.parameter().id())
        .containsExactly("SECRETARY_MIN_PARTY_STANDING");
    assertThat(d.render(Locale.SIMPLIFIED_CHINESE)).contains("党龄11个月29天");
  }

  @Test
  @DisplayName(
      "BRANCH-REG Art. 23: a probationary member may not head the branch, having no party standing")
  void probationaryIsNotEnough() {
    Decision d = engine.partyHeadEligibility(world, BRANCH, PROBATIONER, AS_OF);

    assertThat(AppointmentBar.in(d))
        .containsExactly(
            AppointmentBar.NOT_FULL_PARTY_MEMBER, AppointmentBar.INSUFFICIENT_PARTY_STANDING);
    assertThat(d.render(Locale.ENGLISH)).contains("probationary member, not a full party member");
  }

  @Test
  @DisplayName("BRANCH-REG Art. 23: someone outside the party is barred on both counts")
  void nonMember() {
    assertThat(AppointmentBar.in(engine.partyHeadEligibility(world, BRANCH, STAFF, AS_OF)))
        .containsExactly(
            AppointmentBar.NOT_FULL_PARTY_MEMBER, AppointmentBar.INSUFFICIENT_PARTY_STANDING);
  }

  @Test
  @DisplayName(
      "PARTY_HEAD_MUST_WORK_IN_COVERED_ENTERPRISE: a member employed elsewhere may not head the"
          + " branch")
  void notEmployedByACoveredEnterprise() {
    EnterpriseId other = EnterpriseId.of("E-9");
    PersonId outsider = PersonId.of("P-91");
    Jurisdiction j =
        world.toBuilder()
            .addEnterprise(World.enterprise(other, "外企业", TOWN))
            .addPerson(
                World.person(outsider, other, World.UNION, EmploymentRole.STAFF)
                    .partyStanding(PartyStanding.fullMember(LocalDate.of(2010, 7, 1)))
                    .build())
            .build();

    Decision d = engine.partyHeadEligibility(j, BRANCH, outsider, AS_OF);
    assertThat(AppointmentBar.in(d)).containsExactly(AppointmentBar.NOT_IN_ORGANIZATION);
    assertThat(d.reasons().get(0).parameters())
        .extracting(v -> v.parameter().id())
        .containsExactly("PARTY_HEAD_MUST_WORK_IN_COVERED_ENTERPRISE");
  }

  @Test
  @DisplayName(
      "SECRETARY_MIN_PARTY_STANDING is a policy parameter: a local 3-year rule bars the 2020"
          + " member")
  void localStandingRule() {
    Jurisdiction j = withStaffFullSince(LocalDate.of(2023, 1, 1));
    Policy local =
        Policy.national()
            .with(
                Parameters.SECRETARY_MIN_PARTY_STANDING,
                Period.ofYears(3),
                Citation.of(Source.LOCAL, "Art. 5", "本地规定书记应具有3年以上党龄").withNote("test"),
                LocalDate.of(2025, 1, 1));

    assertThat(engine.partyHeadEligibility(j, BRANCH, STAFF, AS_OF).isPositive()).isTrue();
    Decision d = AppointmentEngine.of(local).partyHeadEligibility(j, BRANCH, STAFF, AS_OF);
    assertThat(AppointmentBar.in(d)).containsExactly(AppointmentBar.INSUFFICIENT_PARTY_STANDING);
    assertThat(d.citations()).extracting(Citation::toString).contains("LOCAL Art. 5");
    // Before the local rule takes effect, the national year applies.
    assertThat(
            AppointmentEngine.of(local)
                .partyHeadEligibility(j, BRANCH, STAFF, LocalDate.of(2024, 12, 31))
                .isPositive())
        .isTrue();
  }

  @Test
  @DisplayName("BRANCH-REG Art. 23: the sitting secretary, a member since 2015, is eligible")
  void sittingSecretary() {
    assertThat(engine.partyHeadEligibility(world, BRANCH, SECRETARY, AS_OF).isPositive()).isTrue();
  }
}
