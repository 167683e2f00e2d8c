package org.partnership.metrics;

import java.util.List;

/**
 * The eleven built-in calculators; {@code docs/metrics.md} gives every formula and value key.
 *
 * <p>Every calculator here is stateless and thread-safe; their accumulators keep exact integer
 * counts, so the values are identical whatever the split of the ledger and the order of merging.
 */
public final class BuiltInMetrics {

  private BuiltInMetrics() {}

  /** All eleven, in the order below. */
  public static List<MetricCalculator<?>> all() {
    return List.of(
        partneringShare(),
        upfrontShare(),
        leadershipLevels(),
        participation(),
        timeliness(),
        consistency(),
        fairness(),
        trustInCompetence(),
        sharedAccountability(),
        delegationDrift(),
        centralization());
  }

  /**
   * {@code partnering-share}: partnering time / total time overall ({@code overall}), per level
   * ({@code level.N}), team ({@code team.ROLE}) and person ({@code person.ID}); {@code
   * distance-from-target}; the share of decided decisions by mode ({@code decisions.partner},
   * {@code decisions.manage}).
   */
  public static MetricCalculator<?> partneringShare() {
    return PartneringShare.INSTANCE;
  }

  /** {@code upfront-share}: {@code upfront} and {@code loose-ends} shares of time. */
  public static MetricCalculator<?> upfrontShare() {
    return UpfrontShare.INSTANCE;
  }

  /**
   * {@code leadership-levels}: {@code owned.level.N}, {@code led.level.N}, {@code entropy}, {@code
   * levels-leading}.
   */
  public static MetricCalculator<?> leadershipLevels() {
    return LeadershipLevels.INSTANCE;
  }

  /**
   * {@code participation}: {@code overall} (stakeholders taking part / stakeholders), {@code
   * participants-per-decision}, {@code person.ID}, {@code involvement-gini}.
   */
  public static MetricCalculator<?> participation() {
    return Participation.INSTANCE;
  }

  /**
   * {@code timeliness}: {@code latency-median-hours.MODE}, {@code latency-p90-hours.MODE}, {@code
   * on-time-rate}, {@code open-past-due}.
   */
  public static MetricCalculator<?> timeliness() {
    return Timeliness.INSTANCE;
  }

  /** {@code consistency}: {@code agreement-rate}, {@code kappa}, {@code style-spread}. */
  public static MetricCalculator<?> consistency() {
    return Consistency.INSTANCE;
  }

  /**
   * {@code fairness}: {@code rate.GROUP}, {@code impact-ratio.GROUP}, {@code flagged.GROUP}, {@code
   * lowest-impact-ratio}, {@code suppressed-groups}, {@code unknown-attribute.ATTRIBUTE}.
   */
  public static MetricCalculator<?> fairness() {
    return Fairness.INSTANCE;
  }

  /**
   * {@code trust-in-competence}: {@code recognitions-per-person}, {@code coverage}, {@code
   * reciprocity}, {@code competent-decider-share}, {@code person.ID}.
   */
  public static MetricCalculator<?> trustInCompetence() {
    return TrustInCompetence.INSTANCE;
  }

  /** {@code shared-accountability}: {@code gini} of accountability across people. */
  public static MetricCalculator<?> sharedAccountability() {
    return SharedAccountability.INSTANCE;
  }

  /**
   * {@code delegation-drift}: {@code agreed-share}, {@code mean-drift}, {@code
   * mean-absolute-drift}, overall and per domain ({@code .DOMAIN}).
   */
  public static MetricCalculator<?> delegationDrift() {
    return DelegationDrift.INSTANCE;
  }

  /** {@code centralization}: {@code degree-centralization} (Freeman), {@code links}. */
  public static MetricCalculator<?> centralization() {
    return Centralization.INSTANCE;
  }
}
