package org.partnership.simulation.organization;

import org.partnership.metrics.MetricReport;
import org.partnership.model.Mode;

/**
 * The named totals of one run — decisions, partnered ones, significance and weighted effectiveness,
 * quality and acceptance, leader and team hours, consistency comparisons — and where they stood at
 * the start of the current period, for the per-period series.
 *
 * <p>Not thread-safe: one run owns it.
 */
final class RunTotals {

  long decisions;
  long partnered;
  double significance;
  double weightedEffectiveness;
  double quality;
  double acceptance;
  double leaderHours;
  double teamHours;
  long compared;
  long consistent;
  // Sums for the correlations of participation (partnered = 1) with acceptance and effectiveness.
  private double sumAcceptanceSquares;
  private double sumEffectiveness;
  private double sumEffectivenessSquares;
  private double partneredAcceptance;
  private double partneredEffectiveness;

  private long periodDecisions;
  private long periodPartnered;
  private double periodSignificance;
  private double periodWeighted;
  private double periodHours;

  /** Counts a decision. */
  void decision(Mode mode, double significance, double effectiveness, double q, double a) {
    decisions++;
    partnered += mode == Mode.PARTNER ? 1 : 0;
    this.significance += significance;
    weightedEffectiveness += significance * effectiveness;
    quality += q;
    acceptance += a;
    sumAcceptanceSquares += a * a;
    sumEffectiveness += effectiveness;
    sumEffectivenessSquares += effectiveness * effectiveness;
    if (mode == Mode.PARTNER) {
      partneredAcceptance += a;
      partneredEffectiveness += effectiveness;
    }
  }

  /**
   * Pearson's correlation of a 0/1 variable (partnered) with another over the run's decisions: the
   * point-biserial correlation, NaN when either does not vary.
   */
  private double pointBiserial(double sum, double sumSquares, double partneredSum) {
    double n = decisions;
    double p = partnered / n;
    double mean = sum / n;
    double covariance = partneredSum / n - p * mean;
    double varianceX = p * (1 - p);
    double varianceY = sumSquares / n - mean * mean;
    if (decisions == 0 || varianceX <= 0 || varianceY <= 1e-15) {
      return Double.NaN;
    }
    return Math.max(-1, Math.min(1, covariance / Math.sqrt(varianceX * varianceY)));
  }

  /** Counts a comparison with the leader's previous decision in the same situation. */
  void comparison(boolean same) {
    compared++;
    consistent += same ? 1 : 0;
  }

  /**
   * Writes the period's {@link OrganizationSimulation#SERIES} values (those the population holds
   * included) and starts the next period.
   */
  void period(double[] series, Population population) {
    long made = decisions - periodDecisions;
    double periodSignificanceSum = significance - periodSignificance;
    series[0] =
        periodSignificanceSum > 0
            ? (weightedEffectiveness - periodWeighted) / periodSignificanceSum
            : Double.NaN;
    series[1] = made > 0 ? (partnered - periodPartnered) / (double) made : Double.NaN;
    series[2] = made > 0 ? (leaderHours - periodHours) / made : Double.NaN;
    series[3] = population.meanBelowTheTop(population.trust);
    series[4] = population.meanBelowTheTop(population.commitment);
    series[5] = population.meanCompetence();
    periodDecisions = decisions;
    periodPartnered = partnered;
    periodSignificance = significance;
    periodWeighted = weightedEffectiveness;
    periodHours = leaderHours;
  }

  /** The run's result: the observations of {@link OrganizationResult#OBSERVATIONS}, in order. */
  OrganizationResult result(Population population, long records, MetricReport report) {
    double none = Double.NaN;
    double[] values = {
      significance > 0 ? weightedEffectiveness / significance : none,
      decisions > 0 ? quality / decisions : none,
      decisions > 0 ? acceptance / decisions : none,
      population.meanBelowTheTop(population.commitment),
      population.meanBelowTheTop(population.trust),
      population.meanCompetence(),
      decisions > 0 ? leaderHours / decisions : none,
      decisions > 0 ? teamHours / decisions : none,
      compared > 0 ? consistent / (double) compared : none,
      metric(report, "partnering-share", "overall"),
      metric(report, "partnering-share", "decisions.partner"),
      metric(report, "upfront-share", "upfront"),
      metric(report, "timeliness", "on-time-rate"),
      metric(report, "consistency", "agreement"),
      metric(report, "participation", "involvement-gini"),
      metric(report, "fairness", "lowest-impact-ratio.involvement"),
      metric(report, "trust-in-competence", "recognitions-per-person"),
      pointBiserial(acceptance, sumAcceptanceSquares, partneredAcceptance),
      pointBiserial(sumEffectiveness, sumEffectivenessSquares, partneredEffectiveness)
    };
    return new OrganizationResult(values, decisions, records, report);
  }

  private static double metric(MetricReport report, String id, String key) {
    return report.value(id).map(v -> v.value(key).orElse(Double.NaN)).orElse(Double.NaN);
  }
}
