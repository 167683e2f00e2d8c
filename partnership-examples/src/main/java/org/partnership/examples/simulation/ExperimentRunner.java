package org.partnership.examples.simulation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.function.LongConsumer;

/**
 * Runs an experiment on a number of threads. Runs are handed out in chunks; each result lands in
 * its (cell, run) slot, so the result is identical on any number of threads.
 */
public final class ExperimentRunner {

  private static final int CHUNK = 64;

  private ExperimentRunner() {}

  /**
   * Runs every run of every cell.
   *
   * @param threads the threads, at least 1
   * @param progress told how many runs just finished (from worker threads); may be a no-op
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if threads is below 1
   * @throws IllegalStateException if a run fails (its cell, run and seed named)
   */
  public static <P> ExperimentResult<P> run(
      Experiment<P> experiment, int threads, LongConsumer progress) throws InterruptedException {
    requireNonNull(experiment, "experiment");
    requireNonNull(progress, "progress");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    int cells = experiment.cells().size();
    int runs = experiment.runs();
    Observation[][] observations = new Observation[cells][runs];
    long total = experiment.totalRuns();
    AtomicLong next = new AtomicLong();
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(
            pool.submit(
                () -> {
                  long from;
                  while ((from = next.getAndAdd(CHUNK)) < total) {
                    long to = Math.min(total, from + CHUNK);
                    for (long i = from; i < to; i++) {
                      int cell = (int) (i / runs);
                      int run = (int) (i % runs);
                      long seed = experiment.seed(cell, run);
                      try {
                        observations[cell][run] =
                            experiment.model().run(experiment.cells().get(cell), seed);
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
    long wall = System.nanoTime() - start;
    int observationCount = experiment.model().observationNames().size();
    Summary[][] summaries = new Summary[cells][observationCount];
    int[] capped = new int[cells];
    double[] values = new double[runs];
    for (int c = 0; c < cells; c++) {
      for (int o = 0; o < observationCount; o++) {
        for (int r = 0; r < runs; r++) {
          values[r] = observations[c][r].value(o);
        }
        summaries[c][o] = Summary.of(values);
      }
      for (int r = 0; r < runs; r++) {
        capped[c] += observations[c][r].capped() ? 1 : 0;
      }
    }
    return new ExperimentResult<>(experiment, observations, summaries, capped, threads, wall);
  }

  /**
   * Computes one value per cell, cells spread over threads; the values come back in cell order, so
   * the result does not depend on the threads when each value does not.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if threads is below 1
   * @throws IllegalStateException if computing a cell fails (its cause attached)
   */
  public static <P, T> List<T> eachCell(
      Experiment<P> experiment, int threads, IntFunction<T> perCell) throws InterruptedException {
    requireNonNull(experiment, "experiment");
    requireNonNull(perCell, "perCell");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<T>> cells = new ArrayList<>();
      for (int c = 0; c < experiment.cells().size(); c++) {
        int cell = c;
        cells.add(pool.submit(() -> perCell.apply(cell)));
      }
      List<T> result = new ArrayList<>();
      for (Future<T> f : cells) {
        try {
          result.add(f.get());
        } catch (ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
      }
      return result;
    } finally {
      pool.shutdownNow();
    }
  }
}
