package org.partnership.rules;

import java.util.Set;
import org.immutables.value.Value;
import org.partnership.model.Mode;
import org.partnership.model.Style;
import org.partnership.model.Trait;

/**
 * A recommendation for one decision: partner or manage, in which style, under which policy, and
 * why. It supports a leader; it never decides for them.
 *
 * <p>What nobody described is unknown, never a number that meets a threshold: the rule is evaluated
 * over every value the unknowns can take (each <em>completion</em>). When the completions reach
 * more than one style the recommendation is {@linkplain #tentative() tentative}: it lists the
 * {@linkplain #styles() styles} they reach, the {@linkplain #unknowns() unknown traits} that change
 * it and the {@linkplain #question() question} to ask first, and recommends the most participative
 * style no completion's limits rule out ({@code docs/rules.md}).
 *
 * <p>Immutable and thread-safe.
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
   * The styles the completions of what is unknown reach, in the continuum's order: just {@link
   * #style()} when the recommendation is firm. A tentative recommendation's style lies between the
   * least and the most participative of them, and need not be one of them.
   */
  @Value.Lazy
  public Set<Style> styles() {
    java.util.EnumSet<Style> set = java.util.EnumSet.noneOf(Style.class);
    for (Style s : Style.values()) {
      if ((styleBits() >>> s.ordinal() & 1) != 0) {
        set.add(s);
      }
    }
    return com.google.common.collect.Sets.immutableEnumSet(set);
  }

  /** {@link #styles()} as bits by ordinal: what equality compares. */
  abstract int styleBits();

  /**
   * Whether a "manage when I must" condition fired for every completion of what is unknown. The
   * mode is then MANAGE, but for one case: in a crisis where the leader lacks what the team knows
   * and there is no time to consult, the decision is handed to the expert (DELEGATE).
   */
  public abstract boolean mustManage();

  /**
   * The weighted score of the "partner when WE should" factors, in [0, 1], rounded to four
   * decimals: the lowest the completions of what is unknown allow (see {@link
   * #partnerScoreHigh()}); the score itself when every factor is known.
   */
  public abstract double partnerScore();

  /**
   * The highest weighted score the completions of what is unknown allow; equal to {@link
   * #partnerScore()} when every factor is known.
   */
  public abstract double partnerScoreHigh();

  /** The id of the policy applied. */
  public abstract String policyId();

  /** The version of the policy applied. */
  public abstract int policyVersion();

  /**
   * The unknown traits whose answer would change the recommendation (narrow its {@link #styles()}
   * or move its style), in declaration order; empty when it is firm. A trait nobody described, a
   * competence the organization's records leave open, and a competence on which the decision and
   * the records disagree are unknown.
   */
  @Value.Lazy
  public Set<Trait> unknowns() {
    java.util.EnumSet<Trait> set = java.util.EnumSet.noneOf(Trait.class);
    for (Trait t : Trait.values()) {
      if ((unknownBits() >>> t.ordinal() & 1) != 0) {
        set.add(t);
      }
    }
    return com.google.common.collect.Sets.immutableEnumSet(set);
  }

  /** {@link #unknowns()} as bits by ordinal: what equality compares. */
  abstract int unknownBits();

  /**
   * Whether the recommendation is tentative: some completions of what is unknown reach another
   * style ({@code styles().size() > 1}). It should not be followed without asking the {@link
   * #question()}.
   */
  public boolean tentative() {
    return Integer.bitCount(styleBits()) > 1;
  }

  /**
   * The question to ask first: the unknown trait whose answer narrows {@link #styles()} the most
   * (ties broken by the policy's {@link RecommendationParameters#questionOrder()}); present exactly
   * when the recommendation is tentative.
   */
  public abstract java.util.Optional<Question> question();

  /** Every condition and factor checked, in order. */
  public abstract Explanation explanation();

  /** The decision, the style, the styles reached, the unknowns and the summary, e.g. for logs. */
  @Override
  public String toString() {
    return "Recommendation{decisionId="
        + decisionId()
        + ", style="
        + style()
        + ", styles="
        + styles()
        + ", unknowns="
        + unknowns()
        + ", policy="
        + policyId()
        + " v"
        + policyVersion()
        + ", summary="
        + explanation().summary()
        + "}";
  }
}
