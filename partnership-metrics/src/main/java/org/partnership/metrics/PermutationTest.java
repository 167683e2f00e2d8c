package org.partnership.metrics;

import java.util.SplittableRandom;

/**
 * A one-sided permutation test at the level of people: is a group's rate this low by chance, when
 * the group labels are exchangeable among the people compared?
 *
 * <p>Each person brings their own chances and successes (seats and decisions taken part in,
 * recognitions received), so one very active person counts as one person whose activity happens to
 * be high, not as dozens of independent coin flips. The null distribution of the group's rate is
 * that of a random set of as many people drawn without replacement from the pool; it is sampled by
 * Monte Carlo with Besag and Clifford's (1991) sequential stopping rule: draws stop as soon as
 * {@value #STOP_AFTER} draws are as low as the observed rate or lower, and the p-value is then
 * {@value #STOP_AFTER} / draws; otherwise after {@value #MAX_DRAWS} draws it is (low draws + 1) /
 * ({@value #MAX_DRAWS} + 1). Both are valid p-values (P(p ≤ α) ≤ α under the null), the smallest
 * possible is 1 / 10,000, and groups that are plainly not low cost a few dozen draws.
 *
 * <p>Stateless; the random source is the caller's, so results are reproducible from its seed.
 */
final class PermutationTest {

  /** Draws after which the test stops in any case. */
  static final int MAX_DRAWS = 9_999;

  /** Draws at least as low as the observed rate after which the test stops early. */
  static final int STOP_AFTER = 20;

  private PermutationTest() {}

  /**
   * The p-value that a group's rate is at most what it is, under exchangeable labels.
   *
   * @param trials each pooled person's chances (at least 1 each); for a rate per member, all 1
   * @param successes each pooled person's successes
   * @param members the positions in the pool of the group's members
   * @param random the source of the draws
   * @param scratch an array of at least the pool's length, overwritten
   */
  static double lower(
      long[] trials, long[] successes, int[] members, SplittableRandom random, int[] scratch) {
    int n = trials.length;
    int m = members.length;
    long totalTrials = 0;
    long totalSuccesses = 0;
    for (int j = 0; j < n; j++) {
      totalTrials += trials[j];
      totalSuccesses += successes[j];
      scratch[j] = j;
    }
    long observedTrials = 0;
    long observedSuccesses = 0;
    for (int j : members) {
      observedTrials += trials[j];
      observedSuccesses += successes[j];
    }
    // Draw the smaller of the group and its complement: the other follows from the totals.
    boolean complement = m > n / 2;
    int k = complement ? n - m : m;
    int low = 0;
    for (int draw = 1; draw <= MAX_DRAWS; draw++) {
      long t = 0;
      long s = 0;
      for (int i = 0; i < k; i++) {
        int j = i + random.nextInt(n - i);
        int picked = scratch[j];
        scratch[j] = scratch[i];
        scratch[i] = picked;
        t += trials[picked];
        s += successes[picked];
      }
      if (complement) {
        t = totalTrials - t;
        s = totalSuccesses - s;
      }
      // s / t <= observedSuccesses / observedTrials, exactly, in 128-bit products.
      if (atMost(s, observedTrials, observedSuccesses, t)) {
        low++;
        if (low == STOP_AFTER) {
          return (double) STOP_AFTER / draw;
        }
      }
    }
    return (low + 1.0) / (MAX_DRAWS + 1.0);
  }

  /** Whether a × b ≤ c × d for non-negative longs, without overflow. */
  static boolean atMost(long a, long b, long c, long d) {
    long high = Math.multiplyHigh(a, b);
    long otherHigh = Math.multiplyHigh(c, d);
    if (high != otherHigh) {
      return high < otherHigh;
    }
    return Long.compareUnsigned(a * b, c * d) <= 0;
  }
}
