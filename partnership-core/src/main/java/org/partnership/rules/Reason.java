package org.partnership.rules;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnership.internal.Checks;

/**
 * One rule checked while reaching a verdict: its id, a readable condition, the values it observed,
 * the thresholds it compared them with, whether it fired, and what firing does.
 *
 * <p>Observed values and thresholds are kept as data for rendering as text or JSON: each value is a
 * {@link String}, a {@link Boolean} or a {@link Number} ({@link Long}, {@link Integer} or a finite
 * {@link Double}); enum constants are stored by name. Maps keep insertion order.
 *
 * <p>Immutable and thread-safe. Validation: {@code ruleId} is an identifier, {@code condition} a
 * non-blank text, every value of an allowed type. Violations throw {@link IllegalArgumentException}
 * naming the field; nulls throw {@link NullPointerException}.
 */
@Value.Immutable
public abstract class Reason {

  Reason() {}

  /** The id of the rule, e.g. {@code R3} or {@code must.mandate}. */
  public abstract String ruleId();

  /** The condition checked, in words, e.g. {@code A = Yes and B = No}. */
  public abstract String condition();

  /** The values the rule observed, by name. */
  public abstract Map<String, Object> observed();

  /** The thresholds the rule compared with, by name; empty for rules without thresholds. */
  public abstract Map<String, Object> thresholds();

  /** Whether the rule's condition held. */
  public abstract boolean fired();

  /** What the rule does when it fires, e.g. {@code removes AI, AII}. */
  public abstract Optional<String> effect();

  /** A new builder; {@code ruleId}, {@code condition} and {@code fired} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Reason}s. Not thread-safe; {@code build()} validates and throws {@link
   * IllegalArgumentException} for a missing or invalid attribute.
   */
  public static final class Builder extends ImmutableReason.Builder {
    Builder() {}

    /**
     * Records an observed value; an enum constant is stored by its name.
     *
     * @throws NullPointerException if an argument is null
     */
    public Builder observe(String name, Object value) {
      putObserved(name, normalize(value));
      return this;
    }

    /**
     * Records a threshold; an enum constant is stored by its name.
     *
     * @throws NullPointerException if an argument is null
     */
    public Builder threshold(String name, Object value) {
      putThreshold(name, normalize(value));
      return this;
    }

    private static Object normalize(Object value) {
      return value instanceof Enum<?> ? ((Enum<?>) value).name() : value;
    }
  }

  @Value.Check
  void check() {
    Checks.id("ruleId", ruleId());
    Checks.text("condition", condition());
    checkValues("observed", observed());
    checkValues("thresholds", thresholds());
    effect().ifPresent(e -> Checks.text("effect", e));
  }

  private static void checkValues(String field, Map<String, Object> values) {
    for (Map.Entry<String, Object> e : values.entrySet()) {
      Checks.id(field + " key", e.getKey());
      Object v = e.getValue();
      boolean allowed =
          v instanceof String
              || v instanceof Boolean
              || v instanceof Long
              || v instanceof Integer
              || (v instanceof Double && Double.isFinite((Double) v));
      if (!allowed) {
        throw new IllegalArgumentException(
            field
                + "["
                + e.getKey()
                + "] must be a String, Boolean, Integer, Long or finite Double, was "
                + v.getClass().getSimpleName()
                + " "
                + v);
      }
    }
  }
}
