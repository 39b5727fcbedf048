package org.dangong.targets;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Optional;
import org.dangong.decision.Decision;
import org.dangong.policy.JointStage;
import org.immutables.value.Value;

/**
 * The report of a work cycle as of a date: for every unit, per joint stage, whether party and union
 * work were done together and why; scores with breakdowns; grades; the commendation list with the
 * reasons for every unit left out; and the units inspected or supervised on one side only.
 *
 * <p>Reports of equal cycles under equal policies on the same date are equal.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(copy = false)
public abstract class CycleReport {
  CycleReport() {}

  /**
   * Returns the name of the cycle.
   *
   * @return the name
   */
  public abstract String cycleName();

  /**
   * Returns the date the report was made for.
   *
   * @return the as-of date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the joint stages of the policy in force on the as-of date.
   *
   * @return the stages evaluated
   */
  public abstract ImmutableSet<JointStage> jointStages();

  /**
   * Returns the report of every unit, in unit id order.
   *
   * @return the unit reports
   */
  public abstract ImmutableList<UnitReport> units();

  /**
   * Returns the eligible units in rank order (see {@link TargetEngine#RANKING}).
   *
   * @return the ranking
   */
  public abstract ImmutableList<UnitId> ranking();

  /**
   * Returns the commendation list: the units commended, in rank order.
   *
   * @return the commended units
   */
  public abstract ImmutableList<UnitId> commended();

  /**
   * Returns the units whose inspections (kind {@link InspectionKind#INSPECTION}) on or before the
   * as-of date all covered targets of one side only, in id order.
   *
   * @return the units inspected on one side only
   */
  public abstract ImmutableList<UnitId> inspectedOnOneSideOnly();

  /**
   * Returns the units whose supervisions (kind {@link InspectionKind#SUPERVISION}) on or before the
   * as-of date all covered targets of one side only, in id order.
   *
   * @return the units supervised on one side only
   */
  public abstract ImmutableList<UnitId> supervisedOnOneSideOnly();

  /**
   * Returns the report of one unit.
   *
   * @param unit the unit's id
   * @return the unit's report, if the unit is in the cycle; O(1)
   */
  public Optional<UnitReport> unit(UnitId unit) {
    return Optional.ofNullable(byUnit().get(unit));
  }

  /** The unit reports by unit id, indexed once on first use. */
  @Value.Lazy
  ImmutableMap<UnitId, UnitReport> byUnit() {
    ImmutableMap.Builder<UnitId, UnitReport> index = ImmutableMap.builder();
    units().forEach(r -> index.put(r.unit().id(), r));
    return index.buildOrThrow();
  }

  /**
   * Returns every decision of the report: each unit's decisions, in unit order.
   *
   * @return the decisions
   */
  public ImmutableList<Decision> decisions() {
    ImmutableList.Builder<Decision> all = ImmutableList.builder();
    units().forEach(u -> all.addAll(u.decisions()));
    return all.build();
  }
}
