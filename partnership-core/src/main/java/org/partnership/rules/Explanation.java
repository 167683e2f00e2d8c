package org.partnership.rules;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.partnership.internal.Checks;

/**
 * Why a verdict is what it is: a one-line summary and every rule checked, in the order checked,
 * whether it fired or not.
 *
 * <p>Immutable and thread-safe. {@link #toText()} is one view of this data; the JSON module renders
 * another.
 */
@Value.Immutable
public abstract class Explanation {

  Explanation() {}

  /** The verdict in one line, e.g. {@code feasible: CI, CII; Model A: CI; Model B: CII}. */
  public abstract String summary();

  /** Every rule checked, in order. */
  public abstract List<Reason> reasons();

  /** The reasons whose rule fired, in order. */
  public List<Reason> fired() {
    return reasons().stream().filter(Reason::fired).toList();
  }

  /**
   * The explanation as indented text: the summary, then one line per rule, marked {@code [x]} when
   * it fired and {@code [ ]} when not.
   */
  public String toText() {
    StringBuilder text = new StringBuilder(summary()).append(System.lineSeparator());
    for (Reason r : reasons()) {
      text.append("  ")
          .append(r.fired() ? "[x] " : "[ ] ")
          .append(r.ruleId())
          .append(": ")
          .append(r.condition());
      if (!r.observed().isEmpty()) {
        text.append("; observed ").append(render(r.observed()));
      }
      if (!r.thresholds().isEmpty()) {
        text.append("; threshold ").append(render(r.thresholds()));
      }
      if (r.fired() && r.effect().isPresent()) {
        text.append(" → ").append(r.effect().get());
      }
      text.append(System.lineSeparator());
    }
    return text.toString();
  }

  private static String render(Map<String, Object> values) {
    return values.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /**
   * An explanation.
   *
   * @throws NullPointerException if an argument or a reason is null
   * @throws IllegalArgumentException if {@code summary} is blank
   */
  public static Explanation of(String summary, Iterable<? extends Reason> reasons) {
    return ImmutableExplanation.builder().summary(summary).addAllReasons(reasons).build();
  }

  @Value.Check
  void check() {
    Checks.text("summary", summary());
  }
}
