package org.partnership.rules;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.partnership.internal.Checks;
import org.partnership.model.Style;
import org.partnership.model.Trait;

/**
 * The thresholds and weights of the seed rule "Partner when WE should &amp; Manage when I must",
 * part of a {@link Policy}. Every graded value is on the traits' scale, [0, 1].
 *
 * <p>Defaults and the seed's reasons for them:
 *
 * <ul>
 *   <li>{@link #urgencyThreshold()} 0.8 — a crisis is "timely" management's case: only clearly
 *       urgent decisions, with too little time for the partnering process, override partnering.
 *   <li>{@link #minimumTime()} — how long each style's process needs: TELL 15 min, SELL 1 h,
 *       CONSULT 1 day, AGREE 3 days, ADVISE, INQUIRE and DELEGATE 2 days. "Time spent upfront to
 *       establish a common understanding" is the cost of partnering; below it, partnering fails.
 *   <li>{@link #lacksCompetenceBelow()} 0.3 — below this the group has no competence to partner
 *       with; the leader must manage if the leader has it ({@link #highThreshold()}).
 *   <li>{@link #highThreshold()} 0.5 — a graded trait at or above this is high.
 *   <li>Weights of the should-partner factors: commitment needed 0.30 (partnership builds
 *       ownership), group competence 0.25 ("engaging the competency and expertise of those
 *       throughout the organization"), novelty (1 − structure) 0.15 ("a whole-system look" rather
 *       than problem solving), development value 0.15 ("potential building") and goal alignment
 *       0.15 (trust to put one's interests in others' hands).
 *   <li>{@link #partnerThreshold()} 0.5 — partner when the weighted factors reach half of their
 *       maximum; otherwise consult, keeping the decision with the leader.
 *   <li>{@link #delegateThreshold()} 0.7 — group competence, team competence and goal alignment all
 *       at or above this allow full delegation.
 * </ul>
 *
 * <p>Immutable and thread-safe. Validation: thresholds in [0, 1]; weights non-negative with a
 * positive sum; a positive minimum time for every style.
 */
@Value.Immutable
public abstract class RecommendationParameters {

  /** The largest weight a should-partner factor may have, so that sums stay exact and finite. */
  public static final double MAXIMUM_WEIGHT = 1000;

  /** The longest time a style's process may be given: ten years. */
  public static final Duration MAXIMUM_TIME = Duration.ofDays(3650);

  RecommendationParameters() {}

  /** Urgency at or above which a decision is urgent. */
  @Value.Default
  public double urgencyThreshold() {
    return 0.8;
  }

  /** The time each style's process needs; every style has one. */
  @Value.Default
  public Map<Style, Duration> minimumTime() {
    Map<Style, Duration> times = new EnumMap<>(Style.class);
    times.put(Style.TELL, Duration.ofMinutes(15));
    times.put(Style.SELL, Duration.ofHours(1));
    times.put(Style.CONSULT, Duration.ofDays(1));
    times.put(Style.AGREE, Duration.ofDays(3));
    times.put(Style.ADVISE, Duration.ofDays(2));
    times.put(Style.INQUIRE, Duration.ofDays(2));
    times.put(Style.DELEGATE, Duration.ofDays(2));
    return times;
  }

  /** Group competence below which there is nobody to partner with. */
  @Value.Default
  public double lacksCompetenceBelow() {
    return 0.3;
  }

  /** A graded trait at or above this is high. */
  @Value.Default
  public double highThreshold() {
    return 0.5;
  }

  /** Weight of the commitment needed. */
  @Value.Default
  public double commitmentWeight() {
    return 0.30;
  }

  /** Weight of the competence in the group. */
  @Value.Default
  public double groupCompetenceWeight() {
    return 0.25;
  }

  /** Weight of novelty: one minus the problem's structure. */
  @Value.Default
  public double noveltyWeight() {
    return 0.15;
  }

  /** Weight of the development value. */
  @Value.Default
  public double developmentWeight() {
    return 0.15;
  }

  /** Weight of goal alignment. */
  @Value.Default
  public double goalAlignmentWeight() {
    return 0.15;
  }

  /**
   * Significance below which a decision is a routine matter, provided little commitment is at risk:
   * the leader decides it or hands it over, without convening anyone.
   */
  @Value.Default
  public double routineSignificanceBelow() {
    return 0.3;
  }

  /**
   * Commitment at risk ({@code commitmentNeeded × (1 − commitmentIfImposed)}) below which a
   * low-significance decision is a routine matter.
   */
  @Value.Default
  public double routineCommitmentAtRiskBelow() {
    return 0.3;
  }

  /**
   * Stakes ({@code significance × (2 − reversibility) / 2}) at or above which a decision is not
   * handed off without the leader: partnering stops at ADVISE (no INQUIRE, no DELEGATE).
   */
  @Value.Default
  public double highStakesThreshold() {
    return 0.6;
  }

  /**
   * How far a competence described in the decision ({@code leaderExpertise}, {@code
   * groupExpertise}) may lie from what the organization's records allow before the two sources
   * disagree: the records are used, the decision's value is weighed as an alternative, and a reason
   * names both.
   */
  @Value.Default
  public double sourceTolerance() {
    return 0.2;
  }

  /**
   * The order in which to ask about unknown traits when two questions would narrow a tentative
   * recommendation equally: by default urgency first (timely management), then the order in which
   * Vroom and Yetton (1973) ask their questions (significance, leader expertise, structure,
   * commitment needed, commitment if imposed, goal alignment, conflict likelihood), then the
   * factors of Vroom (2000) they do not ask (group expertise, team competence), reversibility and
   * development value. Traits not listed follow in declaration order.
   */
  @Value.Default
  public List<Trait> questionOrder() {
    return DEFAULT_QUESTION_ORDER;
  }

  private static final List<Trait> DEFAULT_QUESTION_ORDER =
      List.of(
          Trait.URGENCY,
          Trait.SIGNIFICANCE,
          Trait.LEADER_EXPERTISE,
          Trait.STRUCTURE,
          Trait.COMMITMENT_NEEDED,
          Trait.COMMITMENT_IF_IMPOSED,
          Trait.GOAL_ALIGNMENT,
          Trait.CONFLICT_LIKELIHOOD,
          Trait.GROUP_EXPERTISE,
          Trait.TEAM_COMPETENCE,
          Trait.REVERSIBILITY,
          Trait.DEVELOPMENT_VALUE);

  /** Each trait's rank in {@link #questionOrder()}, listed traits first, by trait ordinal. */
  @Value.Lazy
  int[] questionRanks() {
    int[] rank = new int[Trait.values().length];
    java.util.Arrays.fill(rank, -1);
    int next = 0;
    for (Trait t : questionOrder()) {
      rank[t.ordinal()] = next++;
    }
    for (Trait t : Trait.values()) {
      if (rank[t.ordinal()] < 0) {
        rank[t.ordinal()] = next++;
      }
    }
    return rank;
  }

  /**
   * The should-partner weights in the score's order (commitment, group competence, novelty,
   * development, goal alignment), then their sum; computed once per parameters.
   *
   * <p>The score is a ratio, so the weights are first scaled by the power of two that brings the
   * largest into [1, 2): exact, so the score of ordinary weights does not change in its last bit,
   * while weights as small as {@link Double#MIN_VALUE} no longer underflow in their products.
   */
  @Value.Lazy
  double[] scoreWeights() {
    double[] w = {
      commitmentWeight(),
      groupCompetenceWeight(),
      noveltyWeight(),
      developmentWeight(),
      goalAlignmentWeight(),
      0
    };
    double max = Math.max(Math.max(Math.max(w[0], w[1]), Math.max(w[2], w[3])), w[4]);
    int shift = max < Double.MIN_NORMAL ? 1074 : 0; // a subnormal weight: first to an integer
    shift -= Math.getExponent(Math.scalb(max, shift));
    for (int i = 0; i < 5; i++) {
      w[i] = Math.scalb(w[i], shift);
    }
    w[5] = w[0] + w[1] + w[2] + w[3] + w[4];
    return w;
  }

  /** The minimum time of each style, by ordinal; computed once per parameters. */
  @Value.Lazy
  Duration[] minimumTimes() {
    Duration[] times = new Duration[Style.values().length];
    for (Style s : Style.values()) {
      times[s.ordinal()] = minimumTime().get(s);
    }
    return times;
  }

  /** The threshold of each of the seed rule's comparisons, computed once per parameters. */
  @Value.Lazy
  double[] atomThresholds() {
    return SeedCore.thresholds(this);
  }

  /** Weighted score at or above which to partner. */
  @Value.Default
  public double partnerThreshold() {
    return 0.5;
  }

  /** Group competence, team competence and goal alignment at or above this allow delegation. */
  @Value.Default
  public double delegateThreshold() {
    return 0.7;
  }

  /** The thresholds explanations show, boxed once per parameters. */
  @Value.Lazy
  ExplanationThresholds explanationThresholds() {
    return new ExplanationThresholds(this);
  }

  /** The seed's defaults. */
  public static RecommendationParameters defaults() {
    return builder().build();
  }

  /** A new builder; every attribute has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link RecommendationParameters}. Not thread-safe; {@code build()} validates and throws
   * {@link IllegalArgumentException} for an invalid value.
   */
  public static final class Builder extends ImmutableRecommendationParameters.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.unitInterval("recommendation.urgencyThreshold", urgencyThreshold());
    Checks.unitInterval("recommendation.lacksCompetenceBelow", lacksCompetenceBelow());
    Checks.unitInterval("recommendation.highThreshold", highThreshold());
    Checks.unitInterval("recommendation.partnerThreshold", partnerThreshold());
    Checks.unitInterval("recommendation.delegateThreshold", delegateThreshold());
    Checks.unitInterval("recommendation.routineSignificanceBelow", routineSignificanceBelow());
    Checks.unitInterval(
        "recommendation.routineCommitmentAtRiskBelow", routineCommitmentAtRiskBelow());
    Checks.unitInterval("recommendation.highStakesThreshold", highStakesThreshold());
    Checks.unitInterval("recommendation.sourceTolerance", sourceTolerance());
    java.util.EnumSet<Trait> seen = java.util.EnumSet.noneOf(Trait.class);
    for (Trait t : questionOrder()) {
      if (!seen.add(t)) {
        throw new IllegalArgumentException(
            "recommendation.questionOrder must name each trait once, names " + t + " twice");
      }
    }
    double[] weights = {
      commitmentWeight(),
      groupCompetenceWeight(),
      noveltyWeight(),
      developmentWeight(),
      goalAlignmentWeight()
    };
    String[] names = {
      "commitmentWeight",
      "groupCompetenceWeight",
      "noveltyWeight",
      "developmentWeight",
      "goalAlignmentWeight"
    };
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (!(weights[i] >= 0 && weights[i] <= MAXIMUM_WEIGHT)) {
        throw new IllegalArgumentException(
            "recommendation."
                + names[i]
                + " must be in [0, "
                + (int) MAXIMUM_WEIGHT
                + "], was "
                + weights[i]);
      }
      sum += weights[i];
    }
    if (sum <= 0) {
      throw new IllegalArgumentException(
          "recommendation weights must have a positive sum, was " + sum);
    }
    for (Style style : Style.values()) {
      Duration time = minimumTime().get(style);
      if (time == null) {
        throw new IllegalArgumentException(
            "recommendation.minimumTime must give every style a time, " + style + " is missing");
      }
      if (time.isNegative() || time.isZero() || time.compareTo(MAXIMUM_TIME) > 0) {
        throw new IllegalArgumentException(
            "recommendation.minimumTime["
                + style
                + "] must be positive and at most "
                + MAXIMUM_TIME
                + ", was "
                + time);
      }
    }
  }
}
