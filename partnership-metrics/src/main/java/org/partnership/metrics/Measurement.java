package org.partnership.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;
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

  /** Why this measurement can no longer be used: a merge that failed half-way; null while sound. */
  private @Nullable String broken;

  Measurement(MetricRegistry registry, MetricContext context) {
    this(registry, context, fresh(registry, context));
  }

  private static MetricAccumulator<?>[] fresh(MetricRegistry registry, MetricContext context) {
    List<MetricCalculator<?>> calculators = registry.calculators();
    MetricAccumulator<?>[] accumulators = new MetricAccumulator<?>[calculators.size()];
    for (int i = 0; i < accumulators.length; i++) {
      accumulators[i] =
          requireNonNull(
              calculators.get(i).newAccumulator(context),
              () -> "calculator returned a null accumulator");
    }
    return accumulators;
  }

  private Measurement(
      MetricRegistry registry, MetricContext context, MetricAccumulator<?>[] accumulators) {
    this.registry = registry;
    this.context = context;
    this.accumulators = accumulators;
    List<MetricCalculator<?>> calculators = registry.calculators();
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
   * @throws IllegalStateException if a merge failed half-way (see {@link #merge(Measurement)})
   */
  public void accept(LedgerRecord record) {
    requireNonNull(record, "record");
    checkSound();
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
   * @throws IllegalArgumentException if {@code other} is this measurement, measures other metrics,
   *     or belongs to a context with another {@link MetricContext#fingerprint() fingerprint} (the
   *     message names the difference), or if a merged count would exceed {@link Long#MAX_VALUE}
   *     (only counts restored from forged states get there); in the last case, when a metric's
   *     counts overflow, this measurement is left incomplete and every later call on it throws
   *     {@link IllegalStateException} naming the failed merge — nothing wrong is ever reported
   * @throws IllegalStateException if this or the other measurement is incomplete after such a
   *     failed merge
   */
  public Measurement merge(Measurement other) {
    requireNonNull(other, "other");
    checkArgument(other != this, "a measurement cannot be merged with itself");
    checkArgument(
        other.registry == registry || other.registry.ids().equals(registry.ids()),
        "only measurements of the same metrics merge: %s and %s",
        registry.ids(),
        other.registry.ids());
    context.checkSameAs(other.context);
    checkSound();
    other.checkSound();
    // the totals first, so that a sum too large is refused before anything changes
    long sumRead = Stats.plus(read, other.read);
    long sumOutsidePeriod = Stats.plus(outsidePeriod, other.outsidePeriod);
    long sumOutsideSubject = Stats.plus(outsideSubject, other.outsideSubject);
    for (int i = 0; i < accumulators.length; i++) {
      try {
        mergeInto(accumulators[i], other.accumulators[i]);
      } catch (RuntimeException e) {
        broken =
            "this measurement is incomplete: a merge failed in metric "
                + registry.calculators().get(i).id()
                + " ("
                + e.getMessage()
                + ")";
        throw e;
      }
    }
    read = sumRead;
    outsidePeriod = sumOutsidePeriod;
    outsideSubject = sumOutsideSubject;
    return this;
  }

  /** Throws if a merge failed half-way: the counts are then neither the old nor the merged ones. */
  private void checkSound() {
    if (broken != null) {
      throw new IllegalStateException(broken);
    }
  }

  @SuppressWarnings("unchecked")
  private static <A extends MetricAccumulator<A>> void mergeInto(
      MetricAccumulator<A> into, MetricAccumulator<?> from) {
    into.merge((A) from);
  }

  /** The format of saved states: "PMS" and a version number. */
  private static final int MAGIC = 0x504D5302;

  /**
   * The state of this measurement as bytes: the context's {@link MetricContext#fingerprint()
   * fingerprint}, the counts of records read and filtered, and each metric's state — never the
   * context itself — closed by a CRC-32C checksum, so that damaged bytes are refused. {@link
   * MetricRegistry#restore(MetricContext, byte[])} reads it back against a matching context on any
   * JVM, so that measurements of parts of a ledger made elsewhere merge. The measurement can go on
   * afterwards.
   *
   * @throws UnsupportedOperationException if a calculator is not a {@link PortableMetricCalculator}
   *     (the message names it; {@link MetricRegistry#notPortable()} lists them up front)
   * @throws IllegalStateException if a merge failed half-way (see {@link #merge(Measurement)})
   */
  public byte[] save() {
    checkSound();
    requirePortable(registry, "save their state");
    StateWriter out = new StateWriter();
    out.writeInt(MAGIC);
    context.fingerprint().write(out);
    out.writeLong(read);
    out.writeLong(outsidePeriod);
    out.writeLong(outsideSubject);
    List<MetricCalculator<?>> calculators = registry.calculators();
    out.writeInt(calculators.size());
    for (int i = 0; i < accumulators.length; i++) {
      out.writeString(calculators.get(i).id());
      StateWriter part = new StateWriter();
      saveOne(calculators.get(i), accumulators[i], part);
      out.writeBytes(part.toByteArray());
    }
    byte[] bytes = out.toByteArray();
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    return out.writeInt((int) crc.getValue()).toByteArray();
  }

  private static int readInt(byte[] b, int at) {
    return java.nio.ByteBuffer.wrap(b).getInt(at);
  }

  /** Throws unless every calculator of the registry can save and restore its state. */
  private static void requirePortable(MetricRegistry registry, String what) {
    List<String> notPortable = registry.notPortable();
    if (!notPortable.isEmpty()) {
      throw new UnsupportedOperationException(
          "these metrics cannot "
              + what
              + ", their calculators do not implement PortableMetricCalculator: "
              + notPortable);
    }
  }

  @SuppressWarnings("unchecked")
  private static <A extends MetricAccumulator<A>> void saveOne(
      MetricCalculator<?> calculator, MetricAccumulator<?> accumulator, StateWriter out) {
    ((PortableMetricCalculator<A>) calculator).save((A) accumulator, out);
  }

  static Measurement restore(MetricRegistry registry, MetricContext context, byte[] state) {
    requireNonNull(registry, "registry");
    requireNonNull(context, "context");
    requireNonNull(state, "state");
    if (state.length < 8 || readInt(state, 0) != MAGIC) {
      throw new IllegalArgumentException(
          "not a measurement state of this version (it must start with the bytes PMS 2)");
    }
    CRC32C crc = new CRC32C();
    crc.update(state, 0, state.length - 4);
    if ((int) crc.getValue() != readInt(state, state.length - 4)) {
      throw new IllegalArgumentException(
          "the measurement state is damaged: its CRC-32C checksum does not match its bytes");
    }
    StateReader in = new StateReader(state, 4, state.length - 4, "measurement state");
    ContextFingerprint saved = ContextFingerprint.read(in);
    saved
        .differenceFrom(context.fingerprint())
        .ifPresent(
            d -> {
              throw new IllegalArgumentException(
                  "the state was measured against another context: "
                      + d.replace(" here, ", " in the state, ").replace(" there)", " here)"));
            });
    long read = in.readCounter();
    long outsidePeriod = in.readCounter();
    long outsideSubject = in.readCounter();
    if (outsidePeriod > read || outsideSubject > read - outsidePeriod) {
      throw new IllegalArgumentException(
          "the measurement state is impossible: "
              + outsidePeriod
              + " records outside the period and "
              + outsideSubject
              + " outside the subject, of "
              + read
              + " read");
    }
    List<MetricCalculator<?>> calculators = registry.calculators();
    int n = in.readCount(1 << 16);
    List<String> ids = new ArrayList<>();
    List<byte[]> parts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(in.readString());
      parts.add(in.readBytes());
    }
    in.expectEnd();
    checkArgument(
        ids.equals(registry.ids()),
        "the state holds the metrics %s where this registry has %s",
        ids,
        registry.ids());
    requirePortable(registry, "restore a state");
    MetricAccumulator<?>[] accumulators = new MetricAccumulator<?>[n];
    for (int i = 0; i < n; i++) {
      byte[] part = parts.get(i);
      String id = ids.get(i);
      StateReader r = new StateReader(part, 0, part.length, "state of metric " + id);
      accumulators[i] =
          requireNonNull(
              ((PortableMetricCalculator<?>) calculators.get(i)).restore(context, r),
              () -> "calculator " + id + " restored a null accumulator");
      r.expectEnd();
    }
    Measurement m = new Measurement(registry, context, accumulators);
    m.read = read;
    m.outsidePeriod = outsidePeriod;
    m.outsideSubject = outsideSubject;
    m.checkPossible();
    return m;
  }

  /**
   * Throws unless a restored state reports, and no metric used more records than the measurement
   * handed it: counts that no ledger could give are refused at the door, not found in a report.
   */
  private void checkPossible() {
    long measured = read - outsidePeriod - outsideSubject;
    List<MetricCalculator<?>> calculators = registry.calculators();
    for (int i = 0; i < accumulators.length; i++) {
      String id = calculators.get(i).id();
      MetricValue value;
      try {
        value = accumulators[i].result();
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "the measurement state is impossible: metric " + id + " cannot report it: " + e, e);
      }
      if (value.recordsUsed() > measured) {
        throw new IllegalArgumentException(
            "the measurement state is impossible: metric "
                + id
                + " used "
                + value.recordsUsed()
                + " records of the "
                + measured
                + " measured");
      }
    }
  }

  /**
   * The values so far; the measurement can go on afterwards.
   *
   * @throws IllegalStateException if a merge failed half-way (see {@link #merge(Measurement)})
   */
  public MetricReport report() {
    checkSound();
    Map<String, MetricValue> values = new LinkedHashMap<>();
    List<MetricCalculator<?>> calculators = registry.calculators();
    for (int i = 0; i < accumulators.length; i++) {
      values.put(calculators.get(i).id(), accumulators[i].result());
    }
    return new MetricReport(context, read, outsidePeriod, outsideSubject, values);
  }
}
