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

  /**
   * Elements that found no free slot within {@link SlotTable#MAX_PROBE} of where their hash points
   * (only values chosen to collide do): kept in order, so no probe is ever longer than that.
   */
  private java.util.@org.jspecify.annotations.Nullable TreeSet<Long> overflow;

  /** Slots looked at so far: the tests of bounded cost read it. */
  long probes;

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
    for (int n = 0; n < SlotTable.MAX_PROBE; n++, i = (i + 1) & mask) {
      probes++;
      long v = slots[i];
      if (v == value) {
        return true;
      }
      if (v == FREE) {
        break;
      }
    }
    return overflow != null && overflow.contains(value);
  }

  /** Adds a value; true when it was not there yet. */
  boolean add(long value) {
    if (contains(value)) {
      return false;
    }
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    place(value);
    size++;
    return true;
  }

  /** Puts a value that is not there in its window, or in the overflow. */
  private void place(long value) {
    int mask = slots.length - 1;
    int i = slot(value, mask);
    for (int n = 0; n < SlotTable.MAX_PROBE; n++, i = (i + 1) & mask) {
      probes++;
      if (slots[i] == FREE) {
        slots[i] = value;
        return;
      }
    }
    if (overflow == null) {
      overflow = new java.util.TreeSet<>();
    }
    overflow.add(value);
  }

  void addAll(LongSet other) {
    other.forEach(this::add);
  }

  /** Calls the action for each element, in an order that depends on the elements only. */
  void forEach(java.util.function.LongConsumer action) {
    for (long v : slots) {
      if (v != FREE) {
        action.accept(v);
      }
    }
    if (overflow != null) {
      for (long v : overflow) {
        action.accept(v);
      }
    }
  }

  /** Writes the count and the elements in ascending order (the same bytes for the same set). */
  void write(StateWriter out) {
    long[] values = new long[size];
    int[] n = {0};
    forEach(v -> values[n[0]++] = v);
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

  /** Doubles the slots; the overflow's elements stay where they are. */
  private void grow() {
    long[] old = slots;
    slots = newSlots(old.length * 2);
    for (long v : old) {
      if (v != FREE) {
        place(v);
      }
    }
  }
}
