package org.dangong.targets;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import java.time.LocalDate;
import java.util.Comparator;
import org.immutables.value.Value;

/**
 * A deployment act (部署): a document issued on a date by a body that sets party-building and
 * union-building targets for units — or, of kind {@link DeploymentKind#PLAN}, a plan (规划) that
 * does.
 *
 * <pre>{@code
 * Deployment act = Deployment.builder()
 *     .id(RecordId.of("D-2024-1"))
 *     .date(LocalDate.of(2024, 2, 20))
 *     .issuingBody("中共吴江区委组织部")
 *     .title("关于印发2024年度非公企业党建和工会工作目标的通知")
 *     .addTarget(partyTarget)
 *     .addTarget(unionTarget)
 *     .build();
 * }</pre>
 *
 * <p>JOINT-DEPLOY (同部署) holds for a unit when its union-building targets are set by acts that also
 * set party-building targets for it — the union's work written into the party's targets
 * (LEAD-PLAN). The targets are kept in id order, so that the order they were added in does not
 * matter. An act is checked when its {@link WorkCycle} is built: at least one target, texts not
 * blank, every target valid.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Deployment implements WithDeployment {
  private static final Comparator<Target> BY_ID = Comparator.comparing(Target::id);

  Deployment() {}

  /**
   * Returns the id of this act, unique among the cycle's records.
   *
   * @return the id
   */
  public abstract RecordId id();

  /**
   * Returns whether this is a deployment act or a plan.
   *
   * @return the kind; {@link DeploymentKind#DEPLOYMENT} unless set
   */
  @Value.Default
  public DeploymentKind kind() {
    return DeploymentKind.DEPLOYMENT;
  }

  /**
   * Returns the date of issue.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * Returns the issuing body, such as "中共吴江区委组织部".
   *
   * @return the issuing body
   */
  public abstract String issuingBody();

  /**
   * Returns the document title.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the targets the act sets, in id order.
   *
   * @return the targets, at least one in a valid cycle
   */
  public abstract ImmutableList<Target> targets();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  Deployment normalize() {
    if (Ordering.from(BY_ID).isOrdered(targets())) {
      return this;
    }
    return ImmutableDeployment.copyOf(this)
        .withTargets(ImmutableList.sortedCopyOf(BY_ID, targets()));
  }

  /** Builds a {@link Deployment}; the act is checked when its {@link WorkCycle} is built. */
  public static final class Builder extends ImmutableDeployment.Builder {
    Builder() {}
  }
}
