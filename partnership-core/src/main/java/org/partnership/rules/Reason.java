package org.partnership.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.partnership.internal.Checks;

/**
 * One rule checked while reaching a verdict: its id, a readable condition, the values it observed,
 * the thresholds it compared them with, whether it fired, and what firing does.
 *
 * <p>A rule that reads something nobody described may be <em>undetermined</em>: it fires for some
 * completions of the unknowns and not for others. It is then not {@linkplain #fired() fired} and
 * {@link #undetermined()} says so; the text view marks it {@code [?]}.
 *
 * <p>Observed values and thresholds are kept as data for rendering as text or JSON: each value is a
 * {@link String}, a {@link Boolean} or a {@link Number} ({@link Long}, {@link Integer} or a finite
 * {@link Double}); enum constants are stored by name. Maps keep insertion order.
 *
 * <p>Immutable and thread-safe. Equality is by value (maps compared as maps). Validation at {@link
 * Builder#build()}: {@code ruleId} is an identifier, {@code condition} and {@code effect} non-blank
 * texts, every key an identifier and every value of an allowed type, no key twice. Violations throw
 * {@link IllegalArgumentException} naming the field; nulls throw {@link NullPointerException}.
 *
 * <p>A reason is a small value made many times per verdict, so it keeps its values in arrays and
 * makes the maps on first use.
 */
public final class Reason {

  private final String ruleId;
  private final String condition;
  private final String[] observedNames;
  private final Object[] observedValues;
  private final String[] thresholdNames;
  private final Object[] thresholdValues;
  private final boolean fired;
  private final boolean undetermined;
  private final String effect;

  // Made on first use; racy single-check is safe: ImmutableMap is immutable with final fields.
  private Map<String, Object> observed;
  private Map<String, Object> thresholds;

  private Reason(Builder b) {
    this.ruleId = b.ruleId;
    this.condition = b.condition;
    this.observedNames = Arrays.copyOf(b.observed.names, b.observed.count);
    this.observedValues = Arrays.copyOf(b.observed.values, b.observed.count);
    this.thresholdNames = Arrays.copyOf(b.thresholds.names, b.thresholds.count);
    this.thresholdValues = Arrays.copyOf(b.thresholds.values, b.thresholds.count);
    this.fired = b.fired;
    this.undetermined = b.undetermined;
    this.effect = b.effect;
  }

  private Reason(
      String ruleId,
      String condition,
      String[] observedNames,
      Object[] observedValues,
      String[] thresholdNames,
      Object[] thresholdValues,
      boolean fired,
      boolean undetermined,
      String effect) {
    this.ruleId = ruleId;
    this.condition = condition;
    this.observedNames = observedNames;
    this.observedValues = observedValues;
    this.thresholdNames = thresholdNames;
    this.thresholdValues = thresholdValues;
    this.fired = fired;
    this.undetermined = undetermined;
    this.effect = effect;
  }

  /**
   * A reason from arrays, without validation or copying: for the library's own evaluators, whose
   * rule ids, conditions and names are constants (the name arrays may be shared, never changed) and
   * whose values come from validated inputs. Tests rebuild such reasons through {@link
   * Builder#build()} to prove them valid. Nulls are still refused by name (the effect may be null:
   * none).
   */
  static Reason trusted(
      String ruleId,
      String condition,
      String[] observedNames,
      Object[] observedValues,
      String[] thresholdNames,
      Object[] thresholdValues,
      boolean fired,
      @org.jspecify.annotations.Nullable String effect) {
    return trusted(
        ruleId,
        condition,
        observedNames,
        observedValues,
        thresholdNames,
        thresholdValues,
        fired,
        false,
        effect);
  }

  /**
   * As {@link #trusted(String, String, String[], Object[], String[], Object[], boolean, String)},
   * for a rule that may be undetermined (never both fired and undetermined).
   */
  static Reason trusted(
      String ruleId,
      String condition,
      String[] observedNames,
      Object[] observedValues,
      String[] thresholdNames,
      Object[] thresholdValues,
      boolean fired,
      boolean undetermined,
      @org.jspecify.annotations.Nullable String effect) {
    return new Reason(
        java.util.Objects.requireNonNull(ruleId, "ruleId"),
        java.util.Objects.requireNonNull(condition, "condition"),
        java.util.Objects.requireNonNull(observedNames, "observedNames"),
        java.util.Objects.requireNonNull(observedValues, "observedValues"),
        java.util.Objects.requireNonNull(thresholdNames, "thresholdNames"),
        java.util.Objects.requireNonNull(thresholdValues, "thresholdValues"),
        fired,
        undetermined,
        effect);
  }

  /** The id of the rule, e.g. {@code R3} or {@code must.mandate}. */
  public String ruleId() {
    return ruleId;
  }

  /** The condition checked, in words, e.g. {@code A = Yes and B = No}. */
  public String condition() {
    return condition;
  }

  /** The values the rule observed, by name, in the order recorded. */
  public Map<String, Object> observed() {
    Map<String, Object> m = observed;
    if (m == null) {
      m = map(observedNames, observedValues);
      observed = m;
    }
    return m;
  }

  /** The thresholds the rule compared with, by name; empty for rules without thresholds. */
  public Map<String, Object> thresholds() {
    Map<String, Object> m = thresholds;
    if (m == null) {
      m = map(thresholdNames, thresholdValues);
      thresholds = m;
    }
    return m;
  }

  /** Whether the rule's condition held (for every completion of what is unknown). */
  public boolean fired() {
    return fired;
  }

  /**
   * Whether the rule's condition held for some completions of what is unknown and not for others;
   * never together with {@link #fired()}.
   */
  public boolean undetermined() {
    return undetermined;
  }

  /** What the rule does when it fires, e.g. {@code removes AI, AII}. */
  public Optional<String> effect() {
    return Optional.ofNullable(effect);
  }

  private static Map<String, Object> map(String[] names, Object[] values) {
    ImmutableMap.Builder<String, Object> m = ImmutableMap.builderWithExpectedSize(names.length);
    for (int i = 0; i < names.length; i++) {
      m.put(names[i], values[i]);
    }
    return m.buildOrThrow();
  }

  /** A new builder; {@code ruleId}, {@code condition} and {@code fired} are required. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Reason)) {
      return false;
    }
    Reason that = (Reason) other;
    return fired == that.fired
        && undetermined == that.undetermined
        && ruleId.equals(that.ruleId)
        && condition.equals(that.condition)
        && Objects.equals(effect, that.effect)
        && observed().equals(that.observed())
        && thresholds().equals(that.thresholds());
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, condition, observed(), thresholds(), fired, undetermined, effect);
  }

  @Override
  public String toString() {
    return "Reason{ruleId="
        + ruleId
        + ", condition="
        + condition
        + ", observed="
        + observed()
        + ", thresholds="
        + thresholds()
        + ", fired="
        + fired
        + (undetermined ? ", undetermined=true" : "")
        + (effect == null ? "" : ", effect=" + effect)
        + "}";
  }

  /**
   * Builds {@link Reason}s. Not thread-safe; {@link #build()} validates and throws {@link
   * IllegalArgumentException} for a missing or invalid attribute.
   */
  public static final class Builder {
    private String ruleId;
    private String condition;
    private Boolean fired;
    private boolean undetermined;
    private String effect;
    private final Pairs observed = new Pairs(4);
    private final Pairs thresholds = new Pairs(2);

    private Builder() {}

    /**
     * Sets the rule id.
     *
     * @throws NullPointerException if {@code ruleId} is null
     */
    public Builder ruleId(String ruleId) {
      this.ruleId = requireNonNull(ruleId, "ruleId");
      return this;
    }

    /**
     * Sets the condition in words.
     *
     * @throws NullPointerException if {@code condition} is null
     */
    public Builder condition(String condition) {
      this.condition = requireNonNull(condition, "condition");
      return this;
    }

    /** Sets whether the rule fired. */
    public Builder fired(boolean fired) {
      this.fired = fired;
      return this;
    }

    /**
     * Sets whether the rule is undetermined: it fires for some completions of what is unknown and
     * not for others (then it must not be {@linkplain #fired(boolean) fired}).
     */
    public Builder undetermined(boolean undetermined) {
      this.undetermined = undetermined;
      return this;
    }

    /**
     * Sets what the rule does when it fires.
     *
     * @throws NullPointerException if {@code effect} is null
     */
    public Builder effect(String effect) {
      this.effect = requireNonNull(effect, "effect");
      return this;
    }

    /**
     * Records an observed value; an enum constant is stored by its name.
     *
     * @throws NullPointerException if an argument is null
     */
    public Builder observe(String name, Object value) {
      observed.add(name, value);
      return this;
    }

    /**
     * Records a threshold; an enum constant is stored by its name.
     *
     * @throws NullPointerException if an argument is null
     */
    public Builder threshold(String name, Object value) {
      thresholds.add(name, value);
      return this;
    }

    private static Object normalize(Object value) {
      return value instanceof Enum<?> ? ((Enum<?>) value).name() : value;
    }

    /**
     * The reason.
     *
     * @throws IllegalArgumentException if a required attribute is missing or a value breaks a rule
     *     of the class comment
     */
    public Reason build() {
      List<String> missing = new ArrayList<>();
      if (ruleId == null) {
        missing.add("ruleId");
      }
      if (condition == null) {
        missing.add("condition");
      }
      if (fired == null) {
        missing.add("fired");
      }
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "Cannot build Reason, some of required attributes are not set " + missing);
      }
      Checks.id("ruleId", ruleId);
      Checks.text("condition", condition);
      if (undetermined && fired) {
        throw new IllegalArgumentException(
            "fired must be false for an undetermined rule (it fires for some completions only),"
                + " was true");
      }
      observed.check("observed");
      thresholds.check("thresholds");
      if (effect != null) {
        Checks.text("effect", effect);
      }
      return new Reason(this);
    }

    /** Names and values in the order recorded, in growing arrays. */
    private static final class Pairs {
      String[] names;
      Object[] values;
      int count;

      Pairs(int capacity) {
        names = new String[capacity];
        values = new Object[capacity];
      }

      void add(String name, Object value) {
        requireNonNull(name, "name");
        requireNonNull(value, "value");
        if (count == names.length) {
          names = Arrays.copyOf(names, 2 * count);
          values = Arrays.copyOf(values, 2 * count);
        }
        names[count] = name;
        values[count++] = normalize(value);
      }

      void check(String field) {
        for (int i = 0; i < count; i++) {
          String key = names[i];
          Checks.id(field + " key", key);
          for (int j = 0; j < i; j++) {
            if (names[j].equals(key)) {
              throw new IllegalArgumentException(
                  field + " key \"" + key + "\" must appear once, appears twice");
            }
          }
          Object v = values[i];
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
                    + key
                    + "] must be a String, Boolean, Integer, Long or finite Double, was "
                    + v.getClass().getSimpleName()
                    + " "
                    + v);
          }
        }
      }
    }
  }
}
