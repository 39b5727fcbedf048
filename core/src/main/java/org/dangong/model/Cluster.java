package org.dangong.model;

import org.immutables.value.Value;

/**
 * A building area or intermediary (楼宇、园区、中介机构) in a region, in which small enterprises are
 * covered together: a joint party organisation and a union federation (工会联合会) founded at the
 * same time (SYNC-CLUSTER).
 *
 * <pre>{@code
 * Cluster park = Cluster.builder()
 *     .id(ClusterId.of("C-sip"))
 *     .name("工业园区科技园")
 *     .kind(ClusterKind.SCIENCE_PARK)
 *     .region(RegionId.of("R-sip"))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Cluster implements WithCluster {
  Cluster() {}

  /**
   * Returns the id of this cluster.
   *
   * @return the id
   */
  public abstract ClusterId id();

  /**
   * Returns the name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the kind of building area or intermediary.
   *
   * @return the kind
   */
  public abstract ClusterKind kind();

  /**
   * Returns the region the cluster lies in.
   *
   * @return the region's id
   */
  public abstract RegionId region();

  /**
   * Returns a new builder.
   *
   * @return a builder with no attributes set
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Problems p = new Problems("Cluster[" + id().value() + "]");
    Texts.requireName(p, "name", name());
    p.throwIfAny();
  }

  /** Builds a {@link Cluster}; {@link #build()} throws {@link InvalidValueException} on bad input. */
  public static final class Builder extends ImmutableCluster.Builder {
    Builder() {}
  }
}
