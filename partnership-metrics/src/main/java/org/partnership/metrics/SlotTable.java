package org.partnership.metrics;

import java.util.function.Consumer;

/**
 * A hash table by open addressing with linear probing, for the situation tables of the consistency
 * and policy-adherence metrics: entries carry their own hash and are matched by the caller, so a
 * lookup allocates nothing. Holds at most a fixed number of entries; never removes. Not
 * thread-safe.
 *
 * @param <E> the entries
 */
final class SlotTable<E extends SlotTable.Slot> {

  /** An entry: its hash, mixed by {@link #mix(int)}. */
  abstract static class Slot {
    final int hash;

    Slot(int hash) {
      this.hash = hash;
    }
  }

  private final int limit;
  private Object[] slots = new Object[64];
  private int size;

  SlotTable(int limit) {
    this.limit = limit;
  }

  /** How many entries the table holds. */
  int size() {
    return size;
  }

  /** Multiplies, then folds the well-mixed high bits into the low bits the table indexes by. */
  static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  /** The first slot to look at for a hash. */
  int first(int hash) {
    return hash & (slots.length - 1);
  }

  /** The slot after {@code i}. */
  int next(int i) {
    return (i + 1) & (slots.length - 1);
  }

  /** The entry in slot {@code i}, or null when the slot is free (the end of the probe). */
  @SuppressWarnings("unchecked")
  E at(int i) {
    return (E) slots[i];
  }

  /** Adds an entry not yet in the table; false (and nothing added) when the table is full. */
  boolean add(E e) {
    if (size >= limit) {
      return false;
    }
    if (++size * 2 > slots.length) {
      Object[] old = slots;
      slots = new Object[old.length * 2];
      for (Object o : old) {
        if (o != null) {
          insert((Slot) o);
        }
      }
    }
    insert(e);
    return true;
  }

  private void insert(Slot e) {
    int i = first(e.hash);
    while (slots[i] != null) {
      i = next(i);
    }
    slots[i] = e;
  }

  @SuppressWarnings("unchecked")
  void forEach(Consumer<? super E> action) {
    for (Object o : slots) {
      if (o != null) {
        action.accept((E) o);
      }
    }
  }
}
