package org.partnership.metrics;

import java.util.Arrays;

/**
 * A set of longs by open addressing, for the pairs of people the network metrics count: no boxing
 * and no node per element. {@link Long#MIN_VALUE} marks a free slot, so it cannot be an element
 * (pairs of non-negative indexes never are). Not thread-safe.
 */
final class LongSet {

  private static final long FREE = Long.MIN_VALUE;

  private long[] slots = newSlots(16);
  private int size;

  private static long[] newSlots(int n) {
    long[] s = new long[n];
    Arrays.fill(s, FREE);
    return s;
  }

  private static int slot(long value, int mask) {
    long h = value * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  int size() {
    return size;
  }

  boolean contains(long value) {
    int mask = slots.length - 1;
    int i = slot(value, mask);
    long v;
    while ((v = slots[i]) != FREE) {
      if (v == value) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  /** Adds a value; true when it was not there yet. */
  boolean add(long value) {
    int mask = slots.length - 1;
    int i = slot(value, mask);
    long v;
    while ((v = slots[i]) != FREE) {
      if (v == value) {
        return false;
      }
      i = (i + 1) & mask;
    }
    slots[i] = value;
    if (++size * 2 > slots.length) {
      grow();
    }
    return true;
  }

  void addAll(LongSet other) {
    for (long v : other.slots) {
      if (v != FREE) {
        add(v);
      }
    }
  }

  /** Calls the action for each element, in no particular order. */
  void forEach(java.util.function.LongConsumer action) {
    for (long v : slots) {
      if (v != FREE) {
        action.accept(v);
      }
    }
  }

  /** Writes the count and the elements in ascending order (the same bytes for the same set). */
  void write(StateWriter out) {
    long[] values = new long[size];
    int n = 0;
    for (long v : slots) {
      if (v != FREE) {
        values[n++] = v;
      }
    }
    java.util.Arrays.sort(values);
    out.writeLongs(values);
  }

  /** Adds what {@link #write} wrote; every element must pass {@code valid}. */
  void read(StateReader in, java.util.function.LongPredicate valid) {
    int n = in.readInt();
    if (n < 0) {
      throw in.invalid("a set's size must not be negative, was " + n);
    }
    for (int i = 0; i < n; i++) {
      long v = in.readLong();
      if (v == FREE || !valid.test(v)) {
        throw in.invalid("not an element of this set: " + v);
      }
      add(v);
    }
  }

  private void grow() {
    long[] old = slots;
    slots = newSlots(old.length * 2);
    size = 0;
    for (long v : old) {
      if (v != FREE) {
        add(v);
      }
    }
  }
}
