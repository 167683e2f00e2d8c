package org.partnership.simulation.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** Looking a name up in a list of names, with one error for every unknown name. Not API. */
public final class Names {

  private static final int ECHO_LIMIT = 80;

  private Names() {}

  /**
   * The index of {@code value} in {@code names}.
   *
   * @throws NullPointerException naming the field if the value is null
   * @throws IllegalArgumentException {@code FIELD must be one of [..], was "VALUE"} (the value
   *     escaped and cut) if it is not there
   */
  public static int indexOf(String field, List<String> names, String value) {
    requireNonNull(value, field);
    int i = names.indexOf(value);
    if (i < 0) {
      throw new IllegalArgumentException(
          field + " must be one of " + names + ", was " + quoted(value));
    }
    return i;
  }

  /** A value quoted for an error message: control characters escaped, at most 80 characters. */
  public static String quoted(String value) {
    if (value == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder("\"");
    int end = Math.min(value.length(), ECHO_LIMIT);
    for (int k = 0; k < end; k++) {
      char c = value.charAt(k);
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c)) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    if (value.length() > ECHO_LIMIT) {
      b.append('…');
    }
    return b.append('"').toString();
  }
}
