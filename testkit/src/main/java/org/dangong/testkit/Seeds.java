package org.dangong.testkit;

import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/** Derivation of seeds: the seed of each sample of a run, and fresh generators from seeds. */
final class Seeds {
  private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

  private Seeds() {}

  /**
   * Returns the seed of the sample with the given index in a run with the given seed: a SplitMix64
   * finaliser over the pair, so that neighbouring seeds and indexes give unrelated samples.
   */
  static long sampleSeed(long runSeed, int index) {
    return mix(runSeed + (index + 1L) * GOLDEN_GAMMA);
  }

  static long mix(long value) {
    long z = value;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static RandomGenerator random(long seed) {
    return new SplittableRandom(seed);
  }

  static String hex(long seed) {
    return "0x" + Long.toHexString(seed).toUpperCase(java.util.Locale.ROOT) + "L";
  }
}
