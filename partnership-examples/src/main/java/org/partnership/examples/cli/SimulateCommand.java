package org.partnership.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.partnership.simulation.Experiment;
import org.partnership.simulation.ExperimentResult;
import org.partnership.simulation.ExperimentRunner;
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
    subcommands = {MarchCommand.class, OrganizationCommand.class, CommandLine.HelpCommand.class})
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

    /** Runs an experiment, with a progress bar on an interactive terminal unless --quiet. */
    <P> ExperimentResult<P> run(Experiment<P> experiment) throws InterruptedException {
      return run(experiment, false);
    }

    /** Runs an experiment, collecting its series when asked. */
    <P> ExperimentResult<P> run(Experiment<P> experiment, boolean series)
        throws InterruptedException {
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
  }
}
