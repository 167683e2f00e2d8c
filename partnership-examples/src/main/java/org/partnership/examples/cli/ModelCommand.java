package org.partnership.examples.cli;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.partnership.simulation.Experiment;
import org.partnership.simulation.ExperimentFiles;
import org.partnership.simulation.ExperimentResult;
import org.partnership.simulation.Model;
import org.partnership.simulation.ParameterSpec;
import org.partnership.simulation.Summary;
import org.partnership.text.SafeText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code partnership simulate ID} for a model found on the class path ({@code
 * META-INF/services/org.partnership.simulation.Model}): its grid comes from {@code --set} and
 * {@code --vary} over its parameter table.
 */
@Command(mixinStandardHelpOptions = true)
final class ModelCommand implements Callable<Integer> {

  private final Model<?> model;

  @Spec CommandSpec spec;

  @CommandLine.Mixin SimulateCommand.Runs runs;

  @Option(
      names = "--set",
      paramLabel = "NAME=VALUE",
      description = "Set a parameter of the model's table for every cell (repeatable).")
  Map<String, Double> set = new LinkedHashMap<>();

  @Option(
      names = "--vary",
      paramLabel = "NAME=LIST",
      description = "Vary a parameter over a comma-separated list: one cell per combination.")
  Map<String, String> vary = new LinkedHashMap<>();

  @Option(
      names = "--series",
      description = "Also write series.csv and a chart per series value (needs --out).")
  boolean series;

  ModelCommand(Model<?> model) {
    this.model = requireNonNull(model, "model");
  }

  /** The command for a model, with its description and parameter table as help. */
  static CommandLine of(Model<?> model) {
    CommandLine cli = new CommandLine(new ModelCommand(model));
    List<String> lines = new ArrayList<>();
    // texts a plug-in wrote: control characters written as escapes, never sent to the terminal
    lines.add(SafeText.escape(model.description()));
    if (!model.parameterTable().isEmpty()) {
      lines.add("Parameters (--set NAME=VALUE, --vary NAME=LIST):");
      for (ParameterSpec p : model.parameterTable()) {
        lines.add(
            String.format(
                Locale.ROOT,
                "  %s = %s in [%s, %s]: %s",
                p.name(),
                ParameterSpec.text(p.defaultValue()),
                ParameterSpec.text(p.min()),
                ParameterSpec.text(p.max()),
                SafeText.escape(p.description())));
      }
    }
    cli.getCommandSpec().usageMessage().description(lines.toArray(new String[0]));
    cli.getCommandSpec().usageMessage().header(firstSentence(SafeText.escape(model.description())));
    return cli;
  }

  /** The first sentence of a description, for the list of commands. */
  static String firstSentence(String text) {
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    return run(model);
  }

  private <P> int run(Model<P> m) throws IOException, InterruptedException {
    int runCount = runs.check(20);
    if (series && runs.out == null) {
      throw new PartnershipCli.UserInputException("--series needs --out");
    }
    if (m.parameterTable().isEmpty()) {
      throw new PartnershipCli.UserInputException(
          "model " + m.id() + " has no parameter table: it can be run from Java only");
    }
    List<P> cells = new ArrayList<>();
    List<Map<String, Double>> grid = grid();
    if (grid.size() > Experiment.MAX_CELLS) {
      throw new PartnershipCli.UserInputException(
          "the grid has " + grid.size() + " cells, at most " + Experiment.MAX_CELLS);
    }
    try {
      for (Map<String, Double> values : grid) {
        cells.add(m.parameters(values));
      }
    } catch (IllegalArgumentException e) {
      throw new PartnershipCli.UserInputException(e.getMessage());
    }
    Experiment<P> experiment = new Experiment<>("grid", m, cells, runCount, runs.seed);
    ExperimentResult<P> result = runs.run(experiment, series);
    if (result == null) {
      return 0; // a shard, written
    }
    PrintWriter out = spec.commandLine().getOut();
    if (runs.out != null) {
      List<String> written = new ArrayList<>(List.of("runs.csv", "summary.csv", "metadata.json"));
      try {
        written.add(ExperimentFiles.write(result, runs.out).getFileName().toString());
        if (series) {
          ExperimentFiles.atomically(
              runs.out.resolve("series.csv"),
              p -> {
                try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
                  ExperimentFiles.series(result, w);
                }
              });
          written.add("series.csv");
          List<String> labels = new ArrayList<>();
          for (int c = 0; c < cells.size(); c++) {
            labels.add(label(grid.get(c), c));
          }
          for (String value : m.seriesNames()) {
            String file = ExperimentFiles.fileName("series-" + value + ".png");
            ExperimentFiles.seriesChart(
                result, value, labels, "period", ExperimentFiles.inside(runs.out, file));
            written.add(file);
          }
        }
      } catch (IOException e) {
        throw PartnershipCli.output(runs.out, e);
      }
      if (runs.format == OutputFormat.text) {
        out.println("wrote " + String.join(", ", written) + " to " + runs.out);
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

  /** Every combination of the --vary lists, each with the --set values. */
  private List<Map<String, Double>> grid() {
    List<Map<String, Double>> grid = new ArrayList<>();
    grid.add(new LinkedHashMap<>(set));
    for (Map.Entry<String, String> v : vary.entrySet()) {
      List<Double> values = new ArrayList<>();
      for (String item : v.getValue().split(",", -1)) {
        try {
          values.add(Double.parseDouble(item.strip()));
        } catch (NumberFormatException e) {
          throw new PartnershipCli.UserInputException(
              "--vary " + v.getKey() + ": expected numbers, was \"" + item + "\"");
        }
      }
      List<Map<String, Double>> next = new ArrayList<>();
      for (Map<String, Double> cell : grid) {
        for (double value : values) {
          Map<String, Double> copy = new LinkedHashMap<>(cell);
          copy.put(v.getKey(), value);
          next.add(copy);
          if (next.size() > Experiment.MAX_CELLS) {
            throw new PartnershipCli.UserInputException(
                "the grid has more than " + Experiment.MAX_CELLS + " cells");
          }
        }
      }
      grid = next;
    }
    return grid;
  }

  private String label(Map<String, Double> values, int cell) {
    StringBuilder label = new StringBuilder();
    for (String name : vary.keySet()) {
      label.append(label.length() == 0 ? "" : ", ").append(name).append(" = ");
      label.append(ParameterSpec.text(values.get(name)));
    }
    return label.length() == 0 ? "cell " + cell : label.toString();
  }

  private static <P> void text(PrintWriter out, ExperimentResult<P> result) {
    Experiment<P> e = result.experiment();
    Model<P> m = e.model();
    out.printf(
        Locale.ROOT,
        "%s %s: %d cells x %d runs in %.2f s on %d threads%n",
        m.id(),
        e.name(),
        e.cells().size(),
        e.runs(),
        result.wallNanos() / 1e9,
        result.threads());
    List<String> observations = m.observationNames();
    for (int c = 0; c < e.cells().size(); c++) {
      StringBuilder line = new StringBuilder("cell ").append(c).append(':');
      double[] v = m.parameterValues(e.cells().get(c));
      for (int i = 0; i < v.length; i++) {
        line.append(' ')
            .append(m.parameterNames().get(i))
            .append('=')
            .append(ParameterSpec.text(v[i]));
      }
      out.println(line);
      for (int o = 0; o < observations.size(); o++) {
        Summary s = result.summary(c, o);
        out.printf(
            Locale.ROOT,
            "  %-30s %.4f (95%% CI %.4f – %.4f)%n",
            observations.get(o),
            s.mean(),
            s.ciLow(),
            s.ciHigh());
      }
    }
  }
}
