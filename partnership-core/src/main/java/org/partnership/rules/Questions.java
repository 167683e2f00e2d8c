package org.partnership.rules;

import static org.partnership.rules.SeedCore.VARIABLES;

import java.util.ArrayList;
import java.util.List;
import org.partnership.model.Style;

/**
 * What the unknowns of a tentative verdict do: the variables that change it — two completions that
 * differ in that variable alone reach different styles — and, for each, its range cut where the
 * rule's path can change (its thresholds, and where a derived quantity crosses its own), each part
 * with the styles its completions reach and the style then recommended; and the one to ask first:
 * of the variables that change it, the one whose worst answer leaves the fewest styles, then whose
 * answers leave the fewest on average, ties broken by the policy's question order.
 *
 * <p>Package-private; immutable once built.
 */
final class Questions {

  private static final Style[] STYLES = Style.values();

  /** A part of a variable's range and what it leaves. */
  static final class Cell {
    final double from;
    final double to;
    final boolean toIncluded;
    final int styles;
    final Style style;

    Cell(double from, double to, boolean toIncluded, int styles, Style style) {
      this.from = from;
      this.to = to;
      this.toIncluded = toIncluded;
      this.styles = styles;
      this.style = style;
    }
  }

  /** The answers about each variable, by variable; null where it takes one value. */
  private final List<List<Cell>> cells = new ArrayList<>();

  /** The variables that change the verdict, as bits. */
  final int changing;

  /** The variable to ask about first; -1 if none changes the verdict. */
  final int asked;

  Questions(SeedVerdict v) {
    Completions c = java.util.Objects.requireNonNull(v, "v").completions;
    int changes = changing(c);
    int best = -1;
    int bestWorst = Integer.MAX_VALUE;
    double bestMean = Double.POSITIVE_INFINITY;
    int[] rank = v.p.questionRanks();
    for (int var = 0; var < VARIABLES; var++) {
      if ((changes >>> var & 1) == 0) {
        cells.add(null);
        continue;
      }
      List<Cell> answers = cells(c, var);
      cells.add(answers);
      int worst = 0;
      double sum = 0;
      for (Cell cell : answers) {
        int left = Integer.bitCount(cell.styles);
        worst = Math.max(worst, left);
        sum += left;
      }
      double mean = sum / answers.size();
      // a question some answer of which narrows the styles before one none of whose answers does
      boolean narrows = answers.size() > 1 || answers.get(0).styles != v.styles;
      if (!narrows) {
        worst = Integer.MAX_VALUE - 1;
      }
      if (worst < bestWorst
          || (worst == bestWorst
              && (mean < bestMean || (mean == bestMean && rank[var] < rank[best])))) {
        best = var;
        bestWorst = worst;
        bestMean = mean;
      }
    }
    changing = changes;
    asked = best;
  }

  /**
   * The variables that change the verdict: for some two leaves of different styles, the variable's
   * intervals and the others' overlap, and no derived quantity the variable does not read separates
   * them. Two completions that differ in one variable alone and reach different styles lie in such
   * leaves, so a variable not found changes nothing.
   */
  private static int changing(Completions c) {
    List<Completions.Leaf> leaves = c.leaves;
    int varying = 0;
    for (int var = 0; var < VARIABLES; var++) {
      if (c.varies(var)) {
        varying |= 1 << var;
      }
    }
    int found = 0;
    for (int i = 0; i < leaves.size(); i++) {
      Completions.Leaf a = leaves.get(i);
      for (int j = i + 1; j < leaves.size(); j++) {
        Completions.Leaf b = leaves.get(j);
        if (a.style == b.style) {
          continue;
        }
        int apart = 0; // the variables whose intervals do not overlap
        for (int var = 0; var < VARIABLES; var++) {
          if (a.region.lo[var] > b.region.hi[var] || b.region.lo[var] > a.region.hi[var]) {
            apart |= 1 << var;
          }
        }
        // sharing a completion, two leaves could not differ: they are apart in one variable, or
        // only derived quantities tell them apart
        int candidates =
            apart == 0
                ? Completions.separating(a.region, b.region)
                : Integer.bitCount(apart) == 1 ? apart : 0;
        candidates &= varying & ~found;
        for (int var = 0; var < VARIABLES; var++) {
          if ((candidates >>> var & 1) != 0 && c.adjacent(a, b, var)) {
            found |= 1 << var;
          }
        }
      }
    }
    return found;
  }

  /** The answers about a variable; null where it takes one value. */
  List<Cell> cells(int var) {
    return cells.get(var);
  }

  private static List<Cell> cells(Completions c, int var) {
    // Each leaf's values of the variable; the styles change only at their ends.
    List<Completions.Leaf> leaves = c.leaves;
    double[][] reach = new double[leaves.size()][];
    double[] cuts = new double[2 * leaves.size()];
    int n = 0;
    double top = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < reach.length; i++) {
      reach[i] = c.projection(leaves.get(i), var);
      cuts[n++] = reach[i][0];
      cuts[n++] = Math.nextUp(reach[i][1]);
      top = Math.max(top, reach[i][1]);
    }
    java.util.Arrays.sort(cuts, 0, n);
    List<Cell> result = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      double from = cuts[k];
      if (from > top || (k > 0 && cuts[k - 1] == from)) {
        continue;
      }
      double next = Double.POSITIVE_INFINITY;
      for (int m = k + 1; m < n; m++) {
        if (cuts[m] > from) {
          next = cuts[m];
          break;
        }
      }
      double toInside = Math.min(Math.nextDown(next), top);
      int styles = 0;
      int cap = STYLES.length - 1;
      int most = 0;
      for (int i = 0; i < reach.length; i++) {
        if (reach[i][0] <= from && reach[i][1] >= from) {
          Completions.Leaf leaf = leaves.get(i);
          styles |= 1 << leaf.style.ordinal();
          cap = Math.min(cap, (leaf.cap == null ? leaf.style : leaf.cap).ordinal());
          most = Math.max(most, leaf.style.ordinal());
        }
      }
      if (styles == 0) {
        continue; // no completion has the variable there (between two sources, for example)
      }
      // "below x" where another leaf starts at x; else "up to" the last value reached
      boolean startsAtNext = false;
      for (double[] r : reach) {
        startsAtNext |= r[0] == next;
      }
      boolean included = !startsAtNext || next > top;
      double high = included ? toInside : next;
      Style style =
          Integer.bitCount(styles) == 1
              ? STYLES[Integer.numberOfTrailingZeros(styles)]
              : STYLES[Math.min(cap, most)];
      Cell previous = result.isEmpty() ? null : result.get(result.size() - 1);
      if (previous != null
          && previous.styles == styles
          && previous.style == style
          && (previous.toIncluded ? Math.nextUp(previous.to) == from : previous.to == from)) {
        result.set(
            result.size() - 1, new Cell(previous.from, high, included, styles, style)); // merged
      } else {
        result.add(new Cell(from, high, included, styles, style));
      }
    }
    return result;
  }
}
