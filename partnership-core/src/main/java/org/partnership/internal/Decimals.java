package org.partnership.internal;

import java.math.BigDecimal;

/**
 * Derived numbers as people read them: rounded to four decimals, so that a value shown and the
 * value compared are the same number ({@code 0.62}, not {@code 0.6200000000000001}). Internal: not
 * part of the public API.
 */
public final class Decimals {

  private static final double SCALE = 10_000;

  private Decimals() {}

  /**
   * The double nearest to {@code value} rounded to four decimals (half up); its {@link
   * Double#toString} is the short decimal. NaN and infinities are returned as they are.
   */
  public static double round(double value) {
    if (!Double.isFinite(value) || Math.abs(value) >= 1e14) {
      return value;
    }
    return Math.round(value * SCALE) / SCALE;
  }

  /**
   * A number for text: rounded to four decimals and written without trailing zeros, e.g. {@code
   * 0.5}, {@code 0.495}, {@code 12}.
   */
  public static String text(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    if (Math.abs(value) >= 1e14) {
      return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
    long n = Math.round(value * SCALE);
    StringBuilder s = new StringBuilder(12);
    if (n < 0) {
      s.append('-');
      n = -n;
    }
    s.append(n / 10_000);
    int fraction = (int) (n % 10_000);
    if (fraction != 0) {
      s.append('.');
      int digits = 4;
      while (fraction % 10 == 0) {
        fraction /= 10;
        digits--;
      }
      String f = Integer.toString(fraction);
      for (int i = f.length(); i < digits; i++) {
        s.append('0');
      }
      s.append(f);
    }
    return s.toString();
  }

  /**
   * A number that was given (a policy's threshold, not a derived value): every digit it has, the
   * shortest decimal that reads back to it, without an exponent ({@code 0.5}, {@code
   * 0.3691336166293352}) — so that a rounded score and the threshold it was compared with never
   * read as equal when they are not.
   */
  public static String given(double value) {
    if (!Double.isFinite(value)) {
      return Double.toString(value);
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
