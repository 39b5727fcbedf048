package org.dangong.appointment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.dangong.appointment.World.AS_OF;
import static org.dangong.appointment.World.CITY;
import static org.dangong.appointment.World.COUNTY;
import static org.dangong.appointment.World.SECRETARY;
import static org.dangong.appointment.World.TOWN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.dangong.decision.Decision;
import org.dangong.decision.Verdict;
import org.dangong.model.EmploymentRole;
import org.dangong.model.EnterpriseId;
import org.dangong.model.InvalidValueException;
import org.dangong.model.Jurisdiction;
import org.dangong.model.OrganizationId;
import org.dangong.model.PartyStanding;
import org.dangong.model.Person;
import org.dangong.model.PersonId;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.model.RegionLevel;
import org.dangong.model.Training;
import org.dangong.model.TrainingKind;
import org.dangong.model.UnionForm;
import org.dangong.model.UnionOrganization;
import org.dangong.policy.Policy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Staffing indicators by region with roll-up: CROSS-APPOINT, LEAD-TOWN, LEAD-TRAIN. */
class StaffingIndicatorsTest {
  private static final RegionId OTHER_TOWN = RegionId.of("R-zz");
  private static final RegionId SUBDISTRICT = RegionId.of("R-jd");
  private final AppointmentEngine engine = AppointmentEngine.of(Policy.national());

  private static UnionOrganization townUnion(String id, RegionId region, boolean deputyRank) {
    return UnionOrganization.builder()
        .id(OrganizationId.of(id))
        .name("镇总工会" + id)
        .form(UnionForm.TOWN_UNION)
        .region(region)
        .chair(PersonId.of("P-" + id))
        .chairHoldsDeputyRank(deputyRank)
        .founded(LocalDate.of(2000, 1, 1))
        .termStart(LocalDate.of(2023, 1, 1))
        .termYears(5)
        .build();
  }

  /**
   * 伟德 (E-1, 同里镇) with a cross-appointed secretary and chair, E-2 (震泽镇) with both organisations but
   * different people, two towns of which 同里's chair holds deputy rank, and a subdistrict.
   */
  private static Jurisdiction twoTowns() {
    EnterpriseId second = EnterpriseId.of("E-2");
    OrganizationId secondBranch = OrganizationId.of("PO-2");
    OrganizationId secondUnion = OrganizationId.of("U-2");
    PersonId secretary2 = PersonId.of("P-S2");
    PersonId chair2 = PersonId.of("P-C2");
    Jurisdiction.Builder b =
        World.builder()
            .removeUnionOrganizationsIf(u -> true)
            .addUnionOrganization(World.union().chair(SECRETARY).build())
            .addRegion(
                Region.builder()
                    .id(OTHER_TOWN)
                    .name("震泽镇")
                    .level(RegionLevel.TOWN)
                    .parent(COUNTY)
                    .build())
            .addRegion(
                Region.builder()
                    .id(SUBDISTRICT)
                    .name("松陵街道")
                    .level(RegionLevel.SUBDISTRICT)
                    .parent(COUNTY)
                    .build())
            .addEnterprise(World.enterprise(second, "震泽丝绸有限公司", OTHER_TOWN))
            .addPerson(
                World.person(secretary2, second, secondUnion, EmploymentRole.STAFF)
                    .partyStanding(PartyStanding.fullMember(LocalDate.of(2010, 7, 1)))
                    .build())
            .addPerson(
                World.person(chair2, second, secondUnion, EmploymentRole.STAFF)
                    .addTrainings(Training.of(TrainingKind.UNION_CHAIR, AS_OF.minusYears(3), 24))
                    .build())
            .addPartyOrganization(
                World.branch()
                    .id(secondBranch)
                    .name("震泽丝绸党支部")
                    .coveredEnterprises(List.of(second))
                    .region(OTHER_TOWN)
                    .secretary(secretary2)
                    .build())
            .addUnionOrganization(
                World.union()
                    .id(secondUnion)
                    .name("震泽丝绸工会")
                    .coveredEnterprises(List.of(second))
                    .region(OTHER_TOWN)
                    .chair(chair2)
                    .build())
            .addUnionOrganization(townUnion("UT-1", TOWN, true))
            .addUnionOrganization(townUnion("UT-2", OTHER_TOWN, false))
            .addUnionOrganization(townUnion("UT-3", SUBDISTRICT, false));
    for (String id : new String[] {"UT-1", "UT-2", "UT-3"}) {
      b.addPerson(
          Person.builder()
              .id(PersonId.of("P-" + id))
              .name("镇工会主席" + id)
              .birthDate(LocalDate.of(1970, 1, 1))
              .build());
    }
    return b.build();
  }

  @Test
  @DisplayName(
      "CROSS-APPOINT, LEAD-TOWN, LEAD-TRAIN: each town's own figures, rolled up to the county and"
          + " city")
  void rollUp() {
    StaffingIndicators s = engine.indicators(twoTowns(), AS_OF);

    StaffingFigures tongli = s.region(TOWN).orElseThrow().own();
    assertThat(tongli).isEqualTo(StaffingFigures.of(1, 1, 1, 1, 1, 0));
    StaffingFigures zhenze = s.region(OTHER_TOWN).orElseThrow().own();
    // The chair trained exactly three years ago still counts (the window's first day is included).
    assertThat(zhenze).isEqualTo(StaffingFigures.of(1, 0, 1, 0, 1, 1));
    assertThat(s.region(SUBDISTRICT).orElseThrow().rolledUp()).isEqualTo(StaffingFigures.zero());

    StaffingFigures county = s.region(COUNTY).orElseThrow().rolledUp();
    assertThat(county).isEqualTo(StaffingFigures.of(2, 1, 2, 1, 2, 1));
    assertThat(s.region(COUNTY).orElseThrow().own()).isEqualTo(StaffingFigures.zero());
    assertThat(s.region(CITY).orElseThrow().rolledUp()).isEqualTo(county);
    assertThat(s.total()).isEqualTo(county);
    assertThat(county.crossAppointmentPercent()).contains(new BigDecimal("50.0"));
    assertThat(s.regions())
        .extracting(RegionStaffing::region)
        .isSortedAccordingTo(Comparator.naturalOrder());
  }

  @Test
  @DisplayName("LEAD-TRAIN: a chair trained three years and a day ago no longer counts")
  void trainingWindowEdge() {
    StaffingIndicators s = engine.indicators(twoTowns(), AS_OF.plusDays(1));
    assertThat(s.region(OTHER_TOWN).orElseThrow().own().trainedChairs()).isZero();
  }

  @Test
  @DisplayName(
      "The indicators are informational decisions with their rule, figures and the window used")
  void decisions() {
    RegionStaffing county = engine.indicators(twoTowns(), AS_OF).region(COUNTY).orElseThrow();

    assertThat(county.decisions())
        .extracting(Decision::ruleId)
        .containsExactly(
            AppointmentRules.CROSS_APPOINTMENT_RATE.id(),
            AppointmentRules.DEPUTY_RANK_SHARE.id(),
            AppointmentRules.TRAINED_SHARE.id());
    assertThat(county.decisions())
        .allSatisfy(d -> assertThat(d.verdict()).isEqualTo(Verdict.INFORMATIONAL));
    assertThat(county.decisions().get(0).render(Locale.ENGLISH))
        .contains(
            "1 of 2 enterprises with both a party organisation and a union have a cross-appointed"
                + " secretary and chair (50%)");
    assertThat(county.decisions().get(1).render(Locale.SIMPLIFIED_CHINESE))
        .contains("2个镇中，1个镇的工会主席享受同级副职待遇（50%）");
    assertThat(county.decisions().get(2).reasons().get(0).parameters())
        .extracting(v -> v.parameter().id())
        .containsExactly("UNION_CHAIR_TRAINING_WINDOW");
    RegionStaffing sub = engine.indicators(twoTowns(), AS_OF).region(SUBDISTRICT).orElseThrow();
    assertThat(sub.decisions().get(1).render(Locale.ENGLISH)).contains("There is no town.");
  }

  @Test
  @DisplayName(
      "StaffingFigures: a part above its whole or a negative count is invalid; percentages round"
          + " half up")
  void figures() {
    assertThatThrownBy(() -> StaffingFigures.of(1, 2, 0, 0, -1, 0))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).problems()).hasSize(2));
    assertThat(StaffingFigures.of(66, 0, 66, 27, 3, 2).deputyRankPercent())
        .contains(new BigDecimal("40.9"));
    assertThat(StaffingFigures.of(0, 0, 0, 0, 3, 2).trainedPercent())
        .contains(new BigDecimal("66.7"));
    assertThat(StaffingFigures.zero().crossAppointmentPercent()).isEmpty();
  }
}
