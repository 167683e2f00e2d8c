package org.partnership.examples.simulation.organization;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.partnership.examples.simulation.Experiment;
import org.partnership.examples.simulation.ExperimentFiles;
import org.partnership.examples.simulation.ExperimentRunner;
import org.partnership.examples.simulation.Model;

/**
 * The {@link PartnershipOrganization#SERIES} per period, per cell of an experiment: the mean and
 * standard deviation over the cell's runs after each period (runs for which a value is NaN in a
 * period — no decisions — are left out of that period's value).
 *
 * <p>The runs are those of the experiment (same seeds), run again with a {@link
 * PartnershipOrganization.PeriodObserver}. Each cell is summed in run order on one thread, so the
 * series are the same on any number of threads.
 */
public final class OrganizationSeries {

  /**
   * The series of one cell, indexed {@code [value][period − 1]} in the order of {@link
   * PartnershipOrganization#SERIES}.
   *
   * @param cell the cell's index
   * @param mean the means over runs
   * @param sd the sample standard deviations (0 with fewer than two runs)
   * @param observed the runs that observed each value
   */
  public record Cell(int cell, double[][] mean, double[][] sd, int[][] observed) {}

  private OrganizationSeries() {}

  /**
   * The series of every cell.
   *
   * @throws NullPointerException if {@code experiment} is null
   * @throws IllegalArgumentException if threads is below 1
   */
  public static List<Cell> of(Experiment<OrganizationScenario> experiment, int threads)
      throws InterruptedException {
    requireNonNull(experiment, "experiment");
    return ExperimentRunner.eachCell(experiment, threads, cell -> cell(experiment, cell));
  }

  private static Cell cell(Experiment<OrganizationScenario> experiment, int cell) {
    OrganizationScenario scenario = experiment.cells().get(cell);
    int values = PartnershipOrganization.SERIES.size();
    int periods = scenario.periods();
    double[][] sum = new double[values][periods];
    double[][] squares = new double[values][periods];
    int[][] observed = new int[values][periods];
    for (int r = 0; r < experiment.runs(); r++) {
      PartnershipOrganization.run(
          scenario,
          experiment.seed(cell, r),
          record -> {},
          (period, v) -> {
            for (int i = 0; i < values; i++) {
              if (!Double.isNaN(v[i])) {
                sum[i][period - 1] += v[i];
                squares[i][period - 1] += v[i] * v[i];
                observed[i][period - 1]++;
              }
            }
          });
    }
    double[][] mean = new double[values][periods];
    double[][] sd = new double[values][periods];
    for (int i = 0; i < values; i++) {
      for (int t = 0; t < periods; t++) {
        int k = observed[i][t];
        mean[i][t] = k == 0 ? Double.NaN : sum[i][t] / k;
        double variance = k < 2 ? 0 : (squares[i][t] - sum[i][t] * sum[i][t] / k) / (k - 1);
        sd[i][t] = k == 0 ? Double.NaN : Math.sqrt(Math.max(0, variance));
      }
    }
    return new Cell(cell, mean, sd, observed);
  }

  /**
   * Writes {@code series.csv}: cell, the cell's parameters, period, runs, and the mean and sd of
   * each series value (empty when no run observed it).
   *
   * @throws IOException if writing fails
   */
  public static void write(
      Experiment<OrganizationScenario> experiment, List<Cell> series, Writer out)
      throws IOException {
    Model<OrganizationScenario> model = experiment.model();
    StringBuilder header =
        new StringBuilder("cell,")
            .append(String.join(",", model.parameterNames()))
            .append(",period,runs");
    for (String name : PartnershipOrganization.SERIES) {
      header.append(',').append(name).append("_mean,").append(name).append("_sd");
    }
    out.write(header.append('\n').toString());
    for (Cell c : series) {
      StringBuilder prefix = new StringBuilder().append(c.cell());
      for (double v : model.parameterValues(experiment.cells().get(c.cell()))) {
        prefix.append(',').append(Double.isNaN(v) ? "" : Double.toString(v));
      }
      int periods = c.mean()[0].length;
      for (int t = 0; t < periods; t++) {
        StringBuilder row = new StringBuilder(prefix);
        row.append(',').append(t + 1).append(',').append(experiment.runs());
        for (int i = 0; i < c.mean().length; i++) {
          row.append(',').append(number(c.mean()[i][t])).append(',').append(number(c.sd()[i][t]));
        }
        out.write(row.append('\n').toString());
      }
    }
  }

  /**
   * A line chart of one series value against the period, a line per cell (labelled), written as PNG
   * (works headless).
   *
   * @param labels one label per cell of {@code series}, in order
   * @param value one of {@link PartnershipOrganization#SERIES}
   * @throws IllegalArgumentException if the value is unknown or the labels do not match the cells
   * @throws IOException if the file cannot be written
   */
  public static void chart(List<Cell> series, List<String> labels, String value, Path png)
      throws IOException {
    int v = PartnershipOrganization.SERIES.indexOf(value);
    if (v < 0) {
      throw new IllegalArgumentException(
          "value must be one of " + PartnershipOrganization.SERIES + ", was \"" + value + "\"");
    }
    if (labels.size() != series.size()) {
      throw new IllegalArgumentException(
          "labels must have one entry per cell (" + series.size() + "), had " + labels.size());
    }
    System.setProperty("java.awt.headless", "true");
    XYChart chart =
        new XYChartBuilder()
            .width(800)
            .height(560)
            .title(value.replace('_', ' ') + " per week (mean over runs)")
            .xAxisTitle("week")
            .yAxisTitle(value.replace('_', ' '))
            .build();
    chart.getStyler().setMarkerSize(0);
    for (int c = 0; c < series.size(); c++) {
      double[] mean = series.get(c).mean()[v];
      List<Double> xs = new ArrayList<>();
      List<Double> ys = new ArrayList<>();
      for (int t = 0; t < mean.length; t++) {
        if (!Double.isNaN(mean[t])) {
          xs.add(t + 1.0);
          ys.add(mean[t]);
        }
      }
      if (!xs.isEmpty()) {
        chart.addSeries(labels.get(c), xs, ys);
      }
    }
    ExperimentFiles.png(chart, png);
  }

  private static String number(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }
}
