package org.partnership.rules;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;
import org.partnership.internal.Decimals;
import org.partnership.internal.Durations;
import org.partnership.model.Decision;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Organization;
import org.partnership.model.Style;
import org.partnership.model.Trait;

/**
 * Version 2 of the seed rule, kept unchanged for the benchmarks' side-by-side comparison with
 * {@link PartnerOrManage}; not the library's rule. The seed rule with thresholds and weights from a
 * {@link Policy} ({@link RecommendationParameters}). {@code docs/rules.md} states the rule in full,
 * with the source of every condition; in short, in the order it is applied:
 *
 * <ol>
 *   <li><b>Competence.</b> Without an organization, the leader's and the group's competence are the
 *       decision's {@code leaderExpertise} and {@code groupExpertise}. With one, the leader's is
 *       the best recorded proficiency in the domain among the owning role's holders, and the
 *       group's the midpoint of the best and the mean recorded proficiency among the stakeholders;
 *       a person without a record is <em>unknown</em>, never zero, and where nobody has a record
 *       the trait stands. Each figure's source is in the explanation.
 *   <li><b>Manage when I must</b> ({@code must.*}): a mandate, confidentiality, a standard that
 *       must apply to everyone, or nobody to partner with (the group's competence is <em>known</em>
 *       to be low while the leader has it). The managing style is TELL, SELL when commitment is
 *       needed, CONSULT when the leader lacks the information or — unless a mandate fixes the
 *       content — competent people can improve a decision whose quality matters: "must" narrows the
 *       circle, it does not silence it.
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
 *       AI/AII, CONSULT ↔ CI/CII, AGREE and beyond ↔ GII).
 *   <li><b>Limits</b> ({@code limit.*}): high stakes (significant and hard to reverse) are not
 *       handed off without the leader (at most ADVISE); with an organization, the owner role's
 *       agreed delegation level in the domain is a ceiling.
 *   <li><b>Crisis</b> ({@code must.crisis}): urgent with no time recorded, or less time available
 *       than the style's process needs: a managing style that fits the time; where the leader lacks
 *       what the team knows, ask quickly (CONSULT) or hand it to the expert (DELEGATE), never
 *       decide blind. Urgency alone never raises participation.
 * </ol>
 *
 * <p>A recommendation lists the traits it rests on that nobody described ({@link
 * Recommendation#unknowns()}) and is {@linkplain Recommendation#tentative() tentative} when they
 * are many. Derived numbers are rounded to four decimals before they are compared, so the
 * explanation shows the numbers the rule used.
 *
 * <p>Stateless and thread-safe.
 */
public final class SeedRuleV2 {

  private SeedRuleV2() {}

  /**
   * Recommends how to take a decision, from its traits alone.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Recommendation recommend(Decision decision, Policy policy) {
    return recommend(SeedVerdictV2.of(decision, null, policy, true), decision, policy);
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
    return recommend(SeedVerdictV2.of(decision, organization, policy, true), decision, policy);
  }

  /**
   * The style {@link #recommend(Decision, Policy)} recommends, without building its explanation:
   * for evaluating many decisions where only the style is needed.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Style styleOf(Decision decision, Policy policy) {
    return SeedVerdictV2.of(decision, null, policy, false).style;
  }

  /**
   * The style {@link #recommend(Decision, Organization, Policy)} recommends, without building its
   * explanation: for evaluating many decisions where only the style is needed.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the decision's owner role or a stakeholder is not in the
   *     organization, naming it
   */
  public static Style styleOf(Decision decision, Organization organization, Policy policy) {
    requireNonNull(organization, "organization");
    return SeedVerdictV2.of(decision, organization, policy, false).style;
  }

  // The explanation's constant parts. Name arrays are shared by every reason of a rule.

  /** The number of reasons every recommendation explains. */
  private static final int REASONS = 21;

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
    "groupCompetenceKnown",
    "leaderExpertise",
    "leaderExpertiseSource"
  };
  private static final String[] COMPETENCE_ORGANIZATION = {
    "groupCompetence",
    "groupCompetenceSource",
    "groupCompetenceKnown",
    "stakeholdersWithRecord",
    "stakeholdersWithoutRecord",
    "competentStakeholders",
    "bestStakeholder",
    "meanStakeholder",
    "leaderExpertise",
    "leaderExpertiseSource"
  };
  private static final String[] COMPETENCE_LIMITS = {"lacksCompetenceBelow", "leaderHigh"};
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
    "people must meet: CONSULT the group at least",
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

  private static Recommendation recommend(SeedVerdictV2 v, Decision decision, Policy policy) {
    RecommendationParameters p = v.p;
    ExplanationThresholds limits = p.explanationThresholds();
    DecisionTraits t = v.t;
    Object[] boxed = new Object[TRAITS.length]; // each trait value boxed once
    for (int i = 0; i < boxed.length; i++) {
      boxed[i] = t.value(TRAITS[i]);
    }
    Reason[] reasons = new Reason[REASONS];
    int n = 0;
    reasons[n++] =
        (Reason.trusted(
            "must.mandate",
            "a legal, safety, compliance or contractual mandate binds the decision",
            MANDATE,
            new Object[] {t.mandate().name()},
            NONE,
            NO_VALUES,
            v.mandate,
            "MANAGE: the mandate fixes what is decided; SELL or CONSULT how, when commitment or"
                + " information is needed"));
    reasons[n++] =
        (Reason.trusted(
            "must.crisis",
            "urgent with no time recorded, or less time available than the style's process needs",
            CRISIS,
            new Object[] {
              boxed[U], v.timeUnknown ? "unknown" : Durations.iso(v.time), v.beforeCrisis.name()
            },
            CRISIS_LIMITS,
            limits.crisis[v.beforeCrisis.ordinal()],
            v.crisis,
            v.toExpert
                ? "the leader lacks what the team knows and there is no time to consult: hand it"
                    + " to the expert (DELEGATE)"
                : "MANAGE in a style that fits the time; CONSULT quickly where the leader lacks"
                    + " what the team knows"));
    reasons[n++] =
        (Reason.trusted(
            "must.confidential",
            "the matter is confidential: the circle is limited, not the input",
            CONFIDENTIAL,
            new Object[] {t.confidential()},
            NONE,
            NO_VALUES,
            t.confidential(),
            "MANAGE; CONSULT the competent people in confidence where they can add to it"));
    reasons[n++] = (competence(v, decision, limits));
    reasons[n++] =
        (Reason.trusted(
            "must.consistency",
            "the decision must apply one standard to everyone",
            CONSISTENCY,
            new Object[] {t.consistencyCritical()},
            NONE,
            NO_VALUES,
            t.consistencyCritical(),
            "MANAGE"));
    for (int g = 0; g < SeedVerdictV2.GUARDS; g++) {
      reasons[n++] =
          (Reason.trusted(
              GUARD_IDS[g],
              GUARD_CONDITIONS[g],
              GUARD_NAMES[g],
              guardValues(v, g, boxed),
              YES,
              YES_VALUE,
              (v.guards >>> g & 1) != 0,
              GUARD_EFFECTS[g]));
    }
    reasons[n++] =
        (Reason.trusted(
            "should.routine",
            "a routine matter: low significance and little commitment at risk; decide it or hand"
                + " it to competent people, without convening anyone",
            ROUTINE,
            new Object[] {boxed[S], v.commitmentAtRisk},
            ROUTINE_LIMITS,
            limits.routine,
            v.routine,
            "TELL, or INQUIRE / DELEGATE to competent people"));
    reasons[n++] =
        (Reason.trusted(
            "should.commitment",
            "commitment is needed and at risk if the decision were imposed: commitmentNeeded × (1"
                + " − commitmentIfImposed)",
            COMMITMENT,
            new Object[] {v.commitmentAtRisk, boxed[CN], boxed[CI]},
            FACTOR_LIMITS,
            limits.commitment,
            v.commitmentAtRisk >= p.highThreshold(),
            "favours PARTNER"));
    double[] factors = {v.group, v.novelty, t.developmentValue(), t.goalAlignment()};
    Object[] factorValues = {v.group, v.novelty, boxed[DV], boxed[GA]};
    for (int i = 0; i < factors.length; i++) {
      reasons[n++] =
          (Reason.trusted(
              FACTOR_IDS[i],
              FACTOR_CONDITIONS[i],
              VALUE,
              new Object[] {factorValues[i]},
              FACTOR_LIMITS,
              limits.factors[i],
              factors[i] >= p.highThreshold(),
              "favours PARTNER"));
    }
    reasons[n++] =
        (Reason.trusted(
            "should.score",
            "the weighted factors reach the partner threshold",
            SCORE,
            new Object[] {v.score},
            SCORE_LIMITS,
            limits.score,
            v.scoreReached,
            PARTNER_EFFECT.get(v.partnerStyle)));
    reasons[n++] =
        (Reason.trusted(
            "limit.stakes",
            "high stakes are not handed off without the leader: significance × (2 −"
                + " reversibility) / 2",
            STAKES,
            new Object[] {v.stakes, boxed[S], boxed[R]},
            STAKES_LIMITS,
            limits.stakes,
            v.stakesBound,
            "ADVISE at most: decide together"));
    reasons[n] = ceiling(v);

    ImmutableRecommendation.Builder r =
        ImmutableRecommendation.builder()
            .decisionId(decision.id())
            .mode(v.style.mode())
            .style(v.style)
            .mustManage(v.must)
            .partnerScore(v.score)
            .policyId(policy.id())
            .policyVersion(policy.version())
            .styleBits(1 << v.style.ordinal())
            .partnerScoreHigh(v.score)
            .unknownBits(v.unknown);
    return r.explanation(Explanation.trusted(summary(v, reasons), reasons)).build();
  }

  private static final Trait[] TRAITS = Trait.values();
  private static final int S = Trait.SIGNIFICANCE.ordinal();
  private static final int U = Trait.URGENCY.ordinal();
  private static final int R = Trait.REVERSIBILITY.ordinal();
  private static final int CN = Trait.COMMITMENT_NEEDED.ordinal();
  private static final int CI = Trait.COMMITMENT_IF_IMPOSED.ordinal();
  private static final int GA = Trait.GOAL_ALIGNMENT.ordinal();
  private static final int CL = Trait.CONFLICT_LIKELIHOOD.ordinal();
  private static final int ST = Trait.STRUCTURE.ordinal();
  private static final int DV = Trait.DEVELOPMENT_VALUE.ordinal();

  private static Object[] guardValues(SeedVerdictV2 v, int guard, Object[] b) {
    switch (guard) {
      case SeedVerdictV2.INFORMATION:
        return new Object[] {b[S], v.leader};
      case SeedVerdictV2.GOAL_CONGRUENCE:
        return new Object[] {b[S], b[GA]};
      case SeedVerdictV2.UNSTRUCTURED:
        return new Object[] {b[S], v.leader, b[ST]};
      case SeedVerdictV2.ACCEPTANCE:
        return new Object[] {b[CN], b[CI]};
      case SeedVerdictV2.CONFLICT:
        return new Object[] {b[CN], b[CI], b[CL]};
      case SeedVerdictV2.FAIRNESS:
        return new Object[] {b[S], b[CN], b[CI]};
      case SeedVerdictV2.ACCEPTANCE_PRIORITY:
        return new Object[] {b[CN], b[CI], b[GA]};
      default:
        throw new AssertionError(guard);
    }
  }

  private static Reason competence(
      SeedVerdictV2 v, Decision decision, ExplanationThresholds limits) {
    String groupSource;
    if (v.groupFromOrganization) {
      groupSource =
          "organization: midpoint of the best and the mean proficiency in "
              + decision.domain().name()
              + " of the stakeholders with a record";
    } else if (v.t.isKnown(Trait.GROUP_EXPERTISE)) {
      groupSource = "traits.groupExpertise";
    } else {
      groupSource = "unknown: traits.groupExpertise not described";
    }
    String leaderSource;
    if (v.leaderFromOrganization) {
      leaderSource =
          "organization: best proficiency in "
              + decision.domain().name()
              + " of the holders of "
              + decision.ownerRoleId()
              + " with a record";
    } else if (v.t.isKnown(Trait.LEADER_EXPERTISE)) {
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
            v.group,
            groupSource,
            v.groupKnownFully,
            v.stakeholdersWithRecord,
            v.stakeholdersWithoutRecord,
            v.competentStakeholders,
            v.bestStakeholder,
            v.meanStakeholder,
            v.leader,
            leaderSource
          };
    } else {
      names = COMPETENCE_TRAITS;
      values = new Object[] {v.group, groupSource, v.groupKnownFully, v.leader, leaderSource};
    }
    return Reason.trusted(
        "must.noCompetence",
        "nobody to partner with: the group's competence in the domain is known to be low while the"
            + " leader has it",
        names,
        values,
        COMPETENCE_LIMITS,
        limits.competence,
        v.noCompetence,
        "MANAGE");
  }

  private static Reason ceiling(SeedVerdictV2 v) {
    boolean belowGuards = v.ceiling != null && v.ceiling.compareTo(v.allowedMin) < 0 && !v.must;
    String[] names = belowGuards ? CEILING_BELOW_GUARDS : CEILING;
    Object[] values =
        belowGuards
            ? new Object[] {v.ceiling.name(), v.beforeCeiling.name(), v.allowedMin.name()}
            : new Object[] {
              v.ceiling == null
                  ? (v.withOrganization ? "none in the domain" : "no organization")
                  : v.ceiling.name(),
              v.beforeCeiling.name()
            };
    String effect =
        v.ceiling == null
            ? "none"
            : belowGuards
                ? AT_MOST.get(v.ceiling)
                    + ", below what the guards require: raise the agreed level with the role's"
                    + " superior"
                : AT_MOST.get(v.ceiling);
    return Reason.trusted(
        "limit.ceiling",
        "the owner role's agreed delegation level in the domain is a ceiling",
        names,
        values,
        NONE,
        NO_VALUES,
        v.ceilingBound,
        effect);
  }

  private static String summary(SeedVerdictV2 v, Reason[] reasons) {
    StringBuilder s = new StringBuilder(160);
    s.append(v.style.mode()).append(" (").append(v.style).append("): ");
    if (v.must) {
      if (v.toExpert) {
        s.append("a crisis the leader cannot decide alone, handed to the expert — ");
      } else {
        s.append("manage when I must — ");
      }
      boolean first = true;
      for (Reason r : reasons) {
        if (r.fired() && r.ruleId().startsWith("must.")) {
          s.append(first ? "" : ", ").append(r.ruleId());
          first = false;
        }
      }
    } else if (v.routine) {
      s.append("a routine matter, not convened");
    } else if (v.scoreReached) {
      s.append(
              v.style.mode() == org.partnership.model.Mode.PARTNER
                  ? "partner when WE should — score "
                  : "the factors favour partnering — score ")
          .append(Decimals.text(v.score))
          .append(" ≥ ")
          .append(Decimals.given(v.p.partnerThreshold()));
    } else {
      s.append("the factors do not favour partnering — score ")
          .append(Decimals.text(v.score))
          .append(" < ")
          .append(Decimals.given(v.p.partnerThreshold()));
    }
    String separator = "; bounded by ";
    if (v.crisis && v.crisisCeilingBound) {
      s.append(separator).append("limit.ceiling");
      separator = ", ";
    }
    for (int g = 0; g < SeedVerdictV2.GUARDS; g++) {
      if ((v.bindingGuards >>> g & 1) != 0) {
        s.append(separator).append(GUARD_IDS[g]);
        separator = ", ";
      }
    }
    if (!v.crisis && v.stakesBound) {
      s.append(separator).append("limit.stakes");
      separator = ", ";
    }
    if (!v.crisis && v.ceilingBound) {
      s.append(separator).append("limit.ceiling");
    }
    if (v.unknown != 0) {
      if (v.tentative) {
        s.append("; TENTATIVE (")
            .append(Integer.bitCount(v.unknown))
            .append(" of the ")
            .append(Integer.bitCount(v.matter))
            .append(" traits that could change it unknown)");
      }
      s.append("; unknown and could change it: ");
      boolean first = true;
      for (Trait trait : TRAITS) {
        if ((v.unknown >>> trait.ordinal() & 1) != 0) {
          s.append(first ? "" : ", ").append(DecisionTraits.nameOf(trait));
          first = false;
        }
      }
    }
    return s.toString();
  }
}
