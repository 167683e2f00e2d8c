package org.partnership.jackson.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO-8601 durations as people write them: everything {@link Duration#parse} reads, and a decimal
 * fraction on the last component of the time part ({@code PT0.5H}, {@code PT1H7.5M}), which ISO
 * 8601 allows and {@link Duration#parse} refuses for hours and minutes. Internal.
 */
final class IsoDurations {

  private static final Pattern FRACTIONAL =
      Pattern.compile(
          "P(?:(\\d{1,9})D)?T(?:(\\d{1,9}(?:[.,]\\d{1,9})?)H)?(?:(\\d{1,9}(?:[.,]\\d{1,9})?)M)?"
              + "(?:(\\d{1,9}(?:[.,]\\d{1,9})?)S)?");

  private IsoDurations() {}

  /** The duration a text describes, or null when it is not an ISO-8601 duration. */
  static Duration parse(String text) {
    try {
      return Duration.parse(text);
    } catch (DateTimeException e) {
      // fall through: perhaps a fraction on hours or minutes
    }
    Matcher m = FRACTIONAL.matcher(text);
    if (!m.matches() || text.endsWith("T")) {
      return null;
    }
    BigDecimal seconds = BigDecimal.ZERO;
    int last = 0;
    long[] unit = {86_400, 3_600, 60, 1};
    for (int g = 1; g <= 4; g++) {
      if (m.group(g) != null) {
        last = g;
      }
    }
    for (int g = 1; g <= 4; g++) {
      String part = m.group(g);
      if (part == null) {
        continue;
      }
      boolean fraction = part.indexOf('.') >= 0 || part.indexOf(',') >= 0;
      if (fraction && g != last) {
        return null; // only the last component may have a fraction
      }
      seconds =
          seconds.add(
              new BigDecimal(part.replace(',', '.')).multiply(BigDecimal.valueOf(unit[g - 1])));
    }
    BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.DOWN);
    int nanos =
        seconds
            .subtract(whole)
            .movePointRight(9)
            .setScale(0, java.math.RoundingMode.HALF_UP)
            .intValueExact();
    return Duration.ofSeconds(whole.longValueExact(), nanos);
  }
}
