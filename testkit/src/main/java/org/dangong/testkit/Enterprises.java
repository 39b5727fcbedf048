package org.dangong.testkit;

import org.dangong.model.Enterprise;
import org.dangong.model.Ownership;

/**
 * Entry point for generators of {@link Enterprise}s, one at a time, and the ownership mix of the
 * seed's city. Enterprises inside a consistent jurisdiction — with staff, party organisations and
 * unions — come from {@link Jurisdictions#jurisdictions()}.
 *
 * <pre>{@code
 * Enterprise e = Enterprises.enterprises()
 *     .ownershipMix(Mix.of(Ownership.FOREIGN_INVESTED, 1))
 *     .headcounts(200, 2000)
 *     .generate(42);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Enterprises {
  private Enterprises() {}

  /**
   * Returns a generator of single enterprises with the default settings: the {@link
   * #suzhouOwnershipMix()}, headcounts from 0 to 500, founded before {@link
   * Dates#DEFAULT_REFERENCE_DATE}, mostly operating.
   *
   * @return the generator
   */
  public static EnterpriseGenerator enterprises() {
    return EnterpriseGenerator.DEFAULT;
  }

  /**
   * Returns an ownership mix shaped like the seed's city: mostly private, some foreign-invested and
   * Hong Kong/Macao/Taiwan-invested, joint ventures, joint-stock companies and restructured former
   * state-owned enterprises, and a few state-owned and collective ones (which are not non-public,
   * so that the engines' scope checks are exercised).
   *
   * <pre>{@code
   * Enterprises.suzhouOwnershipMix().share(Ownership.PRIVATE);   // 0.62
   * }</pre>
   *
   * @return the mix
   */
  public static Mix<Ownership> suzhouOwnershipMix() {
    return SUZHOU;
  }

  private static final Mix<Ownership> SUZHOU =
      Mix.of(Ownership.PRIVATE, 62)
          .and(Ownership.FOREIGN_INVESTED, 12)
          .and(Ownership.HK_MACAO_TAIWAN_INVESTED, 7)
          .and(Ownership.JOINT_VENTURE, 5)
          .and(Ownership.JOINT_STOCK, 6)
          .and(Ownership.RESTRUCTURED_STATE_OWNED, 5)
          .and(Ownership.STATE_OWNED, 2)
          .and(Ownership.COLLECTIVE, 1);
}
