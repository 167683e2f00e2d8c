package org.partnership.metrics;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Where a {@link PortableMetricCalculator} writes an accumulator's state: counts and sums as plain
 * numbers and strings, never the context they were measured against. The bytes are big-endian and
 * the same on every JVM, so a state saved on one machine restores on another.
 *
 * <p>Not thread-safe: one writer belongs to one save.
 */
public final class StateWriter {

  private byte[] bytes = new byte[64];
  private int size;

  /** An empty writer. */
  public StateWriter() {}

  private void ensure(int more) {
    if (size + more > bytes.length) {
      int capacity = Math.max(size + more, bytes.length * 2);
      if (capacity < 0) {
        throw new IllegalStateException("a state cannot exceed 2 GiB");
      }
      bytes = Arrays.copyOf(bytes, capacity);
    }
  }

  /** Writes a long. */
  public StateWriter writeLong(long value) {
    ensure(8);
    for (int shift = 56; shift >= 0; shift -= 8) {
      bytes[size++] = (byte) (value >>> shift);
    }
    return this;
  }

  /** Writes an int. */
  public StateWriter writeInt(int value) {
    ensure(4);
    for (int shift = 24; shift >= 0; shift -= 8) {
      bytes[size++] = (byte) (value >>> shift);
    }
    return this;
  }

  /** Writes a double, bit for bit (NaN and the sign of zero included). */
  public StateWriter writeDouble(double value) {
    return writeLong(Double.doubleToRawLongBits(value));
  }

  /** Writes a boolean. */
  public StateWriter writeBoolean(boolean value) {
    ensure(1);
    bytes[size++] = (byte) (value ? 1 : 0);
    return this;
  }

  /**
   * Writes a string as UTF-8 with its length.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public StateWriter writeString(String value) {
    byte[] utf8 = requireNonNull(value, "value").getBytes(StandardCharsets.UTF_8);
    writeBytes(utf8);
    return this;
  }

  /**
   * Writes bytes with their length.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public StateWriter writeBytes(byte[] value) {
    requireNonNull(value, "value");
    writeInt(value.length);
    ensure(value.length);
    System.arraycopy(value, 0, bytes, size, value.length);
    size += value.length;
    return this;
  }

  /**
   * Writes longs with their count; {@link StateReader#readLongs(long[])} reads them back into an
   * array of the same length.
   *
   * @throws NullPointerException if {@code values} is null
   */
  public StateWriter writeLongs(long[] values) {
    requireNonNull(values, "values");
    writeInt(values.length);
    for (long v : values) {
      writeLong(v);
    }
    return this;
  }

  /** A copy of the bytes written so far. */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }
}
