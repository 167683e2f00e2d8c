package org.partnership.rules;

/** The verdicts of the 70/30 balance rule. */
public enum BalanceOutcome {
  /** The partnering share is within the tolerance band around the target. */
  BALANCED,
  /** Too little partnering: below the band. */
  OVER_MANAGED,
  /** Too much partnering: above the band — "flat can fall flat". */
  OVER_PARTNERED,
  /** Too little time recorded to judge. */
  INSUFFICIENT_DATA
}
