package org.partnership.simulation.march;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.partnership.simulation.Seeds;

/** March (1991), as docs/models.md specifies it. */
class March1991Test {

  /** Published Figure 1, values read off the paper's image (docs/models.md). */
  static final double[] P1 = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

  static final double[] P2 = {0.1, 0.5, 0.9};

  static final double[][] FIGURE_1 = {
    {0.857, 0.813, 0.803, 0.787, 0.801, 0.816, 0.805, 0.802, 0.793},
    {0.954, 0.919, 0.872, 0.835, 0.796, 0.778, 0.780, 0.752, 0.746},
    {0.977, 0.950, 0.911, 0.889, 0.853, 0.803, 0.769, 0.744, 0.751}
  };

  /** The base seed of these checks: the year of the paper. */
  static final long BASE_SEED = 1991;

  static double meanCodeKnowledge(MarchParameters p, int runs, long cell) {
    double sum = 0;
    for (int r = 0; r < runs; r++) {
      sum += March1991.run(p, Seeds.of(BASE_SEED, cell, r)).codeKnowledge();
    }
    return sum / runs;
  }

  /** The largest and the mean distance from the published Figure 1 over the 27 cells. */
  static double[] figureOne(int runs, StringBuilder report) {
    double worst = 0;
    double total = 0;
    for (int j = 0; j < P2.length; j++) {
      for (int i = 0; i < P1.length; i++) {
        double mean = meanCodeKnowledge(MarchParameters.of(P1[i], P2[j], 0, 0), runs, 9 * j + i);
        double distance = Math.abs(mean - FIGURE_1[j][i]);
        worst = Math.max(worst, distance);
        total += distance;
        report.append(
            String.format(
                "p2=%.1f p1=%.1f: %.3f vs %.3f (%+.3f)%n",
                P2[j], P1[i], mean, FIGURE_1[j][i], mean - FIGURE_1[j][i]));
      }
    }
    return new double[] {worst, total / 27};
  }

  /**
   * Figure 1 at the paper's 80 runs per cell. Both the published means and ours carry 80-run noise
   * (a standard error of about 0.01–0.015 each), so the distance of a cell has a standard deviation
   * of about 0.02: holding every one of 27 cells within ±0.03 fails for many seeds (seeds 1991 and
   * 2026 each put one cell 0.030–0.034 away). The check is therefore on the sampling noise: the
   * mean distance over the cells at most 0.015, and every cell within ±0.05 (2.5 standard
   * deviations). {@link #figureOneAtTwoThousandRunsPerCellIsWithinThePaperNoise} is the sharp check
   * of the model.
   */
  @Test
  void figureOneAtEightyRunsPerCellIsWithinItsSamplingNoise() {
    StringBuilder report = new StringBuilder();
    double[] distance = figureOne(80, report);
    assertThat(distance[0]).as(report.toString()).isLessThanOrEqualTo(0.05);
    assertThat(distance[1]).as(report.toString()).isLessThanOrEqualTo(0.015);
  }

  /**
   * With 2,000 runs per cell our means are nearly exact (standard error about 0.003), so every cell
   * lies within the published values' own noise, ±0.02 (about 16 s; {@code
   * -Dtest.excludedGroups=none} runs it). On 2026-11-28 the largest distance was 0.018.
   */
  @Test
  @Tag("slow")
  void figureOneAtTwoThousandRunsPerCellIsWithinThePaperNoise() {
    StringBuilder report = new StringBuilder();
    assertThat(figureOne(2000, report)[0]).as(report.toString()).isLessThanOrEqualTo(0.025);
  }

  @Test
  void aRunIsAPureFunctionOfParametersAndSeed() {
    MarchParameters p = MarchParameters.of(0.5, 0.5, 0.1, 0.02);
    assertThat(March1991.run(p, 42)).isEqualTo(March1991.run(p, 42));
    assertThat(March1991.run(p, 42)).isNotEqualTo(March1991.run(p, 43));
  }

  @Test
  void stableRunsStopAtEquilibriumAndOthersAtTheLimit() {
    MarchResult stable = March1991.run(MarchParameters.of(0.9, 0.9, 0, 0), 7);
    assertThat(stable.capped()).isFalse();
    assertThat(stable.periods()).isLessThan(MarchParameters.EQUILIBRIUM_LIMIT);
    MarchResult turbulent = March1991.run(MarchParameters.of(0.5, 0.5, 0, 0.02), 7);
    assertThat(turbulent.periods()).isEqualTo(MarchParameters.DEFAULT_LIMIT);
    assertThat(turbulent.capped()).isFalse();
    MarchResult capped = March1991.run(MarchParameters.of(0.1, 0.1, 0, 0).withPeriodLimit(3), 7);
    assertThat(capped.periods()).isEqualTo(3);
    assertThat(capped.capped()).isTrue();
  }

  @Test
  void knowledgeIsANetScoreBetweenMinusOneAndOne() {
    for (long seed = 0; seed < 20; seed++) {
      MarchResult r = March1991.run(MarchParameters.of(0.3, 0.7, 0.05, 0.01), seed);
      assertThat(r.codeKnowledge()).isBetween(-1.0, 1.0);
      assertThat(r.individualKnowledge()).isBetween(-1.0, 1.0);
    }
  }

  @Test
  void parametersOutsideTheirRangeAreRejectedNamingThem() {
    assertThatThrownBy(() -> MarchParameters.of(1.5, 0.5, 0, 0))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("fastP1 must be in [0, 1], was 1.5");
    assertThatThrownBy(() -> new MarchParameters(64, 50, 0, 0.1, 0.1, 0.1, 0, 0, 10))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("dimensions must be in [1, 63], was 64");
    assertThatThrownBy(() -> MarchParameters.of(0.1, 0.5, 0, 0).withPeriodLimit(0))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("periodLimit must be in [1, 1000000], was 0");
  }

  /** Mean code knowledge of 2,000 runs; each claim uses its own cell numbers. */
  static double mean2000(MarchParameters p, long cell) {
    return meanCodeKnowledge(p, 2000, cell);
  }

  /** The paper: slow socialization lets the code learn more (for p2 at least 0.5). */
  @Test
  @Tag("slow")
  void slowSocializationBeatsFastSocialization() {
    for (double p2 : new double[] {0.5, 0.9}) {
      double slow = mean2000(MarchParameters.of(0.1, p2, 0, 0), 100);
      double fast = mean2000(MarchParameters.of(0.9, p2, 0, 0), 101);
      assertThat(slow)
          .as("p2 = %s: p1 = 0.1 gives %s, p1 = 0.9 gives %s", p2, slow, fast)
          .isGreaterThan(fast);
    }
  }

  /**
   * The paper (Figure 2): at equilibrium, a mix of fast and slow learners beats a uniform rate with
   * the same mean p1. (At period 20 — the setting of Figure 3 — the same 50/50 mix of 0.9 and 0.1
   * scored 0.787 against 0.809 for a uniform 0.5 on 2026-11-28; Figure 3 varies the number of fast
   * learners and is reproduced with the experiment runner, not here.)
   */
  @Test
  @Tag("slow")
  void aMixOfFastAndSlowLearnersBeatsAUniformRateWithTheSameMean() {
    MarchParameters uniform = MarchParameters.of(0.5, 0.5, 0, 0);
    MarchParameters mixed = uniform.withLearners(0.5, 0.9, 0.1);
    double atEquilibriumUniform = mean2000(uniform, 200);
    double atEquilibriumMixed = mean2000(mixed, 201);
    assertThat(atEquilibriumMixed)
        .as("equilibrium: mixed %s, uniform %s", atEquilibriumMixed, atEquilibriumUniform)
        .isGreaterThan(atEquilibriumUniform);
  }

  /** The paper (Figure 5): under turbulence, code knowledge decays without turnover. */
  @Test
  @Tag("slow")
  void underTurbulenceModestTurnoverKeepsTheCodeCurrent() {
    double without = mean2000(MarchParameters.of(0.5, 0.5, 0, 0.02), 300);
    double with = mean2000(MarchParameters.of(0.5, 0.5, 0.1, 0.02), 301);
    assertThat(with).as("p3 = 0.1: %s, p3 = 0: %s", with, without).isGreaterThan(without);
  }

  /** The paper (Figure 4): modest turnover improves code knowledge when socialization is fast. */
  @Test
  @Tag("slow")
  void modestTurnoverHelpsWhenSocializationIsFast() {
    double without = mean2000(MarchParameters.of(0.9, 0.5, 0, 0).withPeriodLimit(20), 400);
    MarchParameters turnover = new MarchParameters(30, 50, 0, 0.9, 0.9, 0.5, 0.1, 0, 20);
    double with = mean2000(turnover, 401);
    assertThat(with).as("p3 = 0.1: %s, p3 = 0: %s", with, without).isGreaterThan(without);
  }
}
