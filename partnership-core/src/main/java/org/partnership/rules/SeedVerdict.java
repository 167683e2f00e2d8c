package org.partnership.rules;

import static java.util.Objects.requireNonNull;
import static org.partnership.rules.SeedCore.GROUP;
import static org.partnership.rules.SeedCore.LEADER;
import static org.partnership.rules.SeedCore.VARIABLES;

import java.util.ArrayList;
import java.util.List;
import org.partnership.internal.Decimals;
import org.partnership.model.Decision;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Domain;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;
import org.partnership.model.Style;
import org.partnership.model.Trait;

/**
 * What a recommendation of the seed rule rests on ({@link PartnerOrManage} documents the rule;
 * {@code docs/rules.md} in full): the values each variable can take — a described trait its value,
 * an undescribed one [0, 1], a competence what the organization's records allow, and, where the
 * decision and the records disagree, both — and the outcome: one run of {@link SeedCore} when every
 * value is known, else the {@link Completions}.
 *
 * <p>Package-private; immutable once built.
 */
final class SeedVerdict {

  private static final Style[] STYLES = Style.values();
  private static final Trait[] TRAITS = Trait.values();
  private static final int ALL = (1 << VARIABLES) - 1;

  final RecommendationParameters p;
  final Decision decision;
  final DecisionTraits t;
  final Competence competence;
  final boolean withOrganization;

  /** The rule; after a run on the one completion when every value is known. */
  final SeedCore core;

  /** The completions, when some value is unknown; else null. */
  final Completions completions;

  /** The values each variable can take, by root (source alternative) and variable. */
  final double[][] rootLo;

  final double[][] rootHi;

  /**
   * Each variable's lowest and highest value over every root (one array when every value is one).
   */
  final double[] lo;

  final double[] hi;

  /**
   * Whether the decision and the records disagree about the leader's, and the group's, competence.
   */
  final boolean leaderDisagrees;

  final boolean groupDisagrees;

  // The outcome.
  final Style style;

  /** The styles the completions reach, as bits by ordinal. */
  final int styles;

  final boolean must;

  /** What answering each unknown would leave; only for an explained tentative verdict. */
  final Questions questions;

  /** The time available as the explanation writes it; made on first use. */
  String timeText;

  /**
   * The competence a decision's recommendation uses: what the organization's records allow, and the
   * owner role's agreed level in the domain.
   */
  static final class Competence {
    final boolean withOrganization;
    final int leaderHoldersWithRecord;
    final int leaderHoldersWithoutRecord;

    /** The best recorded proficiency among the owner role's holders; -1 without a record. */
    final double leaderRecorded;

    final int stakeholdersWithRecord;
    final int stakeholdersWithoutRecord;
    final int competentStakeholders;
    final double bestStakeholder;
    final double meanStakeholder;

    /** The group's competence the records allow: its lowest and highest; -1 without a record. */
    final double groupLow;

    final double groupHigh;

    /** The ids of the stakeholders without a record in the domain. */
    final List<String> unrecorded;

    final Style agreed;

    /** Without an organization: nothing recorded, no agreed level. */
    static final Competence NONE = new Competence(null, null, 0);

    Competence(Decision decision, Organization organization, double high) {
      withOrganization = organization != null;
      int holdersWithRecord = 0;
      int holdersWithout = 0;
      double bestHolder = -1;
      int withRecord = 0;
      int withoutRecord = 0;
      int competent = 0;
      double best = 0;
      double sum = 0;
      Style level = null;
      List<String> missing = List.of();
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
          } else {
            holdersWithout++;
          }
        }
        int index = 0;
        List<String> ids = new ArrayList<>();
        for (String id : decision.stakeholders()) {
          Person person = organization.person(id).orElse(null);
          if (person == null) {
            throw new IllegalArgumentException(
                "stakeholders[" + index + "] \"" + id + "\" is not a person of the organization");
          }
          Double v = person.competences().get(domain);
          if (v == null) {
            withoutRecord++;
            ids.add(id);
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
        missing = List.copyOf(ids);
      }
      leaderHoldersWithRecord = holdersWithRecord;
      leaderHoldersWithoutRecord = holdersWithout;
      leaderRecorded = bestHolder;
      stakeholdersWithRecord = withRecord;
      stakeholdersWithoutRecord = withoutRecord;
      competentStakeholders = competent;
      bestStakeholder = best;
      meanStakeholder = withRecord == 0 ? 0 : Decimals.round(sum / withRecord);
      unrecorded = missing;
      // Groups do better than their average member and seldom as well as their best (Hill 1982):
      // the midpoint counts both how good the best is and how many are good. A stakeholder
      // without a record may be anywhere from 0 to 1.
      int n = withRecord + withoutRecord;
      if (withRecord == 0) {
        groupLow = -1;
        groupHigh = -1;
      } else {
        groupLow = Decimals.round((best + sum / n) / 2);
        groupHigh =
            withoutRecord == 0 ? groupLow : Decimals.round((1 + (sum + withoutRecord) / n) / 2);
      }
      agreed = level;
    }

    /** The leader's competence the records allow: its highest; -1 without a record. */
    double leaderHigh() {
      return leaderHoldersWithRecord == 0
          ? -1
          : leaderHoldersWithoutRecord > 0 ? 1 : leaderRecorded;
    }
  }

  /**
   * The verdict on a decision.
   *
   * @param explain whether to find what answering each unknown would leave (for the explanation)
   * @throws IllegalArgumentException if an organization is given and the decision's owner role or a
   *     stakeholder is not in it
   */
  static SeedVerdict of(
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
    return new SeedVerdict(decision, c, p, explain);
  }

  private SeedVerdict(
      Decision decision, Competence c, RecommendationParameters p, boolean explain) {
    this.p = p;
    this.decision = decision;
    this.t = decision.traits();
    this.competence = c;
    this.withOrganization = c.withOrganization;
    int known = t.knownBits();
    boolean recorded = c.leaderHoldersWithRecord > 0 || c.stakeholdersWithRecord > 0;
    boolean point;
    if (known == ALL && !recorded) {
      // Every value described and nothing recorded to weigh it against: one completion.
      double[] x = new double[VARIABLES];
      for (int v = 0; v < VARIABLES; v++) {
        x[v] = t.value(TRAITS[v]);
      }
      rootLo = new double[][] {x};
      rootHi = rootLo;
      lo = x;
      hi = x;
      leaderDisagrees = false;
      groupDisagrees = false;
      point = true;
    } else {
      // The values of each variable: a described trait its value, an undescribed one [0, 1].
      double[] baseLo = new double[VARIABLES];
      double[] baseHi = new double[VARIABLES];
      for (int v = 0; v < VARIABLES; v++) {
        boolean isKnown = (known >>> v & 1) != 0;
        double value = t.value(TRAITS[v]);
        baseLo[v] = isKnown ? value : 0;
        baseHi[v] = isKnown ? value : 1;
      }
      // Competence: what the records allow where there are records; the decision's value as an
      // alternative where the two disagree by more than the tolerance.
      double[][] leaderOptions = options(LEADER, baseLo, baseHi, c.leaderRecorded, c.leaderHigh());
      double[][] groupOptions = options(GROUP, baseLo, baseHi, c.groupLow, c.groupHigh);
      leaderDisagrees = leaderOptions.length > 1;
      groupDisagrees = groupOptions.length > 1;
      int roots = leaderOptions.length * groupOptions.length;
      rootLo = new double[roots][];
      rootHi = new double[roots][];
      int r = 0;
      for (double[] leader : leaderOptions) {
        for (double[] group : groupOptions) {
          double[] l = baseLo.clone();
          double[] h = baseHi.clone();
          l[LEADER] = leader[0];
          h[LEADER] = leader[1];
          l[GROUP] = group[0];
          h[GROUP] = group[1];
          rootLo[r] = l;
          rootHi[r++] = h;
        }
      }
      lo = new double[VARIABLES];
      hi = new double[VARIABLES];
      point = roots == 1;
      for (int v = 0; v < VARIABLES; v++) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < roots; i++) {
          min = Math.min(min, rootLo[i][v]);
          max = Math.max(max, rootHi[i][v]);
        }
        lo[v] = min;
        hi[v] = max;
        point &= min == max;
      }
    }

    core =
        new SeedCore(
            p,
            t.mandate().obliges(),
            t.confidential(),
            t.consistencyCritical(),
            t.timeAvailable().orElse(null),
            c.agreed);
    if (point) {
      core.run(lo);
      completions = null;
      style = core.style;
      styles = 1 << style.ordinal();
      must = core.must;
      questions = null;
    } else {
      completions = new Completions(core, rootLo, rootHi);
      styles = completions.styles;
      style =
          Integer.bitCount(styles) == 1
              ? STYLES[Integer.numberOfTrailingZeros(styles)]
              : Completions.recommended(completions.leaves);
      must = (completions.flagsAll & Completions.FLAG_MUST) != 0;
      questions = explain && Integer.bitCount(styles) > 1 ? new Questions(this) : null;
    }
  }

  /**
   * The intervals a competence can take: the records' where there are records (with the decision's
   * value as a second option when the two disagree by more than the tolerance), else the trait's.
   */
  private double[][] options(
      int v, double[] baseLo, double[] baseHi, double recordedLow, double recordedHigh) {
    if (recordedLow < 0) {
      return new double[][] {{baseLo[v], baseHi[v]}};
    }
    double[] records = {recordedLow, recordedHigh};
    if (baseLo[v] != baseHi[v]) {
      return new double[][] {records}; // the trait was not described: nothing to disagree with
    }
    double described = baseLo[v];
    double distance =
        described < recordedLow
            ? recordedLow - described
            : described > recordedHigh ? described - recordedHigh : 0;
    if (Decimals.round(distance) > p.sourceTolerance()) {
      return new double[][] {records, {described, described}};
    }
    return new double[][] {records};
  }

  /** Whether every value is known: one completion, one run. */
  boolean isPoint() {
    return completions == null;
  }

  /** Whether the verdict is tentative: the completions reach more than one style. */
  boolean tentative() {
    return Integer.bitCount(styles) > 1;
  }

  /** Whether a graded trait was described in the decision. */
  boolean described(int v) {
    return (t.knownBits() >>> v & 1) != 0;
  }

  /**
   * Whether the records give the leader's (or the group's) competence: the organization's value
   * stands for the trait's.
   */
  boolean fromRecords(int v) {
    return v == LEADER
        ? competence.leaderHoldersWithRecord > 0
        : v == GROUP && competence.stakeholdersWithRecord > 0;
  }

  static Style min(Style a, Style b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  // The guards as tables, for the explanation: which fire, and which moved the style.

  /** The Vroom–Yetton guards, in the order of the model's rules R1…R7. */
  static final int INFORMATION = 0;

  static final int GOAL_CONGRUENCE = 1;
  static final int UNSTRUCTURED = 2;
  static final int ACCEPTANCE = 3;
  static final int CONFLICT = 4;
  static final int FAIRNESS = 5;
  static final int ACCEPTANCE_PRIORITY = 6;
  static final int GUARDS = 7;

  private static final int RAISE_TO_CONSULT =
      1 << INFORMATION | 1 << UNSTRUCTURED | 1 << ACCEPTANCE | 1 << CONFLICT;
  private static final int RAISE_TO_AGREE = 1 << FAIRNESS | 1 << ACCEPTANCE_PRIORITY;

  /** By the fired guards' bits: the least and most participative styles allowed (ordinals). */
  private static final int[] FLOOR = new int[1 << GUARDS];

  private static final int[] MUST_FLOOR = new int[1 << GUARDS];
  private static final int[] CEILING = new int[1 << GUARDS];

  static {
    for (int fired = 0; fired < 1 << GUARDS; fired++) {
      FLOOR[fired] =
          ((fired & RAISE_TO_AGREE) != 0
                  ? Style.AGREE
                  : (fired & RAISE_TO_CONSULT) != 0 ? Style.CONSULT : Style.TELL)
              .ordinal();
      MUST_FLOOR[fired] = Math.min(FLOOR[fired], Style.CONSULT.ordinal());
      CEILING[fired] =
          ((fired & 1 << GOAL_CONGRUENCE) != 0
                  ? Style.CONSULT
                  : (fired & 1 << CONFLICT) != 0 ? Style.ADVISE : Style.DELEGATE)
              .ordinal();
    }
  }

  /**
   * A preferred style within what the fired guards allow: never below the least, never above the
   * most participative style they leave (R2: CONSULT; R5: ADVISE, the leader chairing); under a
   * must, within the managing styles. {@link SeedCore} applies the same rule reading only the
   * answers it needs.
   */
  static Style guard(Style preferred, boolean underMust, int fired) {
    int i = preferred.ordinal();
    int low = (underMust ? MUST_FLOOR : FLOOR)[fired];
    int high = underMust ? Style.CONSULT.ordinal() : CEILING[fired];
    return STYLES[i < low ? low : i > high ? high : i];
  }

  /** The guards that fire for each of the 128 answer sets (bit 0 = A … bit 6 = G). */
  static final int[] GUARDS_OF = new int[128];

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

  /** The Vroom–Yetton answers A…G at a completion, as bits (bit 0 = A, 1 = Yes). */
  static int answers(double[] x) {
    double yes = DecisionTraits.HIGH_THRESHOLD;
    return (x[SeedCore.SIG] >= yes ? 1 : 0)
        | (x[LEADER] >= yes ? 2 : 0)
        | (x[SeedCore.STRUCT] >= yes ? 4 : 0)
        | (x[SeedCore.CN] >= yes ? 8 : 0)
        | (x[SeedCore.CI] >= yes ? 16 : 0)
        | (x[SeedCore.GOAL] >= yes ? 32 : 0)
        | (x[SeedCore.CONFLICT] >= yes ? 64 : 0);
  }

  /**
   * The fired guards that moved a preferred style (none in a crisis): each whose firing alone made
   * the difference, or, where several did together, each that moved it the same way.
   */
  static int bindingGuards(Style preferred, boolean underMust, int guards) {
    Style guardedStyle = guard(preferred, underMust, guards);
    if (guardedStyle == preferred) {
      return 0;
    }
    int binding = PIVOTAL[underMust ? 1 : 0][guards][preferred.ordinal()] & guards;
    if (binding == 0) {
      boolean raised = guardedStyle.compareTo(preferred) > 0;
      binding = guards & (raised ? ~(1 << GOAL_CONGRUENCE) : 1 << GOAL_CONGRUENCE | 1 << CONFLICT);
    }
    return binding;
  }
}
