package org.dangong.targets;

import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A target (目标) that a {@link Deployment} sets for one or more units: a party-building or
 * union-building task with its weight and its scoring scale.
 *
 * <pre>{@code
 * Target t = Target.builder()
 *     .id(TargetId.of("T-7"))
 *     .side(WorkSide.UNION)
 *     .title("职工入会率达到90%以上")
 *     .weight(new BigDecimal("2"))
 *     .maxPoints(new BigDecimal("10"))
 *     .addUnit(UnitId.of("PO-1"))
 *     .build();
 * }</pre>
 *
 * <p>A unit's score on a target is between 0 and {@link #maxPoints()} (the scale's cap); the target
 * weighs {@link #weight()} against the unit's other targets of the same side. A {@link #veto()}
 * target is a 一票否决 item: when the policy enables vetoes and the target scores below the pass mark,
 * the unit fails whatever its other scores.
 *
 * <p>Weights and caps must be positive, the title not blank, the units known: that is checked when
 * the {@link WorkCycle} is built, with every other problem of the cycle, so that a cycle loaded
 * from a table reports all its problems at once.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Target implements WithTarget {
  Target() {}

  /**
   * Returns the id of this target, unique in its work cycle.
   *
   * @return the id
   */
  public abstract TargetId id();

  /**
   * Returns the side of the work the target belongs to.
   *
   * @return party building or union building
   */
  public abstract WorkSide side();

  /**
   * Returns the title of the target, as the deployment act words it.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the weight of the target among the unit's targets of the same side.
   *
   * @return the weight, positive in a valid cycle
   */
  public abstract BigDecimal weight();

  /**
   * Returns the cap of the scoring scale: scores run from 0 to this many points.
   *
   * @return the full points, positive in a valid cycle
   */
  public abstract BigDecimal maxPoints();

  /**
   * Returns the units the target is set for, in id order.
   *
   * @return the units' ids, at least one in a valid cycle
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedSet<UnitId> units();

  /**
   * Tells whether the target is a veto item (一票否决项).
   *
   * @return true for a veto item; false unless set
   */
  @Value.Default
  public boolean veto() {
    return false;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Target}; the target is checked when its {@link WorkCycle} is built. */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }
}
