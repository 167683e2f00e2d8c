package org.partnership.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

/** Helpers for enums that map onto another enum. Internal: not part of the public API. */
public final class Enums {

  private Enums() {}

  /**
   * The constants of {@code type} that {@code mapping} sends to {@code target}, in declaration
   * order.
   */
  public static <E extends Enum<E>, T> Set<E> mappingTo(
      Class<E> type, Function<E, T> mapping, T target) {
    EnumSet<E> result = EnumSet.noneOf(type);
    for (E e : type.getEnumConstants()) {
      if (mapping.apply(e) == target) {
        result.add(e);
      }
    }
    return result;
  }
}
