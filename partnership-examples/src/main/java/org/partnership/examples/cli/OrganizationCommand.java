package org.partnership.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.partnership.jackson.DocumentType;
import org.partnership.model.Organization;
import org.partnership.simulation.Experiment;
import org.partnership.simulation.ExperimentFiles;
import org.partnership.simulation.ExperimentResult;
import org.partnership.simulation.MorrisScreening;
import org.partnership.simulation.ParameterSpec;
import org.partnership.simulation.Summary;
import org.partnership.simulation.organization.OrganizationModel;
import org.partnership.simulation.organization.OrganizationParameter;
import org.partnership.simulation.organization.OrganizationParameters;
import org.partnership.simulation.organization.OrganizationScenario;
import org.partnership.simulation.organization.OrganizationSimulation;
import org.partnership.simulation.organization.StylePolicy;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code partnership simulate organization}. */
@Command(
    name = "organization",
    header = "The partnership organization model.",
    mixinStandardHelpOptions = true,
    description =
        "The partnership organization model (docs/simulation-model.md): leaders in a hierarchy"
            + " choose a style per decision through a policy; each run writes a ledger and"
            + " measures it. The grid is every combination of the policies (or --partner-share,"
            + " or --sweep) and the --vary values.")
final class OrganizationCommand implements Callable<Integer> {

  private static final List<Double> SWEEP =
      List.of(0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0);

  @Spec CommandSpec spec;

  @CommandLine.Mixin SimulateCommand.Runs runs;

  @Option(
      names = "--policy",
      split = ",",
      paramLabel = "NAME|FILE",
      description =
          "seed, vroom-time, vroom-development (either with -deadlines: fitted to the time"
              + " available, as the seed rule is), manage, partner, fixed (with --partner-share),"
              + " or a policy file (JSON or YAML) whose rules the leaders follow (default: seed;"
              + " fixed when --partner-share or --sweep is given). A list compares policies: a"
              + " cell each, and with --out a bar chart of outcomes per policy.")
  List<String> policy = new ArrayList<>();

  @Option(
      names = "--people",
      paramLabel = "N",
      description = "People in the organization (default: ${DEFAULT-VALUE}).")
  int people = 200;

  @Option(
      names = "--periods",
      paramLabel = "N",
      description = "Periods (weeks) to run (default: ${DEFAULT-VALUE}).")
  int periods = 200;

  /** The partnering shares of a fixed policy: a list, or the sweep; not both. */
  static final class Shares {
    @Option(
        names = "--partner-share",
        split = ",",
        paramLabel = "SHARE",
        description = "Fixed partnering shares in [0, 1], one cell each.")
    List<Double> partnerShare = new ArrayList<>();

    @Option(
        names = "--sweep",
        paramLabel = "WHAT",
        description = "partner-share: the shares 0, 0.1, … 1, charted.")
    String sweep;

    /** The shares asked for, the sweep's included. */
    List<Double> values() {
      if (sweep == null) {
        return partnerShare;
      }
      if (!sweep.equals("partner-share")) {
        throw new PartnershipCli.UserInputException(
            "--sweep must be partner-share, was \"" + sweep + "\"");
      }
      return SWEEP;
    }
  }

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Shares shares;

  @Option(
      names = "--set",
      paramLabel = "NAME=VALUE",
      description = "Change a model parameter (repeatable); --list-parameters lists them.")
  Map<String, Double> set = new LinkedHashMap<>();

  @Option(
      names = "--vary",
      paramLabel = "NAME=LIST",
      description =
          "Also vary a model parameter over a list, e.g. trust.decay=0,0.01,0.02; repeatable: the"
              + " grid is every combination (the first varies slowest).")
  List<String> vary = new ArrayList<>();

  @Option(
      names = "--screen",
      split = ",",
      paramLabel = "NAME=LOW:HIGH",
      description =
          "Morris screening of these parameters over these ranges (docs/simulations.md): which"
              + " assumptions matter for which outcome; --runs is the runs per point.")
  List<String> screen = new ArrayList<>();

  @Option(
      names = "--trajectories",
      paramLabel = "R",
      description = "Morris trajectories for --screen (default: ${DEFAULT-VALUE}).")
  int trajectories = 10;

  @Option(
      names = "--levels",
      paramLabel = "P",
      description = "Grid levels per parameter for --screen, even (default: ${DEFAULT-VALUE}).")
  int levels = 4;

  @Option(
      names = "--ledger",
      paramLabel = "DIR",
      description =
          "Also write the first run of the first cell as organization.json (as it started),"
              + " decisions.csv, time.csv and recognitions.csv, for the metrics command.")
  Path ledger;

  @Option(
      names = "--series",
      description =
          "Also write series.csv: performance, partnering, hours, trust, commitment and"
              + " competence per period, per cell (needs --out).")
  boolean series;

  @Option(
      names = "--independent-seeds",
      description =
          "Give every cell its own seeds. By default run r of every cell uses the same seed"
              + " (common random numbers: the same organizations and situations in every cell).")
  boolean independentSeeds;

  @Option(
      names = "--list-parameters",
      description = "List the model parameters, their defaults and ranges, and exit.")
  boolean listParameters;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (listParameters) {
      listParameters(out);
      return 0;
    }
    int runCount = runs.check(20);
    if (series && runs.out == null) {
      throw new PartnershipCli.UserInputException("--series needs --out");
    }
    if (!screen.isEmpty()) {
      return screening(out, runCount);
    }
    List<Double> shareList = shares == null ? List.of() : shares.values();
    List<StylePolicy> policies = policies(shareList);
    List<OrganizationParameter> varied = new ArrayList<>();
    List<OrganizationParameters> variants =
        variants(parameters(), varied, policies.size(), runCount);
    List<OrganizationScenario> cells = cells(policies, variants);
    boolean comparing = policies.size() > 1 && shareList.isEmpty();
    boolean sweeping = shares != null && shares.sweep != null;
    String name = sweeping ? "partner-share-sweep" : comparing ? "policies" : policies.get(0).id();
    Experiment<OrganizationScenario> experiment =
        new Experiment<>(
            name, new OrganizationModel(varied), cells, runCount, runs.seed, !independentSeeds);
    if (ledger != null && (runs.sharded() || !runs.fromShards.isEmpty())) {
      throw new PartnershipCli.UserInputException(
          "--ledger cannot go with --shard: write the ledger in a run of its own");
    }
    if (ledger != null) {
      try {
        writeLedger(experiment);
      } catch (IOException e) {
        throw PartnershipCli.output(ledger, e);
      }
    }
    ExperimentResult<OrganizationScenario> result = runs.run(experiment, series);
    if (result == null) {
      return 0; // a shard, written
    }
    String seriesParameter = varied.isEmpty() ? null : varied.get(0).key();
    if (runs.out != null) {
      List<String> written;
      try {
        written = writeFiles(result, shareList, comparing, seriesParameter, varied);
      } catch (IOException e) {
        throw PartnershipCli.output(runs.out, e);
      }
      if (runs.format == OutputFormat.text) {
        out.println("wrote " + String.join(", ", written) + " to " + runs.out);
      }
    }
    if (ledger != null && runs.format == OutputFormat.text) {
      out.println("wrote the organization and ledger of cell 0, run 0 to " + ledger);
    }
    if (runs.format == OutputFormat.csv) {
      ExperimentFiles.summary(result, out);
    } else {
      text(out, result, seriesParameter);
    }
    out.flush();
    return 0;
  }

  /** The observations a screening reports, in this order. */
  private static final List<String> SCREENED =
      List.of(
          "performance",
          "trust",
          "commitment",
          "on_time_rate",
          "leader_hours_per_decision",
          "partnering_time_share");

  /** Morris screening of the --screen parameters: a cell per design point, --runs runs each. */
  private int screening(PrintWriter out, int runCount) throws IOException, InterruptedException {
    if (shares != null || !vary.isEmpty() || policy.size() > 1) {
      throw new PartnershipCli.UserInputException(
          "--screen goes with one --policy, without --partner-share, --sweep or --vary");
    }
    List<OrganizationParameter> factors = new ArrayList<>();
    List<double[]> ranges = new ArrayList<>();
    for (String item : screen) {
      String[] kv = keyValue("--screen", item);
      OrganizationParameter p =
          OrganizationParameter.of(kv[0])
              .orElseThrow(
                  () ->
                      new PartnershipCli.UserInputException(
                          "--screen: no model parameter is called \""
                              + kv[0]
                              + "\"; --list-parameters lists them"));
      if (factors.contains(p)) {
        throw new PartnershipCli.UserInputException("--screen names " + p.key() + " twice");
      }
      String[] range = kv[1].split(":", -1);
      if (range.length != 2) {
        throw new PartnershipCli.UserInputException(
            "--screen " + p.key() + " must be LOW:HIGH, was \"" + kv[1] + "\"");
      }
      double low = number("--screen " + p.key(), range[0].trim());
      double high = number("--screen " + p.key(), range[1].trim());
      if (!(low < high)) {
        throw new PartnershipCli.UserInputException(
            "--screen " + p.key() + ": LOW must be below HIGH, was " + kv[1]);
      }
      withParameter(OrganizationParameters.defaults(), p.key(), low);
      withParameter(OrganizationParameters.defaults(), p.key(), high);
      factors.add(p);
      ranges.add(new double[] {low, high});
    }
    // the design's size, checked before the design is built
    long points = (long) trajectories * (factors.size() + 1);
    if (points > Experiment.MAX_CELLS) {
      throw new PartnershipCli.UserInputException(
          "--screen needs "
              + points
              + " points (trajectories x (parameters + 1)), at most "
              + Experiment.MAX_CELLS
              + " are allowed");
    }
    if (points * runCount > Experiment.MAX_RUNS) {
      throw new PartnershipCli.UserInputException(
          "--screen needs "
              + points * runCount
              + " runs (points x --runs), at most "
              + Experiment.MAX_RUNS
              + " are allowed");
    }
    MorrisScreening.Design design;
    try {
      design = MorrisScreening.design(factors.size(), levels, trajectories, runs.seed);
    } catch (IllegalArgumentException e) {
      throw new PartnershipCli.UserInputException("--screen: " + e.getMessage());
    }
    StylePolicy chosen = policies(List.of()).get(0);
    OrganizationParameters base = parameters();
    List<OrganizationScenario> cells = new ArrayList<>();
    for (int t = 0; t < trajectories; t++) {
      for (int p = 0; p <= factors.size(); p++) {
        double[] x = design.point(t, p);
        OrganizationParameters point = base;
        for (int i = 0; i < factors.size(); i++) {
          double value = ranges.get(i)[0] + x[i] * (ranges.get(i)[1] - ranges.get(i)[0]);
          if (factors.get(i).integer()) {
            value = Math.rint(value);
          }
          point = withParameter(point, factors.get(i).key(), value);
        }
        cells.addAll(cells(List.of(chosen), List.of(point)));
      }
    }
    Experiment<OrganizationScenario> experiment =
        new Experiment<>(
            "screening", new OrganizationModel(factors), cells, runCount, runs.seed, true);
    ExperimentResult<OrganizationScenario> result = runs.run(experiment, false);
    if (result == null) {
      return 0; // a shard, written
    }
    StringBuilder csv = new StringBuilder("observation,parameter,low,high,mu_star,mu,sigma\n");
    List<String> lines = new ArrayList<>();
    for (String observation : SCREENED) {
      double[][] outputs = new double[trajectories][factors.size() + 1];
      for (int t = 0; t < trajectories; t++) {
        for (int p = 0; p <= factors.size(); p++) {
          outputs[t][p] = result.summary(t * (factors.size() + 1) + p, observation).mean();
        }
      }
      List<MorrisScreening.Effect> effects = MorrisScreening.effects(design, outputs);
      lines.add(String.format(Locale.ROOT, "%-34s %9s %9s %9s", observation, "mu*", "mu", "sigma"));
      for (int i = 0; i < factors.size(); i++) {
        MorrisScreening.Effect e = effects.get(i);
        csv.append(observation)
            .append(',')
            .append(factors.get(i).key())
            .append(',')
            .append(ParameterSpec.text(ranges.get(i)[0]))
            .append(',')
            .append(ParameterSpec.text(ranges.get(i)[1]))
            .append(',')
            .append(e.muStar())
            .append(',')
            .append(e.mu())
            .append(',')
            .append(e.sigma())
            .append('\n');
        lines.add(
            String.format(
                Locale.ROOT,
                "  %-32s %9.4f %9.4f %9.4f",
                factors.get(i).key(),
                e.muStar(),
                e.mu(),
                e.sigma()));
      }
    }
    if (runs.out != null) {
      try {
        ExperimentFiles.writeData(result, runs.out);
        String text = csv.toString();
        ExperimentFiles.atomically(
            runs.out.resolve("screening.csv"),
            f -> Files.writeString(f, text, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw PartnershipCli.output(runs.out, e);
      }
    }
    if (runs.format == OutputFormat.csv) {
      out.print(csv);
    } else {
      if (runs.out != null) {
        out.println("wrote runs.csv, summary.csv, metadata.json, screening.csv to " + runs.out);
      }
      out.printf(
          Locale.ROOT,
          "organization screening (%s): %d parameters, %d trajectories x %d points x %d runs in"
              + " %.2f s; effects per whole range (Morris mu*, mu, sigma)%n",
          chosen,
          factors.size(),
          trajectories,
          factors.size() + 1,
          runCount,
          result.wallNanos() / 1e9);
      for (String line : lines) {
        out.println(line);
      }
    }
    out.flush();
    return 0;
  }

  private static void listParameters(PrintWriter out) {
    out.println("parameter                        default    range           meaning");
    for (OrganizationParameter p : OrganizationParameter.values()) {
      out.printf(
          Locale.ROOT,
          "%-32s %-10s %-15s %s%n",
          p.key(),
          ParameterSpec.text(p.defaultValue()),
          "[" + ParameterSpec.text(p.min()) + ", " + ParameterSpec.text(p.max()) + "]",
          p.meaning());
    }
    out.flush();
  }

  /** The defaults with every --set applied. */
  private OrganizationParameters parameters() {
    OrganizationParameters parameters = OrganizationParameters.defaults();
    for (Map.Entry<String, Double> e : set.entrySet()) {
      parameters = withParameter(parameters, e.getKey(), e.getValue());
    }
    return parameters;
  }

  /**
   * The parameters of each combination of the --vary lists (one without any), the first list
   * varying slowest; the varied parameters into varied.
   */
  private List<OrganizationParameters> variants(
      OrganizationParameters parameters,
      List<OrganizationParameter> varied,
      int policyCount,
      int runCount) {
    // the grid's size, checked before anything of it is built: combinations x policies cells
    long combinations = 1;
    for (String item : vary) {
      combinations *= keyValue("--vary", item)[1].split(",", -1).length;
      if (combinations * policyCount > Experiment.MAX_CELLS) {
        throw new PartnershipCli.UserInputException(
            "cells must be at most "
                + Experiment.MAX_CELLS
                + ", was more (the --vary grid times "
                + policyCount
                + " policies)");
      }
    }
    if (combinations * policyCount * runCount > Experiment.MAX_RUNS) {
      throw new PartnershipCli.UserInputException(
          "cells × runs must be at most "
              + Experiment.MAX_RUNS
              + ", was "
              + combinations * policyCount
              + " × "
              + runCount
              + " = "
              + combinations * policyCount * runCount
              + " (the --vary grid times "
              + policyCount
              + " policies)");
    }
    List<OrganizationParameters> variants = new ArrayList<>(List.of(parameters));
    combinations = 1;
    for (String item : vary) {
      String[] kv = keyValue("--vary", item);
      OrganizationParameter p =
          OrganizationParameter.of(kv[0])
              .orElseThrow(
                  () ->
                      new PartnershipCli.UserInputException(
                          "--vary: no model parameter is called \""
                              + kv[0]
                              + "\"; --list-parameters lists them"));
      if (varied.contains(p)) {
        throw new PartnershipCli.UserInputException("--vary names " + p.key() + " twice");
      }
      varied.add(p);
      String[] values = kv[1].split(",", -1);
      combinations *= values.length;
      if (combinations > Experiment.MAX_CELLS) {
        throw new PartnershipCli.UserInputException(
            "the --vary grid has more than " + Experiment.MAX_CELLS + " combinations");
      }
      List<OrganizationParameters> next = new ArrayList<>();
      for (OrganizationParameters variant : variants) {
        for (String v : values) {
          next.add(withParameter(variant, p.key(), number("--vary " + p.key(), v.trim())));
        }
      }
      variants = next;
    }
    return variants;
  }

  /** Every combination of a variant and a policy. */
  private List<OrganizationScenario> cells(
      List<StylePolicy> policies, List<OrganizationParameters> variants) {
    List<OrganizationScenario> cells = new ArrayList<>();
    try {
      for (OrganizationParameters variant : variants) {
        for (StylePolicy policy : policies) {
          cells.add(new OrganizationScenario(policy, people, periods, variant));
        }
      }
    } catch (IllegalArgumentException e) {
      throw new PartnershipCli.UserInputException(e.getMessage());
    }
    return cells;
  }

  /** Writes the experiment's files and charts into --out; returns their names. */
  private List<String> writeFiles(
      ExperimentResult<OrganizationScenario> result,
      List<Double> shareList,
      boolean comparing,
      String seriesParameter,
      List<OrganizationParameter> varied)
      throws IOException {
    Experiment<OrganizationScenario> experiment = result.experiment();
    String name = experiment.name();
    int runCount = experiment.runs();
    List<OrganizationScenario> cells = experiment.cells();
    String x = shareList.isEmpty() ? null : "partner_share";
    List<String> written = new ArrayList<>(List.of("runs.csv", "summary.csv", "metadata.json"));
    if (comparing) {
      ExperimentFiles.writeData(result, runs.out);
      List<String> labels = labels(cells, varied);
      Path chart = ExperimentFiles.inside(runs.out, name + ".png");
      ExperimentFiles.compare(
          result,
          chart,
          labels,
          List.of("performance", "commitment", "trust", "partnering_time_share"),
          "Outcomes by policy (" + runCount + " runs each, 95 % CI)",
          "mean over runs");
      written.add(chart.getFileName().toString());
      if (!varied.isEmpty()) {
        // a line per policy against the varied parameter
        List<String> policyLabels = new ArrayList<>();
        for (OrganizationScenario cell : cells) {
          policyLabels.add(cell.policy().toString());
        }
        String key = varied.get(0).key();
        for (String observation : List.of("performance", "trust", "on_time_rate")) {
          String file = name + "-" + observation + ".png";
          ExperimentFiles.linesByLabel(
              result,
              ExperimentFiles.inside(runs.out, file),
              key,
              policyLabels,
              observation,
              observation.replace('_', ' ')
                  + " against "
                  + key
                  + " ("
                  + runCount
                  + " runs per point, 95 % CI)",
              observation.replace('_', ' '));
          written.add(ExperimentFiles.fileName(file));
        }
      }
    } else {
      Path chart = ExperimentFiles.write(result, runs.out, x, seriesParameter);
      written.add(chart.getFileName().toString());
    }
    if (shareList.size() > 1) {
      List<ShareOptimum.Row> optimum = ShareOptimum.of(result, shareList, varied);
      String table = ShareOptimum.csv(optimum, varied);
      ExperimentFiles.atomically(
          runs.out.resolve("optimum.csv"),
          f -> Files.writeString(f, table, StandardCharsets.UTF_8));
      written.add("optimum.csv");
      written.addAll(ShareOptimum.heatMaps(optimum, varied, runs.out, name, runCount));
    }
    if (shareList.size() > 1 && varied.size() <= 1) {
      ExperimentFiles.chart(
          result,
          ExperimentFiles.inside(runs.out, name + "-outcomes.png"),
          x,
          seriesParameter,
          List.of("performance", "commitment", "trust", "partnering_time_share"),
          "Outcomes against the partnering share (" + runCount + " runs per point, 95 % CI)",
          "mean over runs");
      ExperimentFiles.chart(
          result,
          ExperimentFiles.inside(runs.out, name + "-time.png"),
          x,
          seriesParameter,
          List.of("leader_hours_per_decision", "team_hours_per_decision"),
          "Time use against the partnering share (" + runCount + " runs per point, 95 % CI)",
          "hours per decision");
      written.add(ExperimentFiles.fileName(name + "-outcomes.png"));
      written.add(ExperimentFiles.fileName(name + "-time.png"));
    }
    if (series) {
      ExperimentFiles.atomically(
          runs.out.resolve("series.csv"),
          p -> {
            try (BufferedWriter w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
              ExperimentFiles.series(result, w);
            }
          });
      written.add("series.csv");
      List<String> labels = labels(cells, varied);
      for (String value : List.of("performance", "trust", "commitment")) {
        String file = "series-" + value + ".png";
        ExperimentFiles.seriesChart(result, value, labels, "week", runs.out.resolve(file));
        written.add(file);
      }
    }
    return written;
  }

  private List<StylePolicy> policies(List<Double> shares) throws IOException {
    List<StylePolicy> policies = new ArrayList<>();
    if (!shares.isEmpty()) {
      if (!policy.isEmpty() && !policy.equals(List.of("fixed"))) {
        throw new PartnershipCli.UserInputException(
            "--partner-share and --sweep go with --policy fixed, not \""
                + String.join(",", policy)
                + "\"");
      }
      for (double share : shares) {
        try {
          policies.add(StylePolicy.fixedShare(share));
        } catch (IllegalArgumentException e) {
          throw new PartnershipCli.UserInputException("--partner-share: " + e.getMessage());
        }
      }
      return policies;
    }
    for (String chosen : policy.isEmpty() ? List.of("seed") : policy) {
      if (chosen.equals("fixed")) {
        throw new PartnershipCli.UserInputException(
            "--policy fixed needs --partner-share LIST or --sweep partner-share");
      }
      if (StylePolicy.NAMES.contains(chosen)) {
        policies.add(StylePolicy.named(chosen));
        continue;
      }
      Path file = Path.of(chosen);
      if (!Files.isRegularFile(file)) {
        throw new PartnershipCli.UserInputException(
            "--policy must be one of "
                + StylePolicy.NAMES
                + " or a policy file, was \""
                + chosen
                + "\" (no such file)");
      }
      policies.add(StylePolicy.rules(DocumentType.POLICY.read(file)));
    }
    return policies;
  }

  /** A label per cell: its policy, and the varied parameter's value. */
  private static List<String> labels(
      List<OrganizationScenario> cells, List<OrganizationParameter> varied) {
    List<String> labels = new ArrayList<>();
    for (OrganizationScenario cell : cells) {
      StringBuilder label = new StringBuilder(cell.policy().toString());
      for (OrganizationParameter p : varied) {
        label
            .append(", ")
            .append(p.key())
            .append(' ')
            .append(ParameterSpec.text(cell.parameters().get(p)));
      }
      labels.add(label.toString());
    }
    return labels;
  }

  private static OrganizationParameters withParameter(
      OrganizationParameters parameters, String key, double value) {
    try {
      return parameters.with(key, value);
    } catch (IllegalArgumentException e) {
      throw new PartnershipCli.UserInputException(e.getMessage());
    }
  }

  private static String[] keyValue(String option, String text) {
    int eq = text.indexOf('=');
    if (eq <= 0 || eq == text.length() - 1) {
      throw new PartnershipCli.UserInputException(
          option + " must look like NAME=VALUE, was \"" + text + "\"");
    }
    return new String[] {text.substring(0, eq).trim(), text.substring(eq + 1).trim()};
  }

  private static double number(String option, String text) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw new PartnershipCli.UserInputException(
          option + " must be a number, was \"" + text + "\"");
    }
  }

  private void writeLedger(Experiment<OrganizationScenario> experiment) throws IOException {
    OrganizationScenario first = experiment.cells().get(0);
    try (LedgerFiles files = LedgerFiles.csv(ledger)) {
      Organization organization = OrganizationSimulation.organization(first, experiment.seed(0, 0));
      ExperimentFiles.atomically(
          ledger.resolve("organization.json"),
          p -> DocumentType.ORGANIZATION.write(organization, p));
      OrganizationSimulation.run(
          first,
          experiment.seed(0, 0),
          r -> {
            try {
              files.write(r);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      files.commit();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void text(
      PrintWriter out, ExperimentResult<OrganizationScenario> result, String series) {
    Experiment<OrganizationScenario> e = result.experiment();
    out.printf(
        Locale.ROOT,
        "%s %s: %d cells x %d runs of %d people for %d periods in %.2f s on %d threads%n",
        e.model().id(),
        e.name(),
        e.cells().size(),
        e.runs(),
        e.cells().get(0).people(),
        e.cells().get(0).periods(),
        result.wallNanos() / 1e9,
        result.threads());
    int width = 17;
    for (OrganizationScenario cell : e.cells()) {
      width = Math.max(width, cell.policy().toString().length());
    }
    out.println(
        String.format(Locale.ROOT, "%-" + (width + 1) + "s", "policy")
            + (series == null ? "" : String.format(Locale.ROOT, "%-12s", series))
            + "  performance (95% CI)   commitment  trust  h/decision  partnering time  on time");
    for (int c = 0; c < e.cells().size(); c++) {
      OrganizationScenario s = e.cells().get(c);
      Summary performance = result.summary(c, "performance");
      out.printf(
          Locale.ROOT,
          "%-" + width + "s %s %.3f %-17s  %.3f       %.3f  %6.2f      %.3f            %.3f%n",
          s.policy(),
          series == null
              ? ""
              : String.format(
                  Locale.ROOT,
                  "%-12s ",
                  ParameterSpec.text(
                      s.parameters().get(OrganizationParameter.of(series).orElseThrow()))),
          performance.mean(),
          performance.halfWidth().isPresent()
              ? String.format(
                  Locale.ROOT, "(%.3f – %.3f)", performance.ciLow(), performance.ciHigh())
              : "(one run: no CI)",
          result.summary(c, "commitment").mean(),
          result.summary(c, "trust").mean(),
          result.summary(c, "leader_hours_per_decision").mean(),
          result.summary(c, "partnering_time_share").mean(),
          result.summary(c, "on_time_rate").mean());
    }
  }
}
