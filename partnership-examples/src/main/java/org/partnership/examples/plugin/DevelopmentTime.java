package org.partnership.examples.plugin;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.TimeEntry;
import org.partnership.metrics.MetricAccumulator;
import org.partnership.metrics.MetricCalculator;
import org.partnership.metrics.MetricContext;
import org.partnership.metrics.MetricValue;
import org.partnership.model.ActivityKind;
import org.partnership.rules.Explanation;
import org.partnership.rules.Reason;

/**
 * An example plug-in: the share of time spent developing people ({@link ActivityKind#COACHING} and
 * {@link ActivityKind#POTENTIAL_BUILDING}) — "developing people's potential" is part of partnering
 * in the seed text. Value key {@code overall}.
 *
 * <p>Written the way a host application would write its own calculator: exact integer state, a
 * merge that adds, and a result that explains itself. Thread-safe; its accumulators are not.
 */
public final class DevelopmentTime implements MetricCalculator<DevelopmentTime.Accumulator> {

  /** The id: {@value}. */
  public static final String ID = "example.development-time";

  /** Creates the calculator (ServiceLoader needs a public no-argument constructor). */
  public DevelopmentTime() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Share of recorded time spent coaching and building people's potential.";
  }

  @Override
  public String unit() {
    return "share of time";
  }

  @Override
  public Accumulator newAccumulator(MetricContext context) {
    return new Accumulator(requireNonNull(context, "context"));
  }

  /** Sums of development time and all time, in nanoseconds. */
  public static final class Accumulator implements MetricAccumulator<Accumulator> {
    private final MetricContext context;
    private long development;
    private long total;
    private long used;
    private long unknown;

    Accumulator(MetricContext context) {
      this.context = context;
    }

    @Override
    public void accept(LedgerRecord record) {
      if (!(requireNonNull(record, "record") instanceof TimeEntry)) {
        return;
      }
      TimeEntry t = (TimeEntry) record;
      if (context.personIndex(t.personId()) < 0) {
        unknown++;
        return;
      }
      long nanos = t.duration().toNanos();
      total += nanos;
      if (t.kind() == ActivityKind.COACHING || t.kind() == ActivityKind.POTENTIAL_BUILDING) {
        development += nanos;
      }
      used++;
    }

    @Override
    public void merge(Accumulator other) {
      requireNonNull(other, "other");
      if (other == this) {
        throw new IllegalArgumentException("an accumulator cannot be merged with itself");
      }
      development += other.development;
      total += other.total;
      used += other.used;
      unknown += other.unknown;
    }

    @Override
    public MetricValue result() {
      MetricValue.Builder v =
          MetricValue.builder(ID, "share of time")
              .recordsUsed(used)
              .skipped("time entry of a person not in the organization", unknown);
      if (total > 0) {
        v.put("overall", (double) development / total);
      }
      Reason step =
          Reason.builder()
              .ruleId("share")
              .condition("time on COACHING and POTENTIAL_BUILDING / all time")
              .fired(total > 0)
              .observe("developmentHours", development / 3.6e12)
              .observe("totalHours", total / 3.6e12)
              .build();
      return v.explanation(Explanation.of("Developing people is partnering", List.of(step)))
          .build();
    }
  }
}
