package org.dangong.testkit;

import java.util.Iterator;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Checks a {@link Property} on many seeded samples of a {@link Generator}, from any JUnit (or other)
 * test; on failure it shrinks the failing sample to a minimal counterexample and throws an {@link
 * AssertionError} that names the seed, the sample and the counterexample, with the original failure
 * as its cause.
 *
 * <pre>{@code
 * @Test
 * void everyGeneratedJurisdictionRoundTrips() {
 *   PropertyRunner.forAll(Jurisdictions.jurisdictions())
 *       .samples(200)
 *       .seed(42)
 *       .check(j -> assertThat(j.toBuilder().build()).isEqualTo(j));
 * }
 * }</pre>
 *
 * <h2>Seeds and replay</h2>
 *
 * <p>Sample {@code i} of a run with seed {@code s} is generated from its own seed, derived from
 * {@code s} and {@code i} alone (and equal to {@code generator.samples(s, n).get(i)}), so a run is
 * reproduced exactly by the same seed: same samples, same failing sample, same shrinking, same
 * counterexample. The failure message says how to replay: {@link #seed(long)} with the run's seed,
 * or {@link #sampleSeed(long)} with the failing sample's seed to check that one sample only. The
 * system property {@value #SEED_PROPERTY} (e.g. {@code -Ddangong.seed=42}) overrides the seed of
 * every runner, and {@value #SAMPLES_PROPERTY} the number of samples, unless {@link
 * #ignoringSystemProperties()} is set. Without either, the seed is {@value #DEFAULT_SEED}: runs are
 * deterministic by default.
 *
 * <h2>Failures and shrinking</h2>
 *
 * <p>A property fails when it throws anything — an {@link AssertionError} from AssertJ or JUnit,
 * or any exception — except a {@link VirtualMachineError}, which is rethrown. Shrinking is greedy
 * and deterministic: the runner asks the generator's {@link Generator#shrinker()} for candidates of
 * the current failing value and moves to the first that fails with the same type of throwable, until
 * no candidate fails or {@link #maxShrinkSteps(int)} steps or {@link #maxShrinkAttempts(int)}
 * evaluations are spent. Each candidate costs one evaluation of the property (and, for
 * jurisdictions, one validation of the candidate), so for city-sized values lower the attempts or
 * shrink a smaller generator's failures first. There is no time limit: it would make shrinking
 * depend on the machine, and replay by seed would no longer give the same counterexample.
 *
 * <p>This class is immutable and thread-safe; each option returns a new runner.
 *
 * @param <T> the type of the values
 */
public final class PropertyRunner<T> {
  /** The system property that overrides the seed of every run: {@code dangong.seed}. */
  public static final String SEED_PROPERTY = "dangong.seed";

  /** The system property that overrides the number of samples of every run: {@code dangong.samples}. */
  public static final String SAMPLES_PROPERTY = "dangong.samples";

  /** The seed of a run unless set: {@value}. */
  public static final long DEFAULT_SEED = 20260630L;

  /** The number of samples of a run unless set: {@value}. */
  public static final int DEFAULT_SAMPLES = 100;

  /** The largest number of accepted shrinking steps unless set: {@value}. */
  public static final int DEFAULT_MAX_SHRINK_STEPS = 1_000;

  /** The largest number of candidates tried while shrinking unless set: {@value}. */
  public static final int DEFAULT_MAX_SHRINK_ATTEMPTS = 2_000;

  private final Generator<T> generator;
  private final int samples;
  private final long seed;
  private final @Nullable Long sampleSeed;
  private final int maxShrinkSteps;
  private final int maxShrinkAttempts;
  private final Function<? super T, String> describer;
  private final boolean systemProperties;

  private PropertyRunner(
      Generator<T> generator,
      int samples,
      long seed,
      @Nullable Long sampleSeed,
      int maxShrinkSteps,
      int maxShrinkAttempts,
      Function<? super T, String> describer,
      boolean systemProperties) {
    this.generator = generator;
    this.samples = samples;
    this.seed = seed;
    this.sampleSeed = sampleSeed;
    this.maxShrinkSteps = maxShrinkSteps;
    this.maxShrinkAttempts = maxShrinkAttempts;
    this.describer = describer;
    this.systemProperties = systemProperties;
  }

  /**
   * Returns a runner over the values of a generator, with {@value #DEFAULT_SAMPLES} samples, seed
   * {@value #DEFAULT_SEED}, and the generator's shrinker and description.
   *
   * <pre>{@code
   * PropertyRunner<Person> r = PropertyRunner.forAll(People.people());
   * }</pre>
   *
   * @param generator the generator
   * @param <T> the type of the values
   * @return the runner
   */
  public static <T> PropertyRunner<T> forAll(Generator<T> generator) {
    return new PropertyRunner<>(
        generator,
        DEFAULT_SAMPLES,
        DEFAULT_SEED,
        null,
        DEFAULT_MAX_SHRINK_STEPS,
        DEFAULT_MAX_SHRINK_ATTEMPTS,
        generator::describe,
        true);
  }

  /**
   * Returns a runner checking the given number of samples.
   *
   * @param count the number of samples, at least 1
   * @return the new runner
   * @throws IllegalArgumentException if {@code count < 1}
   */
  public PropertyRunner<T> samples(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("samples must be at least 1: " + count);
    }
    return new PropertyRunner<>(
        generator, count, seed, sampleSeed, maxShrinkSteps, maxShrinkAttempts, describer, systemProperties);
  }

  /**
   * Returns a runner with the given seed: the same seed gives the same samples, the same failing
   * sample and the same counterexample.
   *
   * @param value the seed
   * @return the new runner
   */
  public PropertyRunner<T> seed(long value) {
    return new PropertyRunner<>(
        generator, samples, value, sampleSeed, maxShrinkSteps, maxShrinkAttempts, describer, systemProperties);
  }

  /**
   * Returns a runner that checks only the sample with the given seed — the "sample seed" of a
   * failure message — and shrinks it as the original run did.
   *
   * <pre>{@code
   * PropertyRunner.forAll(Jurisdictions.jurisdictions()).sampleSeed(0x5DEECE66DL).check(p);
   * }</pre>
   *
   * @param value the sample's seed
   * @return the new runner
   */
  public PropertyRunner<T> sampleSeed(long value) {
    return new PropertyRunner<>(
        generator, samples, seed, value, maxShrinkSteps, maxShrinkAttempts, describer, systemProperties);
  }

  /**
   * Returns a runner that accepts at most the given number of shrinking steps.
   *
   * @param steps the number of steps, at least 0 (0 turns shrinking off)
   * @return the new runner
   * @throws IllegalArgumentException if {@code steps < 0}
   */
  public PropertyRunner<T> maxShrinkSteps(int steps) {
    if (steps < 0) {
      throw new IllegalArgumentException("maxShrinkSteps must not be negative: " + steps);
    }
    return new PropertyRunner<>(
        generator, samples, seed, sampleSeed, steps, maxShrinkAttempts, describer, systemProperties);
  }

  /**
   * Returns a runner that tries at most the given number of candidates while shrinking.
   *
   * @param attempts the number of property evaluations, at least 0
   * @return the new runner
   * @throws IllegalArgumentException if {@code attempts < 0}
   */
  public PropertyRunner<T> maxShrinkAttempts(int attempts) {
    if (attempts < 0) {
      throw new IllegalArgumentException("maxShrinkAttempts must not be negative: " + attempts);
    }
    return new PropertyRunner<>(
        generator, samples, seed, sampleSeed, maxShrinkSteps, attempts, describer, systemProperties);
  }

  /**
   * Returns a runner that reports failing samples as generated, without shrinking them.
   *
   * @return the new runner
   */
  public PropertyRunner<T> withoutShrinking() {
    return maxShrinkSteps(0);
  }

  /**
   * Returns a runner that describes counterexamples with the given function instead of the
   * generator's {@link Generator#describe(Object)}.
   *
   * <pre>{@code
   * PropertyRunner.forAll(Jurisdictions.jurisdictions()).describedBy(Jurisdiction::toString);
   * }</pre>
   *
   * @param describer the description of a value
   * @return the new runner
   */
  public PropertyRunner<T> describedBy(Function<? super T, String> describer) {
    return new PropertyRunner<>(
        generator, samples, seed, sampleSeed, maxShrinkSteps, maxShrinkAttempts, describer, systemProperties);
  }

  /**
   * Returns a runner that ignores the {@value #SEED_PROPERTY} and {@value #SAMPLES_PROPERTY} system
   * properties — for tests that depend on an exact seed.
   *
   * @return the new runner
   */
  public PropertyRunner<T> ignoringSystemProperties() {
    return new PropertyRunner<>(
        generator, samples, seed, sampleSeed, maxShrinkSteps, maxShrinkAttempts, describer, false);
  }

  /**
   * Checks a property on every sample and throws on the first failure, after shrinking.
   *
   * <pre>{@code
   * PropertyRunner.forAll(Enterprises.enterprises())
   *     .check(e -> assertThat(e.femaleHeadcount()).isLessThanOrEqualTo(e.headcount()));
   * }</pre>
   *
   * @param property the property
   * @throws AssertionError if the property fails on a sample; its message names the seed, the
   *     sample and the minimal counterexample, and its cause is the failure on the original sample
   */
  public void check(Property<? super T> property) {
    PropertyResult<T> result = run(property);
    Optional<Counterexample<T>> counterexample = result.counterexample();
    if (counterexample.isPresent()) {
      Counterexample<T> c = counterexample.get();
      AssertionError error = new AssertionError(result.failureMessage().orElse("property failed"), c.originalFailure());
      if (c.minimalFailure() != c.originalFailure()) {
        error.addSuppressed(c.minimalFailure());
      }
      throw error;
    }
  }

  /**
   * Checks that a predicate holds for every sample; the same as {@code check(Property.of(predicate))}.
   *
   * <pre>{@code
   * PropertyRunner.forAll(Jurisdictions.jurisdictions())
   *     .checkThat(j -> j.people().stream().allMatch(p -> p.ageOn(LocalDate.of(2026, 6, 30)) >= 16));
   * }</pre>
   *
   * @param predicate the predicate
   * @throws AssertionError if the predicate is false for a sample (see {@link #check(Property)})
   */
  public void checkThat(Predicate<? super T> predicate) {
    check(Property.of(predicate));
  }

  /**
   * Checks a property on every sample, shrinking the first failing one, and returns the outcome
   * instead of throwing.
   *
   * @param property the property
   * @return the outcome
   * @throws IllegalStateException if the generator itself fails, naming the sample's seed
   */
  public PropertyResult<T> run(Property<? super T> property) {
    long runSeed = effectiveSeed();
    int count = sampleSeed != null ? 1 : effectiveSamples();
    for (int i = 0; i < count; i++) {
      long s = sampleSeed != null ? sampleSeed : Seeds.sampleSeed(runSeed, i);
      T value;
      try {
        value = generator.generate(s);
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "the generator failed on sample " + i + " (run seed " + runSeed + ", sample seed " + Seeds.hex(s) + ")", e);
      }
      Throwable failure = failureOf(property, value);
      if (failure != null) {
        Counterexample<T> c = shrink(property, i, s, value, failure);
        return new PropertyResult<>(runSeed, i + 1, Optional.of(c), Optional.of(message(runSeed, count, c)));
      }
    }
    return new PropertyResult<>(runSeed, count, Optional.empty(), Optional.empty());
  }

  private long effectiveSeed() {
    if (systemProperties) {
      String value = System.getProperty(SEED_PROPERTY);
      if (value != null && !value.isBlank()) {
        return parseLong(SEED_PROPERTY, value.trim());
      }
    }
    return seed;
  }

  private int effectiveSamples() {
    if (systemProperties) {
      String value = System.getProperty(SAMPLES_PROPERTY);
      if (value != null && !value.isBlank()) {
        long n = parseLong(SAMPLES_PROPERTY, value.trim());
        if (n < 1 || n > Integer.MAX_VALUE) {
          throw new IllegalArgumentException(SAMPLES_PROPERTY + " must be a positive int: " + value);
        }
        return (int) n;
      }
    }
    return samples;
  }

  private static long parseLong(String property, String value) {
    try {
      if (value.startsWith("0x") || value.startsWith("0X")) {
        String hex = value.substring(2);
        return Long.parseUnsignedLong(hex.endsWith("L") || hex.endsWith("l") ? hex.substring(0, hex.length() - 1) : hex, 16);
      }
      return Long.parseLong(value.endsWith("L") || value.endsWith("l") ? value.substring(0, value.length() - 1) : value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(property + " is not a number: " + value, e);
    }
  }

  private static <V> @Nullable Throwable failureOf(Property<? super V> property, V value) {
    try {
      property.verify(value);
      return null;
    } catch (VirtualMachineError e) {
      throw e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return e;
    } catch (Throwable t) {
      return t;
    }
  }

  private Counterexample<T> shrink(Property<? super T> property, int index, long s, T original, Throwable failure) {
    Shrinker<T> shrinker = generator.shrinker();
    T current = original;
    Throwable currentFailure = failure;
    int steps = 0;
    int attempts = 0;
    boolean exhausted = false;
    search:
    while (true) {
      if (steps >= maxShrinkSteps) {
        exhausted = maxShrinkSteps > 0;
        break;
      }
      Iterator<T> candidates = shrinker.candidates(current).iterator();
      while (candidates.hasNext()) {
        if (attempts >= maxShrinkAttempts) {
          exhausted = true;
          break search;
        }
        T candidate = candidates.next();
        attempts++;
        Throwable f = failureOf(property, candidate);
        if (f != null && f.getClass() == failure.getClass()) {
          current = candidate;
          currentFailure = f;
          steps++;
          continue search;
        }
      }
      break;
    }
    return new Counterexample<>(index, s, original, failure, current, currentFailure, steps, attempts, exhausted);
  }

  private String message(long runSeed, int count, Counterexample<T> c) {
    StringBuilder m = new StringBuilder();
    if (sampleSeed != null) {
      m.append("Property failed on the replayed sample (sample seed ").append(Seeds.hex(c.sampleSeed())).append(").\n");
    } else {
      m.append("Property failed on sample #")
          .append(c.sampleIndex())
          .append(" (counting from 0) of ")
          .append(count)
          .append("; run seed ")
          .append(runSeed)
          .append(", sample seed ")
          .append(Seeds.hex(c.sampleSeed()))
          .append(".\n");
      m.append("Replay: .seed(")
          .append(runSeed)
          .append("L) or -D")
          .append(SEED_PROPERTY)
          .append('=')
          .append(runSeed)
          .append("; this sample alone: .sampleSeed(")
          .append(Seeds.hex(c.sampleSeed()))
          .append(").\n");
    }
    String limit = c.isShrinkingExhausted() ? "; stopped at the limit, may not be minimal" : "";
    if (c.shrinkSteps() == 0) {
      m.append("Counterexample (not shrunk; ")
          .append(c.shrinkAttempts())
          .append(" candidates tried")
          .append(limit)
          .append("):\n");
    } else {
      m.append("Minimal counterexample after ")
          .append(c.shrinkSteps())
          .append(" shrinking steps (")
          .append(c.shrinkAttempts())
          .append(" candidates tried")
          .append(limit)
          .append("):\n");
    }
    m.append(describer.apply(c.minimal())).append('\n');
    m.append("Failure on it: ").append(c.minimalFailure()).append('\n');
    m.append("Original failure (the cause): ").append(c.originalFailure());
    return m.toString();
  }
}
