package org.partnership.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.partnership.simulation.Experiment;
import org.partnership.simulation.ExperimentFiles;
import org.partnership.simulation.ExperimentResult;
import org.partnership.simulation.Summary;
import org.partnership.simulation.march.MarchFigures;
import org.partnership.simulation.march.MarchModel;
import org.partnership.simulation.march.MarchParameters;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code partnership simulate march1991}. */
@Command(
    name = "march1991",
    header = "March (1991), exploration and exploitation in organizational learning.",
    mixinStandardHelpOptions = true,
    description = {
      "March (1991), exploration and exploitation in organizational learning (docs/models.md):",
      "the grid is every combination of the lists given, or one of the paper's figures."
    })
final class MarchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @CommandLine.Mixin SimulateCommand.Runs runs;

  @Option(names = "--figure", paramLabel = "N", description = "One of the paper's figures, 1 to 5.")
  Integer figure;

  @Option(names = "--p1", split = ",", paramLabel = "LIST", description = "Socialization rates.")
  List<Double> p1 = new ArrayList<>();

  @Option(names = "--p2", split = ",", paramLabel = "LIST", description = "Code-learning rates.")
  List<Double> p2 = new ArrayList<>();

  @Option(names = "--p3", split = ",", paramLabel = "LIST", description = "Turnover (default 0).")
  List<Double> p3 = new ArrayList<>(List.of(0.0));

  @Option(names = "--p4", split = ",", paramLabel = "LIST", description = "Turbulence (default 0).")
  List<Double> p4 = new ArrayList<>(List.of(0.0));

  @Option(
      names = "--fast-share",
      split = ",",
      paramLabel = "LIST",
      description = "Shares of fast learners (with --fast-p1 and --slow-p1 instead of --p1).")
  List<Double> fastShare = new ArrayList<>();

  @Option(names = "--fast-p1", paramLabel = "X", description = "p1 of fast learners.")
  Double fastP1;

  @Option(names = "--slow-p1", paramLabel = "Y", description = "p1 of slow learners.")
  Double slowP1;

  @Option(
      names = "--series",
      description = "Also write series.csv: knowledge per period, per cell (needs --out).")
  boolean series;

  @Option(
      names = "--periods",
      paramLabel = "N",
      description = "Period limit (default: equilibrium, capped at 10,000; 100 with p3 or p4).")
  Integer periods;

  @Override
  public Integer call() throws IOException, InterruptedException {
    int runCount = runs.check(80);
    if (series && runs.out == null) {
      throw new PartnershipCli.UserInputException("--series needs --out");
    }
    String name;
    List<MarchParameters> cells;
    String x = null;
    String seriesParameter = null;
    if (figure != null) {
      MarchFigures.Figure f;
      try {
        f = MarchFigures.figure(figure);
      } catch (IllegalArgumentException e) {
        throw new PartnershipCli.UserInputException("--figure: " + e.getMessage());
      }
      name = "figure-" + figure;
      for (String grid :
          List.of("--p1", "--p2", "--p3", "--p4", "--fast-share", "--fast-p1", "--slow-p1")) {
        if (spec.commandLine().getParseResult().hasMatchedOption(grid)) {
          throw new PartnershipCli.UserInputException(
              "--figure sets the grid itself: " + grid + " cannot go with it");
        }
      }
      checkPeriods();
      cells = new ArrayList<>();
      for (MarchParameters p : f.cells()) {
        cells.add(periods == null ? p : p.withPeriodLimit(periods));
      }
      x = f.x();
      seriesParameter = f.series();
    } else {
      name = "grid";
      cells = grid();
    }
    Experiment<MarchParameters> experiment =
        new Experiment<>(name, new MarchModel(), cells, runCount, runs.seed);
    ExperimentResult<MarchParameters> result = runs.run(experiment, series);
    if (result == null) {
      return 0; // a shard, written
    }
    PrintWriter out = spec.commandLine().getOut();
    if (runs.out != null) {
      Path chart;
      try {
        chart = ExperimentFiles.write(result, runs.out, x, seriesParameter);
        if (series) {
          ExperimentFiles.atomically(
              runs.out.resolve("series.csv"),
              p -> {
                try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(p)) {
                  ExperimentFiles.series(result, w);
                }
              });
        }
      } catch (IOException e) {
        throw PartnershipCli.output(runs.out, e);
      }
      if (runs.format == OutputFormat.text) {
        out.println(
            "wrote runs.csv, summary.csv, metadata.json"
                + (series ? ", series.csv" : "")
                + " and "
                + chart.getFileName()
                + " to "
                + runs.out);
      }
    }
    if (runs.format == OutputFormat.csv) {
      ExperimentFiles.summary(result, out);
    } else {
      text(out, result);
    }
    out.flush();
    return 0;
  }

  private void checkPeriods() {
    if (periods != null && (periods < 1 || periods > MarchParameters.MAX_PERIOD_LIMIT)) {
      throw new PartnershipCli.UserInputException(
          "--periods must be in [1, " + MarchParameters.MAX_PERIOD_LIMIT + "], was " + periods);
    }
  }

  private List<MarchParameters> grid() {
    if (p2.isEmpty()) {
      throw new PartnershipCli.UserInputException("give --p2 (or --figure)");
    }
    boolean mixed = !fastShare.isEmpty();
    if (mixed && (fastP1 == null || slowP1 == null || !p1.isEmpty())) {
      throw new PartnershipCli.UserInputException(
          "--fast-share needs --fast-p1 and --slow-p1, and replaces --p1");
    }
    if (!mixed && p1.isEmpty()) {
      throw new PartnershipCli.UserInputException("give --p1 or --fast-share (or --figure)");
    }
    List<Double> firsts = mixed ? fastShare : p1;
    long grid = (long) p2.size() * p3.size() * p4.size() * firsts.size();
    if (grid > Experiment.MAX_CELLS) {
      throw new PartnershipCli.UserInputException(
          "the grid has " + grid + " cells, at most " + Experiment.MAX_CELLS + " are allowed");
    }
    checkPeriods();
    List<MarchParameters> cells = new ArrayList<>();
    try {
      for (double b : p2) {
        for (double c : p3) {
          for (double d : p4) {
            for (double a : firsts) {
              MarchParameters p =
                  mixed
                      ? MarchParameters.of(slowP1, b, c, d).withLearners(a, fastP1, slowP1)
                      : MarchParameters.of(a, b, c, d);
              cells.add(periods == null ? p : p.withPeriodLimit(periods));
            }
          }
        }
      }
    } catch (IllegalArgumentException e) {
      throw new PartnershipCli.UserInputException(e.getMessage());
    }
    return cells;
  }

  private static void text(PrintWriter out, ExperimentResult<MarchParameters> result) {
    Experiment<MarchParameters> e = result.experiment();
    out.printf(
        Locale.ROOT,
        "%s %s: %d cells x %d runs in %.2f s on %d threads; %d runs capped%n",
        e.model().id(),
        e.name(),
        e.cells().size(),
        e.runs(),
        result.wallNanos() / 1e9,
        result.threads(),
        result.cappedRuns());
    out.println("   p1    p2    p3    p4  share  limit   code knowledge (95% CI)     individual");
    for (int c = 0; c < e.cells().size(); c++) {
      MarchParameters p = e.cells().get(c);
      double[] v = e.model().parameterValues(p);
      Summary code = result.summary(c, 0);
      Summary individual = result.summary(c, 1);
      out.printf(
          Locale.ROOT,
          "%5.2f %5.2f %5.2f %5.2f %6.2f %6d   %.3f (%.3f – %.3f)   %.3f%n",
          v[0],
          v[1],
          v[2],
          v[3],
          v[4],
          p.periodLimit(),
          code.mean(),
          code.ciLow(),
          code.ciHigh(),
          individual.mean());
    }
  }
}
