package org.dangong.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.dangong.appointment.AppointmentAudit;
import org.dangong.appointment.AppointmentBar;
import org.dangong.appointment.AppointmentEngine;
import org.dangong.appointment.AuditFinding;
import org.dangong.appointment.CrossAppointment;
import org.dangong.appointment.StaffingFigures;
import org.dangong.building.ActionKind;
import org.dangong.building.BuildingAction;
import org.dangong.building.BuildingCounts;
import org.dangong.building.BuildingEngine;
import org.dangong.building.BuildingReport;
import org.dangong.building.BuildingRules;
import org.dangong.building.EnterpriseAssessment;
import org.dangong.building.GroupingBasis;
import org.dangong.building.JointBranchProposal;
import org.dangong.building.PartyCoverage;
import org.dangong.building.Quadrant;
import org.dangong.building.RegionStatistics;
import org.dangong.building.UnionCoverage;
import org.dangong.decision.Rule;
import org.dangong.examples.report.ReportData.Count;
import org.dangong.examples.report.ReportData.Milestone;
import org.dangong.examples.report.ReportData.RegionCoverage;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.PartyOrganization;
import org.dangong.model.PersonId;
import org.dangong.model.UnionOrganization;
import org.dangong.model.Jurisdiction;
import org.dangong.model.Labelled;
import org.dangong.model.Person;
import org.dangong.model.Region;
import org.dangong.model.RegionId;
import org.dangong.policy.Policy;
import org.dangong.recommendation.CandidacyStage;
import org.dangong.recommendation.ChairCandidacy;
import org.dangong.recommendation.DevelopmentRegister;
import org.dangong.recommendation.DevelopmentStage;
import org.dangong.recommendation.MembershipDevelopment;
import org.dangong.recommendation.Obligation;
import org.dangong.recommendation.ObligationKind;
import org.dangong.recommendation.Pipeline;
import org.dangong.recommendation.RecommendationChannel;
import org.dangong.recommendation.RecommendationStatistics;
import org.dangong.targets.AssessmentGrade;
import org.dangong.targets.CycleReport;
import org.dangong.targets.TargetEngine;
import org.dangong.targets.UnitId;
import org.dangong.targets.UnitReport;
import org.dangong.targets.WorkCycle;
import org.dangong.testkit.CityRecords;

/**
 * Runs every engine of the library over a city and its records and collects the results as
 * {@link ReportData}: the building engine (coverage, organisations needed, actions, joint branches,
 * indicators), the appointment engine (cross-appointment candidates, audit), the recommendation
 * workflows (development register, pipeline, obligations, chair candidacies) and the target engine
 * (joint assessment, commendation).
 */
public final class ReportBuilder {
  /** How far back the pipeline's cohort of applications reaches from the as-of date. */
  static final int PIPELINE_YEARS = 5;

  private final Policy policy = Policy.national();
  private final ReportTexts texts;
  private final Consumer<String> progress;

  /**
   * Creates a builder.
   *
   * @param texts the texts of the report's language
   * @param progress receives the name of each stage as it starts, with counts
   */
  public ReportBuilder(ReportTexts texts, Consumer<String> progress) {
    this.texts = texts;
    this.progress = progress;
  }

  /**
   * Builds the report.
   *
   * @param city the city
   * @param records the city's records as of the report's date
   * @param seed the seed the city and the records were generated with
   * @return the report
   */
  public ReportData build(Jurisdiction city, CityRecords records, long seed) {
    LocalDate asOf = records.asOf();
    progress.accept(
        String.format(
            "building engine: %,d enterprises, %,d people",
            city.enterprises().size(), city.people().size()));
    BuildingReport building = BuildingEngine.of(policy).evaluate(city, asOf);
    ReportData.Coverage coverage = coverage(city, building);
    ReportData.Building actions = building(building);

    progress.accept("appointment engine: cross-appointment candidates and audit");
    AppointmentEngine appointmentEngine = AppointmentEngine.of(policy);
    ReportData.Appointments appointments = appointments(city, appointmentEngine, asOf);

    progress.accept("recommendation: generating the development register");
    DevelopmentRegister register = records.developmentRegister();
    List<ChairCandidacy> candidacies = records.chairCandidacies();
    progress.accept(
        String.format(
            "recommendation: %,d developments, %,d chair candidacies",
            register.developments().size(), candidacies.size()));
    ReportData.Recommendation recommendation = recommendation(register, candidacies, asOf);

    progress.accept("target engine: generating the work cycle");
    WorkCycle cycle = records.workCycle();
    progress.accept(String.format("target engine: %,d units", cycle.units().size()));
    CycleReport cycleReport = TargetEngine.of(policy).evaluate(cycle, asOf);
    ReportData.JointAssessment assessment = assessment(cycle, cycleReport);

    progress.accept("network indicators");

    ReportData.Network network =
        network(building.totals(), appointmentEngine.indicators(city, asOf).total());
    progress.accept("rendering");
    return new ReportData(
        texts.text("report.title"),
        texts.chinese() ? "zh" : "en",
        asOf.toString(),
        seed,
        city.enterprises().size(),
        coverage,
        actions,
        appointments,
        recommendation,
        assessment,
        network);
  }

  // ---- coverage ----

  private ReportData.Coverage coverage(Jurisdiction city, BuildingReport report) {
    List<RegionCoverage> rows = new ArrayList<>();
    long all = 0;
    for (Region root : city.rootRegions()) {
      for (Region county : city.children(root.id())) {
        long enterprises = enterprisesUnder(city, county.id());
        all += enterprises;
        BuildingCounts counts =
            report.region(county.id()).map(RegionStatistics::total).orElse(BuildingCounts.empty());
        rows.add(row(county.id().value(), county.name(), texts.label(county.level()), enterprises, counts));
      }
      long own = city.enterprisesIn(root.id()).size();
      if (own > 0) {
        all += own;
        BuildingCounts counts =
            report.region(root.id()).map(RegionStatistics::direct).orElse(BuildingCounts.empty());
        rows.add(row(root.id().value(), root.name(), texts.label(root.level()), own, counts));
      }
    }
    RegionCoverage total =
        row("TOTAL", texts.text("coverage.total"), "", all, report.totals());
    List<Person> people = city.people();
    long members = people.stream().filter(Person::isPartyMember).count();
    return new ReportData.Coverage(
        rows,
        total,
        people.size(),
        members,
        city.partyOrganizations().size(),
        city.unionOrganizations().size());
  }

  private static long enterprisesUnder(Jurisdiction city, RegionId region) {
    long n = city.enterprisesIn(region).size();
    for (Region child : city.children(region)) {
      n += enterprisesUnder(city, child.id());
    }
    return n;
  }

  private static RegionCoverage row(
      String id, String name, String level, long enterprises, BuildingCounts c) {
    long scope = c.inScopeEnterprises();
    long party = scope - c.enterprises(PartyCoverage.NONE);
    long union = scope - c.enterprises(UnionCoverage.NONE);
    long both = c.enterprises(Quadrant.BOTH);
    return new RegionCoverage(
        id,
        name,
        level,
        enterprises,
        scope,
        party,
        union,
        both,
        percent(party, scope),
        percent(union, scope),
        percent(both, scope));
  }

  /** A percentage with one decimal, half up; 0 when the whole is 0. */
  static BigDecimal percent(long part, long whole) {
    if (whole == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(part * 1000)
        .divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
        .movePointLeft(1);
  }

  // ---- building ----

  private ReportData.Building building(BuildingReport report) {
    long ownParty = 0;
    long joint = 0;
    long cluster = 0;
    long committee = 0;
    long otherUnion = 0;
    for (EnterpriseAssessment a : report.assessments()) {
      if (!a.inScope()) {
        continue;
      }
      if (a.partyCoverage() == PartyCoverage.NONE) {
        if (a.clusterPartyOrganization().isPresent()) {
          cluster++;
        } else if (a.partyRequirement().ownOrganizationRequired()) {
          ownParty++;
        } else if (a.jointBranchCandidate()) {
          joint++;
        }
      }
      if (a.unionCoverage() == UnionCoverage.NONE) {
        if (a.unionRequirement().committeeRequired()) {
          committee++;
        } else {
          otherUnion++;
        }
      }
    }
    List<Count> needed =
        List.of(
            count("OWN_PARTY_ORGANIZATION", "needed.ownParty", ownParty),
            count("JOINT_BRANCH", "needed.jointBranch", joint),
            count("CLUSTER_PARTY_ORGANIZATION", "needed.clusterParty", cluster),
            count("UNION_COMMITTEE", "needed.unionCommittee", committee),
            count("JOINT_UNION_OR_ORGANIZER", "needed.otherUnion", otherUnion));
    Map<ActionKind, Long> byKind = new EnumMap<>(ActionKind.class);
    for (BuildingAction action : report.actions()) {
      byKind.merge(action.kind(), 1L, Long::sum);
    }
    List<Count> actions = new ArrayList<>();
    for (ActionKind kind : ActionKind.values()) {
      actions.add(
          new Count(
              kind.name(),
              String.join("/", ruleOf(kind).practices()) + " · " + texts.label(kind),
              byKind.getOrDefault(kind, 0L)));
    }
    Map<GroupingBasis, Long> byBasis = new EnumMap<>(GroupingBasis.class);
    long units = 0;
    long formable = 0;
    long shortfall = 0;
    for (JointBranchProposal p : report.jointBranchProposals()) {
      byBasis.merge(p.basis(), 1L, Long::sum);
      units += p.units();
      formable += p.formable() ? 1 : 0;
      shortfall += p.shortfall();
    }
    return new ReportData.Building(
        needed,
        actions,
        new ReportData.JointBranches(
            report.jointBranchProposals().size(),
            units,
            formable,
            shortfall,
            counts(GroupingBasis.values(), byBasis, true)));
  }

  /** The rule under which the building engine proposes actions of a kind. */
  private static Rule ruleOf(ActionKind kind) {
    return switch (kind) {
      case SYNC_BUILD -> BuildingRules.SYNC_BUILD;
      case MUTUAL_P2U -> BuildingRules.MUTUAL_P2U;
      case MUTUAL_U2P -> BuildingRules.MUTUAL_U2P;
      case DUAL_LEAD_2 -> BuildingRules.DUAL_LEAD_2;
      case SYNC_CLUSTER -> BuildingRules.SYNC_CLUSTER;
    };
  }

  private Count count(String key, String textKey, long n) {
    return new Count(key, texts.text(textKey), n);
  }

  private <E extends Enum<E> & Labelled> List<Count> counts(
      E[] constants, Map<E, Long> counts, boolean includeZero) {
    List<Count> list = new ArrayList<>();
    for (E constant : constants) {
      long n = counts.getOrDefault(constant, 0L);
      if (includeZero || n > 0) {
        list.add(new Count(constant.name(), texts.label(constant), n));
      }
    }
    return list;
  }

  // ---- appointments ----

  private ReportData.Appointments appointments(
      Jurisdiction city, AppointmentEngine engine, LocalDate asOf) {
    long both = 0;
    long crossAppointed = 0;
    long secretaryMayChair = 0;
    long encouraged = 0;
    long chairMayHead = 0;
    long withCandidate = 0;
    // the enterprises the appointment engine counts: operating non-public ones with both
    for (Enterprise e : city.enterprises()) {
      if (!e.isNonPublic() || e.status() == EnterpriseStatus.CLOSED) {
        continue;
      }
      Optional<PartyOrganization> party = AppointmentEngine.partyOrganizationOf(city, e.id());
      Optional<UnionOrganization> union = AppointmentEngine.unionOf(city, e.id());
      if (party.isEmpty() || union.isEmpty()) {
        continue;
      }
      both++;
      Optional<PersonId> secretary = party.get().secretary();
      boolean already = secretary.isPresent() && secretary.equals(union.get().chair());
      crossAppointed += already ? 1 : 0;
      CrossAppointment asChair = engine.secretaryAsUnionChair(city, e.id(), asOf);
      secretaryMayChair += asChair.isPermitted() ? 1 : 0;
      encouraged += asChair.isRecommended() ? 1 : 0;
      chairMayHead += engine.unionChairAsSecretary(city, e.id(), asOf).isPermitted() ? 1 : 0;
      if (!already && engine.rankCandidates(city, e.id(), asOf).best().isPresent()) {
        withCandidate++;
      }
    }
    List<Count> cross =
        List.of(
            count("ENTERPRISES_WITH_BOTH", "cross.both", both),
            count("CROSS_APPOINTED", "cross.appointed", crossAppointed),
            count("SECRETARY_MAY_CHAIR_UNION", "cross.secretaryMayChair", secretaryMayChair),
            count("ENCOURAGED", "cross.encouraged", encouraged),
            count("CHAIR_MAY_HEAD_PARTY", "cross.chairMayHead", chairMayHead),
            count("CANDIDATE_NOT_YET_APPOINTED", "cross.candidate", withCandidate));
    AppointmentAudit audit = engine.audit(city, asOf);
    Map<AppointmentBar, Long> byBar = new EnumMap<>(AppointmentBar.class);
    for (AuditFinding f : audit.breaches()) {
      f.bar().ifPresent(b -> byBar.merge(b, 1L, Long::sum));
    }
    long overdueVacancies = audit.vacancies().stream().filter(AuditFinding::isViolation).count();
    List<Count> findings =
        List.of(
            count("BREACHES", "audit.breaches", audit.breaches().size()),
            count("VACANCIES", "audit.vacancies", audit.vacancies().size()),
            count("VACANCIES_OVERDUE", "audit.vacanciesOverdue", overdueVacancies),
            count("TERMS_EXPIRED", "audit.termsExpired", audit.expiredTerms().size()),
            count("VIOLATIONS", "audit.violations", audit.violations().size()));
    return new ReportData.Appointments(
        cross, counts(AppointmentBar.values(), byBar, false), findings);
  }

  // ---- recommendation ----

  private ReportData.Recommendation recommendation(
      DevelopmentRegister register, List<ChairCandidacy> candidacies, LocalDate asOf) {
    LocalDate from = asOf.minusYears(PIPELINE_YEARS).plusDays(1);
    LocalDate until = asOf.plusDays(1);
    RecommendationStatistics statistics = register.statistics(from, until);
    Pipeline all = statistics.pipeline();
    Pipeline union = statistics.pipeline(RecommendationChannel.UNION_RECOMMENDATION);
    Pipeline member = statistics.pipeline(RecommendationChannel.MEMBER_RECOMMENDATION);
    List<Milestone> milestones = new ArrayList<>();
    for (DevelopmentStage stage : Pipeline.MILESTONES) {
      milestones.add(
          new Milestone(
              stage.name(),
              texts.label(stage),
              all.reached(stage),
              union.reached(stage),
              member.reached(stage)));
    }
    List<Count> activists = new ArrayList<>();
    for (RecommendationChannel channel : RecommendationChannel.values()) {
      activists.add(
          new Count(channel.name(), texts.label(channel), statistics.total().count(channel)));
    }
    Map<DevelopmentStage, Long> stages = new EnumMap<>(DevelopmentStage.class);
    List<MembershipDevelopment> developments = register.developments();
    developments.forEach(d -> stages.merge(d.stage(), 1L, Long::sum));
    List<Obligation> obligations = register.obligations(asOf);
    Map<ObligationKind, Long> overdue = new EnumMap<>(ObligationKind.class);
    long longest = 0;
    long overdueCount = 0;
    for (Obligation o : obligations) {
      if (o.isOverdue()) {
        overdueCount++;
        overdue.merge(o.kind(), 1L, Long::sum);
        longest = Math.max(longest, o.overdueDays());
      }
    }
    Map<CandidacyStage, Long> candidacyStages = new EnumMap<>(CandidacyStage.class);
    long candidacyOverdue = 0;
    for (ChairCandidacy c : candidacies) {
      candidacyStages.merge(c.stage(), 1L, Long::sum);
      candidacyOverdue += c.obligations(asOf).stream().filter(Obligation::isOverdue).count();
    }
    return new ReportData.Recommendation(
        from.toString(),
        until.toString(),
        developments.size(),
        milestones,
        activists,
        statistics.unionNominations(),
        counts(DevelopmentStage.values(), stages, false),
        obligations.size(),
        overdueCount,
        counts(ObligationKind.values(), overdue, false),
        longest,
        counts(CandidacyStage.values(), candidacyStages, false),
        candidacyOverdue);
  }

  // ---- joint assessment ----

  private ReportData.JointAssessment assessment(WorkCycle cycle, CycleReport report) {
    Map<AssessmentGrade, Long> grades = new EnumMap<>(AssessmentGrade.class);
    long none = 0;
    long assessed = 0;
    for (UnitReport u : report.units()) {
      Optional<AssessmentGrade> grade = u.grade();
      if (grade.isPresent()) {
        grades.merge(grade.get(), 1L, Long::sum);
      } else {
        none++;
      }
      assessed += u.score().assessed() ? 1 : 0;
    }
    List<Count> byGrade = new ArrayList<>();
    AssessmentGrade[] order = AssessmentGrade.values();
    for (int i = order.length - 1; i >= 0; i--) {
      byGrade.add(new Count(order[i].name(), texts.label(order[i]), grades.getOrDefault(order[i], 0L)));
    }
    byGrade.add(count("NONE", "assessment.noGrade", none));
    List<ReportData.Commended> commended = new ArrayList<>();
    int rank = 0;
    for (UnitId id : report.commended()) {
      UnitReport u = report.unit(id).orElseThrow();
      rank++;
      commended.add(
          new ReportData.Commended(
              u.commendation().rank().orElse(rank),
              id.value(),
              u.unit().name(),
              u.unit().category().orElse(""),
              u.score().combined().orElse(BigDecimal.ZERO).setScale(1, RoundingMode.HALF_UP),
              u.grade().map(texts::label).orElse("")));
    }
    return new ReportData.JointAssessment(
        cycle.name(),
        cycle.units().size(),
        assessed,
        byGrade,
        report.inspectedOnOneSideOnly().size(),
        commended);
  }

  // ---- network ----

  private ReportData.Network network(BuildingCounts totals, StaffingFigures staffing) {
    return new ReportData.Network(
        List.of(
            share("TOWNS_DEPUTY_RANK_CHAIR", "network.deputyRank", totals.townChairDeputyRank()),
            share("TRAINED_CHAIRS", "network.trained", totals.trainedChairs()),
            share(
                "SUBDISTRICTS_WITH_COORDINATOR",
                "network.coordinators",
                totals.subdistrictsWithCoordinator()),
            share(
                "COUNTY_LEVEL_WITH_WORKING_COMMITTEE",
                "network.workingCommittees",
                totals.countyLevelRegionsWithWorkingCommittee()),
            new ReportData.Share(
                "CROSS_APPOINTED",
                texts.text("network.crossAppointed"),
                staffing.crossAppointed(),
                staffing.enterprisesWithBoth(),
                percent(staffing.crossAppointed(), staffing.enterprisesWithBoth()))));
  }

  private ReportData.Share share(String key, String textKey, org.dangong.building.Share s) {
    return new ReportData.Share(
        key, texts.text(textKey), s.part(), s.whole(), percent(s.part(), s.whole()));
  }
}
