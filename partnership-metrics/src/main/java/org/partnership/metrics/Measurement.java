package org.partnership.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.Recognition;
import org.partnership.ledger.TimeEntry;

/**
 * The running measurement of one part of a ledger by every calculator of a registry: filters
 * records by period and subject, hands the rest to each calculator's accumulator, counts what it
 * filtered, and merges with measurements of other parts.
 *
 * <p>Not thread-safe: use one measurement per thread and {@link #merge(Measurement)} them, or the
 * {@link MetricRegistry#collector(MetricContext) collector}, which does that for parallel streams.
 */
public final class Measurement {

  private final MetricRegistry registry;
  private final MetricContext context;
  private final MetricAccumulator<?>[] accumulators;
  private final MetricAccumulator<?>[] forDecisions;
  private final MetricAccumulator<?>[] forTime;
  private final MetricAccumulator<?>[] forRecognitions;
  private final boolean everything;
  private final BuiltIn.View view;
  private long read;
  private long outsidePeriod;
  private long outsideSubject;

  Measurement(MetricRegistry registry, MetricContext context) {
    this.registry = registry;
    this.context = context;
    List<MetricCalculator<?>> calculators = registry.calculators();
    this.accumulators = new MetricAccumulator<?>[calculators.size()];
    for (int i = 0; i < accumulators.length; i++) {
      accumulators[i] =
          requireNonNull(
              calculators.get(i).newAccumulator(context),
              () -> "calculator returned a null accumulator");
    }
    this.forDecisions = reading(calculators, DecisionRecord.class);
    this.forTime = reading(calculators, TimeEntry.class);
    this.forRecognitions = reading(calculators, Recognition.class);
    this.view = new BuiltIn.View(context);
    this.everything =
        context.from().isEmpty()
            && context.to().isEmpty()
            && context.subject().kind() == Subject.Kind.ORGANIZATION;
  }

  private MetricAccumulator<?>[] reading(
      List<MetricCalculator<?>> calculators, Class<? extends LedgerRecord> type) {
    List<MetricAccumulator<?>> result = new ArrayList<>();
    for (int i = 0; i < accumulators.length; i++) {
      if (calculators.get(i).reads(type)) {
        result.add(accumulators[i]);
      }
    }
    return result.toArray(new MetricAccumulator<?>[0]);
  }

  /**
   * Takes one record into account.
   *
   * @throws NullPointerException if {@code record} is null
   */
  public void accept(LedgerRecord record) {
    requireNonNull(record, "record");
    read++;
    if (!everything) {
      if (!context.inPeriod(record)) {
        outsidePeriod++;
        return;
      }
      if (!context.concernsSubject(record)) {
        outsideSubject++;
        return;
      }
    }
    MetricAccumulator<?>[] readers =
        record instanceof TimeEntry
            ? forTime
            : record instanceof DecisionRecord ? forDecisions : forRecognitions;
    view.of(record);
    for (MetricAccumulator<?> a : readers) {
      if (a instanceof BuiltIn.Accumulator) {
        ((BuiltIn.Accumulator<?>) a).take(view);
      } else {
        a.accept(record);
      }
    }
  }

  /**
   * Adds another measurement of the same registry and context to this one; {@code other} must not
   * be used afterwards.
   *
   * @return this measurement
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if {@code other} is this measurement or belongs to another
   *     registry or context
   */
  public Measurement merge(Measurement other) {
    requireNonNull(other, "other");
    checkArgument(other != this, "a measurement cannot be merged with itself");
    checkArgument(
        other.registry == registry && other.context == context,
        "only measurements of the same registry and context merge");
    read += other.read;
    outsidePeriod += other.outsidePeriod;
    outsideSubject += other.outsideSubject;
    for (int i = 0; i < accumulators.length; i++) {
      mergeInto(accumulators[i], other.accumulators[i]);
    }
    return this;
  }

  @SuppressWarnings("unchecked")
  private static <A extends MetricAccumulator<A>> void mergeInto(
      MetricAccumulator<A> into, MetricAccumulator<?> from) {
    into.merge((A) from);
  }

  /** The values so far; the measurement can go on afterwards. */
  public MetricReport report() {
    Map<String, MetricValue> values = new LinkedHashMap<>();
    List<MetricCalculator<?>> calculators = registry.calculators();
    for (int i = 0; i < accumulators.length; i++) {
      values.put(calculators.get(i).id(), accumulators[i].result());
    }
    return new MetricReport(context, read, outsidePeriod, outsideSubject, values);
  }
}
