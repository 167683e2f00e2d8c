package org.partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.partnership.ledger.LedgerRecord;
import org.partnership.metrics.testkit.TestLedgers;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Mandate;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.rules.AssessmentParameters;
import org.partnership.rules.Policy;

/**
 * Measurement states travel: a ledger split into parts, each measured, saved as bytes and restored
 * against another context object built the same way, merges into exactly the unsplit report; a
 * state never restores against a context it was not measured in, and bad bytes are refused.
 */
class MeasurementStateTest {

  private static final MetricRegistry REGISTRY = MetricRegistry.builtIns();

  private static MetricContext context() {
    return MetricContext.of(TestLedgers.organization());
  }

  @Test
  void splitSavedRestoredAndMergedEqualsTheWholeToTheLastDigit() {
    qt().withExamples(20)
        .forAll(longs().all(), integers().between(1, 7), longs().all())
        .checkAssert(
            (seed, parts, order) -> {
              MetricContext here = context();
              List<LedgerRecord> ledger = TestLedgers.random(here.organization(), seed, 600);
              MetricReport whole = REGISTRY.measure(here, ledger);
              SplittableRandom random = new SplittableRandom(order);
              List<Measurement> measurements = new ArrayList<>();
              for (int i = 0; i < parts; i++) {
                measurements.add(REGISTRY.newMeasurement(here));
              }
              ledger.forEach(r -> measurements.get(random.nextInt(parts)).accept(r));
              // Another JVM: other context objects, the states as bytes.
              List<Measurement> restored = new ArrayList<>();
              for (Measurement m : measurements) {
                restored.add(REGISTRY.restore(context(), m.save()));
              }
              while (restored.size() > 1) {
                Measurement from = restored.remove(random.nextInt(restored.size()));
                restored.get(random.nextInt(restored.size())).merge(from);
              }
              MetricReport merged = restored.get(0).report();
              assertThat(merged.recordsRead()).isEqualTo(whole.recordsRead());
              assertThat(merged.values()).isEqualTo(whole.values());
            });
  }

  @Test
  void aRestoredMeasurementGoesOnLikeTheOriginal() {
    MetricContext here = context();
    List<LedgerRecord> ledger = TestLedgers.random(here.organization(), 5, 400);
    Measurement original = REGISTRY.newMeasurement(here);
    ledger.subList(0, 200).forEach(original::accept);
    Measurement restored = REGISTRY.restore(context(), original.save());
    assertThat(restored.report().values()).isEqualTo(original.report().values());
    ledger.subList(200, 400).forEach(original::accept);
    ledger.subList(200, 400).forEach(restored::accept);
    assertThat(restored.report().values()).isEqualTo(original.report().values());
    assertThat(restored.report().values()).isEqualTo(REGISTRY.measure(here, ledger).values());
  }

  @Test
  void contextsBuiltAlikeHaveOneFingerprintAndEveryPartThatDiffersIsNamed() {
    assertThat(context().fingerprint()).isEqualTo(context().fingerprint());
    Organization org = TestLedgers.organization();
    byte[] state = REGISTRY.newMeasurement(MetricContext.of(org)).save();

    List<Person> reversed = new ArrayList<>(org.people());
    java.util.Collections.reverse(reversed);
    Organization reordered = Organization.of(reversed, org.roles(), org.assignments());
    assertThat(reordered).isEqualTo(org); // equal by content, yet people are counted by index
    assertThatThrownBy(() -> REGISTRY.restore(MetricContext.of(reordered), state))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the state was measured against another context: the organization");

    Policy stricter =
        Policy.builder()
            .from(Policy.seed())
            .assessment(
                AssessmentParameters.builder()
                    .from(Policy.seed().assessment())
                    .minimumImpactRatio(0.9)
                    .build())
            .build();
    assertThatThrownBy(
            () -> REGISTRY.restore(MetricContext.builder(org).policy(stricter).build(), state))
        .hasMessageContaining("the policy differs");
    assertThatThrownBy(
            () ->
                REGISTRY.restore(
                    MetricContext.builder(org).subject(Subject.person("p1")).build(), state))
        .hasMessageContaining("the subject differs (organization in the state, person p1 here)");
    assertThatThrownBy(
            () -> REGISTRY.restore(MetricContext.builder(org).to(TestLedgers.START).build(), state))
        .hasMessageContaining("the period differs");
    assertThatThrownBy(
            () -> REGISTRY.restore(MetricContext.builder(org).minimumGroupSize(9).build(), state))
        .hasMessageContaining("the settings differ (minimum group size");
  }

  @Test
  void badBytesAreRefused() {
    MetricContext here = context();
    Measurement m = REGISTRY.newMeasurement(here);
    TestLedgers.random(here.organization(), 9, 300).forEach(m::accept);
    byte[] state = m.save();
    assertThatThrownBy(() -> REGISTRY.restore(here, new byte[] {1, 2, 3}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not a measurement state");
    assertThatThrownBy(() -> REGISTRY.restore(here, Arrays.copyOf(state, state.length - 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("damaged");
    assertThatThrownBy(() -> REGISTRY.restore(here, Arrays.copyOf(state, state.length + 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("damaged");
    assertThatThrownBy(() -> REGISTRY.restore(null, state))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("context");
    assertThatThrownBy(() -> REGISTRY.restore(here, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("state");
  }

  @Test
  void anyAlteredByteIsRefusedAsDamaged() {
    MetricContext here = context();
    Measurement m = REGISTRY.newMeasurement(here);
    TestLedgers.random(here.organization(), 13, 300).forEach(m::accept);
    byte[] state = m.save();
    qt().withExamples(300)
        .forAll(integers().between(0, state.length - 1), integers().between(1, 255))
        .checkAssert(
            (at, flip) -> {
              byte[] altered = state.clone();
              altered[at] ^= (byte) (int) flip;
              assertThatThrownBy(() -> REGISTRY.restore(here, altered))
                  .isInstanceOf(IllegalArgumentException.class);
            });
  }

  @Test
  void aForgedStateWithImpossibleCountsIsRefusedByTheMetric() {
    MetricContext here = context();
    int people = here.people().size();
    StateWriter out = new StateWriter();
    out.writeLong(1); // used
    long[] seats = new long[people];
    long[] involved = new long[people];
    involved[0] = 1; // involved without a seat
    for (long[] a : new long[][] {seats, involved, new long[people], new long[people]}) {
      out.writeLongs(a);
    }
    out.writeLongs(new long[people]); // received
    out.writeLongs(new long[here.roleCount()]); // decisions per owner role: none
    for (int i = 0; i < 4; i++) {
      out.writeLong(0);
    }
    StateReader in = new StateReader(out.toByteArray(), "state of metric fairness");
    assertThatThrownBy(() -> Fairness.INSTANCE.restore(here, in))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("state of metric fairness: person 0 was involved");

    StateWriter shorter =
        new StateWriter().writeLong(0).writeLong(0).writeLongs(new long[people - 1]);
    assertThatThrownBy(
            () ->
                Participation.INSTANCE.restore(
                    here, new StateReader(shorter.toByteArray(), "state of metric participation")))
        .hasMessageContaining("values where this context has " + people);
  }

  @Test
  void everyTraitSurvivesTheTrip() {
    DecisionTraits traits =
        DecisionTraits.builder()
            .significance(0.25)
            .urgency(1)
            .groupExpertise(0)
            .mandate(Mandate.LEGAL)
            .confidential(true)
            .consistencyCritical(true)
            .timeAvailable(Duration.ofSeconds(90_061, 5))
            .build();
    StateWriter out = new StateWriter();
    TraitsState.write(traits, out);
    TraitsState.write(DecisionTraits.unknown(), out);
    StateReader in = new StateReader(out.toByteArray(), "traits");
    assertThat(TraitsState.read(in)).isEqualTo(traits);
    assertThat(TraitsState.read(in)).isEqualTo(DecisionTraits.unknown());
    assertThat(in.remaining()).isZero();
  }

  @Test
  void aRegistryWithACalculatorThatCannotTravelSaysWhichUpFront() {
    MetricRegistry mixed =
        MetricRegistry.builder()
            .registerBuiltIns()
            .register(new MetricRegistryTest.EntryCount())
            .build();
    assertThat(REGISTRY.notPortable()).isEmpty();
    assertThat(mixed.notPortable()).containsExactly("test.entry-count");
    Measurement m = mixed.newMeasurement(context());
    assertThatThrownBy(m::save)
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageEndingWith("PortableMetricCalculator: [test.entry-count]");
  }

  /**
   * A real state with the counts of records read, outside the period and outside the subject
   * replaced, and its checksum recomputed: what a forger with the format in hand writes.
   */
  private static byte[] forged(byte[] state, MetricContext context, long read, long outside) {
    StateWriter fingerprint = new StateWriter();
    context.fingerprint().write(fingerprint);
    java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(state.clone());
    int at = 4 + fingerprint.toByteArray().length;
    bytes.putLong(at, read).putLong(at + 8, outside).putLong(at + 16, 0);
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(bytes.array(), 0, state.length - 4);
    bytes.putInt(state.length - 4, (int) crc.getValue());
    return bytes.array();
  }

  @Test
  void aForgedStateWithImpossibleTotalsIsRefusedAtRestore() { // T4
    MetricContext here = context();
    Measurement m = REGISTRY.newMeasurement(here);
    TestLedgers.random(here.organization(), 17, 300).forEach(m::accept);
    byte[] state = m.save();
    assertThat(REGISTRY.restore(here, forged(state, here, 300, 0)).report()).isEqualTo(m.report());
    // more records filtered out than read: recordsMeasured would be -5
    assertThatThrownBy(() -> REGISTRY.restore(here, forged(state, here, 300, 305)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the measurement state is impossible: 305 records outside the period and 0 outside"
                + " the subject, of 300 read");
    // metrics that used records the measurement never handed them
    assertThatThrownBy(() -> REGISTRY.restore(here, forged(state, here, 300, 300)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the measurement state is impossible: metric ")
        .hasMessageEndingWith(" records of the 0 measured");
  }

  @Test
  void aMergeWhoseTotalsWouldOverflowIsRefusedAndChangesNothing() { // T4
    MetricContext here = context();
    Measurement m = REGISTRY.newMeasurement(here);
    TestLedgers.random(here.organization(), 19, 200).forEach(m::accept);
    MetricReport before = m.report();
    Measurement huge =
        REGISTRY.restore(here, forged(m.save(), here, Long.MAX_VALUE - 100, Long.MAX_VALUE - 300));
    assertThatThrownBy(() -> m.merge(huge))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a merged count exceeds 9223372036854775807: ");
    assertThat(m.report()).isEqualTo(before);
  }

  /** Counts records into a long; its merges add with {@link Math#addExact}. */
  static final class Tally implements PortableMetricCalculator<Tally.Acc> {
    static final class Acc implements MetricAccumulator<Acc> {
      long count;

      @Override
      public void accept(LedgerRecord record) {
        count++;
      }

      @Override
      public void merge(Acc other) {
        count = Math.addExact(count, other.count);
      }

      @Override
      public MetricValue result() {
        return MetricValue.builder("test.tally", "records")
            .put("count", count)
            .explanation(
                org.partnership.rules.Explanation.of(
                    "records counted",
                    List.of(
                        org.partnership.rules.Reason.builder()
                            .ruleId("count")
                            .condition("every record")
                            .fired(true)
                            .observe("count", count)
                            .build())))
            .build();
      }
    }

    @Override
    public String id() {
      return "test.tally";
    }

    @Override
    public String description() {
      return "records, counted";
    }

    @Override
    public String unit() {
      return "records";
    }

    @Override
    public Acc newAccumulator(MetricContext context) {
      return new Acc();
    }

    @Override
    public void save(Acc accumulator, StateWriter out) {
      out.writeLong(accumulator.count);
    }

    @Override
    public Acc restore(MetricContext context, StateReader in) {
      Acc a = new Acc();
      a.count = in.readCounter();
      return a;
    }
  }

  @Test
  void aMergeThatFailsHalfWayLeavesAMeasurementThatSaysSoInsteadOfReportingWrongCounts() { // T4
    MetricRegistry registry =
        MetricRegistry.builder().registerBuiltIns().register(new Tally()).build();
    MetricContext here = context();
    Measurement m = registry.newMeasurement(here);
    TestLedgers.random(here.organization(), 23, 100).forEach(m::accept);
    Measurement forged = registry.newMeasurement(here);
    TestLedgers.random(here.organization(), 29, 100).forEach(forged::accept);
    byte[] state = forged.save();
    // the tally's count, the state's last long before the checksum, set near the maximum
    java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(state);
    bytes.putLong(state.length - 12, Long.MAX_VALUE - 10);
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(state, 0, state.length - 4);
    bytes.putInt(state.length - 4, (int) crc.getValue());
    Measurement restored = registry.restore(here, state);
    assertThatThrownBy(() -> m.merge(restored)).isExactlyInstanceOf(ArithmeticException.class);
    for (org.assertj.core.api.ThrowableAssert.ThrowingCallable use :
        List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
            m::report,
            m::save,
            () -> m.accept(TestLedgers.random(here.organization(), 1, 1).get(0)),
            () -> registry.newMeasurement(here).merge(m))) {
      assertThatThrownBy(use)
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith(
              "this measurement is incomplete: a merge failed in metric test.tally (");
    }
  }

  @Test
  void countsAddCheckedOnMerge() {
    assertThat(Stats.plus(Long.MAX_VALUE - 1, 1)).isEqualTo(Long.MAX_VALUE);
    assertThatThrownBy(() -> Stats.plus(Long.MAX_VALUE, 1))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("a merged count exceeds 9223372036854775807: 9223372036854775807 + 1");
    long[] into = {1, Long.MAX_VALUE};
    assertThatThrownBy(() -> Stats.plus(into, new long[] {1, 1}))
        .isExactlyInstanceOf(IllegalArgumentException.class);
  }
}
