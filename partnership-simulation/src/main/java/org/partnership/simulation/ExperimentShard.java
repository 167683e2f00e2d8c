package org.partnership.simulation;

import static java.util.Objects.requireNonNull;

/**
 * The runs of one {@link Shard} of an experiment: {@link ExperimentFiles#writeShard} writes them,
 * {@link ExperimentFiles#mergeShards} puts the shards of an experiment back together into the
 * {@link ExperimentResult} an unsharded run gives.
 *
 * <p>Immutable and thread-safe: accessors hand out nothing mutable.
 *
 * @param <P> the model's parameters
 */
public final class ExperimentShard<P> {

  private final Experiment<P> experiment;
  private final Shard shard;
  private final Observation[][] observations;
  private final int threads;
  private final long wallNanos;

  ExperimentShard(
      Experiment<P> experiment,
      Shard shard,
      Observation[][] observations,
      int threads,
      long wallNanos) {
    this.experiment = requireNonNull(experiment, "experiment");
    this.shard = requireNonNull(shard, "shard");
    this.observations = requireNonNull(observations, "observations");
    this.threads = threads;
    this.wallNanos = wallNanos;
  }

  /** The experiment the shard belongs to. */
  public Experiment<P> experiment() {
    return experiment;
  }

  /** Which shard. */
  public Shard shard() {
    return shard;
  }

  /** The first run of the shard (runs are numbered cell by cell, run by run). */
  public long from() {
    return shard.from(experiment.totalRuns());
  }

  /** One past the last run of the shard. */
  public long to() {
    return shard.to(experiment.totalRuns());
  }

  /**
   * The observation of run {@code i} of the experiment.
   *
   * @throws IndexOutOfBoundsException if the run is not in [{@link #from()}, {@link #to()})
   */
  public Observation observation(long i) {
    if (i < from() || i >= to()) {
      throw new IndexOutOfBoundsException(
          "run " + i + " is not in shard " + shard + " [" + from() + ", " + to() + ")");
    }
    return observations[(int) (i / experiment.runs())][(int) (i % experiment.runs())];
  }

  /** The threads used. */
  public int threads() {
    return threads;
  }

  /** The wall time of the shard's runs, in nanoseconds. */
  public long wallNanos() {
    return wallNanos;
  }
}
