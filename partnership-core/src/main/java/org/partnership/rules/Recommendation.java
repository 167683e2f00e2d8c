package org.partnership.rules;

import org.immutables.value.Value;
import org.partnership.model.Mode;
import org.partnership.model.Style;

/**
 * A recommendation for one decision: partner or manage, in which style, under which policy, and
 * why. It supports a leader; it never decides for them. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Recommendation {

  Recommendation() {}

  /** The id of the decision. */
  public abstract String decisionId();

  /** Partner or manage. */
  public abstract Mode mode();

  /** The style recommended; its mode is {@link #mode()}. */
  public abstract Style style();

  /** Whether a "manage when I must" condition fired. */
  public abstract boolean mustManage();

  /** The weighted score of the "partner when WE should" factors, in [0, 1]. */
  public abstract double partnerScore();

  /** The id of the policy applied. */
  public abstract String policyId();

  /** The version of the policy applied. */
  public abstract int policyVersion();

  /** Every condition and factor checked, in order. */
  public abstract Explanation explanation();
}
