package org.dangong.model;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * An enterprise (企业): its ownership, region, clusters, staff counts, founding date and status.
 *
 * <pre>{@code
 * Enterprise weide = Enterprise.builder()
 *     .id(EnterpriseId.of("E-1"))
 *     .name("伟德电子有限公司")
 *     .ownership(Ownership.FOREIGN_INVESTED)
 *     .region(RegionId.of("R-sip"))
 *     .headcount(320)
 *     .femaleHeadcount(140)
 *     .founded(LocalDate.of(2004, 5, 1))
 *     .build();
 * }</pre>
 *
 * <p>The headcount is the enterprise's total staff (职工人数), which is what UNION-LAW Art. 14
 * counts; the people the caller knows individually are the {@link Person}s employed by it, and may
 * be fewer. The status defaults to {@link EnterpriseStatus#OPERATING}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Enterprise implements WithEnterprise {
  Enterprise() {}

  /**
   * Returns the id of this enterprise.
   *
   * @return the id
   */
  public abstract EnterpriseId id();

  /**
   * Returns the registered name.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns the ownership type.
   *
   * @return the ownership
   */
  public abstract Ownership ownership();

  /**
   * Returns the region the enterprise is registered in.
   *
   * @return the region's id
   */
  public abstract RegionId region();

  /**
   * Returns the building areas and intermediaries the enterprise belongs to (SYNC-CLUSTER).
   *
   * @return the clusters' ids, possibly empty
   */
  public abstract ImmutableSet<ClusterId> clusters();

  /**
   * Returns the total number of staff (职工人数).
   *
   * @return the headcount, at least 0
   */
  public abstract int headcount();

  /**
   * Returns the number of female staff (女职工人数), used by UNION-LAW Art. 11's women's committee.
   *
   * @return the female headcount, between 0 and {@link #headcount()}
   */
  public abstract int femaleHeadcount();

  /**
   * Returns the founding date.
   *
   * @return the founding date
   */
  public abstract LocalDate founded();

  /**
   * Returns the operating status; {@link EnterpriseStatus#OPERATING} unless set.
   *
   * @return the status
   */
  @Value.Default
  public EnterpriseStatus status() {
    return EnterpriseStatus.OPERATING;
  }

  /**
   * Tells whether the enterprise is non-public (非公有制企业), the scope of 党建带工建.
   *
   * @return true if the ownership is non-public
   */
  public final boolean isNonPublic() {
    return ownership().isNonPublic();
  }

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
    Problems p = new Problems("Enterprise[" + id().value() + "]");
    Texts.requireName(p, "name", name());
    p.require(headcount() >= 0, "headcount", "NOT_NEGATIVE", headcount());
    p.require(femaleHeadcount() >= 0, "femaleHeadcount", "NOT_NEGATIVE", femaleHeadcount());
    p.require(
        femaleHeadcount() <= headcount(), "femaleHeadcount", "AT_MOST_HEADCOUNT", femaleHeadcount());
    p.throwIfAny();
  }

  /** Builds an {@link Enterprise}; {@link #build()} throws {@link InvalidValueException} on bad input. */
  public static final class Builder extends ImmutableEnterprise.Builder {
    Builder() {}
  }
}
