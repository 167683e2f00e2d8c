package org.partnership.simulation.march;

import java.util.SplittableRandom;
import org.partnership.simulation.SeriesSink;

/**
 * March, J. G. (1991), "Exploration and exploitation in organizational learning", <i>Organization
 * Science</i>, 2(1), 71–87 — as reconstructed by Christensen (2015) and Rodan (2005), the reference
 * for its exact rules (docs/models.md).
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

  private static final double TWO_TO_53 = 0x1p53;
  private static final double TWO_THIRDS = 2.0 / 3;

  private March1991() {}

  /**
   * Runs the model once.
   *
   * @throws NullPointerException if {@code parameters} is null
   */
  public static MarchResult run(MarchParameters parameters, long seed) {
    return new Run(parameters, new SplittableRandom(seed), SeriesSink.NONE).go();
  }

  /** The values a run tells its series sink after each period, in this order. */
  public static final java.util.List<String> SERIES =
      java.util.List.of("code_knowledge", "individual_knowledge");

  /**
   * Runs the model once, telling a sink the code's and the individuals' knowledge after every
   * period ((#correct − #wrong) / m, in the order of {@link #SERIES}). The run and its result are
   * exactly those of {@link #run(MarchParameters, long)} with the same seed.
   *
   * @throws NullPointerException if an argument is null
   */
  public static MarchResult run(MarchParameters parameters, long seed, SeriesSink series) {
    java.util.Objects.requireNonNull(series, "series");
    return new Run(parameters, new SplittableRandom(seed), series).go();
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
    final long[] planes;
    long pending;
    int pendingFor = -1;
    long reality;
    long codeKnown;
    long codePositive;

    final SeriesSink series;
    final double[] told = new double[2];

    Run(MarchParameters p, SplittableRandom random, SeriesSink series) {
      this.series = series;
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
      planes = new long[32 - Integer.numberOfLeadingZeros(n) + 1];
      double stay = 1; // (1 - p2)^s by repeated multiplication
      for (int s = 0; s <= n; s++) {
        adopt[s] = 1 - stay;
        stay *= 1 - p.p2();
      }
      reality = random.nextLong() & all;
      for (int i = 0; i < n; i++) {
        freshBeliefs(i);
      }
    }

    /** Beliefs −1, 0, +1 with probability 1/3 each: known with 2/3, then +1 or −1 evenly. */
    void freshBeliefs(int i) {
      long k = bernoulli(TWO_THIRDS);
      known[i] = k;
      positive[i] = k & random.nextLong();
    }

    /** Σ over the m dimensions of action · reality for actions given as "+1" bits. */
    int score(long plusBits) {
      return m - 2 * Long.bitCount((plusBits ^ reality) & all);
    }

    /**
     * A mask whose first m bits are each 1 with the given probability, independently — exactly as
     * {@code random.nextDouble() < probability} per bit, since both compare a uniform multiple of
     * 2^-53 with the probability, but bit-sliced: each random word decides one binary digit of 64
     * uniform numbers at once, from the most significant digit down, until every lane is decided
     * (about seven words instead of m doubles).
     */
    long bernoulli(double probability) {
      return bernoulli(probability, all);
    }

    /** As {@link #bernoulli(double)} for the given lanes. */
    long bernoulli(double probability, long lanes) {
      if (probability <= 0) {
        return 0;
      }
      if (probability >= 1) {
        return lanes;
      }
      long threshold = (long) (probability * TWO_TO_53); // exact: the double's 53 bits
      long result = 0;
      long undecided = lanes;
      for (int digit = 52; digit >= 0 && undecided != 0; digit--) {
        long r = random.nextLong();
        if ((threshold >>> digit & 1) != 0) {
          result |= undecided & ~r; // U's digit 0 < P's digit 1: U < P
          undecided &= r;
        } else {
          undecided &= ~r; // U's digit 1 > P's digit 0: U > P
        }
      }
      return result; // lanes still undecided have U = P: not below
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
          long unknown = ~known[i] & all;
          long coin = unknown == 0 ? 0 : random.nextLong(); // a coin only where belief is 0
          actions[i] = (positive[i] | (coin & unknown)) & all;
          performance[i] = score(actions[i]);
        }
        // 2. socialization, one step toward the code where it is not 0
        if (codeKnown != 0) {
          pendingFor = -1;
          for (int i = 0; i < n; i++) {
            // Only dimensions where the belief differs from a non-zero code can move; the draw
            // for the others would change nothing, so it is not made.
            long need = codeKnown & (~known[i] | (positive[i] ^ codePositive)) & all;
            long step;
            if (pendingFor == i) {
              step = pending;
            } else if (need == 0) {
              continue;
            } else if (m <= 32 && i + 1 < n && p1[i] == p1[i + 1]) {
              // Two individuals with one rate share a 64-lane draw: low half i, high half i + 1.
              long next = codeKnown & (~known[i + 1] | (positive[i + 1] ^ codePositive)) & all;
              long both = bernoulli(p1[i], need | next << 32);
              step = both & need;
              pending = (both >>> 32) & next;
              pendingFor = i + 1;
            } else {
              step = bernoulli(p1[i], need);
            }
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
        // Per dimension, how many of the superior group act +1: bit-sliced counters, one
        // binary digit per word (planes[j] holds digit j of all m counts).
        long[] planes = this.planes;
        java.util.Arrays.fill(planes, 0);
        for (int i = 0; i < n; i++) {
          if (performance[i] > codeScore) {
            superior++;
            long carry = actions[i];
            for (int j = 0; carry != 0; j++) {
              long digit = planes[j];
              planes[j] = digit ^ carry;
              carry &= digit;
            }
          }
        }
        if (superior > 0) {
          for (int d = 0; d < m; d++) {
            int plus = 0;
            for (int j = 0; j < planes.length; j++) {
              plus |= (int) (planes[j] >>> d & 1) << j;
            }
            int s = 2 * plus - superior;
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
        if (series != SeriesSink.NONE) {
          told[0] = (double) codeScore() / m;
          told[1] = individualKnowledge();
          series.period(period, told);
        }
        // 6. stop at equilibrium when nothing can change any more
        if (p.stable() && atEquilibrium()) {
          equilibrium = true;
          break;
        }
      }
      return new MarchResult(
          (double) codeScore() / m, individualKnowledge(), period, p.stable() && !equilibrium);
    }

    double individualKnowledge() {
      double individual = 0;
      for (int i = 0; i < n; i++) {
        individual += beliefScore(i);
      }
      return individual / n / m;
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
