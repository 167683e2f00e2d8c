package org.partnership.rules;

import static org.partnership.rules.SeedCore.ATOM_VARIABLE;
import static org.partnership.rules.SeedCore.AT_RISK;
import static org.partnership.rules.SeedCore.CI;
import static org.partnership.rules.SeedCore.CN;
import static org.partnership.rules.SeedCore.DEV;
import static org.partnership.rules.SeedCore.GOAL;
import static org.partnership.rules.SeedCore.GROUP;
import static org.partnership.rules.SeedCore.REV;
import static org.partnership.rules.SeedCore.SCORE;
import static org.partnership.rules.SeedCore.SIG;
import static org.partnership.rules.SeedCore.SINGLE_ATOMS;
import static org.partnership.rules.SeedCore.STAKES;
import static org.partnership.rules.SeedCore.STRUCT;
import static org.partnership.rules.SeedCore.VARIABLES;

import java.util.ArrayList;
import java.util.List;
import org.partnership.model.Style;

/**
 * The seed rule over every completion of what is unknown: each graded value ranges over an interval
 * (an undescribed trait over [0, 1], a competence the records leave open over what they allow), and
 * a competence on which the decision and the records disagree over both sources.
 *
 * <p>The rule is explored, not sampled. A <em>region</em> is a box of intervals, one per variable,
 * and a side for each derived quantity compared with a threshold (commitment at risk, the score,
 * the stakes). {@link SeedCore} is run at one point of a region; if every atom it read answers the
 * same way over the whole region, the region is a <em>leaf</em> and every completion in it takes
 * the same path to the same style. Otherwise the region is split on the first atom that does not
 * (at the atom's threshold, or on the derived quantity's side) and both halves are explored; a half
 * that no completion reaches is dropped. The derived quantities are monotone in each variable and
 * commitment at risk enters the score only as itself, so whether a region is reached is decided
 * exactly from the ends of its intervals ({@link #point}).
 *
 * <p>So the styles of the leaves are exactly the styles the completions reach, each with a
 * completion that reaches it (the leaf's point), and no completion reaches another.
 *
 * <p>Package-private; not thread-safe.
 */
final class Completions {

  /**
   * Whether boundaries are first solved for (else found by halving alone); tests switch it off to
   * check the halving on the same cases.
   */
  static boolean solveCrossings = true;

  /** The most halvings a boundary takes (doubles in [0, 1] are at most 1,075 halvings apart). */
  private static final int HALVINGS = 1100;

  /** At most this many regions are explored; the rule's depth keeps real decisions far below. */
  static final int MAXIMUM_REGIONS = 1 << 16;

  private static final Style[] STYLES = Style.values();

  /** Which variables each derived atom reads, as bits by variable. */
  private static final int AT_RISK_VARIABLES = 1 << CN | 1 << CI;

  private static final int SCORE_VARIABLES =
      AT_RISK_VARIABLES | 1 << GROUP | 1 << STRUCT | 1 << DEV | 1 << GOAL;
  private static final int STAKES_VARIABLES = 1 << SIG | 1 << REV;

  /** One region of completions: a box and the sides of the derived quantities (-1, 0, +1). */
  static final class Region {
    final double[] lo;
    final double[] hi;
    int atRisk;
    int score;
    int stakes;

    /** The root (source alternative) the region comes from. */
    final int root;

    Region(double[] lo, double[] hi, int root) {
      this.lo = lo;
      this.hi = hi;
      this.root = root;
    }

    Region copy() {
      Region r = new Region(lo.clone(), hi.clone(), root);
      r.atRisk = atRisk;
      r.score = score;
      r.stakes = stakes;
      return r;
    }
  }

  /** A region in which every completion takes the same path. */
  static final class Leaf {
    final Region region;

    /** A completion in the region. */
    final double[] point;

    final Style style;

    /** The most participative style no hard limit of the rule rules out here; null if not asked. */
    final Style cap;

    /** The flags of {@link #FLAG_MUST} and the others. */
    final int flags;

    /** The style the rule preferred before the guards, and the style before the crisis step. */
    final Style preferred;

    final Style beforeCeiling;

    final Style beforeCrisis;

    /** The style whose process time the crisis step compared with. */
    final Style neededFor;

    Leaf(Region region, double[] point, SeedCore core, Style cap) {
      this.region = region;
      this.point = point;
      this.style = core.style;
      this.cap = cap;
      this.flags = flags(core);
      this.preferred = core.preferred;
      this.beforeCeiling = core.beforeCeiling;
      this.beforeCrisis = core.beforeCrisis;
      this.neededFor = core.neededFor;
    }
  }

  static final int FLAG_MUST = 1;
  static final int FLAG_MUST_OTHER = 2;
  static final int FLAG_CRISIS = 4;
  static final int FLAG_EXPERT = 8;
  static final int FLAG_STAKES = 16;
  static final int FLAG_CEILING = 32;
  static final int FLAG_ROUTINE = 64;

  private final SeedCore core;
  private final double[] threshold;

  /**
   * The least rounded commitment at risk that is routine's threshold or more, and the greatest
   * below.
   */
  private final double atRiskFirst;

  private final double atRiskLast;
  private final double[][] rootLo;
  private final double[][] rootHi;

  final List<Leaf> leaves = new ArrayList<>();

  /** The styles the completions reach, as bits by ordinal. */
  final int styles;

  /** Whether the leaves carry caps (only when the completions reach more than one style). */
  final boolean withCaps;

  /** The flags every leaf has, and the flags some leaf has. */
  final int flagsAll;

  final int flagsAny;

  /**
   * Explores the completions of the roots: {@code lo[r][v]}–{@code hi[r][v]} is the interval of
   * variable {@code v} in root {@code r}.
   *
   * @throws IllegalStateException if the exploration exceeds {@link #MAXIMUM_REGIONS} (the rule's
   *     depth makes that impossible; a guard, not a limit a caller meets)
   */
  Completions(SeedCore core, double[][] lo, double[][] hi) {
    this.core = java.util.Objects.requireNonNull(core, "core");
    java.util.Objects.requireNonNull(lo, "lo");
    java.util.Objects.requireNonNull(hi, "hi");
    this.threshold = core.p.atomThresholds();
    this.atRiskFirst = firstRoundedAtLeast(threshold[AT_RISK]);
    this.atRiskLast = lastRoundedBelow(atRiskFirst);
    this.rootLo = lo;
    this.rootHi = hi;
    ArrayList<Region> roots = new ArrayList<>(lo.length);
    for (int r = lo.length - 1; r >= 0; r--) {
      roots.add(new Region(lo[r].clone(), hi[r].clone(), r));
    }
    int reached = explore(roots, false);
    boolean caps = Integer.bitCount(reached) > 1;
    if (caps) {
      // The caps read more atoms: the first exploration's leaves are explored on.
      ArrayList<Region> regions = new ArrayList<>(leaves.size());
      for (int i = leaves.size() - 1; i >= 0; i--) {
        regions.add(leaves.get(i).region);
      }
      leaves.clear();
      reached = explore(regions, true);
    }
    withCaps = caps;
    styles = reached;
    int all = -1;
    int any = 0;
    for (Leaf leaf : leaves) {
      all &= leaf.flags;
      any |= leaf.flags;
    }
    flagsAll = leaves.isEmpty() ? 0 : all;
    flagsAny = any;
  }

  private int explore(ArrayList<Region> stack, boolean caps) {
    int reached = 0;
    int explored = 0;
    double[] x = scratch;
    while (!stack.isEmpty()) {
      Region region = stack.remove(stack.size() - 1);
      if (++explored > MAXIMUM_REGIONS) {
        throw new IllegalStateException("the seed rule's completions exceed " + MAXIMUM_REGIONS);
      }
      if (!point(region.lo, region.hi, region.atRisk, region.score, region.stakes, x)) {
        continue;
      }
      core.run(x);
      Style cap = caps ? core.cap() : null;
      int atom = firstUndetermined(region, core.consulted);
      if (atom < 0) {
        leaves.add(new Leaf(region, x.clone(), core, cap));
        reached |= 1 << core.style.ordinal();
        continue;
      }
      Region yes = region.copy();
      Region no = region;
      if (atom < SINGLE_ATOMS) {
        int v = ATOM_VARIABLE[atom];
        double t = threshold[atom];
        yes.lo[v] = Math.max(yes.lo[v], t);
        no.hi[v] = Math.min(no.hi[v], Math.nextDown(t));
      } else if (atom == AT_RISK) {
        yes.atRisk = 1;
        no.atRisk = -1;
      } else if (atom == SCORE) {
        yes.score = 1;
        no.score = -1;
      } else {
        yes.stakes = 1;
        no.stakes = -1;
      }
      stack.add(no);
      stack.add(yes);
    }
    return reached;
  }

  private static int flags(SeedCore c) {
    return (c.must ? FLAG_MUST : 0)
        | (c.mustOther ? FLAG_MUST_OTHER : 0)
        | (c.crisis ? FLAG_CRISIS : 0)
        | (c.toExpert ? FLAG_EXPERT : 0)
        | (c.stakesBound ? FLAG_STAKES : 0)
        | (c.ceilingBound ? FLAG_CEILING : 0)
        | (c.routine ? FLAG_ROUTINE : 0);
  }

  /** The first atom read that does not answer the same way over the region; -1 if none. */
  private int firstUndetermined(Region r, long consulted) {
    for (long bits = consulted; bits != 0; bits &= bits - 1) {
      int atom = Long.numberOfTrailingZeros(bits);
      if (atom < SINGLE_ATOMS) {
        int v = ATOM_VARIABLE[atom];
        double t = threshold[atom];
        if (!(r.lo[v] >= t || r.hi[v] < t)) {
          return atom;
        }
      } else if (!determined(r, atom)) {
        return atom;
      }
    }
    return -1;
  }

  private boolean determined(Region r, int atom) {
    double t = threshold[atom];
    switch (atom) {
      case AT_RISK:
        return r.atRisk != 0
            || SeedCore.atRisk(r.lo[CN], r.hi[CI]) >= t
            || SeedCore.atRisk(r.hi[CN], r.lo[CI]) < t;
      case SCORE:
        return r.score != 0 || minScore(r.lo, r.hi) >= t || maxScore(r.lo, r.hi) < t;
      default:
        return r.stakes != 0
            || SeedCore.stakes(r.lo[SIG], r.hi[REV]) >= t
            || SeedCore.stakes(r.hi[SIG], r.lo[REV]) < t;
    }
  }

  double minScore(double[] lo, double[] hi) {
    return core.score(SeedCore.atRisk(lo[CN], hi[CI]), lo[GROUP], hi[STRUCT], lo[DEV], lo[GOAL]);
  }

  double maxScore(double[] lo, double[] hi) {
    return core.score(SeedCore.atRisk(hi[CN], lo[CI]), hi[GROUP], lo[STRUCT], hi[DEV], hi[GOAL]);
  }

  /** A completion the exploration fills in, reused from region to region. */
  private final double[] scratch = new double[VARIABLES];

  /** A completion {@link #reaches} fills in. */
  private final double[] probe = new double[VARIABLES];

  /** Bounds {@link #reaches} narrows: a leaf's, but for the variable asked about. */
  private final double[] reachLo = new double[VARIABLES];

  private final double[] reachHi = new double[VARIABLES];

  /** Bounds {@link #adjacent} narrows. */
  private final double[] probeLo = new double[VARIABLES];

  private final double[] probeHi = new double[VARIABLES];

  /**
   * Finds a completion in a region: every variable at its interval's low end, except where a
   * derived quantity's side asks for the end that reaches it; written into {@code x}. False if the
   * region holds none.
   */
  private boolean point(
      double[] lo, double[] hi, int atRiskSide, int scoreSide, int stakesSide, double[] x) {
    System.arraycopy(lo, 0, x, 0, VARIABLES); // the box is never empty: its splits keep a value
    if (stakesSide != 0) {
      boolean up = stakesSide > 0;
      x[SIG] = up ? hi[SIG] : lo[SIG];
      x[REV] = up ? lo[REV] : hi[REV];
      if ((SeedCore.stakes(x[SIG], x[REV]) >= threshold[STAKES]) != up) {
        return false;
      }
    }
    // Commitment at risk: the rounded values the box reaches, cut by its side.
    double aLo = SeedCore.atRisk(lo[CN], hi[CI]);
    double aHi = SeedCore.atRisk(hi[CN], lo[CI]);
    if (atRiskSide != 0) {
      if (atRiskSide > 0) {
        aLo = Math.max(aLo, atRiskFirst);
      } else {
        aHi = Math.min(aHi, atRiskLast);
      }
      if (aLo > aHi) {
        return false;
      }
    }
    boolean atCorner = atRiskSide == 0; // a at a corner of commitment's box: no solving
    double a;
    if (scoreSide > 0) {
      a = aHi;
      x[GROUP] = hi[GROUP];
      x[STRUCT] = lo[STRUCT];
      x[DEV] = hi[DEV];
      x[GOAL] = hi[GOAL];
    } else {
      a = aLo;
      if (scoreSide < 0) {
        x[GROUP] = lo[GROUP];
        x[STRUCT] = hi[STRUCT];
        x[DEV] = lo[DEV];
        x[GOAL] = lo[GOAL];
      }
    }
    if (atCorner) {
      x[CN] = scoreSide > 0 ? hi[CN] : lo[CN];
      x[CI] = scoreSide > 0 ? lo[CI] : hi[CI];
    } else if (!commitment(x, lo, hi, a)) {
      return false;
    }
    if (scoreSide != 0) {
      double s = core.score(a, x[GROUP], x[STRUCT], x[DEV], x[GOAL]);
      if ((s >= threshold[SCORE]) != (scoreSide > 0)) {
        return false;
      }
    }
    return true;
  }

  /** Whether a region holds a completion. */
  private boolean feasible(
      double[] lo, double[] hi, int atRiskSide, int scoreSide, int stakesSide) {
    return point(lo, hi, atRiskSide, scoreSide, stakesSide, probe);
  }

  /** The smallest value rounded to four decimals that is at least {@code t}. */
  static double firstRoundedAtLeast(double t) {
    long k = (long) Math.ceil(t * 10_000);
    while (k > 0 && (k - 1) / 10_000.0 >= t) {
      k--;
    }
    while (k / 10_000.0 < t) {
      k++;
    }
    return k / 10_000.0;
  }

  private static double lastRoundedBelow(double first) {
    return (Math.round(first * 10_000) - 1) / 10_000.0;
  }

  /**
   * Sets commitment needed and commitment if imposed within their intervals so that commitment at
   * risk, rounded, is {@code a} (a value between the box's ends); false if no such pair is found.
   */
  private static boolean commitment(double[] x, double[] lo, double[] hi, double a) {
    for (int attempt = 0; attempt < 4; attempt++) {
      double cn;
      double ci;
      switch (attempt) {
        case 0:
          cn = hi[CN];
          ci = lo[CI];
          break;
        case 1:
          cn = lo[CN];
          ci = hi[CI];
          break;
        case 2:
          ci = hi[CI];
          cn = ci < 1 ? clamp(a / (1 - ci), lo[CN], hi[CN]) : lo[CN];
          break;
        default:
          cn = hi[CN];
          ci = cn > 0 ? clamp(1 - a / cn, lo[CI], hi[CI]) : lo[CI];
          break;
      }
      if (SeedCore.atRisk(cn, ci) == a) {
        x[CN] = cn;
        x[CI] = ci;
        return true;
      }
    }
    return false;
  }

  private static double clamp(double v, double lo, double hi) {
    return v < lo ? lo : v > hi ? hi : v;
  }

  /**
   * The variables read by the derived quantities on which two regions take opposite sides, as bits
   * (0 if none).
   */
  static int separating(Region a, Region b) {
    int bits = 0;
    if (a.atRisk * b.atRisk < 0) {
      bits |= AT_RISK_VARIABLES;
    }
    if (a.score * b.score < 0) {
      bits |= SCORE_VARIABLES;
    }
    if (a.stakes * b.stakes < 0) {
      bits |= STAKES_VARIABLES;
    }
    return bits;
  }

  /**
   * Whether variable {@code v} is read by every derived quantity on which two regions take opposite
   * sides: only then can a change of {@code v} alone carry a completion from one to the other.
   */
  static boolean readsEveryOpposite(Region a, Region b, int v) {
    int bit = 1 << v;
    return !(a.atRisk * b.atRisk < 0 && (AT_RISK_VARIABLES & bit) == 0)
        && !(a.score * b.score < 0 && (SCORE_VARIABLES & bit) == 0)
        && !(a.stakes * b.stakes < 0 && (STAKES_VARIABLES & bit) == 0);
  }

  // What answering one variable would leave.

  /** Whether some completion of a leaf has variable {@code v} in [{@code from}, {@code to}]. */
  boolean reaches(Leaf leaf, int v, double from, double to) {
    Region r = leaf.region;
    double lo = Math.max(r.lo[v], from);
    double hi = Math.min(r.hi[v], to);
    if (lo > hi) {
      return false;
    }
    if (!reads(r, v)) {
      return true;
    }
    if (prepared != leaf) {
      System.arraycopy(r.lo, 0, reachLo, 0, VARIABLES);
      System.arraycopy(r.hi, 0, reachHi, 0, VARIABLES);
      prepared = leaf;
    }
    reachLo[v] = lo;
    reachHi[v] = hi;
    boolean reached = point(reachLo, reachHi, r.atRisk, r.score, r.stakes, probe);
    reachLo[v] = r.lo[v];
    reachHi[v] = r.hi[v];
    return reached;
  }

  /** Whether a derived quantity on which the region takes a side reads variable {@code v}. */
  private static boolean reads(Region r, int v) {
    int bit = 1 << v;
    return (r.atRisk != 0 && (AT_RISK_VARIABLES & bit) != 0)
        || (r.score != 0 && (SCORE_VARIABLES & bit) != 0)
        || (r.stakes != 0 && (STAKES_VARIABLES & bit) != 0);
  }

  /** The interval of a variable over every root: its lowest and highest value. */
  double[] range(int v) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < rootLo.length; r++) {
      lo = Math.min(lo, rootLo[r][v]);
      hi = Math.max(hi, rootHi[r][v]);
    }
    return new double[] {lo, hi};
  }

  /** Whether a variable takes more than one value over the roots. */
  boolean varies(int v) {
    double[] range = range(v);
    return range[0] < range[1];
  }

  /**
   * The values a leaf's completions give variable {@code v}: the interval of its box, narrowed
   * where a derived quantity's side depends on {@code v} (the values reached form an interval, each
   * side being monotone in {@code v}); null if none.
   */
  double[] projection(Leaf leaf, int v) {
    Region r = leaf.region;
    if (!reads(r, v)) {
      return new double[] {r.lo[v], r.hi[v]};
    }
    double inside = leaf.point[v];
    double lo = r.lo[v];
    if (!reaches(leaf, v, lo, lo)) {
      lo = boundary(leaf, v, lo, inside);
    }
    double hi = r.hi[v];
    if (!reaches(leaf, v, hi, hi)) {
      hi = Math.nextDown(boundary(leaf, v, inside, hi));
    }
    return new double[] {lo, hi};
  }

  /**
   * The least value in ({@code a}, {@code b}] at which a leaf reaches variable {@code v} as it does
   * at {@code b}, given that it does not at {@code a}. A variable the score alone reads enters it
   * as a term of its own, so its crossing is solved for directly and then confirmed value by value;
   * other variables (read through a product) are found by halving.
   */
  private double boundary(Leaf leaf, int v, double a, double b) {
    boolean atB = reaches(leaf, v, b, b);
    // Where the crossing can be solved for, a value near the solution is checked for being it.
    for (int kind = 0; kind < 2 && solveCrossings; kind++) {
      double c = near(leaf, v, a, b, crossingGuess(leaf, v, kind == 1), atB);
      if (c > a && c <= b && isBoundary(leaf, v, a, c, atB)) {
        return c;
      }
    }
    double lo = a;
    double hi = b;
    // halving [a, b] within [0, 1] reaches neighbouring doubles in well under 1,100 steps
    for (int i = 0; i < HALVINGS && Math.nextUp(lo) < hi; i++) {
      double mid = lo + (hi - lo) / 2;
      if (reaches(leaf, v, mid, mid) == atB) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return hi;
  }

  /** Whether {@code c} is the least value above {@code a} at which the leaf answers {@code atB}. */
  private boolean isBoundary(Leaf leaf, int v, double a, double c, boolean atB) {
    if (reaches(leaf, v, c, c) != atB) {
      return false;
    }
    double before = Math.nextDown(c);
    return before <= a || reaches(leaf, v, before, before) != atB;
  }

  /**
   * The value near a solved-for crossing where the leaf's answer turns, found by stepping a few
   * values either way; NaN where there is no solution in ({@code a}, {@code b}]. Only a candidate:
   * {@link #isBoundary} decides.
   */
  private double near(Leaf leaf, int v, double a, double b, double guess, boolean atB) {
    if (!(guess > a && guess <= b)) {
      return Double.NaN;
    }
    double c = guess;
    for (int i = 0; i < 64 && c < b && reaches(leaf, v, c, c) != atB; i++) {
      c = Math.nextUp(c);
    }
    for (int i = 0; i < 64 && c > a; i++) {
      double before = Math.nextDown(c);
      if (before <= a || reaches(leaf, v, before, before) != atB) {
        break;
      }
      c = before;
    }
    return c;
  }

  /**
   * A solution for where a leaf's side on a derived quantity flips as variable {@code v} moves, the
   * other variables at the ends that favour the side: the score's crossing ({@code throughScore}),
   * or the crossing of the quantity {@code v} enters directly (commitment at risk, the stakes). NaN
   * where there is none to solve for.
   */
  private double crossingGuess(Leaf leaf, int v, boolean throughScore) {
    Region r = leaf.region;
    boolean scoreVariable = v == GROUP || v == STRUCT || v == DEV || v == GOAL;
    if (scoreVariable) {
      return throughScore && r.score != 0 ? scoreCrossing(leaf, v) : Double.NaN;
    }
    if (v == SIG || v == REV) {
      if (throughScore || r.stakes == 0) {
        return Double.NaN;
      }
      double target = rawTarget(threshold[STAKES]);
      boolean up = r.stakes > 0;
      if (v == SIG) {
        double rev = up ? r.lo[REV] : r.hi[REV];
        return 2 * target / (2 - rev);
      }
      double sig = up ? r.hi[SIG] : r.lo[SIG];
      return sig > 0 ? 2 - 2 * target / sig : Double.NaN;
    }
    if (v != CN && v != CI) {
      return Double.NaN;
    }
    // commitment at risk a = cn × (1 − ci): the value of a to reach, then cn or ci for it
    double a;
    boolean up;
    if (throughScore) {
      if (r.score == 0) {
        return Double.NaN;
      }
      up = r.score > 0;
      double[] w = core.p.scoreWeights();
      if (w[0] == 0) {
        return Double.NaN;
      }
      double group = up ? r.hi[GROUP] : r.lo[GROUP];
      double novelty = 1 - (up ? r.lo[STRUCT] : r.hi[STRUCT]);
      double dev = up ? r.hi[DEV] : r.lo[DEV];
      double goal = up ? r.hi[GOAL] : r.lo[GOAL];
      double rest = w[1] * group + w[2] * novelty + w[3] * dev + w[4] * goal;
      double needed = (rawTarget(threshold[SCORE]) * w[5] - rest) / w[0];
      a = rawTarget(firstRoundedAtLeast(needed));
    } else {
      if (r.atRisk == 0) {
        return Double.NaN;
      }
      up = r.atRisk > 0;
      a = rawTarget(threshold[AT_RISK]);
    }
    if (v == CN) {
      double ci = up ? r.lo[CI] : r.hi[CI];
      return ci < 1 ? a / (1 - ci) : Double.NaN;
    }
    double cn = up ? r.hi[CN] : r.lo[CN];
    return cn > 0 ? 1 - a / cn : Double.NaN;
  }

  /**
   * The value a derived quantity must reach, before it is rounded to four decimals, to reach
   * threshold {@code t} after: half a unit of the fourth decimal below the least rounded value at
   * or above {@code t}.
   */
  private static double rawTarget(double t) {
    return (Math.round(firstRoundedAtLeast(t) * 10_000) - 0.5) / 10_000;
  }

  /**
   * The value of a score variable {@code v} at which the leaf's score, with every other variable at
   * the end its side favours, reaches the partner threshold (before the score is rounded to four
   * decimals it must reach the threshold less half a unit of the fourth decimal).
   */
  private double scoreCrossing(Leaf leaf, int v) {
    Region r = leaf.region;
    boolean up = r.score > 0;
    // commitment at risk at the end the side favours, within the box and its own side
    double a;
    if (up) {
      a = SeedCore.atRisk(r.hi[CN], r.lo[CI]);
      if (r.atRisk < 0) {
        a = Math.min(a, atRiskLast);
      }
    } else {
      a = SeedCore.atRisk(r.lo[CN], r.hi[CI]);
      if (r.atRisk > 0) {
        a = Math.max(a, atRiskFirst);
      }
    }
    double[] w = core.p.scoreWeights();
    double group = v == GROUP ? 0 : up ? r.hi[GROUP] : r.lo[GROUP];
    double novelty = v == STRUCT ? 0 : 1 - (up ? r.lo[STRUCT] : r.hi[STRUCT]);
    double dev = v == DEV ? 0 : up ? r.hi[DEV] : r.lo[DEV];
    double goal = v == GOAL ? 0 : up ? r.hi[GOAL] : r.lo[GOAL];
    double rest = w[0] * a + w[1] * group + w[2] * novelty + w[3] * dev + w[4] * goal;
    double target = rawTarget(threshold[SCORE]);
    int index = v == GROUP ? 1 : v == STRUCT ? 2 : v == DEV ? 3 : 4;
    if (w[index] == 0) {
      return Double.NaN;
    }
    double term = (target * w[5] - rest) / w[index]; // the value of the term at the crossing
    return v == STRUCT ? 1 - term : term;
  }

  /** The leaf {@link #reaches} last copied into its bounds. */
  private Leaf prepared;

  /**
   * Whether two completions, one in each leaf, can differ in variable {@code v} alone. Exact when
   * no derived quantity either leaf takes a side on reads {@code v}: the other variables must then
   * share a completion of both leaves' boxes and sides. Otherwise it is answered from the boxes
   * alone, and may say yes where the sides would say no.
   */
  boolean adjacent(Leaf a, Leaf b, int v) {
    Region x = a.region;
    Region y = b.region;
    double[] lo = new double[VARIABLES];
    double[] hi = new double[VARIABLES];
    for (int u = 0; u < VARIABLES; u++) {
      if (u == v) {
        lo[u] = x.lo[u];
        hi[u] = x.hi[u];
        continue;
      }
      lo[u] = Math.max(x.lo[u], y.lo[u]);
      hi[u] = Math.min(x.hi[u], y.hi[u]);
      if (lo[u] > hi[u]) {
        return false;
      }
    }
    if (!readsEveryOpposite(x, y, v)) {
      return false;
    }
    int bit = 1 << v;
    boolean products =
        ((x.atRisk != 0 || y.atRisk != 0) && (AT_RISK_VARIABLES & bit) != 0)
            || ((x.stakes != 0 || y.stakes != 0) && (STAKES_VARIABLES & bit) != 0)
            || ((x.score != 0 || y.score != 0) && (AT_RISK_VARIABLES & bit) != 0);
    if (products) {
      return true; // a product of two variables reads v: answered from the boxes
    }
    int atRisk = merge(x.atRisk, y.atRisk);
    int stakes = merge(x.stakes, y.stakes);
    if ((x.score == 0 && y.score == 0) || (SCORE_VARIABLES & bit) == 0) {
      return feasible(lo, hi, atRisk, merge(x.score, y.score), stakes);
    }
    // The score reads v as a term of its own: score = c(others) + w·term(v). A completion of each
    // leaf with the same others needs c in the intersection of what each side asks at the end of
    // its interval of v that favours it; c takes every value between its least and greatest on
    // the others' region (connected, c continuous), so each side is checked at its own end, and
    // two opposite sides also need the ends to leave room between them.
    boolean up = increasing(v);
    double xBest = x.score > 0 == up ? x.hi[v] : x.lo[v];
    double yBest = y.score > 0 == up ? y.hi[v] : y.lo[v];
    if (x.score != 0 && y.score != 0 && x.score != y.score) {
      double ascending = x.score > 0 ? xBest : yBest; // the end on the side that reaches
      double descending = x.score > 0 ? yBest : xBest;
      if (up ? ascending <= descending : ascending >= descending) {
        return false;
      }
    }
    for (int side = 0; side < 2; side++) {
      Region r = side == 0 ? x : y;
      if (r.score == 0) {
        continue;
      }
      double value = side == 0 ? xBest : yBest;
      if (x.score == y.score) {
        // the same side for both: the end that is worse for it
        value = up == (r.score > 0) ? Math.min(xBest, yBest) : Math.max(xBest, yBest);
      }
      double[] l = lo.clone();
      double[] h = hi.clone();
      l[v] = value;
      h[v] = value;
      if (!feasible(l, h, atRisk, r.score, stakes)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the derived quantities grow with a variable (else they shrink with it). */
  private static boolean increasing(int v) {
    return v != CI && v != STRUCT && v != REV;
  }

  private static int merge(int a, int b) {
    return a != 0 ? a : b;
  }

  /**
   * The style to recommend when the completions reach several: the most participative style that no
   * completion's hard limits rule out, no more participative than any completion reaches — the
   * lowest cap of the given leaves, or the most participative of their styles if lower.
   */
  static Style recommended(List<Leaf> leaves) {
    int cap = STYLES.length - 1;
    int most = 0;
    for (Leaf leaf : leaves) {
      cap = Math.min(cap, (leaf.cap == null ? leaf.style : leaf.cap).ordinal());
      most = Math.max(most, leaf.style.ordinal());
    }
    return STYLES[Math.min(cap, most)];
  }
}
