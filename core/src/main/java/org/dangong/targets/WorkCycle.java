package org.dangong.targets;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dangong.model.InvalidValueException;
import org.jspecify.annotations.Nullable;

/**
 * A work cycle (工作周期) of joint target management, usually a year: the units it is kept for, the
 * acts that set their targets, the inspections and assessments of them, and the commendation
 * quotas.
 *
 * <p>Build one with {@link #builder(String, LocalDate, LocalDate)}; {@link Builder#build()} checks
 * the whole cycle and throws one {@link InvalidValueException} naming <em>every</em> problem, each
 * with its path, rule and value:
 *
 * <pre>{@code
 * WorkCycle cycle = WorkCycle.builder("2024年度", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
 *     .addUnit(Unit.ledBy(jurisdiction, OrganizationId.of("PO-1")))
 *     .addDeployment(act)
 *     .addInspection(check)
 *     .addAssessment(review)
 *     .addQuota(Quota.forRegion(RegionId.of("R-wj"), 3))
 *     .build();
 * }</pre>
 *
 * <p>What {@code build()} checks (rule codes in capitals):
 *
 * <ul>
 *   <li>the cycle: a name ({@code NOT_BLANK}), an end {@code NOT_BEFORE_START};
 *   <li>ids: no unit, record (act, inspection, assessment) or target id used twice ({@code
 *       DUPLICATE_ID});
 *   <li>texts: names, bodies, titles, categories and findings {@code NOT_BLANK}, at most 200
 *       characters, no control characters;
 *   <li>acts: {@code AT_LEAST_ONE_TARGET}; targets: weight and cap {@code POSITIVE}, {@code
 *       AT_LEAST_ONE_UNIT}, no {@code UNKNOWN_UNIT};
 *   <li>inspections: {@code AT_LEAST_ONE_UNIT}, {@code AT_LEAST_ONE_TARGET}, no {@code
 *       UNKNOWN_UNIT} or {@code UNKNOWN_TARGET}, every covered target set for an inspected unit
 *       ({@code TARGET_NOT_SET_FOR_INSPECTED_UNITS}), every inspected unit with a covered target
 *       ({@code NO_COVERED_TARGET_OF_UNIT}), and no inspection before the act that set a target it
 *       covers ({@code NOT_BEFORE_DEPLOYMENT});
 *   <li>assessments: {@code AT_LEAST_ONE_SCORE}, no {@code UNKNOWN_UNIT} or {@code UNKNOWN_TARGET},
 *       the target set for the unit ({@code TARGET_NOT_SET_FOR_UNIT}), points within the scale
 *       ({@code POINTS_WITHIN_SCALE}), no target scored twice for a unit ({@code DUPLICATE_SCORE}),
 *       and no assessment before the act that set a target it scores ({@code
 *       NOT_BEFORE_DEPLOYMENT});
 *   <li>quotas and places: {@code NOT_NEGATIVE}, one quota per region or category ({@code
 *       DUPLICATE_QUOTA}).
 * </ul>
 *
 * <p>Missing data is not a problem: a unit nobody inspected or assessed is reported by the {@link
 * TargetEngine} as a finding. Every collection is kept in id order (quotas by scope and key)
 * whatever the order of insertion, so two cycles with the same content are equal and give the same
 * report. Building sorts once and indexes in linear time.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkCycle {
  private static final Comparator<Quota> QUOTA_ORDER =
      Comparator.comparing(Quota::scope).thenComparing(Quota::key);

  private final String name;
  private final LocalDate start;
  private final LocalDate end;
  private final ImmutableList<Unit> units;
  private final ImmutableList<Deployment> deployments;
  private final ImmutableList<Inspection> inspections;
  private final ImmutableList<Assessment> assessments;
  private final ImmutableList<Quota> quotas;
  private final Optional<Integer> commendationPlaces;

  private final ImmutableMap<UnitId, Unit> unitsById;
  private final ImmutableMap<TargetId, Target> targetsById;
  private final ImmutableMap<TargetId, Deployment> actOfTarget;
  private final ImmutableListMultimap<UnitId, Target> targetsByUnit;
  private final ImmutableListMultimap<UnitId, Inspection> inspectionsByUnit;
  private final ImmutableListMultimap<UnitId, ScoreRecord> scoresByUnit;

  /** A score with the assessment that gave it. */
  record ScoreRecord(Assessment assessment, Score score) {}

  private WorkCycle(Builder b) {
    this.name = b.name;
    this.start = b.start;
    this.end = b.end;
    this.units = ImmutableList.sortedCopyOf(Comparator.comparing(Unit::id), b.units);
    this.deployments =
        ImmutableList.sortedCopyOf(Comparator.comparing(Deployment::id), b.deployments);
    this.inspections =
        ImmutableList.sortedCopyOf(Comparator.comparing(Inspection::id), b.inspections);
    this.assessments =
        ImmutableList.sortedCopyOf(Comparator.comparing(Assessment::id), b.assessments);
    this.quotas = ImmutableList.sortedCopyOf(QUOTA_ORDER, b.quotas);
    this.commendationPlaces = b.commendationPlaces;

    ImmutableMap.Builder<UnitId, Unit> byId = ImmutableMap.builder();
    units.forEach(u -> byId.put(u.id(), u));
    this.unitsById = byId.buildOrThrow();
    List<Target> allTargets = new ArrayList<>();
    Map<TargetId, Deployment> acts = new HashMap<>();
    for (Deployment d : deployments) {
      for (Target t : d.targets()) {
        allTargets.add(t);
        acts.put(t.id(), d);
      }
    }
    allTargets.sort(Comparator.comparing(Target::id));
    ImmutableMap.Builder<TargetId, Target> targets = ImmutableMap.builder();
    ImmutableMap.Builder<TargetId, Deployment> actOf = ImmutableMap.builder();
    ImmutableListMultimap.Builder<UnitId, Target> byUnit = ImmutableListMultimap.builder();
    for (Target t : allTargets) {
      targets.put(t.id(), t);
      actOf.put(t.id(), Objects.requireNonNull(acts.get(t.id())));
      t.units().forEach(u -> byUnit.put(u, t));
    }
    this.targetsById = targets.buildOrThrow();
    this.actOfTarget = actOf.buildOrThrow();
    this.targetsByUnit = byUnit.build();
    ImmutableListMultimap.Builder<UnitId, Inspection> inspected = ImmutableListMultimap.builder();
    for (Inspection i : inspections) {
      i.units().forEach(u -> inspected.put(u, i));
    }
    this.inspectionsByUnit = inspected.build();
    ImmutableListMultimap.Builder<UnitId, ScoreRecord> scored = ImmutableListMultimap.builder();
    for (Assessment a : assessments) {
      a.scores().forEach(s -> scored.put(s.unit(), new ScoreRecord(a, s)));
    }
    this.scoresByUnit = scored.build();
  }

  /**
   * Returns a new builder of a cycle.
   *
   * @param name the name of the cycle, such as "2024年度"
   * @param start the first day of the cycle
   * @param end the last day of the cycle, not before {@code start}
   * @return the builder
   */
  public static Builder builder(String name, LocalDate start, LocalDate end) {
    return new Builder(name, start, end);
  }

  /**
   * Returns a builder holding everything in this cycle, to derive a changed cycle from it.
   *
   * @return a builder with this cycle's content
   */
  public Builder toBuilder() {
    Builder b = new Builder(name, start, end);
    b.units.addAll(units);
    b.deployments.addAll(deployments);
    b.inspections.addAll(inspections);
    b.assessments.addAll(assessments);
    b.quotas.addAll(quotas);
    b.commendationPlaces = commendationPlaces;
    return b;
  }

  /**
   * Returns the name of the cycle.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the first day of the cycle.
   *
   * @return the start date
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the last day of the cycle (inclusive). After it, a missing inspection or assessment is
   * a shortcoming rather than something still to come.
   *
   * @return the end date
   */
  public LocalDate end() {
    return end;
  }

  /**
   * Returns the units, in id order.
   *
   * @return the units
   */
  public ImmutableList<Unit> units() {
    return units;
  }

  /**
   * Returns the deployment acts and plans, in id order.
   *
   * @return the acts
   */
  public ImmutableList<Deployment> deployments() {
    return deployments;
  }

  /**
   * Returns the inspections and supervisions, in id order.
   *
   * @return the inspections
   */
  public ImmutableList<Inspection> inspections() {
    return inspections;
  }

  /**
   * Returns the assessments, in id order.
   *
   * @return the assessments
   */
  public ImmutableList<Assessment> assessments() {
    return assessments;
  }

  /**
   * Returns the commendation quotas, ordered by scope and key.
   *
   * @return the quotas
   */
  public ImmutableList<Quota> quotas() {
    return quotas;
  }

  /**
   * Returns how many units the commendation list may hold in all, if limited.
   *
   * @return the places, or empty for no overall limit
   */
  public Optional<Integer> commendationPlaces() {
    return commendationPlaces;
  }

  /**
   * Looks up a unit.
   *
   * @param id the id
   * @return the unit, if present
   */
  public Optional<Unit> unit(UnitId id) {
    return Optional.ofNullable(unitsById.get(id));
  }

  /**
   * Looks up a target.
   *
   * @param id the id
   * @return the target, if present
   */
  public Optional<Target> target(TargetId id) {
    return Optional.ofNullable(targetsById.get(id));
  }

  /**
   * Returns the act that set a target.
   *
   * @param id the target's id
   * @return the act, if the target is present
   */
  public Optional<Deployment> deploymentOf(TargetId id) {
    return Optional.ofNullable(actOfTarget.get(id));
  }

  /**
   * Returns every target set for a unit, in id order, whatever act set it and whenever.
   *
   * @param unit the unit's id
   * @return the targets; O(1)
   */
  public ImmutableList<Target> targetsOf(UnitId unit) {
    return targetsByUnit.get(unit);
  }

  /**
   * Returns every inspection and supervision of a unit, in id order.
   *
   * @param unit the unit's id
   * @return the inspections; O(1)
   */
  public ImmutableList<Inspection> inspectionsOf(UnitId unit) {
    return inspectionsByUnit.get(unit);
  }

  /** Every score of a unit with its assessment, by assessment id then target id; O(1). */
  ImmutableList<ScoreRecord> scoresOf(UnitId unit) {
    return scoresByUnit.get(unit);
  }

  /** The act that set a target of a valid cycle. */
  Deployment actOf(TargetId target) {
    return Objects.requireNonNull(actOfTarget.get(target));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof WorkCycle c
        && name.equals(c.name)
        && start.equals(c.start)
        && end.equals(c.end)
        && units.equals(c.units)
        && deployments.equals(c.deployments)
        && inspections.equals(c.inspections)
        && assessments.equals(c.assessments)
        && quotas.equals(c.quotas)
        && commendationPlaces.equals(c.commendationPlaces);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name, start, end, units, deployments, inspections, assessments, quotas, commendationPlaces);
  }

  /**
   * Returns a summary of the cycle, such as {@code WorkCycle[2024年度 2024-01-01..2024-12-31,
   * units=3, deployments=1, inspections=2, assessments=1, quotas=0]}.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    return "WorkCycle["
        + name
        + " "
        + start
        + ".."
        + end
        + ", units="
        + units.size()
        + ", deployments="
        + deployments.size()
        + ", inspections="
        + inspections.size()
        + ", assessments="
        + assessments.size()
        + ", quotas="
        + quotas.size()
        + "]";
  }

  /**
   * Builds a {@link WorkCycle}; {@link #build()} checks the whole cycle at once. A builder is not
   * thread-safe.
   */
  public static final class Builder {
    private final String name;
    private final LocalDate start;
    private final LocalDate end;
    private final List<Unit> units = new ArrayList<>();
    private final List<Deployment> deployments = new ArrayList<>();
    private final List<Inspection> inspections = new ArrayList<>();
    private final List<Assessment> assessments = new ArrayList<>();
    private final List<Quota> quotas = new ArrayList<>();
    private Optional<Integer> commendationPlaces = Optional.empty();

    private Builder(String name, LocalDate start, LocalDate end) {
      this.name = name;
      this.start = start;
      this.end = end;
    }

    /**
     * Adds a unit.
     *
     * @param unit the unit
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addUnit(Unit unit) {
      units.add(unit);
      return this;
    }

    /**
     * Adds units.
     *
     * @param values the units
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addUnits(Iterable<? extends Unit> values) {
      values.forEach(units::add);
      return this;
    }

    /**
     * Adds a deployment act or plan.
     *
     * @param deployment the act
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addDeployment(Deployment deployment) {
      deployments.add(deployment);
      return this;
    }

    /**
     * Adds deployment acts or plans.
     *
     * @param values the acts
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addDeployments(Iterable<? extends Deployment> values) {
      values.forEach(deployments::add);
      return this;
    }

    /**
     * Adds an inspection or supervision.
     *
     * @param inspection the inspection
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addInspection(Inspection inspection) {
      inspections.add(inspection);
      return this;
    }

    /**
     * Adds inspections or supervisions.
     *
     * @param values the inspections
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addInspections(Iterable<? extends Inspection> values) {
      values.forEach(inspections::add);
      return this;
    }

    /**
     * Adds an assessment.
     *
     * @param assessment the assessment
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAssessment(Assessment assessment) {
      assessments.add(assessment);
      return this;
    }

    /**
     * Adds assessments.
     *
     * @param values the assessments
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addAssessments(Iterable<? extends Assessment> values) {
      values.forEach(assessments::add);
      return this;
    }

    /**
     * Adds a commendation quota.
     *
     * @param quota the quota
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addQuota(Quota quota) {
      quotas.add(quota);
      return this;
    }

    /**
     * Adds commendation quotas.
     *
     * @param values the quotas
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder addQuotas(Iterable<? extends Quota> values) {
      values.forEach(quotas::add);
      return this;
    }

    /**
     * Limits the commendation list to a number of units in all.
     *
     * @param places the places, not negative
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder commendationPlaces(int places) {
      commendationPlaces = Optional.of(places);
      return this;
    }

    /**
     * Removes every record matching a predicate from the builder, whatever its kind — useful to
     * derive a cycle as it was known at an earlier time.
     *
     * @param predicate selects the records to remove, given their id
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder removeRecordsIf(java.util.function.Predicate<? super RecordId> predicate) {
      deployments.removeIf(d -> predicate.test(d.id()));
      inspections.removeIf(i -> predicate.test(i.id()));
      assessments.removeIf(a -> predicate.test(a.id()));
      return this;
    }

    /**
     * Checks the whole cycle and builds it.
     *
     * @return the cycle
     * @throws InvalidValueException naming every problem of the cycle (see {@link WorkCycle})
     */
    public WorkCycle build() {
      ProblemCollector p = new ProblemCollector();
      p.requireText("WorkCycle.name", name);
      p.require(!end.isBefore(start), "WorkCycle.end", "NOT_BEFORE_START", end);
      Map<UnitId, Unit> unitsById = checkUnits(p);
      Set<RecordId> recordIds = new HashSet<>();
      Map<TargetId, Target> targets = new HashMap<>();
      Map<TargetId, Deployment> actOf = new HashMap<>();
      for (Deployment d : deployments) {
        checkDeployment(p, d, recordIds, unitsById, targets, actOf);
      }
      for (Inspection i : inspections) {
        checkInspection(p, i, recordIds, unitsById, targets, actOf);
      }
      Set<ScoreKey> scored = new HashSet<>();
      for (Assessment a : assessments) {
        checkAssessment(p, a, recordIds, unitsById, targets, actOf, scored);
      }
      Set<String> quotaKeys = new HashSet<>();
      for (Quota q : quotas) {
        String path = "WorkCycle.quotas[" + q.scope() + ":" + q.key() + "]";
        p.requireText(path + ".key", q.key());
        p.require(q.places() >= 0, path + ".places", "NOT_NEGATIVE", q.places());
        p.require(quotaKeys.add(q.scope() + "\u0000" + q.key()), path, "DUPLICATE_QUOTA", q.key());
      }
      commendationPlaces.ifPresent(
          n -> p.require(n >= 0, "WorkCycle.commendationPlaces", "NOT_NEGATIVE", n));
      p.throwIfAny();
      return new WorkCycle(this);
    }

    private Map<UnitId, Unit> checkUnits(ProblemCollector p) {
      Map<UnitId, Unit> byId = new HashMap<>();
      for (Unit u : units) {
        String path = "WorkCycle.units[" + u.id().value() + "]";
        p.require(byId.putIfAbsent(u.id(), u) == null, path, "DUPLICATE_ID", u.id().value());
        p.requireText(path + ".name", u.name());
        u.category().ifPresent(c -> p.requireText(path + ".category", c));
      }
      return byId;
    }

    private static void checkDeployment(
        ProblemCollector p,
        Deployment d,
        Set<RecordId> recordIds,
        Map<UnitId, Unit> units,
        Map<TargetId, Target> targets,
        Map<TargetId, Deployment> actOf) {
      String path = "WorkCycle.deployments[" + d.id().value() + "]";
      p.require(recordIds.add(d.id()), path, "DUPLICATE_ID", d.id().value());
      p.requireText(path + ".issuingBody", d.issuingBody());
      p.requireText(path + ".title", d.title());
      p.require(!d.targets().isEmpty(), path + ".targets", "AT_LEAST_ONE_TARGET", 0);
      for (Target t : d.targets()) {
        String tp = path + ".targets[" + t.id().value() + "]";
        if (targets.putIfAbsent(t.id(), t) == null) {
          actOf.put(t.id(), d);
        } else {
          p.add(tp, "DUPLICATE_ID", t.id().value());
        }
        p.requireText(tp + ".title", t.title());
        p.require(t.weight().signum() > 0, tp + ".weight", "POSITIVE", t.weight().toPlainString());
        p.require(
            t.maxPoints().signum() > 0,
            tp + ".maxPoints",
            "POSITIVE",
            t.maxPoints().toPlainString());
        p.require(!t.units().isEmpty(), tp + ".units", "AT_LEAST_ONE_UNIT", 0);
        for (UnitId u : t.units()) {
          p.require(units.containsKey(u), tp + ".units", "UNKNOWN_UNIT", u.value());
        }
      }
    }

    private static void checkInspection(
        ProblemCollector p,
        Inspection i,
        Set<RecordId> recordIds,
        Map<UnitId, Unit> units,
        Map<TargetId, Target> targets,
        Map<TargetId, Deployment> actOf) {
      String path = "WorkCycle.inspections[" + i.id().value() + "]";
      p.require(recordIds.add(i.id()), path, "DUPLICATE_ID", i.id().value());
      p.requireText(path + ".body", i.body());
      p.requireText(path + ".title", i.title());
      for (String finding : i.findings()) {
        p.requireText(path + ".findings", finding);
      }
      p.require(!i.units().isEmpty(), path + ".units", "AT_LEAST_ONE_UNIT", 0);
      p.require(!i.targets().isEmpty(), path + ".targets", "AT_LEAST_ONE_TARGET", 0);
      for (UnitId u : i.units()) {
        p.require(units.containsKey(u), path + ".units", "UNKNOWN_UNIT", u.value());
      }
      Set<UnitId> covered = new HashSet<>();
      Set<RecordId> laterActs = new HashSet<>();
      for (TargetId id : i.targets()) {
        Target t = targets.get(id);
        if (t == null) {
          p.add(path + ".targets", "UNKNOWN_TARGET", id.value());
          continue;
        }
        boolean forInspected = false;
        for (UnitId u : t.units()) {
          if (i.units().contains(u)) {
            covered.add(u);
            forInspected = true;
          }
        }
        p.require(
            forInspected, path + ".targets", "TARGET_NOT_SET_FOR_INSPECTED_UNITS", id.value());
        requireNotBeforeAct(
            p, path + ".date", i.date(), Objects.requireNonNull(actOf.get(id)), laterActs);
      }
      for (UnitId u : i.units()) {
        if (units.containsKey(u)) {
          p.require(covered.contains(u), path + ".units", "NO_COVERED_TARGET_OF_UNIT", u.value());
        }
      }
    }

    private static void checkAssessment(
        ProblemCollector p,
        Assessment a,
        Set<RecordId> recordIds,
        Map<UnitId, Unit> units,
        Map<TargetId, Target> targets,
        Map<TargetId, Deployment> actOf,
        Set<ScoreKey> scored) {
      String path = "WorkCycle.assessments[" + a.id().value() + "]";
      p.require(recordIds.add(a.id()), path, "DUPLICATE_ID", a.id().value());
      p.requireText(path + ".body", a.body());
      p.requireText(path + ".title", a.title());
      p.require(!a.scores().isEmpty(), path + ".scores", "AT_LEAST_ONE_SCORE", 0);
      Set<RecordId> laterActs = new HashSet<>();
      for (Score s : a.scores()) {
        String sp = path + ".scores[" + s.unit().value() + "/" + s.target().value() + "]";
        boolean unitKnown = units.containsKey(s.unit());
        p.require(unitKnown, sp + ".unit", "UNKNOWN_UNIT", s.unit().value());
        Target t = targets.get(s.target());
        if (t == null) {
          p.add(sp + ".target", "UNKNOWN_TARGET", s.target().value());
        } else {
          if (unitKnown) {
            p.require(
                t.units().contains(s.unit()),
                sp + ".target",
                "TARGET_NOT_SET_FOR_UNIT",
                s.target().value());
          }
          p.require(
              s.points().signum() >= 0 && s.points().compareTo(t.maxPoints()) <= 0,
              sp + ".points",
              "POINTS_WITHIN_SCALE",
              s.points().toPlainString() + " not in 0.." + t.maxPoints().toPlainString());
          requireNotBeforeAct(
              p,
              path + ".date",
              a.date(),
              Objects.requireNonNull(actOf.get(s.target())),
              laterActs);
        }
        p.require(
            scored.add(new ScoreKey(s.unit(), s.target())),
            sp,
            "DUPLICATE_SCORE",
            s.unit().value() + "/" + s.target().value());
      }
    }

    /** Reports a record dated before an act that set one of its targets, once per act. */
    private static void requireNotBeforeAct(
        ProblemCollector p, String path, LocalDate date, Deployment act, Set<RecordId> reported) {
      p.require(
          !date.isBefore(act.date()) || !reported.add(act.id()),
          path,
          "NOT_BEFORE_DEPLOYMENT",
          date + " is before " + act.id().value() + " of " + act.date());
    }

    private record ScoreKey(UnitId unit, TargetId target) {}
  }
}
