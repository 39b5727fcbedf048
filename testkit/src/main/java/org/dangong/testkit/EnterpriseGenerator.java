package org.dangong.testkit;

import java.time.LocalDate;
import java.util.random.RandomGenerator;
import org.dangong.model.Enterprise;
import org.dangong.model.EnterpriseStatus;
import org.dangong.model.Ownership;

/**
 * A generator of single {@link Enterprise}s, configured fluently; obtain one with {@link
 * Enterprises#enterprises()}.
 *
 * <pre>{@code
 * EnterpriseGenerator small = Enterprises.enterprises()
 *     .headcounts(1, 24)                                // below UNION-LAW Art. 11's 25
 *     .referenceDate(LocalDate.of(2025, 12, 31));
 * Enterprise e = small.generate(3);
 * }</pre>
 *
 * <p>Names are realistic ("华信电子有限公司"), the female headcount lies between 0 and the headcount,
 * the founding date lies up to 40 years before the reference date, about 4% of enterprises are
 * restructuring and 1% closed. Regions and clusters are only ids.
 *
 * <p>This class is immutable and thread-safe; each option returns a new generator.
 */
public final class EnterpriseGenerator implements Generator<Enterprise> {
  static final EnterpriseGenerator DEFAULT =
      new EnterpriseGenerator(Enterprises.suzhouOwnershipMix(), 0, 500, Dates.DEFAULT_REFERENCE_DATE);

  private final Mix<Ownership> ownershipMix;
  private final int minHeadcount;
  private final int maxHeadcount;
  private final LocalDate referenceDate;

  private EnterpriseGenerator(Mix<Ownership> ownershipMix, int minHeadcount, int maxHeadcount, LocalDate referenceDate) {
    this.ownershipMix = ownershipMix;
    this.minHeadcount = minHeadcount;
    this.maxHeadcount = maxHeadcount;
    this.referenceDate = referenceDate;
  }

  /**
   * Returns a generator with the given ownership mix.
   *
   * <pre>{@code
   * Enterprises.enterprises().ownershipMix(Mix.of(Ownership.PRIVATE, 1));
   * }</pre>
   *
   * @param mix the ownership types and their weights
   * @return the new generator
   */
  public EnterpriseGenerator ownershipMix(Mix<Ownership> mix) {
    return new EnterpriseGenerator(mix, minHeadcount, maxHeadcount, referenceDate);
  }

  /**
   * Returns a generator whose headcounts lie between two bounds, both included.
   *
   * @param min the smallest headcount, at least 0
   * @param max the largest headcount
   * @return the new generator
   * @throws IllegalArgumentException if {@code min < 0} or {@code min > max}
   */
  public EnterpriseGenerator headcounts(int min, int max) {
    Ranges.checkCount("headcounts", min, max);
    return new EnterpriseGenerator(ownershipMix, min, max, referenceDate);
  }

  /**
   * Returns a generator whose dates are relative to the given reference date.
   *
   * @param date the reference date
   * @return the new generator
   */
  public EnterpriseGenerator referenceDate(LocalDate date) {
    return new EnterpriseGenerator(ownershipMix, minHeadcount, maxHeadcount, date);
  }

  @Override
  public Enterprise next(RandomGenerator random) {
    Ownership ownership = ownershipMix.next(random);
    int headcount = Ranges.between(random, minHeadcount, maxHeadcount);
    return Enterprise.builder()
        .id(Identifiers.enterpriseIds().next(random))
        .name(Names.enterprise(random.nextInt(100_000)))
        .ownership(ownership)
        .region(Identifiers.regionIds().next(random))
        .headcount(headcount)
        .femaleHeadcount(Ranges.between(random, 0, headcount))
        .founded(Ranges.daysBefore(random, referenceDate, 30, 40 * 365))
        .status(status(random, ownership))
        .build();
  }

  static EnterpriseStatus status(RandomGenerator random, Ownership ownership) {
    double p = random.nextDouble();
    double restructuring = ownership == Ownership.RESTRUCTURED_STATE_OWNED ? 0.15 : 0.03;
    if (p < 0.01) {
      return EnterpriseStatus.CLOSED;
    }
    return p < 0.01 + restructuring ? EnterpriseStatus.RESTRUCTURING : EnterpriseStatus.OPERATING;
  }

  @Override
  public String describe(Enterprise value) {
    return Descriptions.enterprise(value);
  }
}
