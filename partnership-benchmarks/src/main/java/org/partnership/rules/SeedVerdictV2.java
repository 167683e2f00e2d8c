package org.partnership.rules;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Set;
import org.partnership.internal.Decimals;
import org.partnership.model.Decision;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Domain;
import org.partnership.model.Mode;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;
import org.partnership.model.Style;
import org.partnership.model.Trait;

/**
 * Version 2 of the seed rule, kept unchanged for the benchmarks' side-by-side comparison; not the
 * library's rule. What a recommendation rests on, computed once for the style and for the
 * explanation ({@link PartnerOrManage} documents the rule; {@code docs/rules.md} in full).
 * Package-private; not thread-safe while being built, immutable once built.
 */
final class SeedVerdictV2 {

  // Trait bits, by ordinal.
  static final int SIGNIFICANCE = bit(Trait.SIGNIFICANCE);
  static final int URGENCY = bit(Trait.URGENCY);
  static final int REVERSIBILITY = bit(Trait.REVERSIBILITY);
  static final int COMMITMENT_NEEDED = bit(Trait.COMMITMENT_NEEDED);
  static final int COMMITMENT_IF_IMPOSED = bit(Trait.COMMITMENT_IF_IMPOSED);
  static final int LEADER_EXPERTISE = bit(Trait.LEADER_EXPERTISE);
  static final int GROUP_EXPERTISE = bit(Trait.GROUP_EXPERTISE);
  static final int TEAM_COMPETENCE = bit(Trait.TEAM_COMPETENCE);
  static final int GOAL_ALIGNMENT = bit(Trait.GOAL_ALIGNMENT);
  static final int CONFLICT_LIKELIHOOD = bit(Trait.CONFLICT_LIKELIHOOD);
  static final int STRUCTURE = bit(Trait.STRUCTURE);
  static final int DEVELOPMENT_VALUE = bit(Trait.DEVELOPMENT_VALUE);
  static final int TRAIT_COUNT = Trait.values().length;
  static final int ALL = (1 << TRAIT_COUNT) - 1;

  /** The Vroom–Yetton guards, in the order of the model's rules R1…R7. */
  static final int INFORMATION = 0;

  static final int GOAL_CONGRUENCE = 1;
  static final int UNSTRUCTURED = 2;
  static final int ACCEPTANCE = 3;
  static final int CONFLICT = 4;
  static final int FAIRNESS = 5;
  static final int ACCEPTANCE_PRIORITY = 6;
  static final int GUARDS = 7;

  private static final Style[] STYLES = Style.values();

  private static int bit(Trait trait) {
    return 1 << trait.ordinal();
  }

  final RecommendationParameters p;
  final DecisionTraits t;
  final boolean withOrganization;

  // Competence, and where each figure came from.
  final double leader;
  final int leaderHoldersWithRecord;
  final boolean leaderFromOrganization;
  final double group;
  final boolean groupFromOrganization;
  final int stakeholdersWithRecord;
  final int stakeholdersWithoutRecord;
  final int competentStakeholders;
  final double bestStakeholder;
  final double meanStakeholder;

  /** Whether the group's competence is known at all (organization records or a described trait). */
  final boolean groupKnown;

  /** Whether every stakeholder's competence is known (or the trait was described). */
  final boolean groupKnownFully;

  // Derived quantities, rounded to four decimals.
  final double commitmentAtRisk;
  final double stakes;
  final double novelty;

  // Vroom–Yetton answers at 0.5, on the resolved leader expertise.
  final boolean qa;
  final boolean qb;
  final boolean qc;
  final boolean qd;
  final boolean qe;
  final boolean qf;
  final boolean qg;

  /** The answers A…G as bits (bit 0 = A, 1 = Yes). */
  final int answers;

  /** The guards that fired, as bits by guard index. */
  final int guards;

  /** The least participative style the guards allow. */
  final Style allowedMin;

  /** The fired guards that moved the preferred style, as bits by guard index. */
  final int bindingGuards;

  // Must.
  final boolean mandate;
  final boolean noCompetence;
  final boolean mustOther;
  final boolean crisis;
  final boolean must;
  final boolean timeUnknown;

  /** The time available; null when unknown. */
  final Duration time;

  final Duration needed;

  // Should.
  final Style partnerStyle;
  final boolean routine;
  final double score;
  final boolean scoreReached;
  final boolean pooling;

  // Limits and the path to the style.
  final Style preferred;
  final Style guarded;
  final boolean stakesBound;
  final Style beforeCeiling;
  final Style ceiling;
  final boolean ceilingBound;
  final Style beforeCrisis;
  final boolean toExpert;

  /** Whether the ceiling bound the crisis style. */
  final boolean crisisCeilingBound;

  final Style style;

  // What the verdict did not know.
  /**
   * The graded traits, described or not, whose value could change the style, as bits; computed only
   * when some undescribed trait could (else 0).
   */
  final int matter;

  final int unknown;
  final boolean tentative;

  /**
   * The competence a decision's recommendation uses: recorded proficiencies where the organization
   * has them, else the decision's traits; and the owner role's agreed level in the domain.
   */
  static final class Competence {
    final boolean withOrganization;
    final int leaderHoldersWithRecord;
    final double leaderRecorded;
    final int stakeholdersWithRecord;
    final int stakeholdersWithoutRecord;
    final int competentStakeholders;
    final double bestStakeholder;
    final double meanStakeholder;
    final double groupRecorded;
    final Style agreed;

    /** Without an organization: nothing recorded, no agreed level. */
    static final Competence NONE = new Competence(null, null, 0);

    Competence(Decision decision, Organization organization, double high) {
      withOrganization = organization != null;
      int holdersWithRecord = 0;
      double bestHolder = -1;
      int withRecord = 0;
      int withoutRecord = 0;
      int competent = 0;
      double best = 0;
      double sum = 0;
      Style level = null;
      if (organization != null) {
        Domain domain = decision.domain();
        Role owner = organization.role(decision.ownerRoleId()).orElse(null);
        if (owner == null) {
          throw new IllegalArgumentException(
              "ownerRoleId \"" + decision.ownerRoleId() + "\" is not a role of the organization");
        }
        level = owner.delegationLevels().get(domain);
        for (Person holder : organization.holdersOf(owner.id())) {
          Double v = holder.competences().get(domain);
          if (v != null) {
            holdersWithRecord++;
            bestHolder = Math.max(bestHolder, v);
          }
        }
        int index = 0;
        for (String id : decision.stakeholders()) {
          Person person = organization.person(id).orElse(null);
          if (person == null) {
            throw new IllegalArgumentException(
                "stakeholders[" + index + "] \"" + id + "\" is not a person of the organization");
          }
          Double v = person.competences().get(domain);
          if (v == null) {
            withoutRecord++;
          } else {
            withRecord++;
            sum += v;
            best = Math.max(best, v);
            if (v >= high) {
              competent++;
            }
          }
          index++;
        }
      }
      leaderHoldersWithRecord = holdersWithRecord;
      leaderRecorded = bestHolder;
      stakeholdersWithRecord = withRecord;
      stakeholdersWithoutRecord = withoutRecord;
      competentStakeholders = competent;
      bestStakeholder = best;
      meanStakeholder = withRecord == 0 ? 0 : Decimals.round(sum / withRecord);
      // Groups do better than their average member and seldom as well as their best (Hill 1982):
      // the midpoint counts both how good the best is and how many are good.
      groupRecorded = withRecord == 0 ? -1 : Decimals.round((best + sum / withRecord) / 2);
      agreed = level;
    }
  }

  /**
   * The verdict on a decision.
   *
   * @throws IllegalArgumentException if an organization is given and the decision's owner role or a
   *     stakeholder is not in it
   */
  static SeedVerdictV2 of(
      Decision decision,
      @org.jspecify.annotations.Nullable Organization organization,
      Policy policy,
      boolean explain) {
    requireNonNull(decision, "decision");
    requireNonNull(policy, "policy");
    RecommendationParameters p = policy.recommendation();
    Competence c =
        organization == null
            ? Competence.NONE
            : new Competence(decision, organization, p.highThreshold());
    return new SeedVerdictV2(c, decision.traits(), p, explain);
  }

  private final Competence competence;

  private SeedVerdictV2(
      Competence recorded,
      DecisionTraits traits,
      RecommendationParameters parameters,
      boolean explain) {
    this.competence = recorded;
    Competence c = recorded;
    p = parameters;
    t = traits;
    withOrganization = c.withOrganization;
    double high = p.highThreshold();
    int known = t.knownBits();

    // 1. Competence: recorded proficiencies where the organization has them, else the traits.
    leaderHoldersWithRecord = c.leaderHoldersWithRecord;
    leaderFromOrganization = c.leaderHoldersWithRecord > 0;
    leader = leaderFromOrganization ? c.leaderRecorded : t.leaderExpertise();
    stakeholdersWithRecord = c.stakeholdersWithRecord;
    stakeholdersWithoutRecord = c.stakeholdersWithoutRecord;
    competentStakeholders = c.competentStakeholders;
    bestStakeholder = c.bestStakeholder;
    meanStakeholder = c.meanStakeholder;
    groupFromOrganization = c.stakeholdersWithRecord > 0;
    group = groupFromOrganization ? c.groupRecorded : t.groupExpertise();
    boolean groupTraitKnown = (known & GROUP_EXPERTISE) != 0;
    groupKnown = groupFromOrganization || groupTraitKnown;
    groupKnownFully = groupFromOrganization ? c.stakeholdersWithoutRecord == 0 : groupTraitKnown;
    Style agreed = c.agreed;
    ceiling = agreed;

    // 2. Derived quantities.
    commitmentAtRisk = Decimals.round(t.commitmentNeeded() * (1 - t.commitmentIfImposed()));
    stakes = Decimals.round(t.significance() * (2 - t.reversibility()) / 2);
    novelty = Decimals.round(1 - t.structure());

    // 3. The Vroom–Yetton (1973) questions, answered from the same traits as the classic model.
    double yes = DecisionTraits.HIGH_THRESHOLD;
    qa = t.significance() >= yes;
    qb = leader >= yes;
    qc = t.structure() >= yes;
    qd = t.commitmentNeeded() >= yes;
    qe = t.commitmentIfImposed() >= yes;
    qf = t.goalAlignment() >= yes;
    qg = t.conflictLikelihood() >= yes;
    answers =
        (qa ? 1 : 0)
            | (qb ? 2 : 0)
            | (qc ? 4 : 0)
            | (qd ? 8 : 0)
            | (qe ? 16 : 0)
            | (qf ? 32 : 0)
            | (qg ? 64 : 0);
    guards = GUARDS_OF[answers];
    allowedMin = floor(guards);

    // 4. Manage when I must (all but the crisis, which depends on the style's time).
    mandate = t.mandate().obliges();
    noCompetence = groupKnownFully && group < p.lacksCompetenceBelow() && leader >= high;
    mustOther = mandate || t.confidential() || t.consistencyCritical() || noCompetence;

    // 5. The preferred style: managed, routine, or by the weighted should-partner factors.
    double dt = p.delegateThreshold();
    partnerStyle =
        group >= dt && t.teamCompetence() >= dt && t.goalAlignment() >= dt
            ? Style.DELEGATE
            : group >= dt && t.teamCompetence() >= high
                ? Style.INQUIRE
                : group >= high && t.goalAlignment() >= high ? Style.ADVISE : Style.AGREE;
    score = Decimals.round(weightedScore());
    scoreReached = score >= p.partnerThreshold();
    pooling = !mandate && t.significance() >= high && group >= high && groupKnown;
    Style chosen;
    if (mustOther) {
      routine = false;
      chosen = manageStyle();
    } else {
      routine =
          t.significance() < p.routineSignificanceBelow()
              && commitmentAtRisk < p.routineCommitmentAtRiskBelow();
      if (routine) {
        chosen = partnerStyle.compareTo(Style.INQUIRE) >= 0 ? partnerStyle : Style.TELL;
      } else {
        chosen = scoreReached ? partnerStyle : Style.CONSULT;
      }
    }
    preferred = chosen;

    // 6. The guards (never below the least, never above the most participative they allow);
    // under a must, within the managing styles.
    Style s = guard(chosen, mustOther, guards);
    guarded = s;

    // 7. High stakes are not handed off without the leader.
    stakesBound = s.compareTo(Style.ADVISE) > 0 && stakes >= p.highStakesThreshold();
    if (stakesBound) {
      s = Style.ADVISE;
    }

    // 8. The owner role's agreed delegation level is a ceiling.
    beforeCeiling = s;
    ceilingBound = agreed != null && s.compareTo(agreed) > 0;
    if (ceilingBound) {
      s = agreed;
    }
    beforeCrisis = s;

    // 9. The crisis: urgent with no time recorded, or less time than the style's process needs.
    time = t.timeAvailable().orElse(null);
    timeUnknown = time == null;
    needed = p.minimumTime().get(s);
    boolean urgent = t.urgency() >= p.urgencyThreshold();
    crisis = timeUnknown ? urgent : time.compareTo(needed) < 0;
    boolean expert = false;
    boolean crisisCeiling = false;
    if (crisis) {
      Style cs;
      if (leader < high && group >= dt && groupKnown && !timeUnknown && !fits(Style.CONSULT)) {
        // The leader lacks what the team knows, with no time to ask: hand it to the expert.
        cs = Style.DELEGATE;
        expert = true;
      } else if (timeUnknown) {
        // No time recorded: the managing style, within the guards (CONSULT, asking quickly, where
        // the leader lacks the information).
        cs = guard(manageStyle(), true, guards);
      } else {
        // As much participation as the time allows, the leader deciding (CONSULT, asking
        // quickly, where the time allows it).
        cs = min(s, Style.CONSULT);
        while (cs != Style.TELL && !fits(cs)) {
          cs = STYLES[cs.ordinal() - 1];
        }
      }
      if (agreed != null && cs.compareTo(agreed) > 0) {
        cs = agreed; // within the agreed level, the team still decides when cs is a partner style
        expert = expert && cs.mode() == Mode.PARTNER;
        crisisCeiling = true;
      }
      if (timeUnknown && cs.compareTo(s) > 0) {
        cs = s; // urgency alone never raises participation
        expert = false;
      }
      s = cs;
    }
    toExpert = expert;
    crisisCeilingBound = crisisCeiling;
    must = mustOther || crisis;
    style = s;

    // 10. What it did not know (only for the explanation).
    if (explain) {
      bindingGuards = bindingGuards(crisis ? null : preferred, mustOther);
      int organizational =
          (leaderFromOrganization ? LEADER_EXPERTISE : 0)
              | (groupFromOrganization ? GROUP_EXPERTISE : 0);
      unknown = traitsThatMatter(ALL & ~known & ~organizational);
      // Only where something unknown matters: how much of what matters is unknown.
      matter = unknown == 0 ? 0 : unknown | traitsThatMatter(known & ~organizational);
      tentative = unknown != 0 && Integer.bitCount(unknown) >= 0.5 * Integer.bitCount(matter);
    } else {
      bindingGuards = 0;
      matter = 0;
      unknown = 0;
      tentative = false;
    }
  }

  /**
   * The undescribed traits among {@code candidates} that, described at some value, would change the
   * style: each is tried at 0, at 1 and on either side of every threshold the rule compares it with
   * (the rule's other dependence on a trait is monotone, so the ends of each interval between
   * thresholds show a change within it).
   */
  private int traitsThatMatter(int candidates) {
    int matter = 0;
    for (Trait trait : TRAIT_VALUES) {
      int b = 1 << trait.ordinal();
      if ((candidates & b) == 0) {
        continue;
      }
      for (double v : probes(trait)) {
        DecisionTraits described = DecisionTraits.builder().from(t).value(trait, v).build();
        if (new SeedVerdictV2(competence, described, p, false).style != style) {
          matter |= b;
          break;
        }
      }
    }
    return matter;
  }

  private static final Trait[] TRAIT_VALUES = Trait.values();

  /**
   * The values to try an undescribed trait at: 0, 1, either side of every threshold the rule
   * compares it with, and either side of the values at which a quantity derived from it (the score,
   * commitment at risk, the stakes) crosses its threshold.
   */
  private double[] probes(Trait trait) {
    java.util.TreeSet<Double> values = new java.util.TreeSet<>();
    values.add(0.0);
    values.add(1.0);
    if (trait == Trait.URGENCY) {
      around(values, p.urgencyThreshold(), 0);
      return unbox(values);
    }
    around(values, DecisionTraits.HIGH_THRESHOLD, 0);
    around(values, p.highThreshold(), 0);
    around(values, p.delegateThreshold(), 0);
    around(values, p.lacksCompetenceBelow(), 0);
    double cn = t.commitmentNeeded();
    double ci = t.commitmentIfImposed();
    double weights =
        p.commitmentWeight()
            + p.groupCompetenceWeight()
            + p.noveltyWeight()
            + p.developmentWeight()
            + p.goalAlignmentWeight();
    double target = p.partnerThreshold() * weights;
    double atRisk = cn * (1 - ci);
    double others =
        p.groupCompetenceWeight() * group
            + p.noveltyWeight() * (1 - t.structure())
            + p.developmentWeight() * t.developmentValue()
            + p.goalAlignmentWeight() * t.goalAlignment();
    switch (trait) {
      case SIGNIFICANCE:
        around(values, p.routineSignificanceBelow(), 0);
        around(values, 2 * p.highStakesThreshold() / (2 - t.reversibility()), 1e-3);
        break;
      case REVERSIBILITY:
        if (t.significance() > 0) {
          around(values, 2 - 2 * p.highStakesThreshold() / t.significance(), 1e-3);
        }
        break;
      case COMMITMENT_NEEDED:
        if (ci < 1) {
          around(values, p.routineCommitmentAtRiskBelow() / (1 - ci), 1e-3);
          around(values, crossing(target - others, p.commitmentWeight()) / (1 - ci), 1e-3);
        }
        break;
      case COMMITMENT_IF_IMPOSED:
        if (cn > 0) {
          around(values, 1 - p.routineCommitmentAtRiskBelow() / cn, 1e-3);
          around(values, 1 - crossing(target - others, p.commitmentWeight()) / cn, 1e-3);
        }
        break;
      case GROUP_EXPERTISE:
        around(
            values,
            crossing(
                target - others + p.groupCompetenceWeight() * group - p.commitmentWeight() * atRisk,
                p.groupCompetenceWeight()),
            1e-3);
        break;
      case STRUCTURE:
        around(
            values,
            1
                - crossing(
                    target
                        - others
                        - p.commitmentWeight() * atRisk
                        + p.noveltyWeight() * (1 - t.structure()),
                    p.noveltyWeight()),
            1e-3);
        break;
      case GOAL_ALIGNMENT:
        around(
            values,
            crossing(
                target
                    - others
                    - p.commitmentWeight() * atRisk
                    + p.goalAlignmentWeight() * t.goalAlignment(),
                p.goalAlignmentWeight()),
            1e-3);
        break;
      default:
        break;
    }
    return unbox(values);
  }

  /** The factor value at which its weighted part reaches {@code needed}; NaN without weight. */
  private static double crossing(double needed, double weight) {
    return weight > 0 ? needed / weight : Double.NaN;
  }

  /** Adds {@code x} and the values just around it that lie in [0, 1]. */
  private static void around(java.util.TreeSet<Double> values, double x, double step) {
    if (!(x >= 0 && x <= 1)) {
      return;
    }
    values.add(x);
    double below = step == 0 ? Math.nextDown(x) : x - step;
    if (below >= 0) {
      values.add(below);
    }
    if (step > 0 && x + step <= 1) {
      values.add(x + step);
    }
  }

  private static double[] unbox(java.util.TreeSet<Double> values) {
    double[] result = new double[values.size()];
    int i = 0;
    for (double v : values) {
      result[i++] = v;
    }
    return result;
  }

  /** The weighted should-partner factors. */
  private double weightedScore() {
    return score(commitmentAtRisk, group, t.structure(), t.developmentValue(), t.goalAlignment());
  }

  /**
   * The managing style when I must: TELL, SELL when commitment is needed, CONSULT when the leader
   * lacks the information or (unless a mandate fixes the content) competent people can improve a
   * decision whose quality matters. The guards apply to it as to every preferred style.
   */
  private Style manageStyle() {
    double high = p.highThreshold();
    Style s = t.commitmentNeeded() >= high ? Style.SELL : Style.TELL;
    if (leader < high || pooling) {
      s = Style.CONSULT;
    }
    return s;
  }

  /**
   * A preferred style within what the guards allow: never below the least, never above the most
   * participative style they leave; under a must, within the managing styles.
   */
  private static Style guard(Style preferred, boolean underMust, int fired) {
    int i = preferred.ordinal();
    int low = (underMust ? MUST_FLOOR : FLOOR)[fired];
    int high = underMust ? Style.CONSULT.ordinal() : CEILING[fired];
    return STYLES[i < low ? low : i > high ? high : i];
  }

  private static final int RAISE_TO_CONSULT =
      1 << INFORMATION | 1 << UNSTRUCTURED | 1 << ACCEPTANCE | 1 << CONFLICT;
  private static final int RAISE_TO_AGREE = 1 << FAIRNESS | 1 << ACCEPTANCE_PRIORITY;

  /** By the fired guards' bits: the least and most participative styles allowed (ordinals). */
  private static final int[] FLOOR = new int[1 << GUARDS];

  private static final int[] MUST_FLOOR = new int[1 << GUARDS];
  private static final int[] CEILING = new int[1 << GUARDS];

  static {
    for (int fired = 0; fired < 1 << GUARDS; fired++) {
      FLOOR[fired] = floor(fired).ordinal();
      MUST_FLOOR[fired] = Math.min(FLOOR[fired], Style.CONSULT.ordinal());
      CEILING[fired] =
          ((fired & 1 << GOAL_CONGRUENCE) != 0 ? Style.CONSULT : Style.DELEGATE).ordinal();
    }
  }

  /** The least participative style the fired guards allow. */
  private static Style floor(int fired) {
    return (fired & RAISE_TO_AGREE) != 0
        ? Style.AGREE
        : (fired & RAISE_TO_CONSULT) != 0 ? Style.CONSULT : Style.TELL;
  }

  private double score(
      double atRisk, double g, double structure, double development, double goals) {
    double weighted =
        p.commitmentWeight() * atRisk
            + p.groupCompetenceWeight() * g
            + p.noveltyWeight() * (1 - structure)
            + p.developmentWeight() * development
            + p.goalAlignmentWeight() * goals;
    double total =
        p.commitmentWeight()
            + p.groupCompetenceWeight()
            + p.noveltyWeight()
            + p.developmentWeight()
            + p.goalAlignmentWeight();
    return weighted / total;
  }

  /**
   * The fired guards that moved the preferred style (null: none, as in a crisis): each whose firing
   * alone made the difference, or, where several did together, each that moved it the same way.
   */
  private int bindingGuards(Style preferred, boolean underMust) {
    if (preferred == null) {
      return 0;
    }
    Style guardedStyle = guard(preferred, underMust, guards);
    if (guardedStyle == preferred) {
      return 0;
    }
    int binding = PIVOTAL[underMust ? 1 : 0][guards][preferred.ordinal()] & guards;
    if (binding == 0) {
      boolean raised = guardedStyle.compareTo(preferred) > 0;
      binding = guards & (raised ? ~(1 << GOAL_CONGRUENCE) : 1 << GOAL_CONGRUENCE);
    }
    return binding;
  }

  /** The guards that fire for each of the 128 answer sets (bit 0 = A … bit 6 = G). */
  private static final int[] GUARDS_OF = new int[128];

  static {
    for (int a = 0; a < 128; a++) {
      boolean qa = (a & 1) != 0;
      boolean qb = (a & 2) != 0;
      boolean qc = (a & 4) != 0;
      boolean qd = (a & 8) != 0;
      boolean qe = (a & 16) != 0;
      boolean qf = (a & 32) != 0;
      boolean qg = (a & 64) != 0;
      GUARDS_OF[a] =
          (qa && !qb ? 1 << INFORMATION : 0)
              | (qa && !qf ? 1 << GOAL_CONGRUENCE : 0)
              | (qa && !qb && !qc ? 1 << UNSTRUCTURED : 0)
              | (qd && !qe ? 1 << ACCEPTANCE : 0)
              | (qd && !qe && qg ? 1 << CONFLICT : 0)
              | (!qa && qd && !qe ? 1 << FAIRNESS : 0)
              | (qd && !qe && qf ? 1 << ACCEPTANCE_PRIORITY : 0);
    }
  }

  /**
   * By under-a-must, fired guards and preferred style: the guards whose flip alone would change the
   * guarded style, as bits.
   */
  private static final int[][][] PIVOTAL = new int[2][1 << GUARDS][STYLES.length];

  static {
    for (int must = 0; must < 2; must++) {
      for (int fired = 0; fired < 1 << GUARDS; fired++) {
        for (Style preferred : STYLES) {
          Style actual = guard(preferred, must == 1, fired);
          int changing = 0;
          for (int g = 0; g < GUARDS; g++) {
            if (guard(preferred, must == 1, fired ^ 1 << g) != actual) {
              changing |= 1 << g;
            }
          }
          PIVOTAL[must][fired][preferred.ordinal()] = changing;
        }
      }
    }
  }

  private boolean fits(Style s) {
    return time.compareTo(p.minimumTime().get(s)) >= 0;
  }

  static Style min(Style a, Style b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  /** The unknown traits as a set. */
  Set<Trait> unknowns() {
    java.util.EnumSet<Trait> set = java.util.EnumSet.noneOf(Trait.class);
    for (Trait trait : TRAIT_VALUES) {
      if ((unknown >>> trait.ordinal() & 1) != 0) {
        set.add(trait);
      }
    }
    return set;
  }
}
