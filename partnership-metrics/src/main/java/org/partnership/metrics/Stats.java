package org.partnership.metrics;

import java.util.Arrays;
import java.util.OptionalDouble;

/** Small exact statistics over counts, shared by the built-in calculators. */
final class Stats {

  private Stats() {}

  /** {@code part / whole}; empty when {@code whole} is 0. */
  /**
   * The sum of two counts of a merge: throws rather than wrap around to a negative count (only
   * counts restored from forged states, or merged beyond any real ledger, get there).
   *
   * @throws IllegalArgumentException if the sum exceeds {@link Long#MAX_VALUE}
   */
  static long plus(long a, long b) {
    long sum = a + b;
    if (((a ^ sum) & (b ^ sum)) < 0) {
      throw new IllegalArgumentException(
          "a merged count exceeds " + Long.MAX_VALUE + ": " + a + " + " + b);
    }
    return sum;
  }

  /** Adds counts element-wise, checked as {@link #plus(long, long)}. */
  static void plus(long[] into, long[] from) {
    for (int i = 0; i < into.length; i++) {
      into[i] = plus(into[i], from[i]);
    }
  }

  static OptionalDouble share(long part, long whole) {
    return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
  }

  /**
   * The Gini coefficient of the values of the included people: {@code G = 2 Σ i·x(i) / (n Σ x) − (n
   * + 1) / n}, x sorted ascending and i from 1; 0 when everyone has the same, towards 1 when one
   * person has everything. Empty when nobody is included or the total is 0.
   */
  static OptionalDouble gini(long[] values, MetricContext context) {
    long[] x = new long[context.populationSize()];
    int n = 0;
    for (int i = 0; i < values.length; i++) {
      if (context.inPopulation(i)) {
        x[n++] = values[i];
      }
    }
    return gini(x, n);
  }

  /**
   * The Gini coefficient times n / (n − 1): 1 when one of the n included people has everything,
   * whatever n, so units of different sizes compare. Empty when fewer than two are included or the
   * total is 0.
   */
  static OptionalDouble normalizedGini(long[] values, MetricContext context) {
    int n = context.populationSize();
    if (n < 2) {
      return OptionalDouble.empty();
    }
    OptionalDouble g = gini(values, context);
    return g.isEmpty() ? g : OptionalDouble.of(Math.min(1, g.getAsDouble() * n / (n - 1)));
  }

  static OptionalDouble gini(long[] x, int n) {
    if (n == 0) {
      return OptionalDouble.empty();
    }
    Arrays.sort(x, 0, n);
    double total = 0;
    double weighted = 0;
    for (int i = 0; i < n; i++) {
      total += x[i];
      weighted += (double) (i + 1) * x[i];
    }
    if (total == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(2 * weighted / (n * total) - (double) (n + 1) / n);
  }

  /**
   * Shannon entropy of the counts divided by its maximum {@code ln(categories)}: 0 when everything
   * falls in one category, 1 when spread evenly. Empty when the counts are all 0; 0 for a single
   * category.
   */
  static OptionalDouble normalizedEntropy(long[] counts, int categories) {
    long total = 0;
    for (long c : counts) {
      total += c;
    }
    if (total == 0) {
      return OptionalDouble.empty();
    }
    if (categories <= 1) {
      return OptionalDouble.of(0);
    }
    double h = 0;
    for (long c : counts) {
      if (c > 0) {
        double p = (double) c / total;
        h -= p * Math.log(p);
      }
    }
    return OptionalDouble.of(Math.min(1, h / Math.log(categories)));
  }

  static double hours(long nanos) {
    return nanos / 3.6e12;
  }
}
