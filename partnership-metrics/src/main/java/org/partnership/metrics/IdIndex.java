package org.partnership.metrics;

import java.util.Arrays;
import java.util.List;

/**
 * A read-only map from ids to their positions, by open addressing over the ids' cached string hash
 * codes: no boxing, one or two array reads per hit. Immutable after construction, so thread-safe.
 */
final class IdIndex {

  private final String[] keys;
  private final int[] values;
  private final int mask;

  IdIndex(List<String> ids) {
    int capacity = Integer.highestOneBit(Math.max(4, ids.size() * 2 - 1)) << 1;
    keys = new String[capacity];
    values = new int[capacity];
    mask = capacity - 1;
    Arrays.fill(values, -1);
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      int slot = spread(id.hashCode()) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = id;
      values[slot] = i;
    }
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B9;
  }

  /** The position of an id, or -1. */
  int get(String id) {
    int slot = spread(id.hashCode()) & mask;
    String k;
    while ((k = keys[slot]) != null) {
      if (k == id || k.equals(id)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }
}
