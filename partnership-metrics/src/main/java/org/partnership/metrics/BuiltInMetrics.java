package org.partnership.metrics;

import java.util.List;

/**
 * The twelve built-in calculators; {@code docs/metrics.md} gives every formula and value key.
 *
 * <p>Every calculator here is stateless and thread-safe; their accumulators keep exact integer
 * counts, so the values are identical whatever the split of the ledger and the order of merging.
 */
public final class BuiltInMetrics {

  private BuiltInMetrics() {}

  /** All twelve, in the order below. */
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
        centralization(),
        policyAdherence());
  }

  /**
   * {@code partnering-share}: partnering time / (all time − rework) for the subject ({@code
   * overall}), its leaders ({@code leaders}), per level ({@code level.N}) and team ({@code
   * team.ROLE}), groups of at least the minimum size of people with time only; {@code
   * rework-share}; {@code distance-from-target} of the leaders' share (the person's, for a person
   * subject); the share of decided decisions by mode ({@code decisions.partner}, {@code
   * decisions.manage}).
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
   * participants-per-decision}, {@code involvement-gini}; {@code person.ID} for a person subject
   * only.
   */
  public static MetricCalculator<?> participation() {
    return Participation.INSTANCE;
  }

  /**
   * {@code timeliness}: {@code latency-median-hours.MODE}, {@code latency-p90-hours.MODE}, {@code
   * on-time-rate} (decisions open past due count late), {@code due-decisions}, {@code on-time},
   * {@code open-past-due}.
   */
  public static MetricCalculator<?> timeliness() {
    return Timeliness.INSTANCE;
  }

  /**
   * {@code consistency}: same situation, same handling — {@code agreement} (pairs of decisions of
   * the same situation in the same style), {@code mode-agreement}, {@code within-leader}, {@code
   * comparisons}; no rule is consulted.
   */
  public static MetricCalculator<?> consistency() {
    return Consistency.INSTANCE;
  }

  /**
   * {@code fairness}: per dimension ({@code involvement}, {@code authority}, {@code recognition})
   * and group, {@code DIMENSION.rate.GROUP}, {@code .impact-ratio.}, {@code .p.} (Holm-adjusted),
   * {@code .flagged.}; {@code lowest-impact-ratio}, {@code flagged-groups}, {@code
   * below-threshold-groups}, {@code groups-compared}, {@code suppressed-groups}.
   */
  public static MetricCalculator<?> fairness() {
    return Fairness.INSTANCE;
  }

  /**
   * {@code trust-in-competence}: {@code recognitions-per-person}, {@code coverage}, {@code
   * reciprocity}, {@code competent-decider-share}; {@code person.ID} for a person subject only.
   */
  public static MetricCalculator<?> trustInCompetence() {
    return TrustInCompetence.INSTANCE;
  }

  /**
   * {@code shared-accountability}: the normalized {@code gini} of accountability across people and
   * the {@code unaccounted-share} of decisions.
   */
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

  /**
   * {@code centralization}: {@code degree-centralization} (weighted by how often people decide
   * together), {@code decision-concentration}, {@code ties}.
   */
  public static MetricCalculator<?> centralization() {
    return Centralization.INSTANCE;
  }

  /**
   * {@code policy-adherence}: {@code agreement-rate} and {@code kappa} of the mode used with the
   * policy's recommendation; described, never assessed.
   */
  public static MetricCalculator<?> policyAdherence() {
    return PolicyAdherence.INSTANCE;
  }
}
