package org.partnership.examples.simulation.march;

import java.util.SplittableRandom;

/**
 * March, J. G. (1991), "Exploration and exploitation in organizational learning", <i>Organization
 * Science</i>, 2(1), 71–87 — as reconstructed by Christensen (2015) and Rodan (2005), the reference
 * for its exact rules (MODELS.md §4).
 *
 * <p>Reality is m dimensions of ±1; each individual holds beliefs in {−1, 0, +1} per dimension; the
 * organizational code starts all 0. Each period: turnover and turbulence; individuals act (a belief
 * of 0 acts as a fair coin) and score Σ action · reality; each individual, on each dimension where
 * the code is not 0, moves one step toward the code with probability p1 (socialization); the code
 * learns from the superior group — those whose score beat the code's — by moving to the sign S of
 * their summed actions on a dimension with probability 1 − (1 − p2)<sup>|S|</sup> (a tie leaves
 * it). Without turnover and turbulence a run stops at equilibrium: nobody could still beat the
 * code, and nobody differs from it where it is not 0.
 *
 * <p>Beliefs, the code and reality are kept as bit masks (a dimension per bit), so acting, scoring
 * and socializing are a few word operations per individual.
 *
 * <p>A run is a pure function of its parameters and seed. Stateless and thread-safe.
 */
public final class March1991 {

  private March1991() {}

  /**
   * Runs the model once.
   *
   * @throws NullPointerException if {@code parameters} is null
   */
  public static MarchResult run(MarchParameters parameters, long seed) {
    return new Run(parameters, new SplittableRandom(seed)).go();
  }

  /** The state of one run. */
  private static final class Run {
    final MarchParameters p;
    final SplittableRandom random;
    final int m;
    final int n;
    final long all;
    final double[] p1;
    final long[] known;
    final long[] positive;
    final long[] actions;
    final int[] performance;
    final double[] adopt;
    long reality;
    long codeKnown;
    long codePositive;

    Run(MarchParameters p, SplittableRandom random) {
      this.p = p;
      this.random = random;
      m = p.dimensions();
      n = p.individuals();
      all = m == 64 ? -1L : (1L << m) - 1;
      p1 = new double[n];
      int fast = (int) Math.round(p.fastShare() * n);
      for (int i = 0; i < n; i++) {
        p1[i] = i < fast ? p.fastP1() : p.slowP1();
      }
      known = new long[n];
      positive = new long[n];
      actions = new long[n];
      performance = new int[n];
      adopt = new double[n + 1];
      for (int s = 0; s <= n; s++) {
        adopt[s] = 1 - Math.pow(1 - p.p2(), s);
      }
      reality = random.nextLong() & all;
      for (int i = 0; i < n; i++) {
        freshBeliefs(i);
      }
    }

    void freshBeliefs(int i) {
      long k = 0;
      long pos = 0;
      for (int d = 0; d < m; d++) {
        int v = random.nextInt(3); // 0: −1, 1: 0, 2: +1
        if (v != 1) {
          k |= 1L << d;
          if (v == 2) {
            pos |= 1L << d;
          }
        }
      }
      known[i] = k;
      positive[i] = pos;
    }

    /** Σ over the m dimensions of action · reality for actions given as "+1" bits. */
    int score(long plusBits) {
      return m - 2 * Long.bitCount((plusBits ^ reality) & all);
    }

    long bernoulli(double probability) {
      long mask = 0;
      for (int d = 0; d < m; d++) {
        if (random.nextDouble() < probability) {
          mask |= 1L << d;
        }
      }
      return mask;
    }

    MarchResult go() {
      int limit = p.periodLimit();
      int period = 0;
      boolean equilibrium = false;
      while (period < limit) {
        period++;
        // 0. turnover and turbulence
        if (p.p3() > 0) {
          for (int i = 0; i < n; i++) {
            if (random.nextDouble() < p.p3()) {
              freshBeliefs(i);
            }
          }
        }
        if (p.p4() > 0) {
          reality ^= bernoulli(p.p4());
        }
        // 1. act and score
        for (int i = 0; i < n; i++) {
          long coin = random.nextLong();
          actions[i] = (positive[i] | (coin & ~known[i])) & all;
          performance[i] = score(actions[i]);
        }
        // 2. socialization, one step toward the code where it is not 0
        if (codeKnown != 0) {
          for (int i = 0; i < n; i++) {
            long step = bernoulli(p1[i]) & codeKnown;
            if (step != 0) {
              long up = step & codePositive;
              long down = step & ~codePositive;
              long k = known[i];
              long pos = positive[i];
              long minus = k & ~pos;
              long plus = k & pos;
              long zero = ~k & all;
              known[i] = (k & ~(up & minus) & ~(down & plus)) | ((up | down) & zero);
              positive[i] = (pos | (up & zero)) & ~(down & plus);
            }
          }
        }
        // 3. the code's score; 4. the superior group; 5. code learning
        int codeScore = codeScore();
        int superior = 0;
        int[] plusCount = new int[m];
        for (int i = 0; i < n; i++) {
          if (performance[i] > codeScore) {
            superior++;
            long a = actions[i];
            while (a != 0) {
              plusCount[Long.numberOfTrailingZeros(a)]++;
              a &= a - 1;
            }
          }
        }
        if (superior > 0) {
          for (int d = 0; d < m; d++) {
            int s = 2 * plusCount[d] - superior;
            if (s == 0) {
              continue;
            }
            long bit = 1L << d;
            boolean majorityPositive = s > 0;
            boolean codeMatches =
                (codeKnown & bit) != 0 && ((codePositive & bit) != 0) == majorityPositive;
            if (!codeMatches && random.nextDouble() < adopt[Math.abs(s)]) {
              codeKnown |= bit;
              codePositive = majorityPositive ? codePositive | bit : codePositive & ~bit;
            }
          }
        }
        // 6. stop at equilibrium when nothing can change any more
        if (p.stable() && atEquilibrium()) {
          equilibrium = true;
          break;
        }
      }
      double individual = 0;
      for (int i = 0; i < n; i++) {
        individual += beliefScore(i);
      }
      return new MarchResult(
          (double) codeScore() / m, individual / n / m, period, p.stable() && !equilibrium);
    }

    int codeScore() {
      long agree = codeKnown & ~(codePositive ^ reality);
      return Long.bitCount(agree & all) - Long.bitCount(codeKnown & ~agree & all);
    }

    int beliefScore(int i) {
      long agree = known[i] & ~(positive[i] ^ reality);
      return Long.bitCount(agree & all) - Long.bitCount(known[i] & ~agree & all);
    }

    boolean atEquilibrium() {
      int code = codeScore();
      for (int i = 0; i < n; i++) {
        int unknown = m - Long.bitCount(known[i] & all);
        if (beliefScore(i) + unknown > code) {
          return false; // could still beat the code
        }
        boolean differs =
            (codeKnown & ~known[i]) != 0 || ((positive[i] ^ codePositive) & codeKnown) != 0;
        if (differs) {
          return false;
        }
      }
      return true;
    }
  }
}
