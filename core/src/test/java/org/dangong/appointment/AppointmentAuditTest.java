package org.dangong.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangong.appointment.World.AS_OF;
import static org.dangong.appointment.World.BRANCH;
import static org.dangong.appointment.World.CHAIR;
import static org.dangong.appointment.World.RELATIVE;
import static org.dangong.appointment.World.SECRETARY;
import static org.dangong.appointment.World.UNION;
import static org.dangong.appointment.World.WEIDE;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.dangong.decision.Verdict;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;
import org.dangong.model.Jurisdiction;
import org.dangong.model.PartyStanding;
import org.dangong.policy.Policy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The audit of current appointments: breaches, vacancies and expired terms. */
class AppointmentAuditTest {
  private final AppointmentEngine engine = AppointmentEngine.of(Policy.national());
  private final Jurisdiction world = World.world();

  @Test
  @DisplayName("LEAD-TEAM: a sound team gives no finding")
  void soundTeam() {
    AppointmentAudit audit = engine.audit(world, AS_OF);
    assertThat(audit.findings()).isEmpty();
    assertThat(audit.asOf()).isEqualTo(AS_OF);
  }

  @Test
  @DisplayName(
      "CHAIR-RULES Art. 6: a chair who became head of human resources is reported once, under the"
          + " HR-head rule")
  void chairWhoBecameHrHead() {
    Jurisdiction j =
        World.replacing(
            world,
            World.get(world, CHAIR)
                .withEmployment(
                    Employment.of(WEIDE, LocalDate.of(2010, 1, 1), EmploymentRole.HR_HEAD)));

    AppointmentAudit audit = engine.audit(j, AS_OF);

    assertThat(audit.findings()).hasSize(1);
    AuditFinding f = audit.breaches().get(0);
    assertThat(f.kind()).isEqualTo(AuditFindingKind.BAR_BREACHED);
    assertThat(f.organization()).isEqualTo(UNION);
    assertThat(f.person()).contains(CHAIR);
    assertThat(f.post()).contains(LeadershipPost.UNION_CHAIR);
    assertThat(f.bar()).contains(AppointmentBar.HR_HEAD);
    assertThat(f.isViolation()).isTrue();
    assertThat(f.decision().ruleId()).isEqualTo(AppointmentRules.CHAIR_BARRED_HR_HEAD.id());
    assertThat(f.decision().render(Locale.ENGLISH))
        .contains("P-CHR holds the post of union chair in U-1");
    assertThat(f.decision().render(Locale.SIMPLIFIED_CHINESE)).contains("现任U-1的工会主席");
  }

  @Test
  @DisplayName(
      "UNION-LAW Art. 10: the main head's relative on the committee is reported once, though listed"
          + " as vice chair and as committee member")
  void relativeOnTheCommittee() {
    Jurisdiction j =
        world.toBuilder()
            .removeUnionOrganizationsIf(u -> true)
            .addUnionOrganization(
                World.union().addViceChairs(RELATIVE).addCommitteeMembers(RELATIVE, CHAIR).build())
            .build();

    AppointmentAudit audit = engine.audit(j, AS_OF);

    assertThat(audit.breaches()).hasSize(1);
    AuditFinding f = audit.breaches().get(0);
    assertThat(f.post()).contains(LeadershipPost.UNION_VICE_CHAIR);
    assertThat(f.bar()).contains(AppointmentBar.RELATIVE_OF_MAIN_HEAD);
    assertThat(f.decision().citations())
        .extracting(Object::toString)
        .containsExactly("UNION-LAW Art. 10");
  }

  @Test
  @DisplayName("BRANCH-REG Art. 23: a secretary of less than a year's standing is reported")
  void secretaryWithShortStanding() {
    Jurisdiction j =
        World.replacing(
            world,
            World.get(world, SECRETARY)
                .withPartyStanding(PartyStanding.fullMember(LocalDate.of(2025, 1, 1))));

    AppointmentAudit audit = engine.audit(j, AS_OF);

    assertThat(audit.breaches())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.organization()).isEqualTo(BRANCH);
              assertThat(f.post()).contains(LeadershipPost.PARTY_SECRETARY);
              assertThat(f.bar()).contains(AppointmentBar.INSUFFICIENT_PARTY_STANDING);
            });
  }

  private Jurisdiction chairVacantSince(LocalDate since) {
    return world.toBuilder()
        .removeUnionOrganizationsIf(u -> true)
        .addUnionOrganization(World.union().chair(Optional.empty()).chairVacantSince(since).build())
        .build();
  }

  @Test
  @DisplayName("CHAIR-RULES Art. 18: a chair vacant for exactly three months is still in time")
  void vacancyExactlyThreeMonths() {
    AppointmentAudit audit = engine.audit(chairVacantSince(AS_OF.minusMonths(3)), AS_OF);

    AuditFinding f = audit.vacancies().get(0);
    assertThat(f.post()).contains(LeadershipPost.UNION_CHAIR);
    assertThat(f.decision().verdict()).isEqualTo(Verdict.INFORMATIONAL);
    assertThat(f.decision().ruleId()).isEqualTo(AppointmentRules.CHAIR_VACANCY.id());
    assertThat(f.decision().reasons().get(0).parameters())
        .extracting(v -> v.parameter().id())
        .containsExactly("CHAIR_VACANCY_FILL_WITHIN");
    assertThat(f.decision().render(Locale.ENGLISH))
        .contains("vacant since 2025-03-30 (3 months); it is to be filled by 2025-06-30");
    assertThat(audit.violations()).isEmpty();
  }

  @Test
  @DisplayName(
      "CHAIR-RULES Art. 18: a chair vacant for three months and a day is overdue, a violation")
  void vacancyOverdue() {
    AppointmentAudit audit =
        engine.audit(chairVacantSince(AS_OF.minusMonths(3).minusDays(1)), AS_OF);

    AuditFinding f = audit.vacancies().get(0);
    assertThat(f.decision().verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(audit.violations()).containsExactly(f);
    assertThat(f.decision().render(Locale.SIMPLIFIED_CHINESE)).contains("已逾期");
  }

  @Test
  @DisplayName("LEAD-TEAM: a vacant secretary post is reported with how long it has been open")
  void secretaryVacancy() {
    Jurisdiction j =
        world.toBuilder()
            .removePartyOrganizationsIf(o -> true)
            .addPartyOrganization(
                World.branch()
                    .secretary(Optional.empty())
                    .secretaryVacantSince(LocalDate.of(2024, 12, 30))
                    .build())
            .build();

    AuditFinding f = engine.audit(j, AS_OF).vacancies().get(0);
    assertThat(f.organization()).isEqualTo(BRANCH);
    assertThat(f.decision().verdict()).isEqualTo(Verdict.INFORMATIONAL);
    assertThat(f.decision().render(Locale.ENGLISH)).contains("vacant since 2024-12-30 (6 months)");
  }

  @Test
  @DisplayName(
      "UNION-LAW Art. 16 and PARTY-CONST Art. 31: expired terms are violations, the day the term"
          + " ends included")
  void expiredTerms() {
    Jurisdiction j =
        world.toBuilder()
            .removePartyOrganizationsIf(o -> true)
            .removeUnionOrganizationsIf(u -> true)
            .addPartyOrganization(World.branch().termStart(LocalDate.of(2022, 6, 30)).build())
            .addUnionOrganization(World.union().termStart(LocalDate.of(2019, 6, 1)).build())
            .build();

    AppointmentAudit audit = engine.audit(j, AS_OF);

    assertThat(audit.expiredTerms())
        .extracting(AuditFinding::organization)
        .containsExactly(BRANCH, UNION);
    assertThat(audit.expiredTerms().get(0).decision().ruleId())
        .isEqualTo(AppointmentRules.PARTY_TERM_EXPIRED.id());
    assertThat(audit.expiredTerms().get(1).decision().render(Locale.ENGLISH))
        .contains("ended on 2024-06-01; the election is overdue by 1 year 29 days");
    assertThat(audit.violations()).hasSize(2);
  }

  @Test
  @DisplayName("Audits come out the same for the same input")
  void deterministic() {
    assertThat(engine.audit(world, AS_OF)).isEqualTo(engine.audit(World.world(), AS_OF));
  }
}
