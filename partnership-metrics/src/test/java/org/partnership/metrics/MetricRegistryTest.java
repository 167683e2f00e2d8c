package org.partnership.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.TimeEntry;
import org.partnership.metrics.testkit.TestLedgers;
import org.partnership.rules.Explanation;

class MetricRegistryTest {

  /** A plug-in: counts time entries. */
  public static class EntryCount implements MetricCalculator<EntryCount.Acc> {
    @Override
    public String id() {
      return "test.entry-count";
    }

    @Override
    public String description() {
      return "Counts time entries.";
    }

    @Override
    public String unit() {
      return "entries";
    }

    @Override
    public Acc newAccumulator(MetricContext context) {
      java.util.Objects.requireNonNull(context, "context");
      return new Acc();
    }

    /** Its accumulator. */
    public static final class Acc implements MetricAccumulator<Acc> {
      long count;

      @Override
      public void accept(LedgerRecord record) {
        if (java.util.Objects.requireNonNull(record, "record") instanceof TimeEntry) {
          count++;
        }
      }

      @Override
      public void merge(Acc other) {
        if (other == this) {
          throw new IllegalArgumentException("self");
        }
        count += other.count;
      }

      @Override
      public MetricValue result() {
        return MetricValue.builder("test.entry-count", "entries")
            .put("overall", count)
            .recordsUsed(count)
            .explanation(Explanation.of("time entries counted", List.of()))
            .build();
      }
    }
  }

  /** A second provider claiming the same id. */
  public static class SameId extends EntryCount {}

  /** A provider that cannot be constructed. */
  public static class Broken extends EntryCount {
    public Broken() {
      throw new IllegalStateException("broken on purpose");
    }
  }

  /** A provider with an id that breaks the rules. */
  public static class BadId extends EntryCount {
    @Override
    public String id() {
      return "Bad Id";
    }
  }

  @TempDir Path dir;

  ClassLoader providers(Class<?>... classes) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    StringBuilder lines = new StringBuilder();
    for (Class<?> c : classes) {
      lines.append(c.getName()).append('\n');
    }
    lines.append("org.example.DoesNotExist\n");
    Files.writeString(services.resolve(MetricCalculator.class.getName()), lines);
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
  }

  @Test
  void explicitRegistrationKeepsTheOrderAndFindsById() {
    MetricRegistry registry =
        MetricRegistry.builder().register(new EntryCount()).registerBuiltIns().build();
    assertThat(registry.calculators()).hasSize(13);
    assertThat(registry.calculators().get(0).id()).isEqualTo("test.entry-count");
    assertThat(registry.calculator("fairness")).containsSame(BuiltInMetrics.fairness());
    assertThat(registry.calculator("nope")).isEmpty();
    assertThat(registry.problems()).isEmpty();
    assertThat(MetricRegistry.builtIns().toString()).startsWith("MetricRegistry[partnering-share");
  }

  @Test
  void twoCalculatorsWithOneIdAreRefusedNamingBoth() {
    assertThatThrownBy(
            () ->
                MetricRegistry.builder().register(new EntryCount()).register(new SameId()).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "two metric calculators have the id \"test.entry-count\": "
                + EntryCount.class.getName()
                + " (registered) and "
                + SameId.class.getName()
                + " (registered)");
  }

  @Test
  void aCalculatorBothRegisteredAndDiscoveredIsNamedWithWhereEachCameFrom() throws IOException {
    ClassLoader loader = providers(EntryCount.class);
    assertThatThrownBy(
            () -> MetricRegistry.builder().register(new EntryCount()).discover(loader).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "two metric calculators have the id \"test.entry-count\": "
                + EntryCount.class.getName()
                + " (registered) and "
                + EntryCount.class.getName()
                + " (discovered by ServiceLoader); add each calculator once: register it or"
                + " discover it");
    assertThatThrownBy(
            () ->
                MetricRegistry.builder()
                    .registerBuiltIns()
                    .register(BuiltInMetrics.fairness())
                    .build())
        .hasMessageContaining("(built in) and ")
        .hasMessageContaining("(registered)");
  }

  @Test
  void anInvalidIdIsRefusedWithTheIdAndTheClass() {
    assertThatThrownBy(() -> MetricRegistry.builder().register(new BadId()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"Bad Id\"")
        .hasMessageContaining(BadId.class.getName());
  }

  @Test
  void discoverySurvivesBrokenProvidersAndReportsThem() throws IOException {
    MetricRegistry registry =
        MetricRegistry.builder()
            .discover(providers(EntryCount.class, Broken.class, BadId.class))
            .build();
    assertThat(registry.calculators()).hasSize(1);
    assertThat(registry.calculators().get(0)).isInstanceOf(EntryCount.class);
    assertThat(registry.problems()).hasSize(3);
    assertThat(String.join("\n", registry.problems()))
        .contains(Broken.class.getName(), "org.example.DoesNotExist", "\"Bad Id\"");
    MetricReport report =
        registry.measure(
            MetricContext.of(TestLedgers.organization()),
            TestLedgers.random(TestLedgers.organization(), 1, 100));
    assertThat(report.value("test.entry-count")).isPresent();
  }

  @Test
  void discoveryIsOptInAndRejectsDuplicateProvidersNamingBoth() throws IOException {
    ClassLoader loader = providers(EntryCount.class, SameId.class);
    assertThat(MetricRegistry.builder().build().calculators()).isEmpty();
    assertThatThrownBy(() -> MetricRegistry.builder().discover(loader).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(EntryCount.class.getName())
        .hasMessageContaining(SameId.class.getName());
  }

  @Test
  void measurementsMergeOnlyWithTheirOwnKind() {
    MetricContext context = MetricContext.of(TestLedgers.organization());
    MetricRegistry registry = MetricRegistry.builtIns();
    Measurement a = registry.newMeasurement(context);
    assertThatThrownBy(() -> a.merge(a)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                a.merge(
                    MetricRegistry.builder()
                        .register(new EntryCount())
                        .build()
                        .newMeasurement(context)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("only measurements of the same metrics merge: [partnering-share");
    MetricContext later =
        MetricContext.builder(TestLedgers.organization()).from(TestLedgers.START).build();
    assertThatThrownBy(() -> a.merge(registry.newMeasurement(later)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("only measurements of the same context merge: the period differs");
    Measurement b = registry.newMeasurement(context);
    TestLedgers.random(context.organization(), 3, 100).forEach(b::accept);
    assertThat(a.merge(b).report().recordsRead()).isEqualTo(100);
  }

  @Test
  void aReportMergedFromPartsEqualsTheReportOfTheWholeLedger() {
    MetricContext context = MetricContext.of(TestLedgers.organization());
    MetricRegistry registry = MetricRegistry.builtIns();
    List<LedgerRecord> ledger = TestLedgers.random(context.organization(), 5, 2000);
    Measurement first = registry.newMeasurement(context);
    Measurement second = registry.newMeasurement(context);
    ledger.subList(0, 700).forEach(first::accept);
    ledger.subList(700, ledger.size()).forEach(second::accept);
    MetricReport merged = first.merge(second).report();
    MetricReport whole = registry.measure(context, ledger);
    new EqualsTester()
        .addEqualityGroup(merged, whole)
        .addEqualityGroup(registry.measure(context, ledger.subList(0, 700)))
        .addEqualityGroup(
            registry.measure(
                MetricContext.of(TestLedgers.organization()), ledger)) // another context
        .testEquals();
  }

  @Test
  void nullsAreRejectedByName() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(MetricContext.class, MetricContext.of(TestLedgers.organization()))
            .setDefault(MetricCalculator.class, new EntryCount());
    tester.testAllPublicInstanceMethods(MetricRegistry.builtIns());
    tester.testAllPublicInstanceMethods(MetricRegistry.builder());
    tester.testAllPublicInstanceMethods(
        MetricRegistry.builtIns().newMeasurement(MetricContext.of(TestLedgers.organization())));
  }
}
