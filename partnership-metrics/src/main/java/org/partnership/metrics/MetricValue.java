package org.partnership.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.partnership.rules.Explanation;

/**
 * The value of one metric over a ledger: named numbers, the unit, how many records were used and
 * how many were skipped for which reason, and an explanation of how the numbers were computed.
 *
 * <p>Values are named by keys such as {@code overall}, {@code level.2} or {@code
 * person.maria-alvarez}; each calculator documents its keys. A value that cannot be computed (no
 * data, a group under the minimum size) is absent, never NaN, and the explanation says why.
 *
 * <p>Immutable and thread-safe.
 */
public final class MetricValue {

  private final String metricId;
  private final String unit;
  private final ImmutableMap<String, Double> values;
  private final long recordsUsed;
  private final ImmutableSortedMap<String, Long> skipped;
  private final Explanation explanation;

  private MetricValue(Builder b) {
    this.metricId = b.metricId;
    this.unit = b.unit;
    this.values = ImmutableMap.copyOf(b.values);
    this.recordsUsed = b.recordsUsed;
    this.skipped = ImmutableSortedMap.copyOf(b.skipped);
    this.explanation = b.explanation;
  }

  /** The id of the metric. */
  public String metricId() {
    return metricId;
  }

  /** The unit of the main value. */
  public String unit() {
    return unit;
  }

  /** Every value by key, in the order the calculator produced them. */
  public Map<String, Double> values() {
    return values;
  }

  /**
   * The value under a key; empty when it could not be computed.
   *
   * @throws NullPointerException if {@code key} is null
   */
  public OptionalDouble value(String key) {
    Double v = values.get(requireNonNull(key, "key"));
    return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
  }

  /** How many records the metric read and used. */
  public long recordsUsed() {
    return recordsUsed;
  }

  /** How many records the metric read but could not use, by reason (sorted by reason). */
  public Map<String, Long> skipped() {
    return skipped;
  }

  /** The total of {@link #skipped()}. */
  public long recordsSkipped() {
    long total = 0;
    for (long n : skipped.values()) {
      total += n;
    }
    return total;
  }

  /** How the values were computed: the formula, the counts, and why a value is absent. */
  public Explanation explanation() {
    return explanation;
  }

  /**
   * A new builder for a value of the given metric.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Builder builder(String metricId, String unit) {
    return new Builder(requireNonNull(metricId, "metricId"), requireNonNull(unit, "unit"));
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof MetricValue)) {
      return false;
    }
    MetricValue o = (MetricValue) other;
    return metricId.equals(o.metricId)
        && unit.equals(o.unit)
        && values.equals(o.values)
        && recordsUsed == o.recordsUsed
        && skipped.equals(o.skipped)
        && explanation.equals(o.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metricId, unit, values, recordsUsed, skipped, explanation);
  }

  @Override
  public String toString() {
    return "MetricValue{"
        + metricId
        + " "
        + values
        + " ("
        + unit
        + "), used "
        + recordsUsed
        + ", skipped "
        + skipped
        + "}";
  }

  /**
   * Builds {@link MetricValue}s. Not thread-safe. Keys must be non-blank and unique, values finite,
   * counts not negative; violations throw {@link IllegalArgumentException} naming the key and the
   * value.
   */
  public static final class Builder {
    private final String metricId;
    private final String unit;
    private final Map<String, Double> values = new LinkedHashMap<>();
    private final Map<String, Long> skipped = new TreeMap<>();
    private long recordsUsed;
    private Explanation explanation;

    private Builder(String metricId, String unit) {
      this.metricId = metricId;
      this.unit = unit;
    }

    /**
     * Adds a value.
     *
     * @throws NullPointerException if {@code key} is null
     * @throws IllegalArgumentException if the key is blank or already present, or the value is not
     *     finite
     */
    public Builder put(String key, double value) {
      requireNonNull(key, "key");
      checkArgument(!key.isBlank(), "value key must not be blank, was \"%s\"", key);
      checkArgument(
          Double.isFinite(value), "value %s must be finite, was %s", key, String.valueOf(value));
      checkArgument(values.put(key, value) == null, "value %s is already present", key);
      return this;
    }

    /**
     * Adds a value when present.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@link #put(String, double)}
     */
    public Builder put(String key, OptionalDouble value) {
      requireNonNull(key, "key");
      if (requireNonNull(value, "value").isPresent()) {
        put(key, value.getAsDouble());
      }
      return this;
    }

    /**
     * Sets how many records were used.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder recordsUsed(long count) {
      checkArgument(count >= 0, "recordsUsed must be at least 0, was %s", count);
      this.recordsUsed = count;
      return this;
    }

    /**
     * Adds records skipped for a reason; a zero count adds nothing.
     *
     * @throws NullPointerException if {@code reason} is null
     * @throws IllegalArgumentException if the reason is blank or the count negative
     */
    public Builder skipped(String reason, long count) {
      requireNonNull(reason, "reason");
      checkArgument(!reason.isBlank(), "skip reason must not be blank");
      checkArgument(count >= 0, "skipped count for %s must be at least 0, was %s", reason, count);
      if (count > 0) {
        skipped.merge(reason, count, Long::sum);
      }
      return this;
    }

    /**
     * Sets the explanation.
     *
     * @throws NullPointerException if {@code explanation} is null
     */
    public Builder explanation(Explanation explanation) {
      this.explanation = requireNonNull(explanation, "explanation");
      return this;
    }

    /**
     * The value.
     *
     * @throws IllegalStateException if no explanation was set
     */
    public MetricValue build() {
      if (explanation == null) {
        throw new IllegalStateException("explanation must be set for metric " + metricId);
      }
      return new MetricValue(this);
    }
  }
}
