package org.partnership.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.examples.plugin.DevelopmentTime;
import org.partnership.jackson.LedgerCsv;
import org.partnership.jackson.LedgerReadReport;
import org.partnership.jackson.LedgerRecordType;
import org.partnership.jackson.LedgerWriter;
import org.partnership.jackson.ReadMode;
import org.partnership.ledger.LedgerRecord;
import org.partnership.metrics.LeadershipAssessment;
import org.partnership.metrics.Measurement;
import org.partnership.metrics.MetricContext;
import org.partnership.metrics.MetricRegistry;
import org.partnership.metrics.MetricReport;
import org.partnership.metrics.MetricValue;
import org.partnership.metrics.Subject;
import org.partnership.model.Organization;
import org.partnership.rules.Policy;
import org.partnership.simulation.ledger.LedgerGenerator;

/** The README's metrics example runs, and is the README's text. */
class ReadmeMetricsExampleTest {

  @TempDir Path ledger;

  @Test
  @SuppressWarnings("unused")
  void theMetricsExampleRunsAsShown() throws IOException {
    Organization district = SampleOrganizations.district();
    Policy policy = Policy.seed();
    try (LedgerWriter w =
        LedgerCsv.writer(
            Files.newBufferedWriter(ledger.resolve("time.csv")), LedgerRecordType.TIME)) {
      for (LedgerRecord r : LedgerGenerator.of(district, 1).records(2000).toList()) {
        if (LedgerRecordType.of(r) == LedgerRecordType.TIME) {
          w.write(r);
        }
      }
    }
    // README:begin
    MetricContext context =
        MetricContext.builder(district)
            .policy(policy) // thresholds and targets; default: the seed policy
            .to(Instant.parse("2027-01-05T00:00:00Z")) // the period, half-open; also "as of"
            .subject(Subject.organization()) // or Subject.person(id), Subject.unit(roleId)
            .build();
    MetricRegistry registry =
        MetricRegistry.builder()
            .registerBuiltIns() // the twelve of docs/metrics.md
            .register(new DevelopmentTime()) // your own calculator
            .build();
    Measurement measurement = registry.newMeasurement(context); // one per thread; merge() them
    LedgerReadReport read =
        LedgerCsv.read(
            ledger.resolve("time.csv"),
            LedgerRecordType.TIME,
            ReadMode.LENIENT,
            measurement::accept);
    MetricReport report = measurement.report(); // or registry.measure(context, records)
    MetricValue share = report.value("partnering-share").orElseThrow();
    double leaders = share.value("leaders").orElseThrow(); // the 70/30 of leaders' time
    long skipped = share.recordsSkipped(); // with reasons in share.skipped()
    String how = share.explanation().toText(); // the formula and the counts
    LeadershipAssessment assessment = LeadershipAssessment.of(report);
    LeadershipAssessment.Status status = assessment.status(); // PASS, FAIL, INCONCLUSIVE …
    // README:end
    assertThat(read.read()).isEqualTo(read.accepted()).isPositive();
    assertThat(leaders).isBetween(0.5, 0.8);
    assertThat(report.value(DevelopmentTime.ID)).isPresent();
    assertThat(how).contains("partneringHours");
    // Only time was read: timeliness, consistency and fairness lack data.
    assertThat(status).isEqualTo(LeadershipAssessment.Status.INSUFFICIENT_DATA);
  }

  @Test
  void theReadmeShowsExactlyThisExample() {
    assertThat(ReadmeBlocks.fromReadme("metrics"))
        .isEqualTo(
            ReadmeBlocks.fromTest(
                "src/test/java/org/partnership/examples/ReadmeMetricsExampleTest.java"));
  }
}
