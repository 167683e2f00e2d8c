package org.partnership.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.metrics.Measurement;
import org.partnership.metrics.MetricContext;
import org.partnership.metrics.MetricRegistry;
import org.partnership.metrics.testkit.TestLedgers;

/**
 * The "On Spark" section of {@code docs/limits.md}, row by row: each row is named by a test (here
 * or in the Spark suites of this package) that feeds an input just over the limit; the page test
 * fails when a row has no test or a test names a row the page does not have.
 */
class LimitsPageTest {

  /** The rows of {@code docs/limits.md} a test checks: "Section | what". */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface Limit {
    String[] value();
  }

  private static final List<Class<?>> SUITES =
      List.of(
          LimitsPageTest.class,
          LedgerMetricsTest.class,
          PartnershipSparkTest.class,
          ReadingContractTest.class);

  @Test
  void everyRowOfTheSectionIsCheckedByATestNamingIt() throws IOException {
    Set<String> page = new TreeSet<>();
    String section = null;
    for (String line :
        Files.readAllLines(Path.of("..", "docs", "limits.md"), StandardCharsets.UTF_8)) {
      if (line.startsWith("## ")) {
        section = line.substring(3).trim();
      } else if ("On Spark (`partnership-spark`)".equals(section)
          && line.startsWith("| ")
          && !line.startsWith("| what ")
          && !line.startsWith("| ---")) {
        page.add("On Spark | " + line.substring(2, line.indexOf(" |", 2)).trim());
      }
    }
    Set<String> checked = new TreeSet<>();
    for (Class<?> suite : SUITES) {
      for (Method m : suite.getDeclaredMethods()) {
        if (m.getAnnotation(Limit.class) != null) {
          assertThat(m.getAnnotation(Test.class)).as(m.getName()).isNotNull();
          checked.addAll(List.of(m.getAnnotation(Limit.class).value()));
        }
      }
    }
    assertThat(page).hasSizeGreaterThanOrEqualTo(6);
    assertThat(checked).as("rows the tests name").isEqualTo(page);
  }

  @Test
  @Limit("On Spark | measurement states")
  void aStateOneByteShortIsRefused() {
    MetricContext here = MetricContext.of(TestLedgers.organization());
    Measurement m = MetricRegistry.builtIns().newMeasurement(here);
    TestLedgers.random(here.organization(), 3, 100).forEach(m::accept);
    byte[] state = m.save();
    assertThatThrownBy(
            () ->
                MetricRegistry.builtIns()
                    .restore(here, java.util.Arrays.copyOf(state, state.length - 1)))
        .isExactlyInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @Limit("On Spark | sweep slices")
  void moreSlicesThanRunsAreFewerSlices(@TempDir Path dir) {
    SparkTests.spark();
    PartnershipSparkTest.Run sweep =
        PartnershipSparkTest.run(
            "sweep",
            "--master",
            "local[2]",
            "--model",
            "march1991",
            "--vary",
            "p1=0.1,0.9",
            "--runs",
            "3",
            "--slices",
            "100001",
            "--out",
            dir.resolve("s").toString());
    assertThat(sweep.exitCode()).as(sweep.err()).isZero();
    assertThat(sweep.out()).startsWith("march1991 sweep: 2 cells x 3 runs in 6 slices");
  }
}
