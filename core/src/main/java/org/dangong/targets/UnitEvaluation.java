package org.dangong.targets;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangong.decision.Argument;
import org.dangong.decision.Decision;
import org.dangong.decision.Reason;
import org.dangong.decision.Rule;
import org.dangong.decision.Subject;
import org.dangong.decision.SubjectKind;
import org.dangong.decision.Verdict;
import org.dangong.policy.Citation;
import org.dangong.policy.JointStage;
import org.dangong.policy.PolicyValue;
import org.dangong.policy.Source;

/**
 * Everything the engine finds about one unit except its place on the commendation list, which
 * depends on the other units. Reads only the unit's own records, through the cycle's indexes.
 */
final class UnitEvaluation {
  static final MathContext MC = MathContext.DECIMAL64;
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Comparator<Evidence> BY_DATE =
      Comparator.comparing(Evidence::date).thenComparing(Evidence::id);

  /** One record as evidence for a stage: which sides of the unit's targets it covers. */
  record Evidence(
      RecordId id,
      LocalDate date,
      String body,
      String title,
      Set<WorkSide> sides,
      List<String> findings) {
    boolean covers(WorkSide side) {
      return sides.contains(side);
    }

    boolean isJoint() {
      return sides.size() == 2;
    }
  }

  final Unit unit;
  final Subject subject;
  private final WorkCycle cycle;
  private final Settings s;
  private final ImmutableList<Target> targets;
  private final Map<TargetId, WorkCycle.ScoreRecord> scores = new LinkedHashMap<>();
  private final Set<WorkSide> countedSides;
  final UnitScore score;
  final Decision gradeDecision;
  final ImmutableMap<JointStage, Decision> stagesBeforeCommendation;
  final Optional<Boolean> inspectedOneSided;
  final Optional<Boolean> supervisedOneSided;
  final boolean eligible;
  final ImmutableList<Reason> eligibilityReasons;
  final Decision commendationStage;

  UnitEvaluation(WorkCycle cycle, Unit unit, Settings settings) {
    this.cycle = cycle;
    this.unit = unit;
    this.s = settings;
    this.subject = Subject.of(SubjectKind.UNIT, unit.id().value());
    this.targets =
        cycle.targetsOf(unit.id()).stream()
            .filter(t -> !cycle.actOf(t.id()).date().isAfter(s.asOf))
            .collect(ImmutableList.toImmutableList());
    for (WorkCycle.ScoreRecord r : cycle.scoresOf(unit.id())) {
      if (!r.assessment().date().isAfter(s.asOf)) {
        scores.put(r.score().target(), r);
      }
    }
    this.countedSides = countedSides();
    this.score = scoreUnit();
    this.gradeDecision = gradeDecision();

    ImmutableMap.Builder<JointStage, Decision> stages = ImmutableMap.builder();
    for (DeploymentKind kind : DeploymentKind.values()) {
      if (s.isJoint(kind.stage())) {
        stages.put(kind.stage(), deploymentStage(kind));
      }
    }
    List<Evidence> inspections = inspectionEvidence(InspectionKind.INSPECTION);
    List<Evidence> supervisions = inspectionEvidence(InspectionKind.SUPERVISION);
    this.inspectedOneSided = oneSided(inspections);
    this.supervisedOneSided = oneSided(supervisions);
    if (s.isJoint(JointStage.INSPECTION)) {
      stages.put(
          JointStage.INSPECTION,
          eventStage(TargetRules.INSPECTION, inspections, "reason.targets.no-inspection", true));
    }
    if (s.isJoint(JointStage.SUPERVISION)) {
      stages.put(
          JointStage.SUPERVISION,
          eventStage(TargetRules.SUPERVISION, supervisions, "reason.targets.no-supervision", true));
    }
    if (s.isJoint(JointStage.ASSESSMENT)) {
      stages.put(
          JointStage.ASSESSMENT,
          eventStage(
              TargetRules.ASSESSMENT, assessmentEvidence(), "reason.targets.not-assessed", false));
    }
    this.stagesBeforeCommendation = stages.buildOrThrow();

    Set<WorkSide> required =
        s.isJoint(JointStage.COMMENDATION) ? EnumSet.allOf(WorkSide.class) : countedSides;
    List<Reason> failing = new ArrayList<>();
    if (score.assessed()) {
      for (WorkSide side : required) {
        sideReason(side).ifPresent(failing::add);
      }
      if (score.vetoed()) {
        failing.add(cited(Reason.of("reason.targets.vetoed"), s.vetoEnabled));
      }
      BigDecimal combined = score.combined().orElse(BigDecimal.ZERO);
      if (combined.compareTo(BigDecimal.valueOf(s.commendationMin.value())) < 0) {
        failing.add(
            cited(
                Reason.of(
                    "reason.targets.below-commendation-score",
                    Argument.number("combined", combined),
                    Argument.number("required", s.commendationMin.value())),
                s.commendationMin));
      }
      if (required.isEmpty()) {
        failing.add(cited(Reason.of("reason.targets.no-target")));
      }
    }
    this.eligible = score.assessed() && failing.isEmpty();
    this.eligibilityReasons = ImmutableList.copyOf(failing);
    this.commendationStage = commendationStage();
  }

  // ---- scores ----

  private Set<WorkSide> countedSides() {
    EnumSet<WorkSide> withTargets = EnumSet.noneOf(WorkSide.class);
    targets.forEach(t -> withTargets.add(t.side()));
    if (s.isJoint(JointStage.ASSESSMENT) || withTargets.size() < 2) {
      return withTargets;
    }
    return EnumSet.of(WorkSide.PARTY);
  }

  private UnitScore scoreUnit() {
    boolean assessed = !scores.isEmpty();
    SideScore party = sideScore(WorkSide.PARTY, assessed);
    SideScore union = sideScore(WorkSide.UNION, assessed);
    Optional<BigDecimal> combined = Optional.empty();
    if (assessed && countedSides.size() == 2) {
      BigDecimal a = BigDecimal.valueOf(s.partyShare.value());
      BigDecimal b = BigDecimal.valueOf(s.unionShare.value());
      BigDecimal sum =
          party.score().orElseThrow().multiply(a).add(union.score().orElseThrow().multiply(b));
      combined = Optional.of(sum.divide(a.add(b), MC).setScale(2, RoundingMode.HALF_UP));
    } else if (assessed && countedSides.size() == 1) {
      combined = (countedSides.contains(WorkSide.PARTY) ? party : union).score();
    }
    Optional<AssessmentGrade> uncapped = combined.map(this::gradeOf);
    Optional<AssessmentGrade> grade = uncapped;
    boolean capped = false;
    if (uncapped.isPresent() && capApplies(union)) {
      grade = Optional.of(uncapped.get().atMost(AssessmentGrade.PASS));
      capped = !grade.equals(uncapped);
    }
    boolean vetoed =
        party.targets().stream().anyMatch(TargetScore::vetoTriggered)
            || union.targets().stream().anyMatch(TargetScore::vetoTriggered);
    if (vetoed && grade.isPresent()) {
      grade = Optional.of(AssessmentGrade.FAIL);
    }
    return ImmutableUnitScore.builder()
        .assessed(assessed)
        .party(party)
        .union(union)
        .combined(combined)
        .uncappedGrade(uncapped)
        .grade(grade)
        .capped(capped)
        .vetoed(vetoed)
        .build();
  }

  private boolean capApplies(SideScore union) {
    return s.isJoint(JointStage.ASSESSMENT) && s.unionFailCaps.value() && !union.passed();
  }

  private AssessmentGrade gradeOf(BigDecimal combined) {
    if (combined.compareTo(BigDecimal.valueOf(s.excellentMin.value())) >= 0) {
      return AssessmentGrade.EXCELLENT;
    }
    if (combined.compareTo(BigDecimal.valueOf(s.goodMin.value())) >= 0) {
      return AssessmentGrade.GOOD;
    }
    if (combined.compareTo(s.pass()) >= 0) {
      return AssessmentGrade.PASS;
    }
    return AssessmentGrade.FAIL;
  }

  private SideScore sideScore(WorkSide side, boolean assessed) {
    List<Target> ofSide = targets.stream().filter(t -> t.side() == side).toList();
    BigDecimal weightSum = BigDecimal.ZERO;
    for (Target t : ofSide) {
      weightSum = weightSum.add(t.weight());
    }
    boolean vetoActive = assessed && s.vetoEnabled.value() && countedSides.contains(side);
    BigDecimal weighted = BigDecimal.ZERO;
    ImmutableList.Builder<TargetScore> lines = ImmutableList.builder();
    for (Target t : ofSide) {
      Deployment act = cycle.actOf(t.id());
      Optional<WorkCycle.ScoreRecord> scored = Optional.ofNullable(scores.get(t.id()));
      Optional<BigDecimal> points = scored.map(r -> r.score().points());
      BigDecimal counted = points.orElse(BigDecimal.ZERO);
      BigDecimal percent = counted.divide(t.maxPoints(), MC).multiply(HUNDRED);
      BigDecimal share = t.weight().multiply(counted).divide(t.maxPoints(), MC);
      weighted = weighted.add(share);
      lines.add(
          ImmutableTargetScore.builder()
              .target(t.id())
              .title(t.title())
              .side(side)
              .deployment(act.id())
              .citation(
                  Citation.of(Source.LOCAL, act.title(), t.title(), act.date())
                      .withNote(act.issuingBody()))
              .points(points)
              .countedPoints(counted)
              .maxPoints(t.maxPoints())
              .weight(t.weight())
              .percent(percent.setScale(2, RoundingMode.HALF_UP))
              .contribution(
                  share.multiply(HUNDRED).divide(weightSum, MC).setScale(2, RoundingMode.HALF_UP))
              .assessment(scored.map(r -> r.assessment().id()))
              .veto(t.veto())
              .vetoTriggered(t.veto() && vetoActive && percent.compareTo(s.pass()) < 0)
              .build());
    }
    Optional<BigDecimal> score =
        assessed && !ofSide.isEmpty()
            ? Optional.of(
                weighted.multiply(HUNDRED).divide(weightSum, MC).setScale(2, RoundingMode.HALF_UP))
            : Optional.empty();
    return ImmutableSideScore.builder()
        .side(side)
        .targets(lines.build())
        .score(score)
        .passed(score.map(v -> v.compareTo(s.pass()) >= 0).orElse(false))
        .build();
  }

  // ---- the grade decision ----

  private Decision gradeDecision() {
    if (!score.assessed()) {
      return missing(TargetRules.GRADE, Reason.of("reason.targets.not-assessed"));
    }
    List<Reason> reasons = new ArrayList<>();
    for (WorkSide side : WorkSide.values()) {
      SideScore part = score.side(side);
      if (!part.hasTargets()) {
        reasons.add(cited(Reason.of("reason.targets.side-no-targets", side(side))));
        continue;
      }
      reasons.add(
          cited(
              Reason.of(
                  "reason.targets.side-score",
                  side(side),
                  Argument.number("score", part.score().orElseThrow()),
                  Argument.number("count", part.targets().size()))));
      for (TargetScore line : part.targets()) {
        if (line.points().isEmpty()) {
          reasons.add(
              Reason.of(
                      "reason.targets.unscored",
                      Argument.id("target", line.target().value()),
                      Argument.text("title", line.title()),
                      Argument.number("max", line.maxPoints()))
                  .citing(line.citation()));
        }
      }
    }
    BigDecimal combined = score.combined().orElseThrow();
    if (countedSides.size() == 2) {
      reasons.add(
          cited(
              Reason.of(
                  "reason.targets.combined-score",
                  Argument.number("combined", combined),
                  Argument.number("party", score.party().score().orElseThrow()),
                  Argument.number("partyShare", s.partyShare.value()),
                  Argument.number("union", score.union().score().orElseThrow()),
                  Argument.number("unionShare", s.unionShare.value())),
              s.stages,
              s.partyShare,
              s.unionShare));
    } else if (!s.isJoint(JointStage.ASSESSMENT)
        && score.party().hasTargets()
        && score.union().hasTargets()) {
      reasons.add(
          cited(
              Reason.of("reason.targets.combined-not-joint", Argument.number("combined", combined)),
              s.stages));
    } else {
      WorkSide only = countedSides.iterator().next();
      reasons.add(
          cited(
              Reason.of(
                  "reason.targets.combined-one-side",
                  side(only),
                  Argument.number("combined", combined))));
    }
    AssessmentGrade uncapped = score.uncappedGrade().orElseThrow();
    reasons.add(
        cited(
            Reason.of(
                "reason.targets.grade",
                Argument.number("combined", combined),
                Argument.label("grade", uncapped)),
            s.excellentMin,
            s.goodMin,
            s.passMin));
    if (score.capped()) {
      reasons.add(
          cited(
                  score.union().hasTargets()
                      ? Reason.of(
                          "reason.targets.union-fail-cap",
                          Argument.number("union", score.union().score().orElseThrow()),
                          Argument.number("passMin", s.passMin.value()),
                          Argument.label("cap", AssessmentGrade.PASS))
                      : Reason.of(
                          "reason.targets.union-missing-cap",
                          Argument.label("cap", AssessmentGrade.PASS)))
              .citing(TargetRules.LEAD_PLAN_CLAUSE)
              .using(s.unionFailCaps, s.passMin));
    }
    for (WorkSide side : WorkSide.values()) {
      for (TargetScore line : score.side(side).targets()) {
        if (line.vetoTriggered()) {
          reasons.add(
              cited(
                      Reason.of(
                          "reason.targets.veto",
                          Argument.id("target", line.target().value()),
                          Argument.text("title", line.title()),
                          Argument.number("points", line.countedPoints()),
                          Argument.number("max", line.maxPoints())))
                  .citing(line.citation())
                  .using(s.vetoEnabled, s.passMin));
        }
      }
    }
    AssessmentGrade grade = score.grade().orElseThrow();
    if (!grade.equals(uncapped)) {
      reasons.add(Reason.of("reason.targets.final-grade", Argument.label("grade", grade)));
    }
    return Decision.of(
        TargetRules.GRADE.id(),
        subject,
        grade == AssessmentGrade.FAIL ? Verdict.NOT_SATISFIED : Verdict.SATISFIED,
        s.asOf,
        tidy(reasons));
  }

  // ---- stages ----

  /** 同部署 and 同规划: every union-building target is set by an act that sets party targets too. */
  private Decision deploymentStage(DeploymentKind kind) {
    Rule rule = TargetRules.forStage(kind.stage());
    Map<RecordId, Set<WorkSide>> sides = new LinkedHashMap<>();
    Map<RecordId, Deployment> acts = new LinkedHashMap<>();
    for (Target t : targets) {
      Deployment act = cycle.actOf(t.id());
      if (act.kind() == kind) {
        acts.put(act.id(), act);
        sides.computeIfAbsent(act.id(), id -> EnumSet.noneOf(WorkSide.class)).add(t.side());
      }
    }
    List<Evidence> evidence = new ArrayList<>();
    for (Deployment act : acts.values()) {
      evidence.add(
          new Evidence(
              act.id(),
              act.date(),
              act.issuingBody(),
              act.title(),
              Sets.immutableEnumSet(sides.getOrDefault(act.id(), EnumSet.noneOf(WorkSide.class))),
              List.of()));
    }
    evidence.sort(BY_DATE);
    if (evidence.isEmpty()) {
      return missing(
          rule,
          Reason.of(
              kind == DeploymentKind.PLAN
                  ? "reason.targets.no-plan"
                  : "reason.targets.no-deployment"));
    }
    List<Reason> reasons = new ArrayList<>();
    boolean failed = false;
    List<Evidence> party = evidence.stream().filter(e -> e.covers(WorkSide.PARTY)).toList();
    List<Evidence> union = evidence.stream().filter(e -> e.covers(WorkSide.UNION)).toList();
    if (union.isEmpty()) {
      failed = true;
      reasons.add(
          cited(Reason.of("reason.targets.no-union-target-in", Argument.label("kind", kind)))
              .citing(TargetRules.LEAD_PLAN_CLAUSE));
    }
    if (party.isEmpty()) {
      failed = true;
      reasons.add(
          cited(Reason.of("reason.targets.no-party-target-in", Argument.label("kind", kind))));
    }
    for (Evidence u : union) {
      if (u.isJoint()) {
        reasons.add(cited(record("reason.targets.joint-record", u)));
        continue;
      }
      Optional<Evidence> sameDay =
          party.stream().filter(p -> p.date().equals(u.date())).findFirst();
      if (sameDay.isPresent() && s.sameDate.value()) {
        reasons.add(sameDate(sameDay.get(), u));
      } else {
        failed = true;
        reasons.add(oneSided(u, WorkSide.UNION).using(s.sameDate));
      }
    }
    if (union.isEmpty()) {
      for (Evidence p : party) {
        reasons.add(oneSided(p, WorkSide.PARTY));
      }
    }
    return Decision.of(
        rule.id(),
        subject,
        failed ? Verdict.NOT_SATISFIED : Verdict.SATISFIED,
        s.asOf,
        tidy(reasons));
  }

  /** 同检查, 同督导 and 同考核: at least one record covers both sides of the unit. */
  private Decision eventStage(
      Rule rule, List<Evidence> evidence, String noRecordKey, boolean withFindings) {
    if (evidence.isEmpty()) {
      return missing(rule, Reason.of(noRecordKey));
    }
    List<Reason> reasons = new ArrayList<>();
    List<Evidence> joint = evidence.stream().filter(Evidence::isJoint).toList();
    Verdict verdict;
    if (!joint.isEmpty()) {
      verdict = Verdict.SATISFIED;
      joint.forEach(e -> reasons.add(cited(record("reason.targets.joint-record", e))));
    } else {
      Optional<SameDate> pair = sameDatePair(evidence);
      if (pair.isPresent() && s.sameDate.value()) {
        verdict = Verdict.SATISFIED;
        reasons.add(sameDate(pair.get().party(), pair.get().union()));
      } else {
        verdict = Verdict.NOT_SATISFIED;
        boolean bothSides =
            evidence.stream().anyMatch(e -> e.covers(WorkSide.PARTY))
                && evidence.stream().anyMatch(e -> e.covers(WorkSide.UNION));
        if (!hasTargets(WorkSide.UNION)) {
          reasons.add(
              cited(Reason.of("reason.targets.no-union-target"))
                  .citing(TargetRules.LEAD_PLAN_CLAUSE));
        }
        if (!hasTargets(WorkSide.PARTY)) {
          reasons.add(cited(Reason.of("reason.targets.no-party-target")));
        }
        for (Evidence e : evidence) {
          Reason r = oneSided(e, e.covers(WorkSide.PARTY) ? WorkSide.PARTY : WorkSide.UNION);
          reasons.add(bothSides ? r.using(s.sameDate) : r);
        }
      }
    }
    if (withFindings) {
      for (Evidence e : evidence) {
        if (!e.findings().isEmpty()) {
          reasons.add(
              Reason.of(
                  "reason.targets.findings",
                  Argument.id("record", e.id().value()),
                  Argument.text("findings", String.join("; ", e.findings()))));
        }
      }
    }
    return Decision.of(rule.id(), subject, verdict, s.asOf, tidy(reasons));
  }

  private Decision commendationStage() {
    Rule rule = TargetRules.COMMENDATION;
    if (!score.assessed()) {
      return missing(rule, Reason.of("reason.targets.not-assessed"));
    }
    List<Reason> reasons = new ArrayList<>();
    boolean ok = true;
    for (WorkSide side : WorkSide.values()) {
      SideScore part = score.side(side);
      Optional<Reason> failing = sideReason(side);
      ok &= failing.isEmpty();
      reasons.add(
          failing.orElseGet(
              () ->
                  cited(
                      Reason.of(
                          "reason.targets.side-passes",
                          side(side),
                          Argument.number("score", part.score().orElseThrow()),
                          Argument.number("passMin", s.passMin.value())),
                      s.passMin)));
    }
    if (score.vetoed()) {
      ok = false;
      reasons.add(cited(Reason.of("reason.targets.vetoed"), s.vetoEnabled));
    }
    return Decision.of(
        rule.id(), subject, ok ? Verdict.SATISFIED : Verdict.NOT_SATISFIED, s.asOf, tidy(reasons));
  }

  /** Why a side does not pass, or empty when it does. */
  private Optional<Reason> sideReason(WorkSide side) {
    SideScore part = score.side(side);
    if (!part.hasTargets()) {
      Reason r = cited(Reason.of("reason.targets.side-missing", side(side)));
      return Optional.of(side == WorkSide.UNION ? r.citing(TargetRules.LEAD_PLAN_CLAUSE) : r);
    }
    if (!part.passed()) {
      return Optional.of(
          cited(
              Reason.of(
                  "reason.targets.side-fails",
                  side(side),
                  Argument.number("score", part.score().orElse(BigDecimal.ZERO)),
                  Argument.number("passMin", s.passMin.value())),
              s.passMin));
    }
    return Optional.empty();
  }

  // ---- evidence ----

  private List<Evidence> inspectionEvidence(InspectionKind kind) {
    List<Evidence> evidence = new ArrayList<>();
    for (Inspection i : cycle.inspectionsOf(unit.id())) {
      if (i.kind() != kind || i.date().isAfter(s.asOf)) {
        continue;
      }
      EnumSet<WorkSide> sides = EnumSet.noneOf(WorkSide.class);
      for (TargetId id : i.targets()) {
        cycle
            .target(id)
            .filter(t -> t.units().contains(unit.id()))
            .ifPresent(t -> sides.add(t.side()));
      }
      evidence.add(
          new Evidence(
              i.id(), i.date(), i.body(), i.title(), Sets.immutableEnumSet(sides), i.findings()));
    }
    evidence.sort(BY_DATE);
    return evidence;
  }

  private List<Evidence> assessmentEvidence() {
    Map<RecordId, Assessment> assessments = new LinkedHashMap<>();
    Map<RecordId, Set<WorkSide>> sides = new LinkedHashMap<>();
    for (WorkCycle.ScoreRecord r : scores.values()) {
      Assessment a = r.assessment();
      assessments.put(a.id(), a);
      cycle
          .target(r.score().target())
          .ifPresent(
              t ->
                  sides
                      .computeIfAbsent(a.id(), id -> EnumSet.noneOf(WorkSide.class))
                      .add(t.side()));
    }
    List<Evidence> evidence = new ArrayList<>();
    for (Assessment a : assessments.values()) {
      evidence.add(
          new Evidence(
              a.id(),
              a.date(),
              a.body(),
              a.title(),
              Sets.immutableEnumSet(sides.getOrDefault(a.id(), EnumSet.noneOf(WorkSide.class))),
              List.of()));
    }
    evidence.sort(BY_DATE);
    return evidence;
  }

  /** Whether the unit's records of one kind all cover one and the same side; empty if none. */
  private static Optional<Boolean> oneSided(List<Evidence> evidence) {
    if (evidence.isEmpty()) {
      return Optional.empty();
    }
    EnumSet<WorkSide> all = EnumSet.noneOf(WorkSide.class);
    evidence.forEach(e -> all.addAll(e.sides()));
    return Optional.of(all.size() == 1);
  }

  /** A party record and a union record of the same date. */
  private record SameDate(Evidence party, Evidence union) {}

  /** The first party-only and union-only records of the same date, in date order. */
  private static Optional<SameDate> sameDatePair(List<Evidence> evidence) {
    for (Evidence p : evidence) {
      if (!p.covers(WorkSide.PARTY)) {
        continue;
      }
      for (Evidence u : evidence) {
        if (u.covers(WorkSide.UNION) && u.date().equals(p.date())) {
          return Optional.of(new SameDate(p, u));
        }
      }
    }
    return Optional.empty();
  }

  private boolean hasTargets(WorkSide side) {
    return targets.stream().anyMatch(t -> t.side() == side);
  }

  // ---- reasons ----

  Decision missing(Rule rule, Reason reason) {
    if (s.cycleOver()) {
      return Decision.of(rule, subject, Verdict.NOT_SATISFIED, s.asOf, cited(reason));
    }
    return Decision.of(
        rule,
        subject,
        Verdict.INFORMATIONAL,
        s.asOf,
        cited(reason),
        Reason.of("reason.targets.cycle-running", Argument.date("end", s.cycleEnd)));
  }

  /** The reason resting on JOINT-DEPLOY, with the policy values it applied. */
  static Reason cited(Reason reason, PolicyValue<?>... used) {
    return reason.using(used).citing(TargetRules.JOINT_DEPLOY_CLAUSE);
  }

  /**
   * The reasons without direct citations that a policy value they applied already cites (same
   * source and article), so that a rendered reason names each clause once.
   */
  static ImmutableList<Reason> tidy(List<Reason> reasons) {
    ImmutableList.Builder<Reason> tidied = ImmutableList.builder();
    for (Reason r : reasons) {
      Set<String> viaParameters = new HashSet<>();
      r.parameters().forEach(p -> p.citations().forEach(c -> viaParameters.add(c.toString())));
      List<Citation> own =
          r.citations().stream().filter(c -> !viaParameters.contains(c.toString())).toList();
      tidied.add(
          own.size() == r.citations().size()
              ? r
              : Reason.of(r.messageKey(), r.arguments(), own, r.parameters()));
    }
    return tidied.build();
  }

  private static Argument side(WorkSide side) {
    return Argument.label("side", side);
  }

  private static Reason record(String key, Evidence e) {
    return Reason.of(
        key,
        Argument.id("record", e.id().value()),
        Argument.date("date", e.date()),
        Argument.text("body", e.body()),
        Argument.text("title", e.title()));
  }

  private Reason oneSided(Evidence e, WorkSide side) {
    return cited(
        Reason.of(
            "reason.targets.one-sided-record",
            Argument.id("record", e.id().value()),
            Argument.date("date", e.date()),
            Argument.text("body", e.body()),
            Argument.text("title", e.title()),
            side(side)));
  }

  private Reason sameDate(Evidence party, Evidence union) {
    return cited(
        Reason.of(
            "reason.targets.same-date-records",
            Argument.id("partyRecord", party.id().value()),
            Argument.id("unionRecord", union.id().value()),
            Argument.date("date", party.date())),
        s.sameDate);
  }
}
