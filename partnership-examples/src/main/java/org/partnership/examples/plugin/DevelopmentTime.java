package org.partnership.examples.plugin;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.TimeEntry;
import org.partnership.metrics.MetricAccumulator;
import org.partnership.metrics.MetricContext;
import org.partnership.metrics.MetricValue;
import org.partnership.metrics.PortableMetricCalculator;
import org.partnership.metrics.StateReader;
import org.partnership.metrics.StateWriter;
import org.partnership.model.ActivityKind;
import org.partnership.rules.Explanation;
import org.partnership.rules.Reason;

/**
 * An example plug-in: the share of time spent developing people ({@link ActivityKind#COACHING} and
 * {@link ActivityKind#POTENTIAL_BUILDING}) — "developing people's potential" is part of partnering
 * in the seed text. Value key {@code overall}.
 *
 * <p>Written the way a host application would write its own calculator: exact integer state, a
 * merge that adds, a result that explains itself, and a state that can leave the JVM ({@link
 * PortableMetricCalculator}: six counters out, six counters back), so that Spark executors or job
 * arrays can measure parts of a ledger. Thread-safe; its accumulators are not.
 */
public final class DevelopmentTime
    implements PortableMetricCalculator<DevelopmentTime.Accumulator> {

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

  @Override
  public void save(Accumulator a, StateWriter out) {
    requireNonNull(a, "accumulator");
    requireNonNull(out, "out");
    out.writeLong(a.developmentSeconds)
        .writeLong(a.developmentNanos)
        .writeLong(a.totalSeconds)
        .writeLong(a.totalNanos)
        .writeLong(a.used)
        .writeLong(a.unknown);
  }

  @Override
  public Accumulator restore(MetricContext context, StateReader in) {
    Accumulator a = newAccumulator(context);
    requireNonNull(in, "in");
    a.developmentSeconds = in.readCounter();
    a.developmentNanos = in.readCounter();
    a.totalSeconds = in.readCounter();
    a.totalNanos = in.readCounter();
    a.used = in.readCounter();
    a.unknown = in.readCounter();
    return a;
  }

  /**
   * Sums of development time and all time, in whole seconds and nanoseconds kept apart (a long of
   * nanoseconds would overflow on a large ledger).
   */
  public static final class Accumulator implements MetricAccumulator<Accumulator> {
    private final MetricContext context;
    private long developmentSeconds;
    private long developmentNanos;
    private long totalSeconds;
    private long totalNanos;
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
      totalSeconds += t.duration().getSeconds();
      totalNanos += t.duration().getNano();
      if (t.kind() == ActivityKind.COACHING || t.kind() == ActivityKind.POTENTIAL_BUILDING) {
        developmentSeconds += t.duration().getSeconds();
        developmentNanos += t.duration().getNano();
      }
      used++;
    }

    @Override
    public void merge(Accumulator other) {
      requireNonNull(other, "other");
      if (other == this) {
        throw new IllegalArgumentException("an accumulator cannot be merged with itself");
      }
      developmentSeconds += other.developmentSeconds;
      developmentNanos += other.developmentNanos;
      totalSeconds += other.totalSeconds;
      totalNanos += other.totalNanos;
      used += other.used;
      unknown += other.unknown;
    }

    @Override
    public MetricValue result() {
      MetricValue.Builder v =
          MetricValue.builder(ID, "share of time")
              .recordsUsed(used)
              .skipped("time entry of a person not in the organization", unknown);
      double development = developmentSeconds + developmentNanos / 1e9;
      double total = totalSeconds + totalNanos / 1e9;
      if (total > 0) {
        v.put("overall", development / total);
      }
      Reason step =
          Reason.builder()
              .ruleId("share")
              .condition("time on COACHING and POTENTIAL_BUILDING / all time")
              .fired(total > 0)
              .observe("developmentHours", development / 3600)
              .observe("totalHours", total / 3600)
              .build();
      return v.explanation(Explanation.of("Developing people is partnering", List.of(step)))
          .build();
    }
  }
}
