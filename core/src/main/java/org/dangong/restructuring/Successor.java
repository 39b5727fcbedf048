package org.dangong.restructuring;

import java.util.Optional;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseId;
import org.immutables.value.Value;

/**
 * The enterprise that takes over staff in a merger or split: an existing enterprise of the
 * jurisdiction (吸收合并, 派生分立) or a new one to be founded (新设合并, 新设分立).
 *
 * <pre>{@code
 * Successor existing = Successor.existing(EnterpriseId.of("E-9"));
 * Successor founded = Successor.toBeFounded(Enterprise.builder()
 *     .id(EnterpriseId.of("E-new"))
 *     .name("苏州新合电子有限公司")
 *     .ownership(Ownership.PRIVATE)
 *     .region(RegionId.of("R-sip"))
 *     .headcount(420)
 *     .femaleHeadcount(180)
 *     .founded(LocalDate.of(2026, 7, 1))
 *     .build());
 * }</pre>
 *
 * <p>Exactly one of {@link #existingEnterprise()} and {@link #newEnterprise()} is present.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Successor {
  Successor() {}

  /**
   * Returns the id of the existing enterprise, for an existing successor.
   *
   * @return the id, or empty for a new enterprise
   */
  @Value.Parameter
  public abstract Optional<EnterpriseId> existingEnterprise();

  /**
   * Returns the enterprise to be founded, for a new successor; its headcount and female headcount
   * are taken as given.
   *
   * @return the new enterprise, or empty for an existing one
   */
  @Value.Parameter
  public abstract Optional<Enterprise> newEnterprise();

  /**
   * Returns the successor's id, existing or new.
   *
   * @return the id
   */
  public final EnterpriseId id() {
    return existingEnterprise().orElseGet(() -> newEnterprise().map(Enterprise::id).orElseThrow());
  }

  /**
   * Tells whether the successor is to be founded.
   *
   * @return true for a new enterprise
   */
  public final boolean isNew() {
    return newEnterprise().isPresent();
  }

  /**
   * Obtains an existing successor.
   *
   * @param enterprise the id of an enterprise of the jurisdiction
   * @return the successor
   */
  public static Successor existing(EnterpriseId enterprise) {
    return ImmutableSuccessor.of(Optional.of(enterprise), Optional.empty());
  }

  /**
   * Obtains a successor to be founded.
   *
   * @param enterprise the new enterprise, with an id not yet used in the jurisdiction
   * @return the successor
   */
  public static Successor toBeFounded(Enterprise enterprise) {
    return ImmutableSuccessor.of(Optional.empty(), Optional.of(enterprise));
  }

  @Value.Check
  void check() {
    ProblemCollector p = new ProblemCollector();
    p.require(
        existingEnterprise().isPresent() != newEnterprise().isPresent(),
        "Successor",
        "EXACTLY_ONE_OF_EXISTING_OR_NEW",
        existingEnterprise().map(EnterpriseId::value).orElse(""));
    p.throwIfAny();
  }

  @Override
  public String toString() {
    return "Successor[" + id().value() + (isNew() ? " (new)" : "") + "]";
  }
}
