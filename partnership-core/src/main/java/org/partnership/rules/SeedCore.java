package org.partnership.rules;

import java.time.Duration;
import org.partnership.internal.Decimals;
import org.partnership.model.Mode;
import org.partnership.model.Style;

/**
 * The seed rule's decision procedure at one completion: every graded value known, as a number. It
 * is the only place the rule's steps are written; {@link SeedVerdict} runs it once for a described
 * decision, and {@link Completions} runs it over the completions of a decision with unknowns.
 *
 * <p>Every comparison of a graded value with a threshold is an <em>atom</em>, numbered below, and
 * each atom the procedure reads is recorded in {@link #consulted}: a completion that answers every
 * consulted atom the same way takes the same path and reaches the same style. Atoms are read lazily
 * — only where the path needs them — so an unknown the style does not depend on is never read.
 *
 * <p>Package-private; not thread-safe (one instance per evaluation).
 */
final class SeedCore {

  // The variables, by trait ordinal (LEADER and GROUP hold the resolved competence).
  static final int SIG = 0;
  static final int URG = 1;
  static final int REV = 2;
  static final int CN = 3;
  static final int CI = 4;
  static final int LEADER = 5;
  static final int GROUP = 6;
  static final int TEAM = 7;
  static final int GOAL = 8;
  static final int CONFLICT = 9;
  static final int STRUCT = 10;
  static final int DEV = 11;
  static final int VARIABLES = 12;

  // Atoms on one variable: "variable ≥ threshold".
  static final int SIG_YES = 0;
  static final int SIG_HIGH = 1;
  static final int SIG_ROUTINE = 2;
  static final int URGENT = 3;
  static final int CN_YES = 4;
  static final int CN_HIGH = 5;
  static final int CI_YES = 6;
  static final int LEADER_YES = 7;
  static final int LEADER_HIGH = 8;
  static final int GROUP_LACKS = 9;
  static final int GROUP_HIGH = 10;
  static final int GROUP_DT = 11;
  static final int TEAM_HIGH = 12;
  static final int TEAM_DT = 13;
  static final int GOAL_YES = 14;
  static final int GOAL_HIGH = 15;
  static final int GOAL_DT = 16;
  static final int CONFLICT_YES = 17;
  static final int STRUCT_YES = 18;
  static final int DEV_HIGH = 19;
  static final int SINGLE_ATOMS = 20;

  // Atoms on a quantity derived from several variables.
  /** commitmentNeeded × (1 − commitmentIfImposed), rounded, ≥ routineCommitmentAtRiskBelow. */
  static final int AT_RISK = 20;

  /** The weighted score, rounded, ≥ partnerThreshold. */
  static final int SCORE = 21;

  /** significance × (2 − reversibility) / 2, rounded, ≥ highStakesThreshold. */
  static final int STAKES = 22;

  static final int ATOMS = 23;

  /** The variable of each single-variable atom. */
  static final int[] ATOM_VARIABLE = {
    SIG, SIG, SIG, URG, CN, CN, CI, LEADER, LEADER, GROUP, GROUP, GROUP, TEAM, TEAM, GOAL, GOAL,
    GOAL, CONFLICT, STRUCT, DEV
  };

  /** The threshold of every atom under a policy's parameters, by atom. */
  static double[] thresholds(RecommendationParameters p) {
    double yes = org.partnership.model.DecisionTraits.HIGH_THRESHOLD;
    double high = p.highThreshold();
    double dt = p.delegateThreshold();
    return new double[] {
      yes,
      high,
      p.routineSignificanceBelow(),
      p.urgencyThreshold(),
      yes,
      high,
      yes,
      yes,
      high,
      p.lacksCompetenceBelow(),
      high,
      dt,
      high,
      dt,
      yes,
      high,
      dt,
      yes,
      yes,
      high,
      p.routineCommitmentAtRiskBelow(),
      p.partnerThreshold(),
      p.highStakesThreshold()
    };
  }

  private static final Style[] STYLES = Style.values();

  final RecommendationParameters p;
  private final double[] threshold;
  private final double[] weights;
  private final double weightSum;

  // What is known for certain: the flags, the time and the agreed level.
  final boolean mandate;
  final boolean confidential;
  final boolean consistencyCritical;

  /** The time available; null when unknown. */
  final Duration time;

  /** The owner role's agreed level in the domain; null without one. */
  final Style agreed;

  /** The time each style's process needs, by ordinal. */
  private final Duration[] minimumTimes;

  // The completion being evaluated.
  private double[] x;

  /** The atoms read by the last {@link #run}, as bits by atom. */
  long consulted;

  // The outcome of the last run, and the steps to it.
  boolean noCompetence;
  boolean mustOther;
  boolean routine;
  Style preferred;
  Style guarded;
  boolean stakesBound;
  Style beforeCeiling;
  boolean ceilingBound;
  Style beforeCrisis;

  /** The style whose process time the crisis step compares with (TELL for a routine matter). */
  Style neededFor;

  Duration needed;
  boolean crisis;
  boolean toExpert;

  /** Whether the crisis went to the expert, even where the agreed level then kept it managed. */
  private boolean expertPath;

  boolean crisisCeilingBound;
  boolean must;
  Style style;

  SeedCore(
      RecommendationParameters p,
      boolean mandate,
      boolean confidential,
      boolean consistencyCritical,
      @org.jspecify.annotations.Nullable Duration time,
      @org.jspecify.annotations.Nullable Style agreed) {
    this.p = java.util.Objects.requireNonNull(p, "p");
    this.threshold = p.atomThresholds();
    double[] w = p.scoreWeights();
    this.weights = w;
    this.weightSum = w[5];
    this.mandate = mandate;
    this.confidential = confidential;
    this.consistencyCritical = consistencyCritical;
    this.time = time;
    this.agreed = agreed;
    this.minimumTimes = p.minimumTimes();
  }

  /** Whether a style's process fits the time recorded (false when none is). */
  boolean fits(Style s) {
    return fits(s.ordinal());
  }

  private boolean fits(int style) {
    return time != null && time.compareTo(minimumTimes[style]) >= 0;
  }

  private boolean at(int atom) {
    consulted |= 1L << atom;
    return x[ATOM_VARIABLE[atom]] >= threshold[atom];
  }

  /** Commitment at risk, rounded as the explanation shows it. */
  static double atRisk(double commitmentNeeded, double commitmentIfImposed) {
    return Decimals.round(commitmentNeeded * (1 - commitmentIfImposed));
  }

  /** The stakes, rounded as the explanation shows them. */
  static double stakes(double significance, double reversibility) {
    return Decimals.round(significance * (2 - reversibility) / 2);
  }

  /** The weighted score of the should-partner factors at a completion, rounded. */
  double score(double atRisk, double group, double structure, double development, double goals) {
    double weighted =
        weights[0] * atRisk
            + weights[1] * group
            + weights[2] * (1 - structure)
            + weights[3] * development
            + weights[4] * goals;
    return Decimals.round(weighted / weightSum);
  }

  /** The score's weight of a factor: 0 commitment, 1 group, 2 novelty, 3 development, 4 goals. */
  double weight(int factor) {
    return weights[factor];
  }

  double threshold(int atom) {
    return threshold[atom];
  }

  private boolean atRiskAtLeastRoutine() {
    consulted |= 1L << AT_RISK;
    return atRisk(x[CN], x[CI]) >= threshold[AT_RISK];
  }

  private boolean scoreReached() {
    consulted |= 1L << SCORE;
    return score(atRisk(x[CN], x[CI]), x[GROUP], x[STRUCT], x[DEV], x[GOAL]) >= threshold[SCORE];
  }

  private boolean highStakes() {
    consulted |= 1L << STAKES;
    return stakes(x[SIG], x[REV]) >= threshold[STAKES];
  }

  /**
   * Runs the rule at a completion.
   *
   * @param values the twelve graded values by trait ordinal, competence resolved
   */
  void run(double[] values) {
    x = values;
    consulted = 0;

    // Manage when I must (all but the crisis, which depends on the style's time). Nobody to
    // partner with: known low competence, the leader has it, and no time or no development value
    // to build it by taking part (Vroom 2000, development-driven).
    noCompetence = !at(GROUP_LACKS) && at(LEADER_HIGH) && !(fits(Style.CONSULT) && at(DEV_HIGH));
    mustOther = mandate || confidential || consistencyCritical || noCompetence;

    // The preferred style: managed, routine, or by the weighted should-partner factors.
    Style chosen;
    boolean isRoutine = false;
    if (mustOther) {
      chosen = manageStyle();
    } else {
      isRoutine = !at(SIG_ROUTINE) && !atRiskAtLeastRoutine();
      if (isRoutine) {
        Style handOver = partnerStyle();
        chosen = handOver.compareTo(Style.INQUIRE) >= 0 ? handOver : Style.TELL;
      } else {
        chosen = scoreReached() ? partnerStyle() : Style.CONSULT;
      }
    }
    routine = isRoutine;
    preferred = chosen;

    // The guards; under a must, within the managing styles.
    Style s = guard(chosen, mustOther);
    guarded = s;

    // High stakes are not handed off without the leader.
    stakesBound = s.compareTo(Style.ADVISE) > 0 && highStakes();
    if (stakesBound) {
      s = Style.ADVISE;
    }

    // The owner role's agreed delegation level is a ceiling.
    beforeCeiling = s;
    ceilingBound = agreed != null && s.compareTo(agreed) > 0;
    if (ceilingBound) {
      s = agreed;
    }
    beforeCrisis = s;

    // The crisis: urgent with no time recorded, or less time than the style needs. A routine
    // matter decided or handed over convenes nobody: it needs the time of TELL.
    boolean convenesNobody = routine && (s == Style.TELL || s.compareTo(Style.INQUIRE) >= 0);
    neededFor = convenesNobody ? Style.TELL : s;
    needed = minimumTimes[neededFor.ordinal()];
    crisis = time == null ? at(URGENT) : time.compareTo(needed) < 0;
    boolean expert = false;
    expertPath = false;
    boolean crisisCeiling = false;
    if (crisis) {
      Style cs;
      if (time != null && !fits(Style.CONSULT) && !at(LEADER_HIGH) && at(GROUP_DT)) {
        // The leader lacks what the team knows, with no time to ask: hand it to the expert (as
        // far as the agreed level lets; below it, the leader asks the expert quickly).
        cs = Style.DELEGATE;
        expert = true;
        expertPath = true;
      } else if (time == null) {
        // No time recorded: the managing style within the guards.
        cs = guard(manageStyle(), true);
      } else {
        // As much participation as the time allows, the leader deciding.
        cs = SeedVerdict.min(s, Style.CONSULT);
        while (cs != Style.TELL && !fits(cs)) {
          cs = STYLES[cs.ordinal() - 1];
        }
      }
      if (agreed != null && cs.compareTo(agreed) > 0) {
        cs = agreed;
        expert = expert && cs.mode() == Mode.PARTNER;
        crisisCeiling = true;
      }
      if (time == null && cs.compareTo(s) > 0) {
        cs = s; // urgency alone never raises participation
        expert = false;
      }
      s = cs;
    }
    toExpert = expert;
    crisisCeilingBound = crisisCeiling;
    must = mustOther || crisis;
    style = s;
  }

  /**
   * The most participative style the rule's hard limits allow at the last run's completion: no more
   * than the group's competence, the team's and the goals support (the partnering style), no more
   * than CONSULT under a must (but for the crisis handed to the expert) or when the goals are not
   * shared (R2), no more than ADVISE when the leader must chair a group in conflict (R5) or the
   * stakes are high, no more than the agreed level, and no style whose process does not fit the
   * time (a routine matter decided or handed over convenes nobody) — with no time recorded and
   * urgency high, no more than CONSULT. Never below the style of the run.
   */
  Style cap() {
    if (expertPath) {
      return style; // never decide blind: the expert's style, whatever the time
    }
    Style c = partnerStyle();
    if (agreed != null) {
      c = SeedVerdict.min(c, agreed);
    }
    if (mustOther) {
      c = SeedVerdict.min(c, Style.CONSULT);
    }
    if (c.compareTo(Style.CONSULT) > 0 && at(SIG_YES) && !at(GOAL_YES)) {
      c = Style.CONSULT;
    }
    if (c.compareTo(Style.ADVISE) > 0
        && ((acceptanceAtRisk() && at(CONFLICT_YES)) || highStakes())) {
      c = Style.ADVISE;
    }
    if (time == null) {
      if (c.compareTo(Style.CONSULT) > 0 && at(URGENT)) {
        c = Style.CONSULT;
      }
    } else {
      int i = c.ordinal();
      boolean handsOver = routine && fits(Style.TELL.ordinal());
      while (i > 0 && !(fits(i) || (handsOver && i >= Style.INQUIRE.ordinal()))) {
        i--;
      }
      c = STYLES[i];
    }
    return c;
  }

  /**
   * The managing style when I must: TELL, SELL when commitment is needed, CONSULT when the leader
   * lacks the information or (unless a mandate fixes the content) competent people can improve a
   * decision whose quality matters.
   */
  private Style manageStyle() {
    if (!at(LEADER_HIGH) || (!mandate && at(SIG_HIGH) && at(GROUP_HIGH))) {
      return Style.CONSULT;
    }
    return at(CN_HIGH) ? Style.SELL : Style.TELL;
  }

  /** The partnering style at a completion, for the explanation; not a run. */
  Style partnerStyleAt(double[] values) {
    double[] before = x;
    long consultedBefore = consulted;
    x = values;
    Style s = partnerStyle();
    x = before;
    consulted = consultedBefore;
    return s;
  }

  /** The partnering style by the group's competence, the team's and the goals. */
  private Style partnerStyle() {
    if (at(GROUP_DT)) {
      if (at(TEAM_DT) && at(GOAL_DT)) {
        return Style.DELEGATE;
      }
      if (at(TEAM_HIGH)) {
        return Style.INQUIRE;
      }
    }
    return at(GROUP_HIGH) && at(GOAL_HIGH) ? Style.ADVISE : Style.AGREE;
  }

  /**
   * A preferred style within what the Vroom–Yetton guards allow (never below the least, never above
   * the most participative style they leave); under a must, within the managing styles. Equal to
   * {@link SeedVerdict#guard} on the guards that fire, reading only the answers the preferred style
   * needs.
   */
  private Style guard(Style preferred, boolean underMust) {
    int i = preferred.ordinal();
    if (i <= Style.CONSULT.ordinal()) {
      if (!underMust && groupMustDecide()) {
        return Style.AGREE; // R6, R7
      }
      if (i < Style.CONSULT.ordinal() && (acceptanceAtRisk() || leaderLacksInformation())) {
        return Style.CONSULT; // R4 (R5, R6, R7 imply it), R1 (R3 implies it)
      }
      return preferred;
    }
    // A partnering preference (never under a must).
    if (at(SIG_YES) && !at(GOAL_YES)) {
      return Style.CONSULT; // R2: no group decision when the goals are not shared
    }
    if (i > Style.ADVISE.ordinal() && acceptanceAtRisk() && at(CONFLICT_YES)) {
      return Style.ADVISE; // R5: the leader chairs a group in conflict (GII)
    }
    return preferred;
  }

  /** The guards at a completion, for tests: {@link #guard} alone. */
  static Style guardAt(double[] values, Style preferred, boolean underMust) {
    SeedCore c = new SeedCore(RecommendationParameters.defaults(), false, false, false, null, null);
    c.x = values;
    return c.guard(preferred, underMust);
  }

  /** D and not E: commitment is needed and uncertain if imposed (R4). */
  private boolean acceptanceAtRisk() {
    return at(CN_YES) && !at(CI_YES);
  }

  /** A and not B (R1). */
  private boolean leaderLacksInformation() {
    return at(SIG_YES) && !at(LEADER_YES);
  }

  /** R6 or R7: D, not E, and either not A or F. */
  private boolean groupMustDecide() {
    return acceptanceAtRisk() && (!at(SIG_YES) || at(GOAL_YES));
  }
}
