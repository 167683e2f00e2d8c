package org.partnership.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.partnership.simulation.Experiment;
import org.partnership.simulation.ExperimentFiles;
import org.partnership.simulation.ExperimentResult;
import org.partnership.simulation.ExperimentRunner;
import org.partnership.simulation.ExperimentShard;
import org.partnership.simulation.Shard;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code partnership simulate}: simulations for research. */
@Command(
    name = "simulate",
    header = "Runs a simulation experiment: a grid of parameters, runs per cell, a seed.",
    mixinStandardHelpOptions = true,
    description = "Runs a simulation experiment: a parameter grid, runs per cell, a base seed.",
    subcommands = {
      MarchCommand.class,
      OrganizationCommand.class,
      MergeCommand.class,
      CommandLine.HelpCommand.class
    })
final class SimulateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "give a model: march1991 or organization");
  }

  /** The most threads an experiment may use: four per core, at most 256. */
  static final int MAX_THREADS = Math.min(256, 4 * Runtime.getRuntime().availableProcessors());

  /** The options every experiment shares. */
  static final class Runs {
    @Option(
        names = "--runs",
        paramLabel = "N",
        description = "Runs per cell (default: 80 for march1991, as in the paper; 20 otherwise).")
    Integer runs;

    @Option(
        names = "--seed",
        paramLabel = "S",
        description = "Base seed (default: ${DEFAULT-VALUE}).")
    long seed = 1991;

    @Option(
        names = "--threads",
        paramLabel = "T",
        description = "Threads (default: the number of cores). Results do not depend on it.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(
        names = "--format",
        paramLabel = "FORMAT",
        description =
            "text or csv, for the summary on standard output (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.text;

    @Option(
        names = "--out",
        paramLabel = "DIR",
        description = "Write runs.csv, summary.csv, metadata.json and a PNG chart here.")
    Path out;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(
        names = "--shard",
        paramLabel = "K/N",
        description =
            "Run only part K of N of the experiment's runs, each with its own seed, and write"
                + " shard.csv and shard.properties to --out (for job arrays: SLURM, PBS);"
                + " 'simulate merge' combines the parts into the files an unsharded run writes.")
    String shard;

    /** Set by {@code simulate merge}: the shards to read instead of running. */
    @Option(names = "--from-shards", paramLabel = "DIR", hidden = true)
    List<Path> fromShards = new ArrayList<>();

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** Options a shard does not record: the merge sets its own output and threads. */
    static final Set<String> NOT_RECORDED =
        Set.of("--out", "--threads", "--quiet", "--format", "--shard", "--from-shards");

    /** Whether this invocation runs a shard: it writes the shard and nothing else. */
    boolean sharded() {
      return shard != null;
    }

    /** Checks the shared options; returns the runs per cell. */
    int check(int defaultRuns) {
      int n = runs == null ? defaultRuns : runs;
      if (n < 1 || n > Experiment.MAX_RUNS) {
        throw new PartnershipCli.UserInputException(
            "--runs must be in [1, " + Experiment.MAX_RUNS + "], was " + n);
      }
      if (threads < 1 || threads > MAX_THREADS) {
        throw new PartnershipCli.UserInputException(
            "--threads must be in [1, "
                + MAX_THREADS
                + "] (four per core, at most 256), was "
                + threads);
      }
      if (format == OutputFormat.json) {
        throw new PartnershipCli.UserInputException(
            "--format must be text or csv for a simulation, was json");
      }
      return n;
    }

    /**
     * Runs an experiment, collecting its series when asked; with {@code --shard}, runs its part,
     * writes the shard and returns null (the command then stops); with the merge's {@code
     * --from-shards}, reads the shards instead of running.
     */
    <P> ExperimentResult<P> run(Experiment<P> experiment, boolean series)
        throws InterruptedException, IOException {
      if (!fromShards.isEmpty()) {
        return ExperimentFiles.mergeShards(experiment, fromShards);
      }
      if (shard != null) {
        runShard(experiment, series);
        return null;
      }
      boolean bar = !quiet && System.console() != null;
      if (!bar) {
        return ExperimentRunner.run(experiment, threads, n -> {}, series);
      }
      try (ProgressBar progress =
          new ProgressBarBuilder()
              .setTaskName(experiment.model().id() + " " + experiment.name())
              .setInitialMax(experiment.totalRuns())
              .setConsumer(new ConsoleProgressBarConsumer(System.err))
              .setUnit(" runs", 1)
              .showSpeed()
              .setUpdateIntervalMillis(250)
              .build()) {
        LongConsumer step = progress::stepBy;
        return ExperimentRunner.run(experiment, threads, step, series);
      }
    }

    private <P> void runShard(Experiment<P> experiment, boolean series)
        throws InterruptedException, IOException {
      Shard part;
      try {
        part = Shard.parse(shard);
      } catch (IllegalArgumentException e) {
        throw new PartnershipCli.UserInputException("--shard: " + e.getMessage());
      }
      if (out == null) {
        throw new PartnershipCli.UserInputException(
            "--shard needs --out: a directory for the shard's files");
      }
      if (series) {
        throw new PartnershipCli.UserInputException(
            "--shard cannot go with --series: series are summed over all runs of a cell");
      }
      try {
        ExperimentFiles.checkShardArguments(recordedArguments());
      } catch (IllegalArgumentException e) {
        throw new PartnershipCli.UserInputException("--shard: " + e.getMessage());
      }
      ExperimentShard<P> result = ExperimentRunner.runShard(experiment, part, threads, n -> {});
      try {
        ExperimentFiles.writeShard(result, out, recordedArguments());
      } catch (IOException e) {
        throw PartnershipCli.output(out, e);
      }
      PrintWriter text = mixee.commandLine().getOut();
      text.printf(
          java.util.Locale.ROOT,
          "wrote shard %s (runs %d to %d of %d) in %.2f s to %s; combine the shards with"
              + " 'simulate merge DIR...'%n",
          part,
          result.from(),
          result.to() - 1,
          experiment.totalRuns(),
          result.wallNanos() / 1e9,
          out);
      text.flush();
    }

    /**
     * The arguments of this simulate command from the model's name on, without the options a shard
     * does not record ({@link #NOT_RECORDED}) and their values.
     */
    private List<String> recordedArguments() {
      List<String> all = mixee.commandLine().getParseResult().originalArgs();
      int start = all.indexOf(mixee.name());
      List<String> kept = new ArrayList<>();
      kept.add(mixee.name());
      for (int i = start + 1; i < all.size(); i++) {
        String a = all.get(i);
        String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
        if (NOT_RECORDED.contains(name)) {
          boolean flag = name.equals("--quiet");
          if (!flag && !a.contains("=")) {
            i++; // its value
          }
          continue;
        }
        kept.add(a);
      }
      return kept;
    }
  }
}
