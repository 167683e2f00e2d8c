package org.partnership.text;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The values of ledger fields as people and programs write them: ISO-8601 instants and durations,
 * and plain decimal numbers. The common forms ({@code 2026-09-01T08:00:00Z}, {@code PT1H30M},
 * {@code 0.35}) are read without the general parsers — many millions of fields a second — and give
 * exactly what the general parsers give; every other form falls back to them. The ledger readers of
 * every module read through this class, so a ledger means the same in CSV, JSON Lines, Parquet or
 * Spark.
 *
 * <p>Each method returns null (or NaN) for a text it does not accept, so that the caller can name
 * the field in its error. Thread-safe: stateless.
 */
public final class IsoText {

  private IsoText() {}

  /** A plain decimal: digits, optionally a point and more digits (no sign, exponent or suffix). */
  private static final Pattern PLAIN_DECIMAL = Pattern.compile("\\d{1,20}(\\.\\d{1,20})?");

  private static final Pattern FRACTIONAL_DURATION =
      Pattern.compile(
          "P(?:(\\d{1,9})D)?T(?:(\\d{1,9}(?:[.,]\\d{1,9})?)H)?(?:(\\d{1,9}(?:[.,]\\d{1,9})?)M)?"
              + "(?:(\\d{1,9}(?:[.,]\\d{1,9})?)S)?");

  /**
   * A plain decimal number — digits, optionally a point and more digits, at most 20 of each; no
   * sign, exponent, hexadecimal form, type suffix or {@code NaN}, all of which {@link
   * Double#parseDouble} would take — as the nearest double; NaN for any other text.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static double plainDecimal(String text) {
    double v = fastDecimal(requireNonNull(text, "text"));
    if (!Double.isNaN(v)) {
      return v;
    }
    return PLAIN_DECIMAL.matcher(text).matches() ? Double.parseDouble(text) : Double.NaN;
  }

  /**
   * The value of {@code 0}, {@code 1} or {@code 0.d…d} (at most 15 decimals) as the nearest double
   * — the same as {@link Double#parseDouble}, since both integers of the quotient are exact —
   * without the general parser; NaN for any other text.
   */
  static double fastDecimal(String s) {
    int n = s.length();
    if (n == 1) {
      char c = s.charAt(0);
      return c == '0' ? 0.0 : c == '1' ? 1.0 : Double.NaN;
    }
    if (n < 3 || n > 17 || s.charAt(0) != '0' || s.charAt(1) != '.') {
      return Double.NaN;
    }
    long digits = 0;
    long scale = 1;
    for (int i = 2; i < n; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return Double.NaN;
      }
      digits = digits * 10 + (c - '0');
      scale *= 10;
    }
    return (double) digits / scale;
  }

  /**
   * An ISO-8601 instant as {@link Instant#parse} reads it (UTC {@code Z} or an offset such as
   * {@code +02:00}); null when the text is not one.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static @Nullable Instant instant(String text) {
    Instant fast = fastInstant(requireNonNull(text, "text"));
    if (fast != null) {
      return fast;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@code yyyy-MM-ddTHH:mm:ss[.f…]Z} without a formatter; null for anything else. */
  static @Nullable Instant fastInstant(String s) {
    int n = s.length();
    if (n < 20
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':'
        || s.charAt(n - 1) != 'Z') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    int hour = digits(s, 11, 13);
    int minute = digits(s, 14, 16);
    int second = digits(s, 17, 19);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23) {
      return null;
    }
    if (minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int nanos = 0;
    if (n > 20) {
      if (s.charAt(19) != '.' || n - 21 > 9 || n - 21 < 1) {
        return null;
      }
      int fraction = digits(s, 20, n - 1);
      if (fraction < 0) {
        return null;
      }
      nanos = fraction;
      for (int k = n - 21; k < 9; k++) {
        nanos *= 10;
      }
    }
    long epochDay;
    try {
      epochDay = LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return null;
    }
    return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second, nanos);
  }

  /** The number written by the digits from..to, or -1 when one is not a digit. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char ch = s.charAt(i);
      if (ch < '0' || ch > '9') {
        return -1;
      }
      v = v * 10 + (ch - '0');
    }
    return v;
  }

  /**
   * An ISO-8601 duration: everything {@link Duration#parse} reads, and a decimal fraction on the
   * last component of the time part ({@code PT0.5H}, {@code PT1H7.5M}), which ISO 8601 allows and
   * {@link Duration#parse} refuses for hours and minutes; null when the text is neither.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static @Nullable Duration duration(String text) {
    Duration fast = fastDuration(requireNonNull(text, "text"));
    if (fast != null) {
      return fast;
    }
    try {
      return Duration.parse(text);
    } catch (DateTimeException e) {
      return fractionalDuration(text);
    }
  }

  /** {@code PT1H30M}-style forms (whole hours, minutes, seconds) without a regular expression. */
  static @Nullable Duration fastDuration(String s) {
    int n = s.length();
    if (n < 4 || n > 18 || s.charAt(0) != 'P' || s.charAt(1) != 'T') {
      return null;
    }
    long seconds = 0;
    long number = -1;
    int unit = 0; // 1 = H seen, 2 = M seen, 3 = S seen
    for (int i = 2; i < n; i++) {
      char ch = s.charAt(i);
      if (ch >= '0' && ch <= '9') {
        number = (number < 0 ? 0 : number * 10) + (ch - '0');
        continue;
      }
      int u = ch == 'H' ? 1 : ch == 'M' ? 2 : ch == 'S' ? 3 : 0;
      if (u <= unit || number < 0) {
        return null;
      }
      seconds += number * (u == 1 ? 3600 : u == 2 ? 60 : 1);
      unit = u;
      number = -1;
    }
    return number >= 0 || unit == 0 ? null : Duration.ofSeconds(seconds);
  }

  private static @Nullable Duration fractionalDuration(String text) {
    Matcher m = FRACTIONAL_DURATION.matcher(text);
    if (!m.matches() || text.endsWith("T")) {
      return null;
    }
    long[] unit = {86_400, 3_600, 60, 1};
    int last = 0;
    for (int g = 1; g <= 4; g++) {
      if (m.group(g) != null) {
        last = g;
      }
    }
    BigDecimal seconds = BigDecimal.ZERO;
    for (int g = 1; g <= 4; g++) {
      String part = m.group(g);
      if (part == null) {
        continue;
      }
      if ((part.indexOf('.') >= 0 || part.indexOf(',') >= 0) && g != last) {
        return null; // only the last component may have a fraction
      }
      seconds =
          seconds.add(
              new BigDecimal(part.replace(',', '.')).multiply(BigDecimal.valueOf(unit[g - 1])));
    }
    BigDecimal whole = seconds.setScale(0, RoundingMode.DOWN);
    int nanos =
        seconds.subtract(whole).movePointRight(9).setScale(0, RoundingMode.HALF_UP).intValueExact();
    return Duration.ofSeconds(whole.longValueExact(), nanos);
  }
}
