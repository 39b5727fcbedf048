package org.dangong.testkit;

import java.util.Optional;

/**
 * The outcome of checking a property with a {@link PropertyRunner}: which seed was used, how many
 * samples were checked, and the counterexample if one was found.
 *
 * <pre>{@code
 * PropertyResult<Jurisdiction> r = PropertyRunner.forAll(Jurisdictions.jurisdictions())
 *     .seed(42)
 *     .run(j -> assertThat(j.enterprises()).hasSizeLessThan(5));
 * if (r.isFailure()) {
 *     Jurisdiction smallest = r.counterexample().orElseThrow().minimal();
 * }
 * }</pre>
 *
 * <p>This class is immutable if its values are.
 *
 * @param <T> the type of the values
 */
public final class PropertyResult<T> {
  private final long seed;
  private final int samplesChecked;
  private final Optional<Counterexample<T>> counterexample;
  private final Optional<String> message;

  PropertyResult(long seed, int samplesChecked, Optional<Counterexample<T>> counterexample, Optional<String> message) {
    this.seed = seed;
    this.samplesChecked = samplesChecked;
    this.counterexample = counterexample;
    this.message = message;
  }

  /**
   * Returns the seed of the run (after any override by the {@value PropertyRunner#SEED_PROPERTY}
   * system property).
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the number of samples checked, including the failing one.
   *
   * @return the number of samples
   */
  public int samplesChecked() {
    return samplesChecked;
  }

  /**
   * Tells whether the property failed on some sample.
   *
   * @return true if a counterexample was found
   */
  public boolean isFailure() {
    return counterexample.isPresent();
  }

  /**
   * Returns the counterexample, if the property failed.
   *
   * @return the counterexample, or empty if every sample passed
   */
  public Optional<Counterexample<T>> counterexample() {
    return counterexample;
  }

  /**
   * Returns the failure message the runner's {@link PropertyRunner#check(Property)} would throw:
   * the seeds, the sample, the minimal counterexample and both failures.
   *
   * @return the message, or empty if every sample passed
   */
  public Optional<String> failureMessage() {
    return message;
  }
}
