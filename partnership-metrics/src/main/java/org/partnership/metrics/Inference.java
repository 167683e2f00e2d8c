package org.partnership.metrics;

import java.util.Arrays;
import java.util.Comparator;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.discrete.BinomialDistribution;
import org.hipparchus.distribution.discrete.HypergeometricDistribution;
import org.hipparchus.stat.interval.BinomialProportion;
import org.hipparchus.stat.interval.ConfidenceInterval;

/**
 * The statistics behind noise-aware verdicts, from Hipparchus: Wilson score intervals, Fisher's
 * exact test, the conditional binomial test and Holm's step-down correction. Stateless.
 */
final class Inference {

  /**
   * The most terms an exact hypergeometric tail is summed over (Hipparchus sums every term from the
   * end of the support, each with a few logarithms); beyond it on both sides — more than a thousand
   * successes and failures in the group — the normal approximation with continuity correction is
   * used, which at such counts is accurate to well under the gap between a significant and a
   * non-significant result.
   */
  static final int EXACT_TERMS = 1_000;

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

  private Inference() {}

  /**
   * The Wilson score interval of a proportion at a confidence level: {lower, upper}. Counts beyond
   * the range of an int are scaled down to it, which only widens the interval.
   */
  static double[] wilson(long successes, long trials, double confidence) {
    return wilson((double) successes / trials, trials, confidence);
  }

  /** The Wilson score interval of an observed proportion over a number of trials. */
  static double[] wilson(double p, long trials, double confidence) {
    if (trials <= 0) {
      throw new IllegalArgumentException("trials must be positive, was " + trials);
    }
    int n = (int) Math.min(trials, Integer.MAX_VALUE);
    ConfidenceInterval ci = BinomialProportion.getWilsonScoreInterval(n, p, confidence);
    return new double[] {Math.max(0, ci.getLowerBound()), Math.min(1, ci.getUpperBound())};
  }

  /**
   * Fisher's exact test, one-sided: the probability, with the margins of the 2×2 table fixed, that
   * the group would have at most {@code groupSuccesses} successes in {@code groupTrials} when the
   * group and the rest share one rate. Small when the group's rate is lower than the rest's.
   */
  static double fisherLower(
      long groupSuccesses, long groupTrials, long restSuccesses, long restTrials) {
    long population = groupTrials + restTrials;
    long successes = groupSuccesses + restSuccesses;
    if (population <= Integer.MAX_VALUE) {
      HypergeometricDistribution h =
          new HypergeometricDistribution((int) population, (int) successes, (int) groupTrials);
      int x = (int) groupSuccesses;
      long below = (long) x - h.getSupportLowerBound();
      long above = (long) h.getSupportUpperBound() - x;
      if (below <= EXACT_TERMS) {
        return h.cumulativeProbability(x);
      }
      if (above <= EXACT_TERMS) {
        return Math.max(0, 1 - h.upperCumulativeProbability(x + 1));
      }
    }
    double n = groupTrials;
    double big = population;
    double k = successes;
    double mean = n * k / big;
    double variance = n * (k / big) * ((big - k) / big) * ((big - n) / (big - 1));
    if (variance <= 0) {
      return 1;
    }
    return STANDARD_NORMAL.cumulativeProbability(
        (groupSuccesses + 0.5 - mean) / Math.sqrt(variance));
  }

  /**
   * The conditional binomial test, one-sided: the probability of at most {@code x} of {@code n}
   * events falling in a group that holds the share {@code p} of those who could receive them.
   */
  static double binomialLower(long x, long n, double p) {
    if (n <= Integer.MAX_VALUE) {
      return new BinomialDistribution((int) n, p).cumulativeProbability((int) x);
    }
    double mean = n * p;
    double sd = Math.sqrt(n * p * (1 - p));
    return sd == 0 ? 1 : STANDARD_NORMAL.cumulativeProbability((x + 0.5 - mean) / sd);
  }

  /**
   * Holm's step-down adjustment: the adjusted p-values, in the order given. A hypothesis is
   * rejected at family-wise level α when its adjusted p-value is at most α.
   */
  static double[] holm(double[] p) {
    int m = p.length;
    Integer[] order = new Integer[m];
    for (int i = 0; i < m; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
    double[] adjusted = new double[m];
    double running = 0;
    for (int rank = 0; rank < m; rank++) {
      int i = order[rank];
      running = Math.max(running, Math.min(1, (m - rank) * p[i]));
      adjusted[i] = running;
    }
    return adjusted;
  }
}
