package org.partnership.rules;

import java.time.Duration;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The verdict of the 70/30 balance rule on a time allocation: the outcome, the shares observed, the
 * distance from the target, the policy applied and the explanation. The shares are empty when no
 * time was recorded. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class BalanceVerdict {

  BalanceVerdict() {}

  /** The outcome. */
  public abstract BalanceOutcome outcome();

  /** The total time evaluated. */
  public abstract Duration total();

  /** Partnering time over total time. */
  public abstract OptionalDouble partneringShare();

  /** The partnering share minus the target: negative when under, positive when over. */
  public abstract OptionalDouble distanceFromTarget();

  /** Upfront time over total time. */
  public abstract OptionalDouble upfrontShare();

  /** Loose-ends time over total time. */
  public abstract OptionalDouble looseEndsShare();

  /**
   * Rework (problem solving, tying up loose ends) over all time; empty when no time was recorded.
   */
  public abstract OptionalDouble reworkShare();

  /** The id of the policy applied. */
  public abstract String policyId();

  /** The version of the policy applied. */
  public abstract int policyVersion();

  /** Every rule checked, with the values observed and the thresholds. */
  public abstract Explanation explanation();
}
