package org.partnership.spark;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.SparkSession;
import org.partnership.simulation.Experiment;
import org.partnership.simulation.ExperimentResult;
import org.partnership.simulation.ExperimentRunner;
import org.partnership.simulation.ExperimentShard;
import org.partnership.simulation.Observation;
import org.partnership.simulation.Shard;

/**
 * An experiment's runs as a Spark job: the runs are cut into slices ({@link Shard}s, contiguous in
 * run order), each slice a task that builds the {@link Sweep}'s experiment on its executor and runs
 * its runs with their own seeds; the driver collects every observation and summarizes. The result —
 * and so {@code runs.csv} and {@code summary.csv} — equals a local run of the same experiment on
 * any number of slices and executors (tested); only the threads and wall time differ.
 *
 * <p>Thread-safe: stateless.
 */
public final class SparkSweep {

  private SparkSweep() {}

  /** One run's observation, as it travels back to the driver. */
  private record RunRow(long index, double[] values, int periods, boolean capped)
      implements Serializable {}

  /**
   * Runs a sweep.
   *
   * @param slices the tasks to cut the runs into (more than the cores keeps them busy when runs
   *     take unequal time); at most the number of runs are used
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the sweep is invalid (the model, a parameter, the grid) or
   *     slices is below 1
   */
  public static ExperimentResult<?> run(SparkSession spark, Sweep sweep, int slices) {
    requireNonNull(spark, "spark");
    requireNonNull(sweep, "sweep");
    if (slices < 1) {
      throw new IllegalArgumentException("slices must be at least 1, was " + slices);
    }
    Experiment<?> experiment = sweep.experiment(); // checked on the driver first
    int n = (int) Math.min(Math.min(slices, experiment.totalRuns()), Shard.MAX_COUNT);
    List<Integer> indexes = new ArrayList<>(n);
    for (int k = 1; k <= n; k++) {
      indexes.add(k);
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    long start = System.nanoTime();
    List<RunRow> rows =
        new ArrayList<>(
            jsc.parallelize(indexes, n)
                .flatMap((FlatMapFunction<Integer, RunRow>) k -> slice(sweep, k, n))
                .collect());
    long wall = System.nanoTime() - start;
    rows.sort(Comparator.comparingLong(RunRow::index));
    if (rows.size() != experiment.totalRuns()) {
      throw new IllegalStateException(
          "the job returned " + rows.size() + " runs of " + experiment.totalRuns());
    }
    List<Observation> observations = new ArrayList<>(rows.size());
    for (RunRow r : rows) {
      observations.add(new Observation(r.values(), r.periods(), r.capped()));
    }
    return result(experiment, observations, spark.sparkContext().defaultParallelism(), wall);
  }

  private static <P> ExperimentResult<P> result(
      Experiment<P> experiment, List<Observation> observations, int threads, long wall) {
    return ExperimentResult.of(experiment, observations, Math.max(1, threads), wall);
  }

  /** Runs slice k of n on this executor, one thread (the executor's cores run other slices). */
  private static Iterator<RunRow> slice(Sweep sweep, int k, int n) throws InterruptedException {
    ExperimentShard<?> shard =
        ExperimentRunner.runShard(sweep.experiment(), new Shard(k, n), 1, done -> {});
    List<RunRow> rows = new ArrayList<>((int) (shard.to() - shard.from()));
    for (long i = shard.from(); i < shard.to(); i++) {
      Observation o = shard.observation(i);
      rows.add(new RunRow(i, o.values(), o.periods(), o.capped()));
    }
    return rows.iterator();
  }
}
