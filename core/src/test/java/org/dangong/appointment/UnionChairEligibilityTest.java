package org.dangong.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dangong.appointment.World.AS_OF;
import static org.dangong.appointment.World.BOSS;
import static org.dangong.appointment.World.CHAIR;
import static org.dangong.appointment.World.DEPUTY;
import static org.dangong.appointment.World.FOREIGNER;
import static org.dangong.appointment.World.HR;
import static org.dangong.appointment.World.PARTNER;
import static org.dangong.appointment.World.RELATIVE;
import static org.dangong.appointment.World.STAFF;
import static org.dangong.appointment.World.TOWN;
import static org.dangong.appointment.World.UNION;
import static org.dangong.appointment.World.WEIDE;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Verdict;
import org.dangong.model.Employment;
import org.dangong.model.EmploymentRole;
import org.dangong.model.EnterpriseId;
import org.dangong.model.Jurisdiction;
import org.dangong.model.MembershipStatus;
import org.dangong.model.Nationality;
import org.dangong.model.OrganizationId;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionMembership;
import org.dangong.model.UnionOrganization;
import org.dangong.policy.Citation;
import org.dangong.policy.Parameters;
import org.dangong.policy.Policy;
import org.dangong.policy.PolicyValue;
import org.dangong.policy.Source;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Who may chair a union: CHAIR-RULES Art. 6, UNION-LAW Art. 10 and union membership. */
class UnionChairEligibilityTest {
  private final AppointmentEngine engine = AppointmentEngine.of(Policy.national());
  private final Jurisdiction world = World.world();

  private Decision chair(Jurisdiction j, PersonId person) {
    return engine.unionChairEligibility(j, UNION, person, AS_OF);
  }

  @Test
  @DisplayName(
      "CHAIR-RULES Art. 6: an ordinary member of staff who is a union member may chair the union")
  void ordinaryStaffMayChair() {
    Decision d = chair(world, STAFF);

    assertThat(d.verdict()).isEqualTo(Verdict.SATISFIED);
    assertThat(d.ruleId()).isEqualTo(AppointmentRules.CHAIR_ELIGIBILITY.id());
    assertThat(AppointmentBar.in(d)).isEmpty();
    assertThat(d.citations())
        .extracting(Citation::toString)
        .contains("CHAIR-RULES Art. 6", "UNION-LAW Art. 10");
    assertThat(d.reasons().get(0).parameters())
        .extracting(v -> v.parameter().id())
        .containsExactly("CHAIR_MUST_BE_UNION_MEMBER");
  }

  @Test
  @DisplayName(
      "CHAIR-RULES Art. 6: the head of human resources may not chair the enterprise's union")
  void hrHeadIsBarred() {
    Decision d = chair(world, HR);

    assertThat(d.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(AppointmentBar.in(d)).containsExactly(AppointmentBar.HR_HEAD);
    assertThat(d.reasons()).hasSize(1);
    assertThat(d.reasons().get(0).citations())
        .extracting(Citation::toString)
        .containsExactly("CHAIR-RULES Art. 6");
    assertThat(d.render(Locale.ENGLISH)).contains("P-HR heads human resources at enterprise E-1");
    assertThat(d.render(Locale.SIMPLIFIED_CHINESE)).contains("人力资源部门负责人");
  }

  @Test
  @DisplayName(
      "CHAIR-RULES Art. 6: the executive head and a deputy executive may not chair the union")
  void executivesAreBarred() {
    assertThat(AppointmentBar.in(chair(world, BOSS))).contains(AppointmentBar.EXECUTIVE);
    Decision deputy = chair(world, DEPUTY);
    assertThat(AppointmentBar.in(deputy)).containsExactly(AppointmentBar.EXECUTIVE);
    assertThat(deputy.render(Locale.ENGLISH)).contains("deputy executive of enterprise E-1");
  }

  @Test
  @DisplayName("CHAIR-RULES Art. 6: a partner may not chair the union")
  void partnerIsBarred() {
    assertThat(AppointmentBar.in(chair(world, PARTNER))).containsExactly(AppointmentBar.PARTNER);
  }

  @Test
  @DisplayName("CHAIR-RULES Art. 6: a foreign national may not chair the union")
  void foreignerIsBarred() {
    Decision d = chair(world, FOREIGNER);
    assertThat(d.isPositive()).isFalse();
    assertThat(AppointmentBar.in(d)).containsExactly(AppointmentBar.FOREIGN_NATIONAL);
  }

  @Test
  @DisplayName(
      "CHAIR-RULES Art. 6 and UNION-LAW Art. 10: the executive's close relative is barred by both,"
          + " though only the executive records the relation")
  void relativeOfTheExecutiveIsBarredTwice() {
    assertThat(World.get(world, RELATIVE).closeRelatives()).isEmpty();

    Decision d = chair(world, RELATIVE);

    assertThat(AppointmentBar.in(d))
        .containsExactly(
            AppointmentBar.RELATIVE_OF_EXECUTIVE_OR_PARTNER, AppointmentBar.RELATIVE_OF_MAIN_HEAD);
    assertThat(d.citations())
        .extracting(Citation::toString)
        .containsExactly("CHAIR-RULES Art. 6", "UNION-LAW Art. 10");
  }

  @Test
  @DisplayName(
      "CHAIR-RULES Art. 6: a relative of a deputy executive is barred, UNION-LAW Art. 10 does not"
          + " apply")
  void relativeOfADeputyIsBarredOnce() {
    Jurisdiction j = World.replacing(world, World.get(world, STAFF).withCloseRelatives(DEPUTY));

    assertThat(AppointmentBar.in(chair(j, STAFF)))
        .containsExactly(AppointmentBar.RELATIVE_OF_EXECUTIVE_OR_PARTNER);
  }

  @Test
  @DisplayName("CHAIR-RULES Art. 6: every bar is listed, not just the first")
  void everyBarIsListed() {
    Person hr = World.get(world, HR);
    Person foreignHrRelative =
        hr.withNationality(Nationality.FOREIGN)
            .withCloseRelatives(BOSS, PARTNER)
            .withUnionMembership(
                UnionMembership.of(UNION, LocalDate.of(2010, 3, 1), MembershipStatus.RETAINED));
    Jurisdiction j = World.replacing(world, foreignHrRelative);

    Decision d = chair(j, HR);

    assertThat(AppointmentBar.in(d))
        .containsExactly(
            AppointmentBar.RELATIVE_OF_EXECUTIVE_OR_PARTNER,
            AppointmentBar.HR_HEAD,
            AppointmentBar.FOREIGN_NATIONAL,
            AppointmentBar.RELATIVE_OF_MAIN_HEAD,
            AppointmentBar.NOT_UNION_MEMBER);
    assertThat(d.reasons()).hasSize(5);
    assertThat(d.render(Locale.ENGLISH)).contains("P-BOSS, P-PAR");
  }

  @Test
  @DisplayName(
      "CHAIR_MUST_BE_UNION_MEMBER: a person who is not an active member may not chair, unless the"
          + " policy says otherwise")
  void membershipIsAPolicyParameter() {
    Jurisdiction j =
        World.replacing(world, World.get(world, STAFF).withUnionMembership(Optional.empty()));

    Decision national = chair(j, STAFF);
    assertThat(AppointmentBar.in(national)).containsExactly(AppointmentBar.NOT_UNION_MEMBER);
    PolicyValue<?> used = national.reasons().get(0).parameters().get(0);
    assertThat(used.parameter()).isEqualTo(Parameters.CHAIR_MUST_BE_UNION_MEMBER);
    assertThat(used.value()).isEqualTo(true);

    Policy local =
        Policy.national()
            .with(
                Parameters.CHAIR_MUST_BE_UNION_MEMBER,
                false,
                Citation.of(Source.LOCAL, "Art. 1", "本地规定").withNote("test"),
                LocalDate.of(2025, 1, 1));
    Decision d = AppointmentEngine.of(local).unionChairEligibility(j, UNION, STAFF, AS_OF);
    assertThat(d.isPositive()).isTrue();
    assertThat(d.reasons().get(0).parameters())
        .extracting(v -> (Object) v.value())
        .containsExactly(false);
  }

  @Test
  @DisplayName(
      "CHAIR-RULES Art. 6: for a joint union the bars apply with respect to the person's own"
          + " employer")
  void jointUnionJudgesByOwnEmployer() {
    EnterpriseId small = EnterpriseId.of("E-2");
    EnterpriseId other = EnterpriseId.of("E-3");
    OrganizationId joint = OrganizationId.of("U-J");
    PersonId hrOfSmall = PersonId.of("P-21");
    PersonId bossOfSmall = PersonId.of("P-22");
    PersonId staffOfOther = PersonId.of("P-31");
    Jurisdiction j =
        world.toBuilder()
            .addEnterprise(World.enterprise(small, "小企业甲", TOWN))
            .addEnterprise(World.enterprise(other, "小企业乙", TOWN))
            .addPerson(World.person(hrOfSmall, small, joint, EmploymentRole.HR_HEAD).build())
            .addPerson(
                World.person(bossOfSmall, small, joint, EmploymentRole.EXECUTIVE)
                    .addCloseRelatives(staffOfOther)
                    .build())
            .addPerson(World.person(staffOfOther, other, joint, EmploymentRole.STAFF).build())
            .addUnionOrganization(
                UnionOrganization.builder()
                    .id(joint)
                    .name("同里镇联合工会")
                    .form(UnionForm.JOINT_COMMITTEE)
                    .addCoveredEnterprises(small, other)
                    .region(TOWN)
                    .founded(LocalDate.of(2015, 1, 1))
                    .termStart(LocalDate.of(2024, 1, 1))
                    .termYears(5)
                    .build())
            .build();

    assertThat(AppointmentBar.in(engine.unionChairEligibility(j, joint, hrOfSmall, AS_OF)))
        .containsExactly(AppointmentBar.HR_HEAD);
    assertThat(AppointmentBar.in(engine.unionChairEligibility(j, joint, bossOfSmall, AS_OF)))
        .containsExactly(AppointmentBar.EXECUTIVE);
    // Related to the executive of E-2, but employed by E-3: judged against E-3, where no head is a
    // relative.
    Decision d = engine.unionChairEligibility(j, joint, staffOfOther, AS_OF);
    assertThat(d.isPositive()).isTrue();
    assertThat(d.render(Locale.ENGLISH)).contains("checked against enterprise E-3");
  }

  @Test
  @DisplayName(
      "CHAIR-RULES Art. 6: the HR head of another enterprise is not barred from chairing 伟德's"
          + " union")
  void barsOfAnotherEnterpriseDoNotApply() {
    EnterpriseId other = EnterpriseId.of("E-9");
    PersonId outsider = PersonId.of("P-91");
    Jurisdiction j =
        world.toBuilder()
            .addEnterprise(World.enterprise(other, "外企业", TOWN))
            .addPerson(World.person(outsider, other, UNION, EmploymentRole.HR_HEAD).build())
            .build();

    assertThat(chair(j, outsider).isPositive()).isTrue();
  }

  @Test
  @DisplayName(
      "CHAIR-RULES: a town union is not an enterprise union, so the decision is informational")
  void townUnionIsOutOfScope() {
    OrganizationId townUnion = OrganizationId.of("U-T");
    Jurisdiction j =
        world.toBuilder()
            .addUnionOrganization(
                UnionOrganization.builder()
                    .id(townUnion)
                    .name("同里镇总工会")
                    .form(UnionForm.TOWN_UNION)
                    .region(TOWN)
                    .founded(LocalDate.of(2000, 1, 1))
                    .termStart(LocalDate.of(2023, 1, 1))
                    .termYears(5)
                    .build())
            .build();

    Decision d = engine.unionChairEligibility(j, townUnion, HR, AS_OF);
    assertThat(d.verdict()).isEqualTo(Verdict.INFORMATIONAL);
    assertThat(AppointmentBar.in(d)).isEmpty();
    assertThat(d.render(Locale.SIMPLIFIED_CHINESE)).contains("基层工会");
  }

  @Test
  @DisplayName(
      "UNION-LAW Art. 10: a close relative of the main head may hold no committee seat; a deputy's"
          + " relative may")
  void committeeSeats() {
    assertThat(AppointmentBar.in(engine.unionCommitteeEligibility(world, UNION, RELATIVE, AS_OF)))
        .containsExactly(AppointmentBar.RELATIVE_OF_MAIN_HEAD);
    Jurisdiction j = World.replacing(world, World.get(world, STAFF).withCloseRelatives(DEPUTY));
    Decision d = engine.unionCommitteeEligibility(j, UNION, STAFF, AS_OF);
    assertThat(d.isPositive()).isTrue();
    assertThat(d.ruleId()).isEqualTo(AppointmentRules.COMMITTEE_ELIGIBILITY.id());
  }

  @Test
  @DisplayName(
      "The union covering an enterprise is found for the person; without one, nobody may chair it")
  void byEnterprise() {
    assertThat(engine.unionChairEligibility(world, WEIDE, CHAIR, AS_OF).isPositive()).isTrue();
    Jurisdiction noUnion = World.withoutUnion();
    Decision d = engine.unionChairEligibility(noUnion, WEIDE, CHAIR, AS_OF);
    assertThat(d.verdict()).isEqualTo(Verdict.NOT_SATISFIED);
    assertThat(d.reasons())
        .extracting(Reason::messageKey)
        .containsExactly("reason.appointment.no-union");
  }

  @Test
  @DisplayName("An id that is not in the jurisdiction is a bad argument")
  void unknownIds() {
    assertThatThrownBy(() -> chair(world, PersonId.of("P-NONE")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("P-NONE");
    assertThatThrownBy(
            () -> engine.unionChairEligibility(world, OrganizationId.of("U-NONE"), STAFF, AS_OF))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> engine.unionChairEligibility(world, EnterpriseId.of("E-NONE"), STAFF, AS_OF))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("A changed employment changes the verdict: a chair who became HR head is barred")
  void chairWhoBecameHrHead() {
    Person chair = World.get(world, CHAIR);
    Person promoted =
        chair.withEmployment(
            Employment.of(WEIDE, LocalDate.of(2010, 1, 1), EmploymentRole.HR_HEAD));
    assertThat(chair(world, CHAIR).isPositive()).isTrue();
    assertThat(AppointmentBar.in(chair(World.replacing(world, promoted), CHAIR)))
        .containsExactly(AppointmentBar.HR_HEAD);
  }
}
