package org.dangong.testkit;

/**
 * Entry point for synthetic cities: deterministic, realistic, scalable jurisdictions for examples,
 * benchmarks and city-scale tests.
 *
 * <pre>{@code
 * Jurisdiction city = Cities.suzhouLike().generate(42);           // 2,000 enterprises
 * Jurisdiction same = Cities.suzhouLike().generate(42);           // city.equals(same)
 * Jurisdiction large = Cities.suzhouLike().enterprises(200_000).meanPeoplePerEnterprise(20).generate(7);
 * }</pre>
 *
 * <p>{@link CityRecords#of} generates the city's development register, chair candidacies and work
 * cycle to go with it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Cities {
  private Cities() {}

  /**
   * Returns a city shaped like the seed's Suzhou, with 2,000 enterprises and about 20 known people
   * each by default — see {@link SyntheticCity} for what it contains.
   *
   * @return the city
   */
  public static SyntheticCity suzhouLike() {
    return SyntheticCity.SUZHOU_LIKE;
  }
}
