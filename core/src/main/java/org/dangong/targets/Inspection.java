package org.dangong.targets;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An inspection (检查) — or, of kind {@link InspectionKind#SUPERVISION}, a supervision (督导) — of some
 * units on a date by a body, covering some of their targets, with its findings.
 *
 * <pre>{@code
 * Inspection check = Inspection.builder()
 *     .id(RecordId.of("I-2024-1"))
 *     .date(LocalDate.of(2024, 7, 10))
 *     .body("区委组织部、区总工会联合检查组")
 *     .title("2024年上半年党建和工会工作检查")
 *     .addUnit(UnitId.of("PO-1"))
 *     .addTarget(TargetId.of("T-1"), TargetId.of("T-7"))
 *     .addFinding("工会经费收缴台账不全")
 *     .build();
 * }</pre>
 *
 * <p>An inspection of a unit is joint (同检查) when the targets it covers include both party-building
 * and union-building targets of that unit. It is checked when its {@link WorkCycle} is built: every
 * unit and target known, every covered target set for one of the inspected units, every inspected
 * unit with a covered target, and the date not before any act that set a covered target.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Inspection implements WithInspection {
  Inspection() {}

  /**
   * Returns the id of this record, unique among the cycle's records.
   *
   * @return the id
   */
  public abstract RecordId id();

  /**
   * Returns whether this is an inspection or a supervision.
   *
   * @return the kind; {@link InspectionKind#INSPECTION} unless set
   */
  @Value.Default
  public InspectionKind kind() {
    return InspectionKind.INSPECTION;
  }

  /**
   * Returns the date of the inspection.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the inspecting body, such as a joint inspection group.
   *
   * @return the body
   */
  public abstract String body();

  /**
   * Returns the title of the inspection or its report.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the units inspected, in id order.
   *
   * @return the units' ids, at least one in a valid cycle
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<UnitId> units();

  /**
   * Returns the targets covered, in id order.
   *
   * @return the targets' ids, at least one in a valid cycle
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<TargetId> targets();

  /**
   * Returns the findings, as recorded.
   *
   * @return the findings, possibly empty
   */
  public abstract ImmutableList<String> findings();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Inspection}; it is checked when its {@link WorkCycle} is built. */
  public static final class Builder extends ImmutableInspection.Builder {
    Builder() {}
  }
}
