package org.partnership.simulation;

import java.util.OptionalDouble;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.stat.descriptive.StreamingStatistics;

/**
 * The statistics of one observation over the runs of one cell that observed it (runs with NaN are
 * left out): mean, sample standard deviation, a 95 % confidence interval of the mean from Student's
 * t (Hipparchus), minimum and maximum. With no run observing it, every statistic is NaN.
 *
 * @param runs the number of runs that observed the value
 * @param mean the mean
 * @param sd the sample standard deviation (n − 1); 0 for one run, NaN for none
 * @param ciLow the lower end of the 95 % confidence interval; NaN for one run
 * @param ciHigh the upper end; NaN for one run
 * @param min the smallest value
 * @param max the largest value
 */
public record Summary(
    long runs, double mean, double sd, double ciLow, double ciHigh, double min, double max) {

  /** The summary of values. */
  static Summary of(double[] values) {
    StreamingStatistics s = new StreamingStatistics();
    for (double v : values) {
      if (!Double.isNaN(v)) {
        s.addValue(v);
      }
    }
    long n = s.getN();
    double sd = n > 1 ? s.getStandardDeviation() : n == 1 ? 0 : Double.NaN;
    double half = Double.NaN;
    if (n > 1) {
      double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
      half = t * sd / Math.sqrt(n);
    }
    return new Summary(
        n, s.getMean(), sd, s.getMean() - half, s.getMean() + half, s.getMin(), s.getMax());
  }

  /** Half the width of the confidence interval; empty for one run. */
  public OptionalDouble halfWidth() {
    return Double.isNaN(ciLow) ? OptionalDouble.empty() : OptionalDouble.of((ciHigh - ciLow) / 2);
  }
}
