package com.example;

import java.util.List;
import java.util.Objects;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.TimeEntry;
import org.partnership.metrics.MetricAccumulator;
import org.partnership.metrics.MetricCalculator;
import org.partnership.metrics.MetricContext;
import org.partnership.metrics.MetricValue;
import org.partnership.rules.Explanation;

/** Hours recorded per time entry; reads time entries only, and casts what it is offered. */
public final class TimeOnly implements MetricCalculator<TimeOnly.Acc> {

  @Override
  public String id() {
    return "example.hours-per-entry";
  }

  @Override
  public String description() {
    return "Hours recorded per time entry.";
  }

  @Override
  public String unit() {
    return "hours";
  }

  @Override
  public boolean reads(Class<? extends LedgerRecord> type) {
    return Objects.requireNonNull(type, "type") == TimeEntry.class;
  }

  @Override
  public Acc newAccumulator(MetricContext context) {
    Objects.requireNonNull(context, "context");
    return new Acc();
  }

  /** The entries and their seconds. */
  public static final class Acc implements MetricAccumulator<Acc> {
    private long entries;
    private long seconds;

    @Override
    public void accept(LedgerRecord record) {
      TimeEntry entry = (TimeEntry) Objects.requireNonNull(record, "record");
      entries++;
      seconds += entry.duration().getSeconds();
    }

    @Override
    public void merge(Acc other) {
      Objects.requireNonNull(other, "other");
      if (other == this) {
        throw new IllegalArgumentException("an accumulator cannot be merged with itself");
      }
      entries += other.entries;
      seconds += other.seconds;
    }

    @Override
    public MetricValue result() {
      MetricValue.Builder v = MetricValue.builder("example.hours-per-entry", "hours");
      if (entries > 0) {
        v.put("overall", seconds / 3600.0 / entries);
      }
      return v.recordsUsed(entries)
          .explanation(Explanation.of("hours recorded / time entries", List.of()))
          .build();
    }
  }
}
