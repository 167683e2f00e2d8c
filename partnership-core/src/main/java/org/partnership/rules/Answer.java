package org.partnership.rules;

import java.util.Set;
import org.immutables.value.Value;
import org.partnership.model.Style;

/**
 * One answer to a {@link Question}: a range of the trait's values, the styles the recommendation
 * could then take and the style it would then recommend.
 *
 * <p>The range runs from {@link #low()} (included) to {@link #high()}, excluded unless {@link
 * #highIncluded()}: the last answer includes the top of the trait's range.
 *
 * <p>Immutable and thread-safe; equality is by value.
 */
@Value.Immutable
public abstract class Answer {

  Answer() {}

  /** The least value of the range, included. */
  public abstract double low();

  /** The end of the range: excluded, unless {@link #highIncluded()}. */
  public abstract double high();

  /** Whether {@link #high()} is in the range. */
  public abstract boolean highIncluded();

  /** The styles the completions reach with this answer, in the continuum's order; never empty. */
  @Value.Lazy
  public Set<Style> styles() {
    java.util.EnumSet<Style> set = java.util.EnumSet.noneOf(Style.class);
    for (Style s : Style.values()) {
      if ((styleBits() >>> s.ordinal() & 1) != 0) {
        set.add(s);
      }
    }
    return com.google.common.collect.Sets.immutableEnumSet(set);
  }

  /** {@link #styles()} as bits by ordinal: what equality compares. */
  abstract int styleBits();

  /** The style recommended with this answer. */
  public abstract Style style();

  /** The range in words, e.g. {@code below 0.5}, {@code 0.5 to below 0.7}, {@code 0.7 or more}. */
  @Value.Lazy
  public String range() {
    String from = number(low());
    String to = number(high());
    if (low() == high()) {
      return from;
    }
    boolean bottom = low() == 0;
    boolean top = highIncluded() && high() == 1;
    if (bottom && top) {
      return "any value";
    }
    if (bottom) {
      return highIncluded() ? "up to " + to : "below " + to;
    }
    if (top) {
      return from + " or more";
    }
    return from + (highIncluded() ? " to " : " to below ") + to;
  }

  /**
   * A bound as people read it: to ten significant digits, so that a policy's threshold keeps its
   * digits and a computed crossing loses only the noise of binary arithmetic ({@code 0.8001}, not
   * {@code 0.8001000000000001}).
   */
  private static String number(double value) {
    String shortest = Double.toString(value);
    if (shortest.indexOf('E') < 0 && shortest.length() <= 12) {
      return shortest.endsWith(".0") ? shortest.substring(0, shortest.length() - 2) : shortest;
    }
    if (value > 0 && value < 1) {
      // ten decimals: the nearest double to a ten-decimal number is written with at most ten
      String rounded = Double.toString(Math.round(value * 1e10) / 1e10);
      if (rounded.indexOf('E') < 0) {
        return rounded.endsWith(".0") ? rounded.substring(0, rounded.length() - 2) : rounded;
      }
    }
    return new java.math.BigDecimal(value)
        .round(new java.math.MathContext(10))
        .stripTrailingZeros()
        .toPlainString();
  }

  /** The range, the style, and the styles it could take, e.g. for logs and the summary. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(range()).append(" → ").append(style());
    if (Integer.bitCount(styleBits()) > 1) {
      s.append(" (could be ");
      boolean first = true;
      for (Style st : styles()) {
        s.append(first ? "" : ", ").append(st);
        first = false;
      }
      s.append(')');
    }
    return s.toString();
  }
}
