package org.partnership.internal;

import java.time.Duration;

/** Durations as text, faster than {@link Duration#toString()} and identical to it. Internal. */
public final class Durations {

  private Durations() {}

  /**
   * {@link Duration#toString()}, e.g. {@code PT20H} or {@code PT1H30M}, without its buffer growth.
   */
  public static String iso(Duration d) {
    if (d.getNano() != 0) {
      return d.toString(); // fractions of a second: rare here, and Duration knows them best
    }
    long seconds = d.getSeconds();
    if (seconds == 0) {
      return "PT0S";
    }
    long hours = seconds / 3600;
    int minutes = (int) (seconds % 3600 / 60);
    int secs = (int) (seconds % 60);
    StringBuilder s = new StringBuilder(32).append("PT");
    if (hours != 0) {
      s.append(hours).append('H');
    }
    if (minutes != 0) {
      s.append(minutes).append('M');
    }
    if (secs != 0) {
      s.append(secs).append('S');
    }
    return s.toString();
  }
}
