package org.partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The people-level permutation test against an exact enumeration, and its stopping rule. */
class PermutationTestTest {

  /** Twelve people: chances and successes that differ a lot from person to person. */
  static final long[] TRIALS = {1, 4, 9, 2, 7, 3, 12, 5, 6, 2, 8, 1};

  static final long[] SUCCESSES = {0, 1, 9, 0, 6, 1, 2, 5, 0, 2, 8, 1};

  /** The exact p-value: the share of all k-subsets whose pooled rate is at most the group's. */
  static double exact(int[] group) {
    long s = 0;
    long t = 0;
    for (int i : group) {
      s += SUCCESSES[i];
      t += TRIALS[i];
    }
    int n = TRIALS.length;
    int low = 0;
    int all = 0;
    for (int mask = 0; mask < 1 << n; mask++) {
      if (Integer.bitCount(mask) != group.length) {
        continue;
      }
      long ms = 0;
      long mt = 0;
      for (int i = 0; i < n; i++) {
        if ((mask >>> i & 1) != 0) {
          ms += SUCCESSES[i];
          mt += TRIALS[i];
        }
      }
      all++;
      low += ms * t <= s * mt ? 1 : 0;
    }
    return (double) low / all;
  }

  @Test
  void aSmallPValueIsEstimatedWithinMonteCarloError() {
    int[] group = {0, 3, 8, 6, 1}; // the least involved
    double exact = exact(group);
    assertThat(exact).isLessThan(0.02);
    double p =
        PermutationTest.lower(
            TRIALS, SUCCESSES, group, new SplittableRandom(3), new int[TRIALS.length]);
    // 9,999 draws: a standard error of sqrt(p(1-p)/10,000), about 0.0013 here.
    assertThat(p).isCloseTo(exact, within(0.006));
  }

  @Test
  void aLargeGroupIsDrawnThroughItsComplementWithTheSameAnswer() {
    int[] group = {0, 3, 8, 6, 1, 5, 9, 11}; // eight of twelve: the four left out are drawn
    double exact = exact(group);
    double p =
        PermutationTest.lower(
            TRIALS, SUCCESSES, group, new SplittableRandom(5), new int[TRIALS.length]);
    assertThat(p).isCloseTo(exact, within(Math.max(0.006, exact / 4)));
  }

  @Test
  void anUnremarkableGroupStopsAfterTwentyLowDraws() {
    int[] group = {2, 4, 10}; // the most involved: nearly every draw is as low or lower
    double p =
        PermutationTest.lower(
            TRIALS, SUCCESSES, group, new SplittableRandom(7), new int[TRIALS.length]);
    // Stopped at the twentieth low draw: p = 20 / draws, so at most 1 and at least 20 / 9,999.
    assertThat(p).isGreaterThan(0.9);
    assertThat(20 / p).isCloseTo(Math.rint(20 / p), within(1e-9));
  }

  @Test
  void theSameSeedGivesTheSamePValue() {
    int[] group = {0, 3, 8};
    double a =
        PermutationTest.lower(TRIALS, SUCCESSES, group, new SplittableRandom(11), new int[12]);
    double b =
        PermutationTest.lower(TRIALS, SUCCESSES, group, new SplittableRandom(11), new int[12]);
    assertThat(a).isEqualTo(b);
  }

  @Test
  void productsAreComparedExactlyBeyondTheRangeOfALong() {
    long big = 3_037_000_500L; // its square exceeds Long.MAX_VALUE
    assertThat(PermutationTest.atMost(big, big, big, big)).isTrue();
    assertThat(PermutationTest.atMost(big, big + 1, big, big)).isFalse();
    assertThat(PermutationTest.atMost(big, big, big, big + 1)).isTrue();
    assertThat(PermutationTest.atMost(0, big, 1, 0)).isTrue();
  }
}
