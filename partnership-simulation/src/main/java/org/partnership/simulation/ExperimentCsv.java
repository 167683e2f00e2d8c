package org.partnership.simulation;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV files of an experiment: runs, summary and series. Internal to the engine; {@link
 * ExperimentFiles} is the API.
 */
final class ExperimentCsv {

  private ExperimentCsv() {}

  static String number(double v) {
    return Double.isNaN(v) ? "" : Double.toString(v);
  }

  /** The columns of runs.csv (and of a shard's shard.csv). */
  static List<String> runsHeader(Experiment<?> e) {
    List<String> header = new ArrayList<>(List.of("cell", "run", "seed"));
    header.addAll(e.model().parameterNames());
    header.addAll(e.model().observationNames());
    header.addAll(List.of("periods", "capped"));
    return header;
  }

  /** The parameters of a cell as the text after the seed in a runs row: ",v1,v2…". */
  static <P> String parameterText(Experiment<P> e, int cell) {
    StringBuilder prefix = new StringBuilder();
    for (double p : e.model().parameterValues(e.cells().get(cell))) {
      prefix.append(',').append(number(p));
    }
    return prefix.toString();
  }

  /** Appends one runs row, with its line end. */
  static void runRow(
      StringBuilder row, Experiment<?> e, int cell, int run, String parameters, Observation o) {
    row.append(cell).append(',').append(run).append(',').append(e.seed(cell, run));
    row.append(parameters);
    for (double v : o.values()) {
      row.append(',').append(number(v));
    }
    row.append(',').append(o.periods()).append(',').append(o.capped()).append('\n');
  }

  /** One row per run: cell, run, seed, parameters, observations, periods, capped. */
  static <P> void runs(ExperimentResult<P> result, Writer out) throws IOException {
    requireNonNull(result, "result");
    requireNonNull(out, "out");
    Experiment<P> e = result.experiment();
    out.write(String.join(",", runsHeader(e)));
    out.write('\n');
    StringBuilder row = new StringBuilder(128);
    for (int c = 0; c < e.cells().size(); c++) {
      String prefix = parameterText(e, c);
      for (int r = 0; r < e.runs(); r++) {
        row.setLength(0);
        runRow(row, e, c, r, prefix, result.observation(c, r));
        out.append(row);
      }
    }
  }

  /**
   * One row per cell: parameters, runs, capped runs, and per observation its mean, sd, 95 % CI, min
   * and max ({@code code_knowledge_mean}, {@code code_knowledge_sd}, …).
   */
  static <P> void summary(ExperimentResult<P> result, Writer out) throws IOException {
    requireNonNull(result, "result");
    requireNonNull(out, "out");
    Experiment<P> e = result.experiment();
    List<String> header = new ArrayList<>(List.of("cell"));
    header.addAll(e.model().parameterNames());
    header.addAll(List.of("runs", "capped"));
    for (String o : e.model().observationNames()) {
      for (String s : List.of("mean", "sd", "ci95_low", "ci95_high", "min", "max")) {
        header.add(o + "_" + s);
      }
    }
    out.write(String.join(",", header));
    out.write('\n');
    for (int c = 0; c < e.cells().size(); c++) {
      StringBuilder row = new StringBuilder().append(c);
      for (double p : e.model().parameterValues(e.cells().get(c))) {
        row.append(',').append(number(p));
      }
      row.append(',').append(e.runs()).append(',').append(result.capped(c));
      for (int o = 0; o < e.model().observationNames().size(); o++) {
        Summary s = result.summary(c, o);
        for (double v : new double[] {s.mean(), s.sd(), s.ciLow(), s.ciHigh(), s.min(), s.max()}) {
          row.append(',').append(number(v));
        }
      }
      out.write(row.append('\n').toString());
    }
  }

  /**
   * Writes {@code series.csv}: cell, the cell's parameters, period, runs, runs still running, and
   * the mean and sd of each series value (empty when no run observed it).
   *
   * @throws IllegalArgumentException if the result has no series
   * @throws IOException if writing fails
   */
  static <P> void series(ExperimentResult<P> result, Writer out) throws IOException {
    requireNonNull(result, "result");
    requireNonNull(out, "out");
    if (result.series().isEmpty()) {
      throw new IllegalArgumentException("the experiment was run without series");
    }
    Experiment<P> e = result.experiment();
    Model<P> model = e.model();
    StringBuilder header =
        new StringBuilder("cell,")
            .append(String.join(",", model.parameterNames()))
            .append(",period,runs,running");
    for (String name : model.seriesNames()) {
      header.append(',').append(name).append("_mean,").append(name).append("_sd");
    }
    out.write(header.append('\n').toString());
    int width = model.seriesNames().size();
    for (CellSeries c : result.series()) {
      StringBuilder prefix = new StringBuilder().append(c.cell());
      for (double v : model.parameterValues(e.cells().get(c.cell()))) {
        prefix.append(',').append(number(v));
      }
      for (int t = 1; t <= c.periods(); t++) {
        StringBuilder row = new StringBuilder(prefix);
        row.append(',').append(t).append(',').append(c.runs()).append(',').append(c.running(t));
        for (int i = 0; i < width; i++) {
          row.append(',').append(number(c.mean(i, t))).append(',').append(number(c.sd(i, t)));
        }
        out.write(row.append('\n').toString());
      }
    }
  }
}
