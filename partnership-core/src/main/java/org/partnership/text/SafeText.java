package org.partnership.text;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * Text from input made safe to echo in a one-line message or a log: the library's error messages
 * quote offending values through it, and a host can do the same with its own.
 *
 * <p>Thread-safe: stateless.
 */
public final class SafeText {

  private SafeText() {}

  /**
   * The text with its control characters (and the Unicode line and paragraph separators) written as
   * {@code \n}, {@code \r}, {@code \t} or {@code \}u escapes, so that it cannot split a line
   * (forging a log entry) or send escape sequences to a terminal; everything else as it is.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static String escape(String text) {
    int n = requireNonNull(text, "text").length();
    int i = 0;
    while (i < n && !unsafe(text.charAt(i))) {
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder s = new StringBuilder(n + 16).append(text, 0, i);
    for (; i < n; i++) {
      char c = text.charAt(i);
      if (!unsafe(c)) {
        s.append(c);
      } else if (c == '\n') {
        s.append("\\n");
      } else if (c == '\r') {
        s.append("\\r");
      } else if (c == '\t') {
        s.append("\\t");
      } else {
        s.append("\\u").append(String.format(Locale.ROOT, "%04x", (int) c));
      }
    }
    return s.toString();
  }

  private static boolean unsafe(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
  }
}
