package org.partnership.simulation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Runs an experiment on a number of threads. Runs are handed out in chunks; each result lands in
 * its (cell, run) slot and series are summed in run order, so the result is identical on any number
 * of threads.
 */
public final class ExperimentRunner {

  /**
   * The most runs a thread takes at a time; small experiments take fewer, so every thread works.
   */
  private static final int MAX_CHUNK = 64;

  private ExperimentRunner() {}

  /**
   * Runs every run of every cell, without series.
   *
   * @param threads the threads, at least 1
   * @param progress told how many runs just finished (from worker threads); may be a no-op
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if threads is below 1
   * @throws IllegalStateException if a run fails (its cell, run and seed named)
   */
  public static <P> ExperimentResult<P> run(
      Experiment<P> experiment, int threads, LongConsumer progress) throws InterruptedException {
    return run(experiment, threads, progress, false);
  }

  /**
   * Runs every run of every cell and, when asked, collects the model's per-period series in the
   * same pass ({@link ExperimentResult#series()}).
   *
   * @param threads the threads, at least 1
   * @param progress told how many runs just finished (from worker threads); may be a no-op
   * @param series whether to collect the series of {@link Model#seriesNames()}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if threads is below 1
   * @throws IllegalStateException if a run fails (its cell, run and seed named)
   */
  public static <P> ExperimentResult<P> run(
      Experiment<P> experiment, int threads, LongConsumer progress, boolean series)
      throws InterruptedException {
    requireNonNull(experiment, "experiment");
    requireNonNull(progress, "progress");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    int cells = experiment.cells().size();
    int runs = experiment.runs();
    Observation[][] observations = new Observation[cells][runs];
    List<String> seriesNames = experiment.model().seriesNames();
    SeriesAccumulator[] accumulators = new SeriesAccumulator[series ? cells : 0];
    for (int c = 0; c < accumulators.length; c++) {
      accumulators[c] = new SeriesAccumulator(c, seriesNames, runs);
    }
    long start = System.nanoTime();
    execute(experiment, 0, experiment.totalRuns(), threads, progress, observations, accumulators);
    long wall = System.nanoTime() - start;
    List<CellSeries> cellSeries = new ArrayList<>();
    for (SeriesAccumulator a : accumulators) {
      cellSeries.add(a.result());
    }
    return ExperimentResult.of(experiment, observations, cellSeries, threads, wall);
  }

  /**
   * Runs one shard of an experiment: its runs only, each with its own seed, without series.
   *
   * @param threads the threads, at least 1
   * @param progress told how many runs just finished (from worker threads); may be a no-op
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if threads is below 1
   * @throws IllegalStateException if a run fails (its cell, run and seed named)
   */
  public static <P> ExperimentShard<P> runShard(
      Experiment<P> experiment, Shard shard, int threads, LongConsumer progress)
      throws InterruptedException {
    requireNonNull(experiment, "experiment");
    requireNonNull(shard, "shard");
    requireNonNull(progress, "progress");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    Observation[][] observations = new Observation[experiment.cells().size()][experiment.runs()];
    long from = shard.from(experiment.totalRuns());
    long to = shard.to(experiment.totalRuns());
    long start = System.nanoTime();
    execute(experiment, from, to, threads, progress, observations, new SeriesAccumulator[0]);
    return new ExperimentShard<>(
        experiment, shard, observations, threads, System.nanoTime() - start);
  }

  /**
   * Runs the runs numbered [from, to) (cell by cell, run by run) into their slots, in chunks over
   * the threads; series into the accumulators when there are any.
   */
  private static <P> void execute(
      Experiment<P> experiment,
      long first,
      long total,
      int threads,
      LongConsumer progress,
      Observation[][] observations,
      SeriesAccumulator[] accumulators)
      throws InterruptedException {
    boolean series = accumulators.length > 0;
    int runs = experiment.runs();
    List<String> seriesNames = experiment.model().seriesNames();
    long count = total - first;
    int chunk = (int) Math.max(1, Math.min(MAX_CHUNK, count / (4L * threads)));
    AtomicLong next = new AtomicLong(first);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  long from;
                  while ((from = next.getAndAdd(chunk)) < total) {
                    long to = Math.min(total, from + chunk);
                    for (long i = from; i < to; i++) {
                      int cell = (int) (i / runs);
                      int run = (int) (i % runs);
                      long seed = experiment.seed(cell, run);
                      try {
                        P parameters = experiment.cells().get(cell);
                        if (series) {
                          SeriesAccumulator.RunSeries s =
                              new SeriesAccumulator.RunSeries(seriesNames.size());
                          observations[cell][run] = experiment.model().run(parameters, seed, s);
                          accumulators[cell].offer(run, s);
                        } else {
                          observations[cell][run] = experiment.model().run(parameters, seed);
                        }
                      } catch (RuntimeException e) {
                        throw new IllegalStateException(
                            "run " + run + " of cell " + cell + " (seed " + seed + ") failed: " + e,
                            e);
                      }
                    }
                    progress.accept(to - from);
                  }
                  return null;
                }));
      }
      for (Future<?> w : workers) {
        try {
          w.get();
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          throw cause instanceof RuntimeException
              ? (RuntimeException) cause
              : new IllegalStateException(cause);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
