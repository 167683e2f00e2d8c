package org.partnership.metrics.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.Recognition;
import org.partnership.ledger.TimeEntry;
import org.partnership.metrics.MetricAccumulator;
import org.partnership.metrics.MetricCalculator;
import org.partnership.metrics.MetricContext;
import org.partnership.metrics.MetricRegistry;
import org.partnership.metrics.MetricValue;
import org.partnership.metrics.PortableMetricCalculator;
import org.partnership.metrics.StateReader;
import org.partnership.metrics.StateWriter;

/**
 * The contract every {@link MetricCalculator} keeps, as JUnit 5 tests a plug-in author inherits.
 * Add {@code org.partnership:partnership-metrics-testkit} with scope {@code test} (it brings JUnit
 * Jupiter, AssertJ and QuickTheories) and name the class so that Surefire finds it ({@code *Test}):
 *
 * <pre>{@code
 * class MeetingLoadContractTest extends MetricCalculatorContract {
 *   protected MetricCalculator<?> calculator() { return new MeetingLoad(); }
 * }
 * }</pre>
 *
 * <p>What a calculator must do to pass:
 *
 * <ul>
 *   <li>its id is lowercase words joined by {@code -} or {@code .}; description and unit are not
 *       blank;
 *   <li>an accumulator of no records gives a value with an explanation, nothing used or skipped;
 *   <li>used plus skipped records never exceed the records offered, and some are used;
 *   <li>{@code result()} can be read at any time, gives equal values when read twice and changes
 *       nothing;
 *   <li>accumulators are independent: one's records never show in another;
 *   <li>{@code accept(null)}, {@code merge(null)} and {@code newAccumulator(null)} throw {@link
 *       NullPointerException}; {@code merge} of an accumulator with itself throws {@link
 *       IllegalArgumentException} (its records would count twice);
 *   <li>the value is the same however a ledger is dealt into parts and the parts merged, in any
 *       order (values compared within {@link #tolerance()});
 *   <li>a {@link PortableMetricCalculator}'s state travels: each part saved, restored against
 *       another context object built the same way (so matched by fingerprint, not identity) and
 *       merged gives the unsplit value; a restore reads exactly what the save wrote; a truncated
 *       state is an {@link IllegalArgumentException}. (Skipped, with a message, for a calculator
 *       that is not portable — the Spark module refuses those.)
 * </ul>
 *
 * <p>Like a measurement, the kit offers an accumulator only records of the types its calculator
 * {@link MetricCalculator#reads(Class) reads}. Override {@link #context()} and {@link
 * #ledger(long)} to measure your own organization and records.
 */
public abstract class MetricCalculatorContract {

  private static final Pattern ID =
      Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)*");

  /** The calculator under test. */
  protected abstract MetricCalculator<?> calculator();

  /** The context to measure in; default: {@link TestLedgers#organization()} with defaults. */
  protected MetricContext context() {
    return MetricContext.of(TestLedgers.organization());
  }

  /** A ledger for a seed; default: 400 random records over the context's organization. */
  protected List<LedgerRecord> ledger(long seed) {
    return TestLedgers.random(context().organization(), seed, 400);
  }

  /** How far values may differ between splits of a ledger; default 1e-9. */
  protected double tolerance() {
    return 1e-9;
  }

  @Test
  void hasAValidIdADescriptionAndAUnit() {
    MetricCalculator<?> c = calculator();
    assertThat(c.id()).matches(ID);
    assertThat(c.description()).isNotBlank();
    assertThat(c.unit()).isNotBlank();
    assertThat(MetricRegistry.builder().register(c).build().calculators()).containsExactly(c);
  }

  @Test
  void anEmptyLedgerGivesAnExplainedValueWithNothingUsed() {
    MetricValue v = calculator().newAccumulator(context()).result();
    assertThat(v.metricId()).isEqualTo(calculator().id());
    assertThat(v.unit()).isEqualTo(calculator().unit());
    assertThat(v.recordsUsed()).isZero();
    assertThat(v.recordsSkipped()).isZero();
    assertThat(v.explanation().summary()).isNotBlank();
  }

  @Test
  void usedAndSkippedNeverExceedTheRecordsOffered() {
    List<LedgerRecord> ledger = ledger(7);
    MetricValue v = measure(ledger);
    long offered = readable(ledger).size();
    assertThat(v.recordsUsed() + v.recordsSkipped()).isBetween(0L, offered);
    assertThat(v.recordsUsed()).isPositive();
  }

  @Test
  void readingTheResultChangesNothing() {
    List<LedgerRecord> ledger = ledger(11);
    MetricAccumulator<?> a = calculator().newAccumulator(context());
    List<LedgerRecord> read = readable(ledger);
    read.subList(0, read.size() / 2).forEach(a::accept);
    MetricValue first = a.result();
    assertThat(a.result()).isEqualTo(first);
    read.subList(read.size() / 2, read.size()).forEach(a::accept);
    assertSame(a.result(), measure(ledger));
  }

  @Test
  void eachAccumulatorStartsEmptyAndKeepsItsOwnState() {
    MetricContext context = context();
    MetricAccumulator<?> a = calculator().newAccumulator(context);
    MetricAccumulator<?> b = calculator().newAccumulator(context);
    assertThat(a).isNotSameAs(b);
    readable(ledger(13)).forEach(a::accept);
    assertThat(b.result()).isEqualTo(calculator().newAccumulator(context).result());
  }

  @Test
  void nullsAndSelfMergeAreRejected() {
    MetricAccumulator<?> a = calculator().newAccumulator(context());
    assertThatThrownBy(() -> a.accept(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> mergeRaw(a, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> mergeRaw(a, a)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calculator().newAccumulator(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void theValueDoesNotDependOnHowTheLedgerIsSplitOrMerged() {
    MetricContext context = context();
    qt().withExamples(25)
        .forAll(longs().all(), integers().between(1, 8), longs().all())
        .checkAssert(
            (seed, parts, order) -> {
              List<LedgerRecord> ledger = ledger(seed);
              MetricValue whole = measure(context, ledger);
              SplittableRandom random = new SplittableRandom(order);
              List<MetricAccumulator<?>> accumulators = deal(context, ledger, parts, random);
              assertSame(mergeAll(accumulators, random).result(), whole);
            });
  }

  @Test
  void aPortableCalculatorsStateTravels() {
    MetricCalculator<?> calculator = calculator();
    Assumptions.assumeTrue(
        calculator instanceof PortableMetricCalculator,
        () -> calculator.id() + " is not a PortableMetricCalculator: its state cannot travel");
    MetricContext context = context();
    qt().withExamples(15)
        .forAll(longs().all(), integers().between(1, 6), longs().all())
        .checkAssert(
            (seed, parts, order) -> {
              List<LedgerRecord> ledger = ledger(seed);
              MetricValue whole = measure(context, ledger);
              SplittableRandom random = new SplittableRandom(order);
              List<MetricAccumulator<?>> accumulators = deal(context, ledger, parts, random);
              // Each part leaves the JVM as bytes and comes back against another context object.
              List<MetricAccumulator<?>> restored = new ArrayList<>();
              for (MetricAccumulator<?> a : accumulators) {
                byte[] state = save(calculator, a);
                MetricContext elsewhere = context();
                StateReader in = new StateReader(state, "state of " + calculator.id());
                restored.add(restore(calculator, elsewhere, in));
                assertThat(in.remaining()).as("bytes a restore left unread").isZero();
                assertSame(restored.get(restored.size() - 1).result(), a.result());
                if (state.length > 0) {
                  byte[] truncated = java.util.Arrays.copyOf(state, state.length - 1);
                  assertThatThrownBy(
                          () ->
                              restore(
                                  calculator,
                                  elsewhere,
                                  new StateReader(truncated, "a truncated state")))
                      .isInstanceOf(IllegalArgumentException.class);
                }
              }
              assertSame(mergeAll(restored, random).result(), whole);
            });
  }

  /** The readable records dealt to random parts (not contiguous), one accumulator each. */
  private List<MetricAccumulator<?>> deal(
      MetricContext context, List<LedgerRecord> ledger, int parts, SplittableRandom random) {
    List<MetricAccumulator<?>> accumulators = new ArrayList<>();
    for (int i = 0; i < parts; i++) {
      accumulators.add(calculator().newAccumulator(context));
    }
    for (LedgerRecord r : readable(ledger)) {
      accumulators.get(random.nextInt(parts)).accept(r);
    }
    return accumulators;
  }

  /** Merges the accumulators pairwise in random order; the one left holds them all. */
  private static MetricAccumulator<?> mergeAll(
      List<MetricAccumulator<?>> accumulators, SplittableRandom random) {
    while (accumulators.size() > 1) {
      MetricAccumulator<?> from = accumulators.remove(random.nextInt(accumulators.size()));
      MetricAccumulator<?> into = accumulators.get(random.nextInt(accumulators.size()));
      mergeRaw(into, from);
    }
    return accumulators.get(0);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static byte[] save(MetricCalculator<?> calculator, MetricAccumulator<?> accumulator) {
    StateWriter out = new StateWriter();
    ((PortableMetricCalculator) calculator).save((MetricAccumulator) accumulator, out);
    return out.toByteArray();
  }

  private static MetricAccumulator<?> restore(
      MetricCalculator<?> calculator, MetricContext context, StateReader in) {
    return ((PortableMetricCalculator<?>) calculator).restore(context, in);
  }

  private MetricValue measure(List<LedgerRecord> ledger) {
    return measure(context(), ledger);
  }

  private MetricValue measure(MetricContext context, List<LedgerRecord> ledger) {
    MetricAccumulator<?> a = calculator().newAccumulator(context);
    readable(ledger).forEach(a::accept);
    return a.result();
  }

  /** The records of the types the calculator reads, as a measurement offers them. */
  private List<LedgerRecord> readable(List<LedgerRecord> ledger) {
    MetricCalculator<?> c = calculator();
    List<LedgerRecord> result = new ArrayList<>(ledger.size());
    for (LedgerRecord r : ledger) {
      if (c.reads(typeOf(r))) {
        result.add(r);
      }
    }
    return result;
  }

  private static Class<? extends LedgerRecord> typeOf(LedgerRecord r) {
    if (r instanceof DecisionRecord) {
      return DecisionRecord.class;
    }
    return r instanceof TimeEntry ? TimeEntry.class : Recognition.class;
  }

  private void assertSame(MetricValue actual, MetricValue expected) {
    assertThat(actual.metricId()).isEqualTo(expected.metricId());
    assertThat(actual.recordsUsed()).isEqualTo(expected.recordsUsed());
    assertThat(actual.skipped()).isEqualTo(expected.skipped());
    assertThat(actual.values().keySet()).isEqualTo(expected.values().keySet());
    for (Map.Entry<String, Double> e : expected.values().entrySet()) {
      assertThat(actual.values().get(e.getKey()))
          .as(e.getKey())
          .isCloseTo(e.getValue(), within(tolerance()));
    }
    assertThat(actual.explanation().summary()).isEqualTo(expected.explanation().summary());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static void mergeRaw(MetricAccumulator into, MetricAccumulator from) {
    into.merge(from);
  }
}
