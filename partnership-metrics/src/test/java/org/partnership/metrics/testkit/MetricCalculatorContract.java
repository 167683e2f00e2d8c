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
import org.junit.jupiter.api.Test;
import org.partnership.ledger.LedgerRecord;
import org.partnership.metrics.MetricAccumulator;
import org.partnership.metrics.MetricCalculator;
import org.partnership.metrics.MetricContext;
import org.partnership.metrics.MetricRegistry;
import org.partnership.metrics.MetricValue;

/**
 * The contract every {@link MetricCalculator} keeps, as JUnit 5 tests a plug-in author inherits:
 *
 * <pre>{@code
 * class MeetingLoadContractTest extends MetricCalculatorContract {
 *   protected MetricCalculator<?> calculator() { return new MeetingLoad(); }
 * }
 * }</pre>
 *
 * <p>Override {@link #context()} and {@link #ledger(long)} to measure your own organization and
 * records. Values are compared with a tolerance of {@link #tolerance()} (exact for the built-ins).
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
    assertThat(v.recordsUsed() + v.recordsSkipped()).isBetween(0L, (long) ledger.size());
    assertThat(v.recordsUsed()).isPositive();
  }

  @Test
  void readingTheResultChangesNothing() {
    List<LedgerRecord> ledger = ledger(11);
    MetricAccumulator<?> a = calculator().newAccumulator(context());
    ledger.subList(0, ledger.size() / 2).forEach(a::accept);
    MetricValue first = a.result();
    assertThat(a.result()).isEqualTo(first);
    ledger.subList(ledger.size() / 2, ledger.size()).forEach(a::accept);
    assertSame(a.result(), measure(ledger));
  }

  @Test
  void eachAccumulatorStartsEmptyAndKeepsItsOwnState() {
    MetricContext context = context();
    MetricAccumulator<?> a = calculator().newAccumulator(context);
    MetricAccumulator<?> b = calculator().newAccumulator(context);
    assertThat(a).isNotSameAs(b);
    ledger(13).forEach(a::accept);
    assertThat(b.result()).isEqualTo(calculator().newAccumulator(context).result());
  }

  @Test
  void nullsAndSelfMergeAreRejected() {
    MetricAccumulator<?> a = calculator().newAccumulator(context());
    assertThatThrownBy(() -> a.accept(null)).isInstanceOf(NullPointerException.class);
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
              List<MetricAccumulator<?>> accumulators = new ArrayList<>();
              for (int i = 0; i < parts; i++) {
                accumulators.add(calculator().newAccumulator(context));
              }
              // Records dealt to random parts (not contiguous), then merged in random order.
              for (LedgerRecord r : ledger) {
                accumulators.get(random.nextInt(parts)).accept(r);
              }
              while (accumulators.size() > 1) {
                MetricAccumulator<?> from =
                    accumulators.remove(random.nextInt(accumulators.size()));
                MetricAccumulator<?> into = accumulators.get(random.nextInt(accumulators.size()));
                mergeRaw(into, from);
              }
              assertSame(accumulators.get(0).result(), whole);
            });
  }

  private MetricValue measure(List<LedgerRecord> ledger) {
    return measure(context(), ledger);
  }

  private MetricValue measure(MetricContext context, List<LedgerRecord> ledger) {
    MetricAccumulator<?> a = calculator().newAccumulator(context);
    ledger.forEach(a::accept);
    return a.result();
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
