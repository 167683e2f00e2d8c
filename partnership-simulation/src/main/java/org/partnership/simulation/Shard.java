package org.partnership.simulation;

/**
 * One part of an experiment's runs, for spreading a sweep over the jobs of a job array (SLURM, PBS)
 * or the executors of a cluster: shard {@code index} of {@code count} takes the runs numbered
 * {@code from(total)} to {@code to(total) - 1} in the order cell by cell, run by run. The shards of
 * a count cover every run exactly once, and each run keeps its seed ({@link Experiment#seed}), so
 * the merged shards equal the unsharded experiment to the last digit.
 *
 * @param index the shard, from 1
 * @param count the shards, at least 1
 */
public record Shard(int index, int count) {

  /** The most shards an experiment may be split into. */
  public static final int MAX_COUNT = 100_000;

  /**
   * Validates the shard.
   *
   * @throws IllegalArgumentException if count is not in [1, {@link #MAX_COUNT}] or index not in [1,
   *     count]
   */
  public Shard {
    if (count < 1 || count > MAX_COUNT) {
      throw new IllegalArgumentException("shards must be in [1, " + MAX_COUNT + "], was " + count);
    }
    if (index < 1 || index > count) {
      throw new IllegalArgumentException("the shard must be in [1, " + count + "], was " + index);
    }
  }

  /**
   * A shard written as {@code K/N}, e.g. {@code 3/8}.
   *
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if it is not K/N with 1 ≤ K ≤ N ≤ {@link #MAX_COUNT}
   */
  public static Shard parse(String text) {
    String[] parts = java.util.Objects.requireNonNull(text, "text").split("/", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("a shard is K/N, e.g. 3/8, was \"" + text + "\"");
    }
    try {
      return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("a shard is K/N, e.g. 3/8, was \"" + text + "\"", e);
    }
  }

  /**
   * The first run of this shard among {@code total}: ⌊total × (index − 1) / count⌋, exact for any
   * total.
   *
   * @throws IllegalArgumentException if total is negative
   */
  public long from(long total) {
    return boundary(total, index - 1);
  }

  /**
   * One past the last run of this shard among {@code total}: ⌊total × index / count⌋.
   *
   * @throws IllegalArgumentException if total is negative
   */
  public long to(long total) {
    return boundary(total, index);
  }

  private long boundary(long total, long k) {
    if (total < 0) {
      throw new IllegalArgumentException("total must not be negative, was " + total);
    }
    return total / count * k + total % count * k / count;
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}
