package org.partnership.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;

/**
 * Values grouped by a key in [0, keys), in compressed rows: the values of key k are {@code
 * values[start[k]] … values[start[k + 1] − 1]}, in the order they were given.
 */
final class Groups {
  private final int[] start;
  private final int[] values;

  private Groups(int[] start, int[] values) {
    this.start = start;
    this.values = values;
  }

  /** Groups {@code values[i]} under {@code keys[i]}; a negative key is left out. */
  static Groups of(int keyCount, int[] keys, int[] values) {
    requireNonNull(keys, "keys");
    requireNonNull(values, "values");
    int[] start = new int[keyCount + 1];
    for (int key : keys) {
      if (key >= 0) {
        start[key + 1]++;
      }
    }
    for (int k = 0; k < keyCount; k++) {
      start[k + 1] += start[k];
    }
    int[] grouped = new int[start[keyCount]];
    int[] fill = Arrays.copyOf(start, keyCount);
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] >= 0) {
        grouped[fill[keys[i]]++] = values[i];
      }
    }
    return new Groups(start, grouped);
  }

  /** Groups index {@code i} under {@code keys[i]}. */
  static Groups of(int keyCount, int[] keys, int valueCount) {
    requireNonNull(keys, "keys");
    int[] identity = new int[valueCount];
    Arrays.setAll(identity, i -> i);
    return of(keyCount, keys, identity);
  }

  int start(int key) {
    return start[key];
  }

  int end(int key) {
    return start[key + 1];
  }

  int size(int key) {
    return start[key + 1] - start[key];
  }

  int value(int position) {
    return values[position];
  }

  <T> ImmutableList<T> select(int key, List<T> items) {
    requireNonNull(items, "items");
    ImmutableList.Builder<T> result = ImmutableList.builderWithExpectedSize(size(key));
    for (int j = start[key]; j < start[key + 1]; j++) {
      result.add(items.get(values[j]));
    }
    return result.build();
  }
}
