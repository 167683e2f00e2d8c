package org.partnership.simulation.organization;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnership.metrics.MetricReport;
import org.partnership.simulation.internal.Names;

/**
 * What one run of the {@link OrganizationSimulation} observed: the values named in {@link
 * #OBSERVATIONS} (NaN when a run had nothing to observe, e.g. no decisions), the ledger's size and
 * the metrics report of the ledger.
 *
 * <p>Immutable and thread-safe.
 */
public final class OrganizationResult {

  /**
   * The observations, in order: performance (significance-weighted mean effectiveness), quality,
   * acceptance, commitment, trust, competence, leader and team hours per decision, the perceived
   * consistency of the simulation, eight values measured from the ledger by {@code
   * partnership-metrics}, and the correlations over the run's decisions of being partnered (1) or
   * managed (0) with the decision's acceptance and with its effectiveness (point-biserial; NaN when
   * every decision has the same mode), to set against the correlations field studies of
   * participation report.
   */
  public static final List<String> OBSERVATIONS =
      List.of(
          "performance",
          "quality",
          "acceptance",
          "commitment",
          "trust",
          "competence",
          "leader_hours_per_decision",
          "team_hours_per_decision",
          "consistency",
          "partnering_time_share",
          "partnered_decisions",
          "upfront_share",
          "on_time_rate",
          "style_agreement",
          "involvement_gini",
          "lowest_impact_ratio",
          "recognitions_per_person",
          "participation_acceptance_r",
          "participation_effectiveness_r");

  private final double[] values;
  private final long decisions;
  private final long records;
  private final MetricReport report;

  OrganizationResult(double[] values, long decisions, long records, MetricReport report) {
    if (values.length != OBSERVATIONS.size()) {
      throw new IllegalArgumentException(
          "values must have " + OBSERVATIONS.size() + " entries, had " + values.length);
    }
    this.values = values.clone();
    this.decisions = decisions;
    this.records = records;
    this.report = requireNonNull(report, "report");
  }

  /** The observations in the order of {@link #OBSERVATIONS}. */
  public double[] values() {
    return values.clone();
  }

  /**
   * One observation by name.
   *
   * @throws IllegalArgumentException if the name is not in {@link #OBSERVATIONS}
   */
  public double value(String observation) {
    return values[Names.indexOf("observation", OBSERVATIONS, observation)];
  }

  /** The observations by name, in order. */
  public Map<String, Double> observations() {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      map.put(OBSERVATIONS.get(i), values[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  /** The decisions taken. */
  public long decisions() {
    return decisions;
  }

  /** The ledger records written (decisions, time entries, recognitions). */
  public long records() {
    return records;
  }

  /** The metrics of the ledger, as {@code partnership-metrics} measured it. */
  public MetricReport report() {
    return report;
  }

  @Override
  public String toString() {
    return "OrganizationResult" + observations() + " from " + decisions + " decisions";
  }
}
