package org.partnership.examples.simulation.march;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.partnership.examples.simulation.Experiment;
import org.partnership.examples.simulation.ExperimentRunner;

/**
 * Code and individual knowledge per period, per cell of an experiment: the mean and standard
 * deviation over the cell's runs after each period. A run that reached equilibrium keeps its
 * knowledge in later periods (nothing changes any more), so every period averages all runs.
 *
 * <p>The runs are those of the experiment (same seeds), run again with a {@link
 * March1991.PeriodObserver}. Each cell is summed in run order on one thread, so the series are the
 * same on any number of threads.
 */
public final class MarchSeries {

  /** The series of one cell: arrays indexed by period − 1. */
  public record Cell(
      int cell,
      double[] codeMean,
      double[] codeSd,
      double[] individualMean,
      double[] individualSd,
      int[] running) {

    /** The last period any run of the cell reached. */
    public int periods() {
      return codeMean.length;
    }
  }

  private MarchSeries() {}

  /**
   * The series of every cell.
   *
   * @throws NullPointerException if {@code experiment} is null
   * @throws IllegalArgumentException if threads is below 1
   */
  public static List<Cell> of(Experiment<MarchParameters> experiment, int threads)
      throws InterruptedException {
    requireNonNull(experiment, "experiment");
    return ExperimentRunner.eachCell(experiment, threads, cell -> cell(experiment, cell));
  }

  /** Per-period sums; carry[t] holds the knowledge of runs that stopped at period t. */
  private static final class Sums {
    double[] code = new double[128];
    double[] codeSq = new double[128];
    double[] individual = new double[128];
    double[] individualSq = new double[128];
    double[] carryCode = new double[128];
    double[] carryCodeSq = new double[128];
    double[] carryIndividual = new double[128];
    double[] carryIndividualSq = new double[128];
    int[] stopped = new int[128];
    int periods;

    void ensure(int period) {
      if (period >= code.length) {
        int size = Math.max(period + 1, code.length * 2);
        code = Arrays.copyOf(code, size);
        codeSq = Arrays.copyOf(codeSq, size);
        individual = Arrays.copyOf(individual, size);
        individualSq = Arrays.copyOf(individualSq, size);
        carryCode = Arrays.copyOf(carryCode, size);
        carryCodeSq = Arrays.copyOf(carryCodeSq, size);
        carryIndividual = Arrays.copyOf(carryIndividual, size);
        carryIndividualSq = Arrays.copyOf(carryIndividualSq, size);
        stopped = Arrays.copyOf(stopped, size);
      }
    }
  }

  private static Cell cell(Experiment<MarchParameters> experiment, int cell) {
    Sums s = new Sums();
    MarchParameters parameters = experiment.cells().get(cell);
    int runs = experiment.runs();
    for (int r = 0; r < runs; r++) {
      MarchResult result =
          March1991.run(
              parameters,
              experiment.seed(cell, r),
              (period, code, individual) -> {
                s.ensure(period);
                s.code[period] += code;
                s.codeSq[period] += code * code;
                s.individual[period] += individual;
                s.individualSq[period] += individual * individual;
              });
      int last = result.periods();
      s.ensure(last);
      s.periods = Math.max(s.periods, last);
      double code = result.codeKnowledge();
      double individual = result.individualKnowledge();
      s.carryCode[last] += code;
      s.carryCodeSq[last] += code * code;
      s.carryIndividual[last] += individual;
      s.carryIndividualSq[last] += individual * individual;
      s.stopped[last]++;
    }
    int t = s.periods;
    double[] codeMean = new double[t];
    double[] codeSd = new double[t];
    double[] individualMean = new double[t];
    double[] individualSd = new double[t];
    int[] running = new int[t];
    double carriedCode = 0;
    double carriedCodeSq = 0;
    double carriedIndividual = 0;
    double carriedIndividualSq = 0;
    int stillRunning = runs;
    for (int period = 1; period <= t; period++) {
      running[period - 1] = stillRunning;
      double c = s.code[period] + carriedCode;
      double c2 = s.codeSq[period] + carriedCodeSq;
      double i = s.individual[period] + carriedIndividual;
      double i2 = s.individualSq[period] + carriedIndividualSq;
      codeMean[period - 1] = c / runs;
      codeSd[period - 1] = sd(c, c2, runs);
      individualMean[period - 1] = i / runs;
      individualSd[period - 1] = sd(i, i2, runs);
      carriedCode += s.carryCode[period];
      carriedCodeSq += s.carryCodeSq[period];
      carriedIndividual += s.carryIndividual[period];
      carriedIndividualSq += s.carryIndividualSq[period];
      stillRunning -= s.stopped[period];
    }
    return new Cell(cell, codeMean, codeSd, individualMean, individualSd, running);
  }

  private static double sd(double sum, double sumSq, int n) {
    if (n < 2) {
      return 0;
    }
    double variance = (sumSq - sum * sum / n) / (n - 1);
    return Math.sqrt(Math.max(0, variance));
  }

  /**
   * Writes {@code series.csv}: cell, the cell's parameters, period, runs, runs still running, and
   * the mean and sd of code and individual knowledge.
   *
   * @throws IOException if writing fails
   */
  public static void write(Experiment<MarchParameters> experiment, List<Cell> series, Writer out)
      throws IOException {
    MarchModel model = new MarchModel();
    out.write(
        "cell,"
            + String.join(",", model.parameterNames())
            + ",period,runs,running,code_knowledge_mean,code_knowledge_sd,"
            + "individual_knowledge_mean,individual_knowledge_sd\n");
    for (Cell c : series) {
      StringBuilder prefix = new StringBuilder().append(c.cell());
      for (double v : model.parameterValues(experiment.cells().get(c.cell()))) {
        prefix.append(',').append(v);
      }
      for (int t = 0; t < c.periods(); t++) {
        out.write(
            prefix
                + ","
                + (t + 1)
                + ","
                + experiment.runs()
                + ","
                + c.running()[t]
                + ","
                + c.codeMean()[t]
                + ","
                + c.codeSd()[t]
                + ","
                + c.individualMean()[t]
                + ","
                + c.individualSd()[t]
                + "\n");
      }
    }
  }
}
