package org.partnership.metrics;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;

/**
 * The values of every metric of a registry over one ledger, with the record counts that show
 * nothing was dropped silently: {@code recordsRead = outsidePeriod + outsideSubject + measured}.
 *
 * <p>Immutable and thread-safe.
 */
public final class MetricReport {

  private final MetricContext context;
  private final long recordsRead;
  private final long outsidePeriod;
  private final long outsideSubject;
  private final ImmutableMap<String, MetricValue> values;

  MetricReport(
      MetricContext context,
      long recordsRead,
      long outsidePeriod,
      long outsideSubject,
      Map<String, MetricValue> values) {
    this.context = requireNonNull(context, "context");
    this.recordsRead = recordsRead;
    this.outsidePeriod = outsidePeriod;
    this.outsideSubject = outsideSubject;
    this.values = ImmutableMap.copyOf(requireNonNull(values, "values"));
  }

  /** The context the ledger was measured in. */
  public MetricContext context() {
    return context;
  }

  /** Every record offered to the measurement. */
  public long recordsRead() {
    return recordsRead;
  }

  /** Records whose timestamp lies outside the period. */
  public long recordsOutsidePeriod() {
    return outsidePeriod;
  }

  /** Records in the period that are not about the subject. */
  public long recordsOutsideSubject() {
    return outsideSubject;
  }

  /** Records every calculator was offered. */
  public long recordsMeasured() {
    return recordsRead - outsidePeriod - outsideSubject;
  }

  /** The value of every calculator by id, in registration order. */
  public Map<String, MetricValue> values() {
    return values;
  }

  /**
   * The value of one calculator.
   *
   * @throws NullPointerException if {@code metricId} is null
   */
  public Optional<MetricValue> value(String metricId) {
    return Optional.ofNullable(values.get(requireNonNull(metricId, "metricId")));
  }

  /**
   * Equal when measured in the same context (the same {@link MetricContext} instance: contexts
   * compare by identity) with the same record counts and equal values: a report merged from parts
   * equals the report of the whole ledger.
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof MetricReport)) {
      return false;
    }
    MetricReport o = (MetricReport) other;
    return context.equals(o.context)
        && recordsRead == o.recordsRead
        && outsidePeriod == o.outsidePeriod
        && outsideSubject == o.outsideSubject
        && values.equals(o.values);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(context, recordsRead, outsidePeriod, outsideSubject, values);
  }

  @Override
  public String toString() {
    return "MetricReport{read "
        + recordsRead
        + ", outside period "
        + outsidePeriod
        + ", outside subject "
        + outsideSubject
        + ", "
        + values.keySet()
        + "}";
  }
}
