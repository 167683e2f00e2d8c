package org.partnership.metrics;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a {@link PortableMetricCalculator} reads a saved state back, in the order it was written.
 * Every read is bounded by the bytes left: a truncated or altered state is an {@link
 * IllegalArgumentException} naming the metric and the position, never an out-of-memory error or a
 * wrong value silently taken.
 *
 * <p>Not thread-safe: one reader belongs to one restore.
 */
public final class StateReader {

  private final byte[] bytes;
  private final int end;
  private int position;
  private final String what;

  /**
   * A reader of the bytes a {@link StateWriter} wrote; {@code what} names the state in messages,
   * e.g. {@code state of metric acme.meeting-load}.
   *
   * @throws NullPointerException if an argument is null
   */
  public StateReader(byte[] bytes, String what) {
    this(bytes, 0, requireNonNull(bytes, "bytes").length, what);
  }

  StateReader(byte[] bytes, int from, int to, String what) {
    this.bytes = requireNonNull(bytes, "bytes");
    requireNonNull(what, "what");
    this.position = from;
    this.end = to;
    this.what = what;
  }

  /** An error naming the state, the problem and the position. */
  IllegalArgumentException invalid(String problem) {
    return bad(requireNonNull(problem, "problem"));
  }

  private IllegalArgumentException bad(String problem) {
    return new IllegalArgumentException(what + ": " + problem + " (at byte " + position + ")");
  }

  private void need(long count) {
    if (count > end - position) {
      throw bad(
          "the state ends early: " + count + " more bytes needed, " + (end - position) + " left");
    }
  }

  /** Reads a long. */
  public long readLong() {
    need(8);
    long v = 0;
    for (int i = 0; i < 8; i++) {
      v = v << 8 | (bytes[position++] & 0xFF);
    }
    return v;
  }

  /**
   * Reads a counter: a long that must not be negative.
   *
   * @throws IllegalArgumentException if it is negative
   */
  public long readCounter() {
    long v = readLong();
    if (v < 0) {
      throw bad("a count must not be negative, was " + v);
    }
    return v;
  }

  /**
   * Reads counters written with {@link StateWriter#writeLongs(long[])} into an array of the same
   * length; none may be negative.
   *
   * @throws NullPointerException if {@code into} is null
   * @throws IllegalArgumentException if the state holds another number of values or a negative one
   */
  public void readCounters(long[] into) {
    readLongs(into);
    for (long v : into) {
      if (v < 0) {
        throw bad("a count must not be negative, was " + v);
      }
    }
  }

  /** Reads an int. */
  public int readInt() {
    need(4);
    int v = 0;
    for (int i = 0; i < 4; i++) {
      v = v << 8 | (bytes[position++] & 0xFF);
    }
    return v;
  }

  /** Reads a double. */
  public double readDouble() {
    return Double.longBitsToDouble(readLong());
  }

  /**
   * Reads a boolean.
   *
   * @throws IllegalArgumentException if the byte is neither 0 nor 1
   */
  public boolean readBoolean() {
    need(1);
    byte b = bytes[position++];
    if (b != 0 && b != 1) {
      throw bad("a boolean must be 0 or 1, was " + b);
    }
    return b == 1;
  }

  /**
   * Reads a count written with {@link StateWriter#writeInt(int)}: at least 0 and at most {@code
   * max}.
   *
   * @throws IllegalArgumentException if it is negative or above {@code max}
   */
  public int readCount(int max) {
    int n = readInt();
    if (n < 0 || n > max) {
      throw bad("a count must be in [0, " + max + "], was " + n);
    }
    return n;
  }

  /** Reads bytes written with {@link StateWriter#writeBytes(byte[])}. */
  public byte[] readBytes() {
    int n = readInt();
    if (n < 0) {
      throw bad("a length must not be negative, was " + n);
    }
    need(n);
    byte[] v = Arrays.copyOfRange(bytes, position, position + n);
    position += n;
    return v;
  }

  /** Reads a string written with {@link StateWriter#writeString(String)}. */
  public String readString() {
    return new String(readBytes(), StandardCharsets.UTF_8);
  }

  /**
   * Reads longs written with {@link StateWriter#writeLongs(long[])} into an array of the same
   * length — typically one value per person of the context.
   *
   * @throws NullPointerException if {@code into} is null
   * @throws IllegalArgumentException if the state holds another number of values
   */
  public void readLongs(long[] into) {
    requireNonNull(into, "into");
    int n = readInt();
    if (n != into.length) {
      throw bad("the state has " + n + " values where this context has " + into.length);
    }
    need(8L * n);
    for (int i = 0; i < n; i++) {
      into[i] = readLong();
    }
  }

  /** How many bytes are left to read: 0 when a restore read everything a save wrote. */
  public int remaining() {
    return end - position;
  }

  /** Throws unless every byte was read: a state with more in it than was restored is refused. */
  void expectEnd() {
    if (position != end) {
      throw bad((end - position) + " bytes left over after the state");
    }
  }
}
