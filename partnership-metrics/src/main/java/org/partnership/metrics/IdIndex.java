package org.partnership.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A read-only map from ids to their positions, by open addressing over the ids' cached string hash
 * codes: no boxing, one or two array reads per hit. Immutable after construction, so thread-safe.
 *
 * <p>Ids come from strangers, and strings that share a hash code are cheap to make. No id sits more
 * than {@link SlotTable#MAX_PROBE} slots from where its hash points, so no lookup looks further;
 * ids that would are the sign of chosen collisions, and then the index is a {@link HashMap} instead
 * (whose buckets of colliding strings are search trees): linear cost whatever the ids.
 */
final class IdIndex {

  private final String[] keys;
  private final int[] values;
  private final int mask;
  private final @Nullable Map<String, Integer> colliding;

  /** Slots looked at while building: the tests of bounded cost read it. */
  final long probes;

  IdIndex(List<String> ids) {
    int capacity = Integer.highestOneBit(Math.max(4, ids.size() * 2 - 1)) << 1;
    String[] k = new String[capacity];
    int[] v = new int[capacity];
    int m = capacity - 1;
    Arrays.fill(v, -1);
    long looked = 0;
    boolean placed = true;
    for (int i = 0; placed && i < ids.size(); i++) {
      String id = ids.get(i);
      int slot = spread(id.hashCode()) & m;
      placed = false;
      for (int n = 0; n < SlotTable.MAX_PROBE; n++, slot = (slot + 1) & m) {
        looked++;
        if (k[slot] == null) {
          k[slot] = id;
          v[slot] = i;
          placed = true;
          break;
        }
      }
    }
    probes = looked;
    if (placed) {
      keys = k;
      values = v;
      mask = m;
      colliding = null;
    } else {
      keys = new String[0];
      values = new int[0];
      mask = 0;
      Map<String, Integer> map = new HashMap<>(capacity);
      for (int i = 0; i < ids.size(); i++) {
        map.putIfAbsent(ids.get(i), i);
      }
      colliding = map;
    }
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B9;
  }

  /** The position of an id, or -1. */
  int get(String id) {
    if (colliding != null) {
      return colliding.getOrDefault(id, -1);
    }
    int slot = spread(id.hashCode()) & mask;
    for (int n = 0; n < SlotTable.MAX_PROBE; n++, slot = (slot + 1) & mask) {
      String k = keys[slot];
      if (k == null) {
        return -1;
      }
      if (k == id || k.equals(id)) {
        return values[slot];
      }
    }
    return -1;
  }
}
