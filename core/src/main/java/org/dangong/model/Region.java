package org.dangong.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A region in the administrative tree (行政区域): a city, county-level city, district, town (镇),
 * subdistrict (街道) or development zone, with its parent.
 *
 * <p>Build one with {@link #builder()}:
 *
 * <pre>{@code
 * Region town = Region.builder()
 *     .id(RegionId.of("R-tx"))
 *     .name("同里镇")
 *     .level(RegionLevel.TOWN)
 *     .parent(RegionId.of("R-wj"))
 *     .build();
 * }</pre>
 *
 * <p>That the parent exists and that the tree has no cycle is checked when the region is added to a
 * {@link Jurisdiction}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Region implements WithRegion {
  Region() {}

  /**
   * Returns the id of this region.
   *
   * @return the id
   */
  public abstract RegionId id();

  /**
   * Returns the name, such as "吴江区".
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the level in the administrative tree.
   *
   * @return the level
   */
  public abstract RegionLevel level();

  /**
   * Returns the parent region; empty for the root of a tree, typically the city.
   *
   * @return the parent's id, if any
   */
  public abstract Optional<RegionId> parent();

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
    Problems p = new Problems("Region[" + id().value() + "]");
    Texts.requireName(p, "name", name());
    p.require(!parent().equals(Optional.of(id())), "parent", "NOT_OWN_PARENT", id().value());
    p.throwIfAny();
  }

  /** Builds a {@link Region}; {@link #build()} throws {@link InvalidValueException} on bad input. */
  public static final class Builder extends ImmutableRegion.Builder {
    Builder() {}
  }
}
