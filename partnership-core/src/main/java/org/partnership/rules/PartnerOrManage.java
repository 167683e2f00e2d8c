package org.partnership.rules;

import static java.util.Objects.requireNonNull;
import static org.partnership.rules.SeedCore.CI;
import static org.partnership.rules.SeedCore.CI_YES;
import static org.partnership.rules.SeedCore.CN;
import static org.partnership.rules.SeedCore.CN_YES;
import static org.partnership.rules.SeedCore.CONFLICT_YES;
import static org.partnership.rules.SeedCore.DEV;
import static org.partnership.rules.SeedCore.DEV_HIGH;
import static org.partnership.rules.SeedCore.GOAL;
import static org.partnership.rules.SeedCore.GOAL_HIGH;
import static org.partnership.rules.SeedCore.GOAL_YES;
import static org.partnership.rules.SeedCore.GROUP;
import static org.partnership.rules.SeedCore.GROUP_HIGH;
import static org.partnership.rules.SeedCore.GROUP_LACKS;
import static org.partnership.rules.SeedCore.LEADER;
import static org.partnership.rules.SeedCore.LEADER_HIGH;
import static org.partnership.rules.SeedCore.LEADER_YES;
import static org.partnership.rules.SeedCore.REV;
import static org.partnership.rules.SeedCore.SIG;
import static org.partnership.rules.SeedCore.SIG_YES;
import static org.partnership.rules.SeedCore.STRUCT;
import static org.partnership.rules.SeedCore.STRUCT_YES;
import static org.partnership.rules.SeedCore.URG;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.partnership.internal.Decimals;
import org.partnership.internal.Durations;
import org.partnership.model.Decision;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Mode;
import org.partnership.model.Organization;
import org.partnership.model.Style;
import org.partnership.model.Trait;

/**
 * The seed rule: "Partner when WE should &amp; Manage when I must", with thresholds and weights
 * from a {@link Policy} ({@link RecommendationParameters}). {@code docs/rules.md} states the rule
 * in full, with the source of every condition; in short, in the order it is applied:
 *
 * <ol>
 *   <li><b>Competence.</b> Without an organization, the leader's and the group's competence are the
 *       decision's {@code leaderExpertise} and {@code groupExpertise}. With one, the leader's is
 *       the best recorded proficiency in the domain among the owning role's holders, and the
 *       group's the midpoint of the best and the mean proficiency among the stakeholders; a person
 *       without a record is <em>unknown</em> — anywhere from 0 to 1 — and where nobody has a record
 *       the trait stands. Where the decision and the records disagree by more than the policy's
 *       {@link RecommendationParameters#sourceTolerance()}, the records are used and the decision's
 *       value is weighed as an alternative ({@code source.*}).
 *   <li><b>Manage when I must</b> ({@code must.*}): a mandate, confidentiality, a standard that
 *       must apply to everyone, or nobody to partner with (the group's competence low while the
 *       leader has it, and no time or no development value to build it by taking part). The
 *       managing style is TELL, SELL when commitment is needed, CONSULT when the leader lacks the
 *       information or — unless a mandate fixes the content — competent people can improve a
 *       decision whose quality matters: "must" narrows the circle, it does not silence it.
 *   <li><b>Routine matters are not convened</b> ({@code should.routine}): low significance and
 *       little commitment at risk → TELL, or INQUIRE / DELEGATE to competent people.
 *   <li><b>Partner when WE should</b> ({@code should.*}): the weighted score of commitment at risk
 *       ({@code commitmentNeeded × (1 − commitmentIfImposed)}), group competence, novelty,
 *       development value and goal alignment; at or above the partner threshold, PARTNER in
 *       DELEGATE, INQUIRE, ADVISE or AGREE by the group's competence, team competence and goals;
 *       below it, CONSULT.
 *   <li><b>Guards</b> ({@code guard.*}): the Vroom–Yetton (1973) protective rules, answered from
 *       the same traits as {@link org.partnership.rules.classic.VroomYetton1973}; unless a
 *       must-condition fired, the style always lies in that model's feasible set (TELL/SELL ↔
 *       AI/AII, CONSULT ↔ CI/CII, AGREE and beyond ↔ GII). A group in conflict decides with the
 *       leader in the room (GII: the leader chairs): ADVISE at most.
 *   <li><b>Limits</b> ({@code limit.*}): high stakes (significant and hard to reverse) are not
 *       handed off without the leader (at most ADVISE); with an organization, the owner role's
 *       agreed delegation level in the domain is a ceiling.
 *   <li><b>Crisis</b> ({@code must.crisis}): urgent with no time recorded, or less time available
 *       than the process of the style reached so far needs (a routine matter decided or handed over
 *       convenes nobody): a managing style that fits the time; where the leader lacks what the team
 *       knows, ask quickly (CONSULT) or hand it to the expert (DELEGATE), never decide blind.
 *       Urgency alone never raises participation.
 * </ol>
 *
 * <p><b>Unknown is never a number.</b> A trait nobody described ranges over [0, 1], a competence
 * the records leave open over what they allow, and a disputed competence over both sources. The
 * rule is evaluated over every such completion, exactly: when they all reach one style the
 * recommendation is firm; otherwise it is {@linkplain Recommendation#tentative() tentative}, lists
 * the {@linkplain Recommendation#styles() styles} they reach, the {@linkplain
 * Recommendation#unknowns() unknowns} that change it and the {@linkplain Recommendation#question()
 * question} to ask first, and recommends the most participative style that no completion's limits
 * rule out (never more participative than any completion reaches). Derived numbers are rounded to
 * four decimals before they are compared, so the explanation shows the numbers the rule used.
 *
 * <p>Stateless and thread-safe.
 */
public final class PartnerOrManage {

  private PartnerOrManage() {}

  /**
   * Recommends how to take a decision, from its traits alone.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Recommendation recommend(Decision decision, Policy policy) {
    return recommend(SeedVerdict.of(decision, null, policy, true), policy);
  }

  /**
   * Recommends how to take a decision, with competence taken from the organization's people and the
   * owner role's agreed delegation level as a ceiling.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the decision's owner role or a stakeholder is not in the
   *     organization, naming it
   */
  public static Recommendation recommend(
      Decision decision, Organization organization, Policy policy) {
    requireNonNull(organization, "organization");
    return recommend(SeedVerdict.of(decision, organization, policy, true), policy);
  }

  /**
   * The style {@link #recommend(Decision, Policy)} recommends, without building its explanation or
   * its question: for evaluating many decisions where only the style is needed.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Style styleOf(Decision decision, Policy policy) {
    return SeedVerdict.of(decision, null, policy, false).style;
  }

  /**
   * The style {@link #recommend(Decision, Organization, Policy)} recommends, without building its
   * explanation or its question: for evaluating many decisions where only the style is needed.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the decision's owner role or a stakeholder is not in the
   *     organization, naming it
   */
  public static Style styleOf(Decision decision, Organization organization, Policy policy) {
    requireNonNull(organization, "organization");
    return SeedVerdict.of(decision, organization, policy, false).style;
  }

  // The explanation's constant parts. Name arrays are shared by every reason of a rule.

  /** The number of reasons every recommendation explains. */
  static final int REASONS = 23;

  private static final String UNKNOWN = "unknown";
  private static final String DEPENDS = "depends on the unknowns";
  private static final Style[] STYLES = Style.values();
  private static final Trait[] TRAITS = Trait.values();

  private static final String[] NONE = {};
  private static final Object[] NO_VALUES = {};
  private static final String[] MANDATE = {"mandate"};
  private static final String[] CONFIDENTIAL = {"confidential"};
  private static final String[] CONSISTENCY = {"consistencyCritical"};
  private static final String[] CRISIS = {"urgency", "timeAvailable", "styleBeforeCrisis"};
  private static final String[] CRISIS_LIMITS = {"urgency", "neededTime"};
  private static final String[] COMPETENCE_TRAITS = {
    "groupCompetence",
    "groupCompetenceSource",
    "leaderExpertise",
    "leaderExpertiseSource",
    "developmentValue",
    "timeAvailable"
  };
  private static final String[] COMPETENCE_ORGANIZATION = {
    "groupCompetence",
    "groupCompetenceSource",
    "stakeholdersWithRecord",
    "stakeholdersWithoutRecord",
    "competentStakeholders",
    "bestStakeholder",
    "meanStakeholder",
    "leaderExpertise",
    "leaderExpertiseSource",
    "developmentValue",
    "timeAvailable"
  };
  private static final String[] COMPETENCE_LIMITS = {
    "lacksCompetenceBelow", "leaderHigh", "developmentHigh", "developmentTime"
  };
  private static final String[] YES = {"yesAtOrAbove"};
  private static final Object[] YES_VALUE = {DecisionTraits.HIGH_THRESHOLD};
  private static final String[] ROUTINE = {"significance", "commitmentAtRisk"};
  private static final String[] ROUTINE_LIMITS = {
    "routineSignificanceBelow", "routineCommitmentAtRiskBelow"
  };
  private static final String[] COMMITMENT = {"value", "commitmentNeeded", "commitmentIfImposed"};
  private static final String[] VALUE = {"value"};
  private static final String[] FACTOR_LIMITS = {"high", "weight"};
  private static final String[] SCORE = {"score"};
  private static final String[] SCORE_LIMITS = {"partnerThreshold"};
  private static final String[] STAKES = {"stakes", "significance", "reversibility"};
  private static final String[] STAKES_LIMITS = {"highStakesThreshold"};
  private static final String[] CEILING = {"agreedLevel", "styleBeforeCeiling"};
  private static final String[] CEILING_BELOW_GUARDS = {
    "agreedLevel", "styleBeforeCeiling", "guardsRequireAtLeast"
  };
  private static final String[] SOURCE = {"described", "recorded", "used"};
  private static final String[] SOURCE_LIMITS = {"sourceTolerance"};

  private static final String[] GUARD_IDS = {
    "guard.information",
    "guard.goalCongruence",
    "guard.unstructured",
    "guard.acceptance",
    "guard.conflict",
    "guard.fairness",
    "guard.acceptancePriority"
  };
  private static final String[] GUARD_CONDITIONS = {
    "Vroom–Yetton R1 information: quality matters (A) and the leader lacks the information (not B)",
    "Vroom–Yetton R2 goal congruence: quality matters (A) and the group does not share the goals"
        + " (not F)",
    "Vroom–Yetton R3 unstructured problem: quality matters (A), the leader lacks the information"
        + " (not B) and the problem is unstructured (not C)",
    "Vroom–Yetton R4 acceptance: commitment is needed (D) and uncertain if imposed (not E)",
    "Vroom–Yetton R5 conflict: commitment is needed (D), uncertain if imposed (not E) and conflict"
        + " is likely (G)",
    "Vroom–Yetton R6 fairness: quality does not matter (not A), commitment is needed (D) and"
        + " uncertain if imposed (not E)",
    "Vroom–Yetton R7 acceptance priority: commitment is needed (D), uncertain if imposed (not E)"
        + " and the group shares the goals (F)"
  };
  private static final String[] GUARD_EFFECTS = {
    "not TELL or SELL: CONSULT at least",
    "no group decision: CONSULT at most",
    "not TELL or SELL: CONSULT the group at least",
    "not TELL or SELL: CONSULT at least",
    "people must meet: CONSULT the group at least; the leader chairs the group (GII): ADVISE at"
        + " most",
    "the group decides: AGREE at least",
    "the group decides: AGREE at least"
  };
  private static final String[][] GUARD_NAMES = {
    {"significance", "leaderExpertise"},
    {"significance", "goalAlignment"},
    {"significance", "leaderExpertise", "structure"},
    {"commitmentNeeded", "commitmentIfImposed"},
    {"commitmentNeeded", "commitmentIfImposed", "conflictLikelihood"},
    {"significance", "commitmentNeeded", "commitmentIfImposed"},
    {"commitmentNeeded", "commitmentIfImposed", "goalAlignment"}
  };
  private static final int[][] GUARD_VARIABLES = {
    {SIG, LEADER},
    {SIG, GOAL},
    {SIG, LEADER, STRUCT},
    {CN, CI},
    {CN, CI, SeedCore.CONFLICT},
    {SIG, CN, CI},
    {CN, CI, GOAL}
  };

  private static final String[] FACTOR_IDS = {
    "should.groupCompetence", "should.novelty", "should.development", "should.goalAlignment"
  };
  private static final String[] FACTOR_CONDITIONS = {
    "the group holds competence in the domain",
    "the problem is novel or unstructured (1 − structure)",
    "taking part develops people",
    "the group shares the goals"
  };

  private static final Map<Style, String> PARTNER_EFFECT = new EnumMap<>(Style.class);
  private static final Map<Style, String> AT_MOST = new EnumMap<>(Style.class);

  static {
    for (Style s : Style.values()) {
      PARTNER_EFFECT.put(s, "PARTNER in " + s + " unless a must, a guard or a limit decides");
      AT_MOST.put(s, s + " at most");
    }
  }

  private static Recommendation recommend(SeedVerdict v, Policy policy) {
    RecommendationParameters p = v.p;
    ExplanationThresholds limits = p.explanationThresholds();
    Tri tri = new Tri(v);
    Object[] shown = new Object[TRAITS.length]; // each variable shown once
    for (int i = 0; i < shown.length; i++) {
      shown[i] = shown(v, i);
    }
    double atRiskLo = SeedCore.atRisk(v.lo[CN], v.hi[CI]);
    double atRiskHi = SeedCore.atRisk(v.hi[CN], v.lo[CI]);
    Object atRisk = span(atRiskLo, atRiskHi);
    double scoreLo = tri.minScore();
    double scoreHi = tri.maxScore();
    int scoreReached = tri.atom(SeedCore.SCORE);

    Reason[] reasons = new Reason[REASONS];
    int n = 0;
    SeedCore core = v.core;
    boolean point = v.isPoint();
    reasons[n++] =
        reason(
            "must.mandate",
            "a legal, safety, compliance or contractual mandate binds the decision",
            MANDATE,
            new Object[] {v.t.mandate().name()},
            NONE,
            NO_VALUES,
            core.mandate,
            "MANAGE: the mandate fixes what is decided; SELL or CONSULT how, when commitment or"
                + " information is needed");
    reasons[n++] = crisis(v, shown, limits);
    reasons[n++] =
        reason(
            "must.confidential",
            "the matter is confidential: the circle is limited, not the input",
            CONFIDENTIAL,
            new Object[] {core.confidential},
            NONE,
            NO_VALUES,
            core.confidential,
            "MANAGE; CONSULT the competent people in confidence where they can add to it");
    reasons[n++] = competence(v, tri, shown, limits);
    reasons[n++] =
        reason(
            "must.consistency",
            "the decision must apply one standard to everyone",
            CONSISTENCY,
            new Object[] {core.consistencyCritical},
            NONE,
            NO_VALUES,
            core.consistencyCritical,
            "MANAGE");
    int[] guards = tri.guards();
    for (int g = 0; g < SeedVerdict.GUARDS; g++) {
      int[] vars = GUARD_VARIABLES[g];
      Object[] values = new Object[vars.length];
      for (int i = 0; i < vars.length; i++) {
        values[i] = shown[vars[i]];
      }
      reasons[n++] =
          reason(
              GUARD_IDS[g],
              GUARD_CONDITIONS[g],
              GUARD_NAMES[g],
              values,
              YES,
              YES_VALUE,
              guards[g],
              GUARD_EFFECTS[g]);
    }
    reasons[n++] =
        reason(
            "should.routine",
            "a routine matter: low significance and little commitment at risk; decide it or hand"
                + " it to competent people, without convening anyone",
            ROUTINE,
            new Object[] {shown[SIG], atRisk},
            ROUTINE_LIMITS,
            limits.routine,
            point ? (core.routine ? 1 : 0) : tri.leaves(Completions.FLAG_ROUTINE),
            "TELL, or INQUIRE / DELEGATE to competent people");
    reasons[n++] =
        reason(
            "should.commitment",
            "commitment is needed and at risk if the decision were imposed: commitmentNeeded × (1"
                + " − commitmentIfImposed)",
            COMMITMENT,
            new Object[] {atRisk, shown[CN], shown[CI]},
            FACTOR_LIMITS,
            limits.commitment,
            Tri.range(atRiskLo, atRiskHi, p.highThreshold()),
            "favours PARTNER");
    double noveltyLo = Decimals.round(1 - v.hi[STRUCT]);
    double noveltyHi = Decimals.round(1 - v.lo[STRUCT]);
    Object[] factorValues = {shown[GROUP], span(noveltyLo, noveltyHi), shown[DEV], shown[GOAL]};
    int[] factorOutcomes = {
      tri.atom(GROUP_HIGH),
      Tri.range(noveltyLo, noveltyHi, p.highThreshold()),
      tri.atom(DEV_HIGH),
      tri.atom(GOAL_HIGH)
    };
    for (int i = 0; i < factorValues.length; i++) {
      reasons[n++] =
          reason(
              FACTOR_IDS[i],
              FACTOR_CONDITIONS[i],
              VALUE,
              new Object[] {factorValues[i]},
              FACTOR_LIMITS,
              limits.factors[i],
              factorOutcomes[i],
              "favours PARTNER");
    }
    reasons[n++] =
        reason(
            "should.score",
            "the weighted factors reach the partner threshold",
            SCORE,
            new Object[] {span(scoreLo, scoreHi)},
            SCORE_LIMITS,
            limits.score,
            scoreReached,
            partnerEffect(tri));
    reasons[n++] =
        reason(
            "limit.stakes",
            "high stakes are not handed off without the leader: significance × (2 −"
                + " reversibility) / 2",
            STAKES,
            new Object[] {
              span(SeedCore.stakes(v.lo[SIG], v.hi[REV]), SeedCore.stakes(v.hi[SIG], v.lo[REV])),
              shown[SIG],
              shown[REV]
            },
            STAKES_LIMITS,
            limits.stakes,
            point ? (core.stakesBound ? 1 : 0) : tri.leaves(Completions.FLAG_STAKES),
            "ADVISE at most: decide together");
    reasons[n++] = ceiling(v, tri);
    reasons[n++] = source(v, LEADER);
    reasons[n] = source(v, GROUP);
    Question question = question(v);

    return ImmutableRecommendation.builder()
        .decisionId(v.decision.id())
        .mode(v.style.mode())
        .style(v.style)
        .styleBits(v.styles)
        .mustManage(v.must)
        .partnerScore(scoreLo)
        .partnerScoreHigh(scoreHi)
        .policyId(policy.id())
        .policyVersion(policy.version())
        .unknownBits(v.questions == null ? 0 : v.questions.changing)
        .question(java.util.Optional.ofNullable(question))
        .explanation(
            Explanation.trusted(summary(v, tri, scoreLo, scoreHi, question, reasons), reasons))
        .build();
  }

  /** A reason with a three-valued outcome: 1 fired, 0 not fired, -1 undetermined. */
  private static Reason reason(
      String ruleId,
      String condition,
      String[] names,
      Object[] values,
      String[] thresholdNames,
      Object[] thresholds,
      int outcome,
      String effect) {
    return Reason.trusted(
        ruleId,
        condition,
        names,
        values,
        thresholdNames,
        thresholds,
        outcome > 0,
        outcome < 0,
        effect);
  }

  private static Reason reason(
      String ruleId,
      String condition,
      String[] names,
      Object[] values,
      String[] thresholdNames,
      Object[] thresholds,
      boolean fired,
      String effect) {
    return Reason.trusted(
        ruleId, condition, names, values, thresholdNames, thresholds, fired, false, effect);
  }

  // Values as the explanation shows them.

  /**
   * A variable as the explanation shows it: its value when it has one, {@code unknown} when nobody
   * described it and no record gives it, else the values the sources allow ({@code [0.15, 0.8]},
   * {@code 0.9 or 0.2}).
   */
  private static Object shown(SeedVerdict v, int var) {
    if (v.lo[var] == v.hi[var]) {
      return v.lo[var];
    }
    if (!v.described(var) && !v.fromRecords(var)) {
      return UNKNOWN;
    }
    StringBuilder s = new StringBuilder();
    double[] seenLo = new double[v.rootLo.length];
    double[] seenHi = new double[v.rootLo.length];
    int seen = 0;
    for (int r = 0; r < v.rootLo.length; r++) {
      double a = v.rootLo[r][var];
      double b = v.rootHi[r][var];
      boolean repeated = false;
      for (int i = 0; i < seen; i++) {
        repeated |= seenLo[i] == a && seenHi[i] == b;
      }
      if (repeated) {
        continue;
      }
      seenLo[seen] = a;
      seenHi[seen++] = b;
      s.append(s.length() == 0 ? "" : " or ").append(text(a, b));
    }
    return s.toString();
  }

  private static String text(double a, double b) {
    return a == b ? Decimals.text(a) : "[" + Decimals.text(a) + ", " + Decimals.text(b) + "]";
  }

  /** A derived quantity: its value, or the interval the completions allow, as text. */
  private static Object span(double a, double b) {
    return a == b ? (Object) a : text(a, b);
  }

  private static String time(SeedVerdict v) {
    String time = v.timeText;
    if (time == null) {
      time = v.core.time == null ? UNKNOWN : Durations.iso(v.core.time);
      v.timeText = time;
    }
    return time;
  }

  private static Reason crisis(SeedVerdict v, Object[] shown, ExplanationThresholds limits) {
    SeedCore core = v.core;
    Object before;
    Object[] thresholds;
    int outcome;
    boolean toExpert;
    if (v.isPoint()) {
      before = core.beforeCrisis.name();
      thresholds = limits.crisis[core.neededFor.ordinal()];
      outcome = core.crisis ? 1 : 0;
      toExpert = core.toExpert;
    } else {
      Style beforeCrisis = null;
      Style neededFor = null;
      boolean same = true;
      boolean sameNeed = true;
      for (Completions.Leaf leaf : v.completions.leaves) {
        same &= beforeCrisis == null || beforeCrisis == leaf.beforeCrisis;
        sameNeed &=
            neededFor == null
                || v.p.minimumTimes()[neededFor.ordinal()].equals(
                    v.p.minimumTimes()[leaf.neededFor.ordinal()]);
        beforeCrisis = leaf.beforeCrisis;
        neededFor = leaf.neededFor;
      }
      before = same ? beforeCrisis.name() : DEPENDS;
      thresholds =
          sameNeed
              ? limits.crisis[neededFor.ordinal()]
              : new Object[] {v.p.urgencyThreshold(), DEPENDS};
      Tri tri = new Tri(v);
      outcome = tri.leaves(Completions.FLAG_CRISIS);
      toExpert = tri.leaves(Completions.FLAG_EXPERT) == 1;
    }
    return reason(
        "must.crisis",
        "urgent with no time recorded, or less time available than the style's process needs",
        CRISIS,
        new Object[] {shown[URG], time(v), before},
        CRISIS_LIMITS,
        thresholds,
        outcome,
        toExpert
            ? "the leader lacks what the team knows and there is no time to consult: hand it"
                + " to the expert (DELEGATE)"
            : "MANAGE in a style that fits the time; CONSULT quickly where the leader lacks"
                + " what the team knows");
  }

  private static Reason competence(
      SeedVerdict v, Tri tri, Object[] shown, ExplanationThresholds limits) {
    SeedVerdict.Competence c = v.competence;
    String domain = v.decision.domain().name();
    String groupSource;
    if (c.stakeholdersWithRecord > 0) {
      groupSource =
          "organization: midpoint of the best and the mean proficiency in "
              + domain
              + " of the stakeholders"
              + (c.stakeholdersWithoutRecord > 0
                  ? ", those without a record anywhere from 0 to 1"
                  : "");
    } else if (v.described(GROUP)) {
      groupSource = "traits.groupExpertise";
    } else {
      groupSource = "unknown: traits.groupExpertise not described";
    }
    String leaderSource;
    if (c.leaderHoldersWithRecord > 0) {
      leaderSource =
          "organization: best proficiency in "
              + domain
              + " of the holders of "
              + v.decision.ownerRoleId()
              + (c.leaderHoldersWithoutRecord > 0
                  ? ", those without a record anywhere from 0 to 1"
                  : "");
    } else if (v.described(LEADER)) {
      leaderSource = "traits.leaderExpertise";
    } else {
      leaderSource = "unknown: traits.leaderExpertise not described";
    }
    String[] names;
    Object[] values;
    if (v.withOrganization) {
      names = COMPETENCE_ORGANIZATION;
      values =
          new Object[] {
            shown[GROUP],
            groupSource,
            c.stakeholdersWithRecord,
            c.stakeholdersWithoutRecord,
            c.competentStakeholders,
            c.bestStakeholder,
            c.meanStakeholder,
            shown[LEADER],
            leaderSource,
            shown[DEV],
            time(v)
          };
    } else {
      names = COMPETENCE_TRAITS;
      values =
          new Object[] {
            shown[GROUP], groupSource, shown[LEADER], leaderSource, shown[DEV], time(v)
          };
    }
    int developing = Tri.and(v.core.fits(Style.CONSULT) ? 1 : 0, tri.atom(DEV_HIGH));
    int outcome =
        Tri.and(
            Tri.not(tri.atom(GROUP_LACKS)), Tri.and(tri.atom(LEADER_HIGH), Tri.not(developing)));
    return reason(
        "must.noCompetence",
        "nobody to partner with: the group's competence in the domain is low while the leader has"
            + " it, and there is no time or no development value to build it by taking part",
        names,
        values,
        COMPETENCE_LIMITS,
        limits.competence,
        outcome,
        "MANAGE");
  }

  private static Reason ceiling(SeedVerdict v, Tri tri) {
    SeedCore core = v.core;
    Style agreed = core.agreed;
    String agreedText =
        agreed == null
            ? (v.withOrganization ? "none in the domain" : "no organization")
            : agreed.name();
    if (!v.isPoint()) {
      Style before = null;
      boolean same = true;
      for (Completions.Leaf leaf : v.completions.leaves) {
        same &= before == null || before == leaf.beforeCeiling;
        before = leaf.beforeCeiling;
      }
      return reason(
          "limit.ceiling",
          "the owner role's agreed delegation level in the domain is a ceiling",
          CEILING,
          new Object[] {agreedText, same ? before.name() : DEPENDS},
          NONE,
          NO_VALUES,
          tri.leaves(Completions.FLAG_CEILING),
          agreed == null ? "none" : AT_MOST.get(agreed));
    }
    int guards = SeedVerdict.GUARDS_OF[SeedVerdict.answers(v.lo)];
    Style allowedMin = SeedVerdict.guard(Style.TELL, false, guards);
    boolean belowGuards = agreed != null && agreed.compareTo(allowedMin) < 0 && !core.must;
    String[] names = belowGuards ? CEILING_BELOW_GUARDS : CEILING;
    Object[] values =
        belowGuards
            ? new Object[] {agreed.name(), core.beforeCeiling.name(), allowedMin.name()}
            : new Object[] {agreedText, core.beforeCeiling.name()};
    String effect =
        agreed == null
            ? "none"
            : belowGuards
                ? AT_MOST.get(agreed)
                    + ", below what the guards require: raise the agreed level with the role's"
                    + " superior"
                : AT_MOST.get(agreed);
    return reason(
        "limit.ceiling",
        "the owner role's agreed delegation level in the domain is a ceiling",
        names,
        values,
        NONE,
        NO_VALUES,
        core.ceilingBound,
        effect);
  }

  private static final String[] SOURCE_IDS = new String[TRAITS.length];
  private static final String[] SOURCE_CONDITIONS = new String[TRAITS.length];

  static {
    SOURCE_IDS[LEADER] = "source.leaderExpertise";
    SOURCE_IDS[GROUP] = "source.groupExpertise";
    SOURCE_CONDITIONS[LEADER] =
        "the decision and the organization's records disagree about the leader's competence by"
            + " more than the tolerance";
    SOURCE_CONDITIONS[GROUP] =
        "the decision and the organization's records disagree about the group's competence by"
            + " more than the tolerance";
  }

  private static Reason source(SeedVerdict v, int var) {
    boolean records = v.fromRecords(var);
    boolean disagrees = var == LEADER ? v.leaderDisagrees : v.groupDisagrees;
    Object described = v.described(var) ? (Object) v.t.value(TRAITS[var]) : "not described";
    Object recorded;
    if (!records) {
      recorded = "no record";
    } else if (var == LEADER) {
      SeedVerdict.Competence c = v.competence;
      recorded = span(c.leaderRecorded, c.leaderHigh());
    } else {
      recorded = span(v.competence.groupLow, v.competence.groupHigh);
    }
    String used =
        records ? "organization records" : v.described(var) ? "decision" : "none: unknown";
    return reason(
        SOURCE_IDS[var],
        SOURCE_CONDITIONS[var],
        SOURCE,
        new Object[] {described, recorded, used},
        SOURCE_LIMITS,
        v.p.explanationThresholds().source,
        disagrees,
        "the records are used; the decision's value is weighed too, and the recommendation is"
            + " tentative where it would change the style");
  }

  private static String partnerEffect(Tri tri) {
    Style least = tri.partnerStyle(false);
    Style most = tri.partnerStyle(true);
    return least == most
        ? PARTNER_EFFECT.get(least)
        : "PARTNER in "
            + least
            + " to "
            + most
            + " by the group's competence, the team's and the goals, unless a must, a guard or a"
            + " limit decides";
  }

  private static Question question(SeedVerdict v) {
    if (v.questions == null || v.questions.asked < 0) {
      return null;
    }
    int var = v.questions.asked;
    ImmutableQuestion.Builder q =
        ImmutableQuestion.builder().trait(TRAITS[var]).text(questionText(v, var));
    for (Questions.Cell cell : v.questions.cells(var)) {
      q.addAnswers(
          ImmutableAnswer.builder()
              .low(cell.from)
              .high(cell.to)
              .highIncluded(cell.toIncluded)
              .styleBits(cell.styles)
              .style(cell.style)
              .build());
    }
    return q.build();
  }

  private static final String[] QUESTIONS = {
    "How much does the quality of this decision matter?",
    "How soon is the decision needed?",
    "How easily could the decision be undone?",
    "How much does carrying it out depend on the commitment of the people involved?",
    "If the leader decided alone, how likely are people to commit to it?",
    "Does the leader have the information and expertise to decide well?",
    "How much does the group know about the matter?",
    "How well does the group work together on problems like this?",
    "Does the group share the goals this decision serves?",
    "Is the group likely to disagree about the preferred solution?",
    "Is the problem well structured, of a kind solved before?",
    "How much would the people involved learn from taking part?"
  };

  /** At most this many stakeholders without a record are named in a question. */
  private static final int NAMED = 5;

  static String questionText(SeedVerdict v, int var) {
    requireNonNull(v, "v");
    String text = QUESTIONS[var];
    boolean disputed = var == LEADER ? v.leaderDisagrees : var == GROUP && v.groupDisagrees;
    if (var == GROUP && v.competence.stakeholdersWithoutRecord > 0 && !disputed) {
      List<String> ids = v.competence.unrecorded;
      StringBuilder s =
          new StringBuilder("How competent in ").append(v.decision.domain().name()).append(" are ");
      for (int i = 0; i < Math.min(NAMED, ids.size()); i++) {
        s.append(i == 0 ? "" : ", ").append(ids.get(i));
      }
      if (ids.size() > NAMED) {
        s.append(" and ").append(ids.size() - NAMED).append(" more");
      }
      return s.append(" (no record)?").toString();
    }
    if (disputed) {
      return text
          + " (the decision says "
          + Decimals.text(v.t.value(TRAITS[var]))
          + ", the records "
          + shown(v, var).toString().split(" or ")[0]
          + ")";
    }
    return text;
  }

  private static String summary(
      SeedVerdict v, Tri tri, double scoreLo, double scoreHi, Question q, Reason[] reasons) {
    StringBuilder s = new StringBuilder(160);
    s.append(v.style.mode()).append(" (").append(v.style).append("): ");
    if (v.tentative()) {
      s.append("TENTATIVE — the unknowns allow ");
      boolean first = true;
      for (Style st : STYLES) {
        if ((v.styles >>> st.ordinal() & 1) != 0) {
          s.append(first ? "" : ", ").append(st);
          first = false;
        }
      }
      if (q != null) {
        s.append("; ask first: ").append(q.text()).append(" (").append(q).append(')');
      }
      if (v.questions != null && v.questions.changing != 0) {
        s.append("; unknown and could change it: ");
        first = true;
        for (Trait trait : TRAITS) {
          if ((v.questions.changing >>> trait.ordinal() & 1) != 0) {
            s.append(first ? "" : ", ").append(trait.id());
            first = false;
          }
        }
      }
      return s.toString();
    }
    SeedCore core = v.core;
    boolean point = v.isPoint();
    boolean crisisAll = point ? core.crisis : tri.leaves(Completions.FLAG_CRISIS) == 1;
    boolean expert = point ? core.toExpert : tri.leaves(Completions.FLAG_EXPERT) == 1;
    boolean routine = point ? core.routine : tri.leaves(Completions.FLAG_ROUTINE) == 1;
    int scoreReached = tri.atom(SeedCore.SCORE);
    if (v.must) {
      s.append(expert ? "a crisis the leader cannot decide alone, handed to the expert — " : "");
      s.append(expert ? "" : "manage when I must — ");
      boolean first = true;
      for (Reason r : reasons) {
        if (r.fired() && r.ruleId().startsWith("must.")) {
          s.append(first ? "" : ", ").append(r.ruleId());
          first = false;
        }
      }
      if (first) {
        s.append("for every completion of the unknowns");
      }
    } else if (routine) {
      s.append("a routine matter, not convened");
    } else if (scoreReached >= 0) {
      boolean reached = scoreReached == 1;
      s.append(
              reached
                  ? v.style.mode() == Mode.PARTNER
                      ? "partner when WE should — score "
                      : "the factors favour partnering — score "
                  : "the factors do not favour partnering — score ")
          .append(text(scoreLo, scoreHi))
          .append(reached ? " ≥ " : " < ")
          .append(v.p.explanationThresholds().partnerThresholdText);
    } else {
      s.append("the same style for every completion of the unknowns — score ")
          .append(text(scoreLo, scoreHi));
    }
    String separator = "; bounded by ";
    boolean crisisCeiling = point && core.crisis && core.crisisCeilingBound;
    if (crisisCeiling) {
      s.append(separator).append("limit.ceiling");
      separator = ", ";
    }
    int binding = bindingGuards(v);
    for (int g = 0; g < SeedVerdict.GUARDS; g++) {
      if ((binding >>> g & 1) != 0) {
        s.append(separator).append(GUARD_IDS[g]);
        separator = ", ";
      }
    }
    boolean stakes = point ? core.stakesBound : tri.leaves(Completions.FLAG_STAKES) == 1;
    if (!crisisAll && stakes) {
      s.append(separator).append("limit.stakes");
      separator = ", ";
    }
    boolean ceiling = point ? core.ceilingBound : tri.leaves(Completions.FLAG_CEILING) == 1;
    if (!crisisAll && ceiling) {
      s.append(separator).append("limit.ceiling");
    }
    return s.toString();
  }

  /** The guards that moved the preferred style at every completion (none in a crisis). */
  private static int bindingGuards(SeedVerdict v) {
    if (v.isPoint()) {
      SeedCore core = v.core;
      return core.crisis
          ? 0
          : SeedVerdict.bindingGuards(
              core.preferred, core.mustOther, SeedVerdict.GUARDS_OF[SeedVerdict.answers(v.lo)]);
    }
    int binding = -1;
    for (Completions.Leaf leaf : v.completions.leaves) {
      binding &=
          (leaf.flags & Completions.FLAG_CRISIS) != 0
              ? 0
              : SeedVerdict.bindingGuards(
                  leaf.preferred,
                  (leaf.flags & Completions.FLAG_MUST_OTHER) != 0,
                  SeedVerdict.GUARDS_OF[SeedVerdict.answers(leaf.point)]);
    }
    return binding == -1 ? 0 : binding;
  }

  /**
   * Three-valued readings over every completion: 1 for every one, 0 for none, -1 for some only.
   * Each condition is a conjunction of comparisons of different variables over a product of
   * intervals, so Kleene's logic reads it exactly.
   */
  static final class Tri {
    private final SeedVerdict v;
    private final double[] threshold;

    Tri(SeedVerdict v) {
      this.v = v;
      this.threshold = v.p.atomThresholds();
    }

    /** A single-variable atom of {@link SeedCore}, or its score atom. */
    int atom(int atom) {
      if (atom == SeedCore.SCORE) {
        return range(minScore(), maxScore(), threshold[atom]);
      }
      int var = SeedCore.ATOM_VARIABLE[atom];
      double t = threshold[atom];
      return v.lo[var] >= t ? 1 : v.hi[var] < t ? 0 : -1;
    }

    private double minScore = Double.NaN;
    private double maxScore = Double.NaN;

    double minScore() {
      if (Double.isNaN(minScore)) {
        minScore =
            v.core.score(
                SeedCore.atRisk(v.lo[CN], v.hi[CI]),
                v.lo[GROUP],
                v.hi[STRUCT],
                v.lo[DEV],
                v.lo[GOAL]);
      }
      return minScore;
    }

    double maxScore() {
      if (v.isPoint()) {
        return minScore();
      }
      if (Double.isNaN(maxScore)) {
        maxScore =
            v.core.score(
                SeedCore.atRisk(v.hi[CN], v.lo[CI]),
                v.hi[GROUP],
                v.lo[STRUCT],
                v.hi[DEV],
                v.hi[GOAL]);
      }
      return maxScore;
    }

    /** A quantity in [lo, hi] at or above {@code t}. */
    static int range(double lo, double hi, double t) {
      return lo >= t ? 1 : hi < t ? 0 : -1;
    }

    static int not(int a) {
      return a < 0 ? -1 : 1 - a;
    }

    static int and(int a, int b) {
      return a == 0 || b == 0 ? 0 : a == 1 && b == 1 ? 1 : -1;
    }

    /** A flag of the completions' leaves. */
    int leaves(int flag) {
      Completions c = v.completions;
      return (c.flagsAll & flag) != 0 ? 1 : (c.flagsAny & flag) == 0 ? 0 : -1;
    }

    /** The Vroom–Yetton guards R1…R7, each three-valued. */
    int[] guards() {
      int a = atom(SIG_YES);
      int b = atom(LEADER_YES);
      int c = atom(STRUCT_YES);
      int d = atom(CN_YES);
      int e = atom(CI_YES);
      int f = atom(GOAL_YES);
      int g = atom(CONFLICT_YES);
      int accept = and(d, not(e));
      return new int[] {
        and(a, not(b)),
        and(a, not(f)),
        and(a, and(not(b), not(c))),
        accept,
        and(accept, g),
        and(not(a), accept),
        and(accept, f)
      };
    }

    /** The partnering style at the least (or most) favourable values of what it reads. */
    Style partnerStyle(boolean most) {
      return v.core.partnerStyleAt(most ? v.hi : v.lo);
    }
  }
}
