package org.dangong.testkit;

import java.time.LocalDate;
import org.dangong.model.MembershipStatus;
import org.dangong.model.UnionMembership;

/**
 * Entry point for generators of {@link UnionMembership}s (会籍).
 *
 * <pre>{@code
 * UnionMembership m = UnionMemberships.unionMemberships().generate(42);
 * }</pre>
 *
 * <p>About 90% are active, the rest retained (保留会籍); the union is only an id.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnionMemberships {
  private UnionMemberships() {}

  /**
   * Returns a generator of memberships that began up to 30 years before {@link
   * Dates#DEFAULT_REFERENCE_DATE}.
   *
   * @return the generator
   */
  public static Generator<UnionMembership> unionMemberships() {
    return unionMemberships(Dates.DEFAULT_REFERENCE_DATE);
  }

  /**
   * Returns a generator of memberships that began up to 30 years before the given reference date.
   *
   * @param referenceDate the reference date
   * @return the generator
   */
  public static Generator<UnionMembership> unionMemberships(LocalDate referenceDate) {
    return random ->
        UnionMembership.of(
            Identifiers.organizationIds().next(random),
            Ranges.daysBefore(random, referenceDate, 0, 30 * 365),
            random.nextDouble() < 0.9 ? MembershipStatus.ACTIVE : MembershipStatus.RETAINED);
  }
}
