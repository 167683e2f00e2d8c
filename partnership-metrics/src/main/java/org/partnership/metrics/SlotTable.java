package org.partnership.metrics;

import java.util.Comparator;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A hash table by open addressing with linear probing, for the situation tables of the consistency
 * and policy-adherence metrics: entries carry their own hash and are matched by the caller, so a
 * lookup allocates nothing. Holds at most a fixed number of entries; never removes. Not
 * thread-safe.
 *
 * <p><b>Colliding keys.</b> The hashes come from data a stranger wrote (ids, traits), and keys that
 * share a hash are cheap to make. So no entry sits more than {@link #MAX_PROBE} slots from where
 * its hash points: a lookup looks at no more than that many slots. An entry that finds no free slot
 * within that window goes to an overflow ordered by the table's comparator (a search tree:
 * logarithmic cost), or — for a table without one, such as a cache — is not kept. The cost of every
 * operation is bounded whatever the hashes, and the order of {@link #forEach} depends on the
 * entries only, never on chance.
 *
 * @param <E> the entries
 */
final class SlotTable<E extends SlotTable.Slot> {

  /** The most slots a lookup looks at. */
  static final int MAX_PROBE = 32;

  /** An entry: its hash, mixed by {@link #mix(int)}. */
  abstract static class Slot {
    final int hash;

    Slot(int hash) {
      this.hash = hash;
    }
  }

  private final int limit;
  private final @Nullable Comparator<? super E> order;
  private Object[] slots = new Object[64];
  private int size;
  private @Nullable TreeMap<E, E> overflow;

  /** Slots looked at so far (lookups, insertions and growth): the tests of bounded cost read it. */
  long probes;

  /**
   * A table of at most {@code limit} entries. With an {@code order} (equal, by it, exactly when the
   * caller's matching says so), entries that find no slot go to an ordered overflow; without, they
   * are not kept.
   */
  SlotTable(int limit, @Nullable Comparator<? super E> order) {
    this.limit = limit;
    this.order = order;
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
    probes++;
    return hash & (slots.length - 1);
  }

  /** The slot after {@code i}. */
  int next(int i) {
    probes++;
    return (i + 1) & (slots.length - 1);
  }

  /** The entry in slot {@code i}, or null when the slot is free (the end of the probe). */
  @SuppressWarnings("unchecked")
  E at(int i) {
    return (E) slots[i];
  }

  /**
   * After a probe of at most {@link #MAX_PROBE} slots from {@link #first} found no match: the
   * overflow's entry equal to {@code candidate}, or else {@code candidate}, added; null when the
   * table is full (or, without an order, when the candidate finds no slot).
   */
  @Nullable E addIfAbsent(E candidate) {
    if (overflow != null) {
      E existing = overflow.get(candidate);
      if (existing != null) {
        return existing;
      }
    }
    if (size >= limit) {
      return null;
    }
    if ((size + 1) * 2 > slots.length) {
      grow();
    }
    if (!insert(candidate)) {
      return null;
    }
    size++;
    return candidate;
  }

  private void grow() {
    Object[] old = slots;
    slots = new Object[old.length * 2];
    for (Object o : old) {
      if (o != null) {
        @SuppressWarnings("unchecked")
        E e = (E) o;
        insert(e);
      }
    }
  }

  /** Places an entry in its window, or in the overflow; false when neither takes it. */
  private boolean insert(E e) {
    int i = first(e.hash);
    for (int n = 0; n < MAX_PROBE; n++, i = next(i)) {
      if (slots[i] == null) {
        slots[i] = e;
        return true;
      }
    }
    if (order == null) {
      return false;
    }
    if (overflow == null) {
      overflow = new TreeMap<>(order);
    }
    overflow.put(e, e);
    return true;
  }

  /** Every entry: the slots in order, then the overflow in its order. */
  @SuppressWarnings("unchecked")
  void forEach(Consumer<? super E> action) {
    for (Object o : slots) {
      if (o != null) {
        action.accept((E) o);
      }
    }
    if (overflow != null) {
      overflow.values().forEach(action);
    }
  }
}
