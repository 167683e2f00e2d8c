package org.partnership.simulation.march;

import java.util.ArrayList;
import java.util.List;

/**
 * The grids of the paper's five figures (docs/models.md), each with the parameters its chart plots.
 *
 * <ol>
 *   <li>Equilibrium code knowledge by p1 (0.1 … 0.9) and p2 (0.1, 0.5, 0.9).
 *   <li>Equilibrium code knowledge by the share of fast learners (p1 = 0.9) among slow ones (p1 =
 *       0.1), p2 = 0.5.
 *   <li>The same at period 20.
 *   <li>Code knowledge at period 20 by turnover p3 (0 … 0.3) for p1 = 0.1, 0.5, 0.9; p2 = 0.5.
 *   <li>Code knowledge over time (periods 10 … 100) under turbulence p4 = 0.02, with and without
 *       turnover (p3 = 0, 0.1); p1 = 0.5, p2 = 0.5. Each point is the mean of independent runs
 *       stopped at that period.
 * </ol>
 */
public final class MarchFigures {

  /** A figure: its grid and the parameters its chart plots. */
  public record Figure(int number, List<MarchParameters> cells, String x, String series) {}

  private MarchFigures() {}

  /**
   * A figure by number.
   *
   * @throws IllegalArgumentException if the number is not 1 to 5
   */
  public static Figure figure(int number) {
    List<MarchParameters> cells = new ArrayList<>();
    switch (number) {
      case 1:
        for (double p2 : new double[] {0.1, 0.5, 0.9}) {
          for (int p1 = 1; p1 <= 9; p1++) {
            cells.add(MarchParameters.of(p1 / 10.0, p2, 0, 0));
          }
        }
        return new Figure(1, cells, "p1", "p2");
      case 2:
      case 3:
        for (int share = 0; share <= 10; share++) {
          MarchParameters p =
              MarchParameters.of(0.1, 0.5, 0, 0).withLearners(share / 10.0, 0.9, 0.1);
          cells.add(number == 3 ? p.withPeriodLimit(20) : p);
        }
        return new Figure(number, cells, "fast_share", null);
      case 4:
        for (double p1 : new double[] {0.1, 0.5, 0.9}) {
          for (int p3 = 0; p3 <= 6; p3++) {
            cells.add(MarchParameters.of(p1, 0.5, p3 / 20.0, 0).withPeriodLimit(20));
          }
        }
        return new Figure(4, cells, "p3", "p1");
      case 5:
        for (double p3 : new double[] {0, 0.1}) {
          for (int period = 10; period <= 100; period += 10) {
            cells.add(MarchParameters.of(0.5, 0.5, p3, 0.02).withPeriodLimit(period));
          }
        }
        return new Figure(5, cells, "period_limit", "p3");
      default:
        throw new IllegalArgumentException("figure must be 1 to 5, was " + number);
    }
  }
}
