package org.dangong.testkit;

/**
 * A value on which a property failed: the sample as generated, the smallest failing value the
 * shrinker found, both failures, and the seeds that replay it.
 *
 * <pre>{@code
 * PropertyResult<Jurisdiction> result = PropertyRunner.forAll(Jurisdictions.jurisdictions()).run(p);
 * result.counterexample().ifPresent(c -> {
 *     c.sampleIndex();      // which sample of the run failed, from 0
 *     c.sampleSeed();       // replays it alone: .sampleSeed(c.sampleSeed())
 *     c.minimal();          // the shrunk jurisdiction
 * });
 * }</pre>
 *
 * <p>This class is immutable if its values are.
 *
 * @param <T> the type of the values
 */
public final class Counterexample<T> {
  private final int sampleIndex;
  private final long sampleSeed;
  private final T original;
  private final Throwable originalFailure;
  private final T minimal;
  private final Throwable minimalFailure;
  private final int shrinkSteps;
  private final int shrinkAttempts;
  private final boolean shrinkingExhausted;

  Counterexample(
      int sampleIndex,
      long sampleSeed,
      T original,
      Throwable originalFailure,
      T minimal,
      Throwable minimalFailure,
      int shrinkSteps,
      int shrinkAttempts,
      boolean shrinkingExhausted) {
    this.sampleIndex = sampleIndex;
    this.sampleSeed = sampleSeed;
    this.original = original;
    this.originalFailure = originalFailure;
    this.minimal = minimal;
    this.minimalFailure = minimalFailure;
    this.shrinkSteps = shrinkSteps;
    this.shrinkAttempts = shrinkAttempts;
    this.shrinkingExhausted = shrinkingExhausted;
  }

  /**
   * Returns the index of the failing sample in its run, from 0.
   *
   * @return the index
   */
  public int sampleIndex() {
    return sampleIndex;
  }

  /**
   * Returns the seed of the failing sample; {@link PropertyRunner#sampleSeed(long)} replays it
   * alone.
   *
   * @return the sample's seed
   */
  public long sampleSeed() {
    return sampleSeed;
  }

  /**
   * Returns the value as generated.
   *
   * @return the original failing value
   */
  public T original() {
    return original;
  }

  /**
   * Returns what the property threw on the original value.
   *
   * @return the original failure
   */
  public Throwable originalFailure() {
    return originalFailure;
  }

  /**
   * Returns the smallest failing value found by shrinking; the original if it could not shrink.
   *
   * @return the minimal failing value
   */
  public T minimal() {
    return minimal;
  }

  /**
   * Returns what the property threw on the minimal value.
   *
   * @return the failure on the minimal value
   */
  public Throwable minimalFailure() {
    return minimalFailure;
  }

  /**
   * Returns how many shrinking steps succeeded.
   *
   * @return the number of accepted steps
   */
  public int shrinkSteps() {
    return shrinkSteps;
  }

  /**
   * Returns how many candidates shrinking tried.
   *
   * @return the number of property evaluations during shrinking
   */
  public int shrinkAttempts() {
    return shrinkAttempts;
  }

  /**
   * Tells whether shrinking stopped at its limit rather than at a value it could not shrink
   * further; the minimal value may then not be minimal.
   *
   * @return true if the step or attempt budget ran out
   */
  public boolean isShrinkingExhausted() {
    return shrinkingExhausted;
  }
}
