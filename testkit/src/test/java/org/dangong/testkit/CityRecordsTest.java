package org.dangong.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Person;
import org.dangong.policy.Policy;
import org.dangong.recommendation.CandidacyStage;
import org.dangong.recommendation.ChairCandidacy;
import org.dangong.recommendation.DevelopmentEvent;
import org.dangong.recommendation.DevelopmentRegister;
import org.dangong.recommendation.DevelopmentStage;
import org.dangong.recommendation.MembershipDevelopment;
import org.dangong.recommendation.Obligation;
import org.dangong.recommendation.RecommendationChannel;
import org.dangong.targets.AssessmentGrade;
import org.dangong.targets.CycleReport;
import org.dangong.targets.TargetEngine;
import org.dangong.targets.UnitReport;
import org.dangong.targets.WorkCycle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CityRecordsTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  private Jurisdiction city;
  private CityRecords records;
  private DevelopmentRegister register;

  @BeforeAll
  void generate() {
    city = Cities.suzhouLike().enterprises(1_500).generate(7);
    records = CityRecords.of(city, AS_OF, 7);
    register = records.developmentRegister();
  }

  @Test
  void theSameCityDateAndSeedGiveEqualRecords() {
    CityRecords again = CityRecords.of(Cities.suzhouLike().enterprises(1_500).generate(7), AS_OF, 7);
    assertThat(again.developmentEvents()).isEqualTo(records.developmentEvents());
    assertThat(again.chairCandidacies()).isEqualTo(records.chairCandidacies());
    assertThat(again.workCycle()).isEqualTo(records.workCycle());
    assertThat(CityRecords.of(city, AS_OF, 8).developmentEvents())
        .isNotEqualTo(records.developmentEvents());
  }

  @Test
  void theRegisterIsConsistentWithTheCity() {
    List<MembershipDevelopment> developments = register.developments();
    assertThat(developments).hasSizeGreaterThan(300);
    for (MembershipDevelopment d : developments) {
      Person person = city.person(d.person()).orElseThrow();
      assertThat(person.isPartyMember()).as("%s is not yet a member in the city", person.id()).isFalse();
      assertThat(d.enterprise()).isEqualTo(person.employment().map(e -> e.employer()));
      assertThat(d.lastEventDate().orElseThrow()).isBeforeOrEqualTo(AS_OF);
    }
    ImmutableList<DevelopmentEvent> events = records.developmentEvents();
    assertThat(events).allSatisfy(e -> assertThat(e.date()).isBeforeOrEqualTo(AS_OF));
  }

  @Test
  void theRegisterHasARealisticMixOfStagesChannelsAndOverdueObligations() {
    Set<DevelopmentStage> stages =
        register.developments().stream()
            .map(MembershipDevelopment::stage)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(DevelopmentStage.class)));
    assertThat(stages)
        .contains(
            DevelopmentStage.APPLICANT,
            DevelopmentStage.ACTIVIST,
            DevelopmentStage.DEVELOPMENT_TARGET,
            DevelopmentStage.PROBATIONARY,
            DevelopmentStage.FULL_MEMBER,
            DevelopmentStage.WITHDRAWN);
    assertThat(register.developments().stream().map(MembershipDevelopment::channel).flatMap(o -> o.stream()))
        .contains(RecommendationChannel.UNION_RECOMMENDATION, RecommendationChannel.MEMBER_RECOMMENDATION);
    List<Obligation> obligations = register.obligations(AS_OF);
    long overdue = obligations.stream().filter(Obligation::isOverdue).count();
    assertThat(overdue).isPositive().isLessThan(obligations.size());
    assertThat(register.statistics(AS_OF.minusYears(5), AS_OF.plusDays(1)).unionNominations()).isPositive();
  }

  @Test
  void candidaciesProceedAsFarAsTimeAllows() {
    List<ChairCandidacy> candidacies = records.chairCandidacies();
    assertThat(candidacies).isNotEmpty();
    for (ChairCandidacy c : candidacies) {
      assertThat(city.partyOrganizationsCovering(c.enterprise())).isEmpty();
      assertThat(c.lastEventDate().orElseThrow()).isBeforeOrEqualTo(AS_OF);
    }
    assertThat(candidacies.stream().map(ChairCandidacy::stage).distinct().count()).isGreaterThan(2);
    assertThat(candidacies.stream().map(ChairCandidacy::stage)).contains(CandidacyStage.ELECTED);
  }

  @Test
  void theWorkCycleCoversEveryPartyOrganisationWithASpreadOfGrades() {
    WorkCycle cycle = records.workCycle();
    assertThat(cycle.name()).isEqualTo("2025年度");
    assertThat(cycle.units()).hasSize(city.partyOrganizations().size());
    CycleReport report = TargetEngine.of(Policy.national()).evaluate(cycle, AS_OF);
    Set<AssessmentGrade> grades =
        report.units().stream()
            .map(UnitReport::grade)
            .flatMap(o -> o.stream())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(AssessmentGrade.class)));
    assertThat(grades).containsExactlyInAnyOrder(AssessmentGrade.values());
    assertThat(report.units().stream().filter(u -> u.grade().isEmpty())).isNotEmpty();
    assertThat(report.commended()).isNotEmpty().hasSizeLessThanOrEqualTo(cycle.commendationPlaces().orElseThrow());
    assertThat(report.inspectedOnOneSideOnly()).isNotEmpty();
  }
}
