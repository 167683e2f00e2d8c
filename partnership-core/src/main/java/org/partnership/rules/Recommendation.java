package org.partnership.rules;

import java.util.Set;
import org.immutables.value.Value;
import org.partnership.model.Mode;
import org.partnership.model.Style;
import org.partnership.model.Trait;

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

  /**
   * Whether a "manage when I must" condition fired. The mode is then MANAGE, but for one case: in a
   * crisis where the leader lacks what the team knows and there is no time to consult, the decision
   * is handed to the expert (DELEGATE).
   */
  public abstract boolean mustManage();

  /**
   * The weighted score of the "partner when WE should" factors, in [0, 1], rounded to four
   * decimals.
   */
  public abstract double partnerScore();

  /** The id of the policy applied. */
  public abstract String policyId();

  /** The version of the policy applied. */
  public abstract int policyVersion();

  /**
   * The graded traits this recommendation rests on that nobody described: each was read as {@value
   * org.partnership.model.DecisionTraits#UNKNOWN}. Competence recorded in the organization counts
   * as described.
   */
  public abstract Set<Trait> unknowns();

  /**
   * Whether the recommendation is tentative: of the traits whose value could change it, so many
   * were not described (at least the policy's {@link
   * RecommendationParameters#tentativeUnknownShare()}) that it should not be followed without
   * describing the decision better.
   */
  public abstract boolean tentative();

  /** Every condition and factor checked, in order. */
  public abstract Explanation explanation();
}
