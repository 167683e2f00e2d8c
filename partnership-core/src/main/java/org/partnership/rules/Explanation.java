package org.partnership.rules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.partnership.internal.Checks;

/**
 * Why a verdict is what it is: a one-line summary and every rule checked, in the order checked,
 * whether it fired or not.
 *
 * <p>Immutable and thread-safe; equality is by value. {@link #toText()} is one view of this data;
 * the JSON module renders another.
 */
public final class Explanation {

  private final String summary;
  private final Reason[] reasons;
  private final List<Reason> view;

  private Explanation(String summary, Reason[] reasons) {
    this.summary = summary;
    this.reasons = reasons;
    this.view = Collections.unmodifiableList(Arrays.asList(reasons));
  }

  /** The verdict in one line, e.g. {@code feasible: CI, CII; Model A: CI; Model B: CII}. */
  public String summary() {
    return summary;
  }

  /** Every rule checked, in order; an unmodifiable list. */
  public List<Reason> reasons() {
    return view;
  }

  /** The reasons whose rule fired, in order. */
  public List<Reason> fired() {
    List<Reason> fired = new ArrayList<>(reasons.length);
    for (Reason r : reasons) {
      if (r.fired()) {
        fired.add(r);
      }
    }
    return Collections.unmodifiableList(fired);
  }

  /**
   * The explanation as indented text: the summary, then one line per rule, marked {@code [x]} when
   * it fired, {@code [ ]} when not, and {@code [?]} when undetermined (it fires for some
   * completions of what is unknown only).
   */
  public String toText() {
    StringBuilder text = new StringBuilder(summary).append(System.lineSeparator());
    for (Reason r : reasons) {
      text.append("  ")
          .append(r.fired() ? "[x] " : r.undetermined() ? "[?] " : "[ ] ")
          .append(r.ruleId())
          .append(": ")
          .append(r.condition());
      if (!r.observed().isEmpty()) {
        text.append("; observed ");
        render(text, r.observed());
      }
      if (!r.thresholds().isEmpty()) {
        text.append("; threshold ");
        render(text, r.thresholds());
      }
      if (r.fired() && r.effect().isPresent()) {
        text.append(" → ").append(r.effect().get());
      } else if (r.undetermined() && r.effect().isPresent()) {
        text.append(" → perhaps: ").append(r.effect().get());
      }
      text.append(System.lineSeparator());
    }
    return text.toString();
  }

  private static void render(StringBuilder text, Map<String, Object> values) {
    boolean first = true;
    for (Map.Entry<String, Object> e : values.entrySet()) {
      text.append(first ? "" : ", ").append(e.getKey()).append('=').append(e.getValue());
      first = false;
    }
  }

  /**
   * An explanation.
   *
   * @throws NullPointerException if an argument or a reason is null
   * @throws IllegalArgumentException if {@code summary} is blank, starts or ends with whitespace or
   *     contains control characters
   */
  public static Explanation of(String summary, Iterable<? extends Reason> reasons) {
    requireNonNull(summary, "summary");
    requireNonNull(reasons, "reasons");
    Checks.text("summary", summary);
    List<Reason> copy = new ArrayList<>();
    int i = 0;
    for (Reason r : reasons) {
      copy.add(requireNonNull(r, "reasons[" + i + "]"));
      i++;
    }
    return new Explanation(summary, copy.toArray(new Reason[0]));
  }

  /**
   * An explanation from the library's own evaluators, whose summaries are built from constant texts
   * and validated values: no text check, no copy (the caller hands the array over); nulls are still
   * refused by name.
   */
  static Explanation trusted(String summary, Reason[] reasons) {
    return new Explanation(
        java.util.Objects.requireNonNull(summary, "summary"),
        java.util.Objects.requireNonNull(reasons, "reasons"));
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Explanation)) {
      return false;
    }
    Explanation that = (Explanation) other;
    return summary.equals(that.summary) && Arrays.equals(reasons, that.reasons);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(summary, Arrays.hashCode(reasons));
  }

  @Override
  public String toString() {
    return "Explanation{summary=" + summary + ", reasons=" + view + "}";
  }
}
