package org.partnership.metrics;

import java.time.Duration;

/**
 * Exact sums of durations per index, as whole seconds and nanoseconds kept apart, so that even a
 * ledger of many millions of long entries cannot overflow (a long of nanoseconds overflows at 292
 * years). Sums of integers: the same whatever the order of adding and merging. Not thread-safe.
 */
final class TimeSums {

  private final long[] seconds;
  private final long[] nanos;

  TimeSums(int size) {
    seconds = new long[size];
    nanos = new long[size];
  }

  void add(int i, Duration d) {
    seconds[i] = Stats.plus(seconds[i], d.getSeconds());
    nanos[i] = Stats.plus(nanos[i], d.getNano());
  }

  void add(TimeSums other) {
    for (int i = 0; i < seconds.length; i++) {
      seconds[i] = Stats.plus(seconds[i], other.seconds[i]);
      nanos[i] = Stats.plus(nanos[i], other.nanos[i]);
    }
  }

  void write(StateWriter out) {
    out.writeLongs(seconds);
    out.writeLongs(nanos);
  }

  void read(StateReader in) {
    in.readCounters(seconds);
    in.readCounters(nanos);
  }

  boolean isZero(int i) {
    return seconds[i] == 0 && nanos[i] == 0;
  }

  /** Whole seconds of index i, carried from its nanoseconds. */
  long wholeSeconds(int i) {
    return seconds[i] + nanos[i] / 1_000_000_000L;
  }

  /** The nanoseconds of index i beyond {@link #wholeSeconds(int)}. */
  long remainingNanos(int i) {
    return nanos[i] % 1_000_000_000L;
  }

  /** Index i in seconds, as a double. */
  double inSeconds(int i) {
    return wholeSeconds(i) + remainingNanos(i) / 1e9;
  }

  /** A running total of several indexes: whole seconds and nanoseconds. */
  static final class Total {
    long seconds;
    long nanos;

    void add(TimeSums sums, int i) {
      seconds += sums.wholeSeconds(i);
      nanos += sums.remainingNanos(i);
      if (nanos >= 1_000_000_000L) {
        seconds++;
        nanos -= 1_000_000_000L;
      }
    }

    boolean isZero() {
      return seconds == 0 && nanos == 0;
    }

    double inSeconds() {
      return seconds + nanos / 1e9;
    }

    double inHours() {
      return inSeconds() / 3600;
    }
  }
}
