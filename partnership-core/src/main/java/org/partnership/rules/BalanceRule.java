package org.partnership.rules;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.partnership.model.TimeAllocation;

/**
 * The 70/30 balance: is the partnering share of a time allocation (a person's, a team's, over a
 * period) within the policy's tolerance band around its target? The share is partnering against
 * partnering and managing without rework ({@link TimeAllocation#partneringShare()}): the seed's 30
 * % is timely, consistent and fair management, not fixing what went wrong.
 *
 * <p>Rules, in order: {@code balance.data} — the total time is at least the policy's minimum, else
 * INSUFFICIENT_DATA; {@code balance.under} — the share is below target − tolerance: OVER_MANAGED;
 * {@code balance.over} — the share is above target + tolerance: OVER_PARTNERED ("flat can fall
 * flat"); otherwise BALANCED. The band is inclusive, compared with an allowance of 1e-12 for the
 * rounding of target ± tolerance. {@code balance.rework} — rework above the policy's maximum share
 * of all time — is a finding of its own; it does not change the outcome.
 *
 * <p>Stateless and thread-safe; evaluating valid input never throws.
 */
public final class BalanceRule {

  private static final double ROUNDING = 1e-12;

  private BalanceRule() {}

  /**
   * Evaluates an allocation against a policy's balance parameters.
   *
   * @throws NullPointerException if an argument is null
   */
  public static BalanceVerdict evaluate(TimeAllocation allocation, Policy policy) {
    requireNonNull(allocation, "allocation");
    requireNonNull(policy, "policy");
    BalanceParameters p = policy.balance();
    Duration total = allocation.total();
    OptionalDouble share = allocation.partneringShare();
    double low = p.target() - p.tolerance();
    double high = p.target() + p.tolerance();

    boolean insufficient = total.compareTo(p.minimumTotal()) < 0;
    Reason data =
        Reason.builder()
            .ruleId("balance.data")
            .condition("total time is below the minimum to judge")
            .observe("totalHours", hours(total))
            .threshold("minimumHours", hours(p.minimumTotal()))
            .fired(insufficient)
            .effect("INSUFFICIENT_DATA")
            .build();
    double s = share.orElse(Double.NaN);
    boolean under = !insufficient && s < low - ROUNDING;
    boolean over = !insufficient && s > high + ROUNDING;
    Reason underReason =
        bandReason(
            "balance.under",
            "partnering share is below target − tolerance",
            "low",
            low,
            share,
            under,
            BalanceOutcome.OVER_MANAGED);
    Reason overReason =
        bandReason(
            "balance.over",
            "partnering share is above target + tolerance",
            "high",
            high,
            share,
            over,
            BalanceOutcome.OVER_PARTNERED);
    OptionalDouble rework = allocation.reworkShare();
    boolean reworkHigh =
        !insufficient && rework.isPresent() && rework.getAsDouble() > p.maximumReworkShare();
    Reason.Builder reworkReason =
        Reason.builder()
            .ruleId("balance.rework")
            .condition(
                "rework (problem solving, loose ends) is above the maximum share of all time")
            .threshold("maximumReworkShare", p.maximumReworkShare())
            .fired(reworkHigh)
            .effect("finding: time up front would save rework later");
    if (rework.isPresent()) {
      reworkReason.observe("reworkShare", round(rework.getAsDouble()));
    }
    BalanceOutcome outcome =
        insufficient
            ? BalanceOutcome.INSUFFICIENT_DATA
            : under
                ? BalanceOutcome.OVER_MANAGED
                : over ? BalanceOutcome.OVER_PARTNERED : BalanceOutcome.BALANCED;
    String summary =
        outcome
            + (share.isPresent()
                ? String.format(
                    Locale.ROOT,
                    ": partnering %.1f %% of %s h (target %.0f %% ± %.0f)",
                    100 * s,
                    hours(total),
                    100 * p.target(),
                    100 * p.tolerance())
                : ": no time recorded")
            + (reworkHigh
                ? String.format(
                    Locale.ROOT, "; rework %.1f %% of all time", 100 * rework.getAsDouble())
                : "");
    ImmutableBalanceVerdict.Builder verdict =
        ImmutableBalanceVerdict.builder()
            .outcome(outcome)
            .total(total)
            .partneringShare(share)
            .upfrontShare(allocation.upfrontShare())
            .looseEndsShare(allocation.looseEndsShare())
            .reworkShare(rework)
            .policyId(policy.id())
            .policyVersion(policy.version())
            .explanation(
                Explanation.of(
                    summary, List.of(data, underReason, overReason, reworkReason.build())));
    if (share.isPresent()) {
      verdict.distanceFromTarget(s - p.target());
    }
    return verdict.build();
  }

  private static Reason bandReason(
      String ruleId,
      String condition,
      String bound,
      double threshold,
      OptionalDouble share,
      boolean fired,
      BalanceOutcome effect) {
    Reason.Builder reason =
        Reason.builder()
            .ruleId(ruleId)
            .condition(condition)
            .threshold(bound, round(threshold))
            .fired(fired)
            .effect(effect.name());
    if (share.isPresent()) {
      reason.observe("partneringShare", share.getAsDouble());
    }
    return reason.build();
  }

  private static double hours(Duration d) {
    return d.toNanos() / 3.6e12;
  }

  private static double round(double value) {
    return Math.round(value * 1e9) / 1e9;
  }
}
