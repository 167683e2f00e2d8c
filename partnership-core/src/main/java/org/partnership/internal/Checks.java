package org.partnership.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.partnership.text.SafeText;

/**
 * Argument checks whose messages name the field, the offending value and the rule, for example
 * {@code proficiency must be in [0, 1], was 1.5}. Internal: not part of the public API.
 */
public final class Checks {

  /** Longest identifier accepted, in characters. */
  public static final int MAX_ID_LENGTH = 200;

  private Checks() {}

  /**
   * Checks an identifier: not blank, no leading or trailing whitespace, no control characters, at
   * most {@value #MAX_ID_LENGTH} characters.
   *
   * @throws NullPointerException if {@code value} is null, naming {@code field}
   * @throws IllegalArgumentException naming the field and the value if the rule is broken
   */
  public static void id(String field, String value) {
    text(field, value);
    if (value.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          field
              + " must be at most "
              + MAX_ID_LENGTH
              + " characters, was "
              + value.length()
              + " characters: "
              + quote(value.substring(0, 40) + "…"));
    }
  }

  /**
   * Checks a display text: not blank, no leading or trailing whitespace, no control characters.
   *
   * @throws NullPointerException if {@code value} is null, naming {@code field}
   * @throws IllegalArgumentException naming the field and the value if the rule is broken
   */
  public static void text(String field, String value) {
    Objects.requireNonNull(value, field);
    int n = value.length();
    // One pass on the hot path: only the ends can be whitespace for a valid text.
    if (n == 0
        || Character.isWhitespace(value.charAt(0))
        || Character.isWhitespace(value.charAt(n - 1))) {
      if (value.isBlank()) {
        throw new IllegalArgumentException(field + " must not be blank, was " + quote(value));
      }
      throw new IllegalArgumentException(
          field + " must not start or end with whitespace, was " + quote(value));
    }
    for (int i = 0; i < n; i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(
            field + " must not contain control characters, was " + quote(value));
      }
    }
  }

  /**
   * Checks that a number is finite and in the closed unit interval.
   *
   * @throws IllegalArgumentException naming the field and the value if it is outside [0, 1] or NaN
   */
  public static void unitInterval(String field, double value) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw new IllegalArgumentException(field + " must be in [0, 1], was " + value);
    }
  }

  /**
   * Checks every element of a collection as an identifier.
   *
   * @throws IllegalArgumentException naming {@code field[index]} and the value
   */
  public static void ids(String field, Collection<String> values) {
    int i = 0;
    for (String value : values) {
      try {
        id(field, value);
      } catch (IllegalArgumentException | NullPointerException e) {
        // Name the element only when it is bad: building the name for every element is costly.
        id(field + "[" + i + "]", value);
      }
      i++;
    }
  }

  /**
   * Checks every key of a map as an identifier-like text and every value as a non-blank text.
   *
   * @throws IllegalArgumentException naming {@code field[key]} and the value
   */
  public static void textMap(String field, Map<String, String> values) {
    for (Map.Entry<String, String> e : values.entrySet()) {
      id(field + " key", e.getKey());
      text(field + "[" + e.getKey() + "]", e.getValue());
    }
  }

  /**
   * Quotes a value for an error message, so that blanks and whitespace stay visible and control
   * characters cannot split the message or reach a terminal ({@link SafeText#escape}).
   */
  public static String quote(String value) {
    return '"' + SafeText.escape(value) + '"';
  }
}
