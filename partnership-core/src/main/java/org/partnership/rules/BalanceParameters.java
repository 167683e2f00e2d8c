package org.partnership.rules;

import java.time.Duration;
import org.immutables.value.Value;
import org.partnership.internal.Checks;

/**
 * The parameters of the 70/30 balance rule, part of a {@link Policy}.
 *
 * <p>Defaults and the seed's reasons for them:
 *
 * <ul>
 *   <li>{@link #target()} 0.70 — "70 % of the time, it's critical to partner by engaging the
 *       competency and expertise of those throughout the organization".
 *   <li>{@link #tolerance()} 0.10 — the ratio is a practice, not a quota: 60–80 % partnering counts
 *       as balanced.
 *   <li>{@link #minimumTotal()} 8 hours — about one working day; below it a share says more about
 *       what was recorded than about how a leader spends time.
 *   <li>{@link #maximumReworkShare()} 0.20 — rework (problem solving, tying up loose ends) is
 *       neither side of the 70/30; above a fifth of all time it is a finding of its own ("time
 *       upfront … vs. tying up loose ends during implementation").
 * </ul>
 *
 * <p>Immutable and thread-safe. Validation: {@code target} in [0, 1], {@code tolerance} in [0,
 * 0.5], {@code minimumTotal} positive and at most ten years ({@link #MAXIMUM_TOTAL}).
 */
@Value.Immutable
public abstract class BalanceParameters {

  /** The longest minimum total time accepted: ten years. */
  public static final Duration MAXIMUM_TOTAL = Duration.ofDays(3650);

  BalanceParameters() {}

  /** The target partnering share of time. */
  @Value.Default
  public double target() {
    return 0.70;
  }

  /** How far the share may be from the target and still count as balanced (inclusive). */
  @Value.Default
  public double tolerance() {
    return 0.10;
  }

  /**
   * The share of all time in rework (problem solving, loose ends) above which the balance reports a
   * finding: time the seed says shared understanding up front would have saved.
   */
  @Value.Default
  public double maximumReworkShare() {
    return 0.20;
  }

  /** Below this total time the verdict is INSUFFICIENT_DATA. */
  @Value.Default
  public Duration minimumTotal() {
    return Duration.ofHours(8);
  }

  /** The seed's defaults. */
  public static BalanceParameters defaults() {
    return builder().build();
  }

  /** A new builder; every attribute has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link BalanceParameters}. Not thread-safe; {@code build()} validates and throws {@link
   * IllegalArgumentException} for an invalid value.
   */
  public static final class Builder extends ImmutableBalanceParameters.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.unitInterval("balance.target", target());
    Checks.unitInterval("balance.maximumReworkShare", maximumReworkShare());
    if (!(tolerance() >= 0 && tolerance() <= 0.5)) {
      throw new IllegalArgumentException(
          "balance.tolerance must be in [0, 0.5], was " + tolerance());
    }
    if (minimumTotal().isNegative()
        || minimumTotal().isZero()
        || minimumTotal().compareTo(MAXIMUM_TOTAL) > 0) {
      throw new IllegalArgumentException(
          "balance.minimumTotal must be positive and at most "
              + MAXIMUM_TOTAL
              + ", was "
              + minimumTotal());
    }
  }
}
