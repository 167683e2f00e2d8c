package org.partnership.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.examples.plugin.DevelopmentTime;
import org.partnership.jackson.LedgerCsv;
import org.partnership.jackson.LedgerReadReport;
import org.partnership.jackson.LedgerRecordType;
import org.partnership.jackson.LedgerWriter;
import org.partnership.jackson.ReadMode;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.Recognition;
import org.partnership.metrics.LeadershipAssessment;
import org.partnership.metrics.Measurement;
import org.partnership.metrics.MetricContext;
import org.partnership.metrics.MetricRegistry;
import org.partnership.metrics.MetricReport;
import org.partnership.metrics.MetricValue;
import org.partnership.metrics.Subject;
import org.partnership.model.Domain;
import org.partnership.model.Organization;
import org.partnership.model.Style;
import org.partnership.rules.Policy;
import org.partnership.rules.Reason;
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
            .fairnessAttributes(List.of("site", "contract")) // your protected attributes
            .build();
    MetricRegistry registry =
        MetricRegistry.builder()
            .registerBuiltIns() // the twelve of docs/metrics.md
            .register(new DevelopmentTime()) // your own calculator
            .build();
    Measurement measurement = registry.newMeasurement(context); // one per thread; merge() them
    // Records a host writes as things happen; builders name every field:
    measurement.accept(
        DecisionRecord.builder()
            .decisionId("budget-2026-09")
            .domain(Domain.of("budget"))
            .ownerRoleId("superintendent") // the owning role ("owner" in decision documents)
            .style(Style.CONSULT)
            .raisedAt(Instant.parse("2026-09-01T08:00:00Z"))
            .dueAt(Instant.parse("2026-09-05T17:00:00Z"))
            .decidedBy("maria-alvarez")
            .decidedAt(Instant.parse("2026-09-04T10:00:00Z"))
            .addStakeholders("maria-alvarez", "james-okafor")
            .addParticipants("james-okafor")
            .build());
    measurement.accept(
        Recognition.builder()
            .fromPersonId("maria-alvarez")
            .toPersonId("james-okafor")
            .domain(Domain.of("budget"))
            .at(Instant.parse("2026-09-04T11:00:00Z"))
            .build());
    // ... or whole files (LedgerCsv.read throws IOException; a bad row, DocumentException):
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
    for (LeadershipAssessment.Component c : assessment.components().values()) {
      LeadershipAssessment.Aspect aspect = c.aspect(); // PARTNERSHIP, TIMELY, CONSISTENT, FAIR
      OptionalDouble observed = c.observed(); // also when there was too little data to judge
      OptionalDouble lower = c.lower(); // the 95 % interval of a rate, when there is one
      Reason why = c.reason(); // condition, observed values, thresholds, effect
    }
    // README:end
    assertThat(read.read()).isEqualTo(read.accepted()).isPositive();
    assertThat(leaders).isBetween(0.5, 0.8);
    assertThat(report.value(DevelopmentTime.ID)).isPresent();
    assertThat(how).contains("partneringHours");
    // Only time was read: timeliness, consistency and fairness lack data (fairness is declared).
    assertThat(status).isEqualTo(LeadershipAssessment.Status.INSUFFICIENT_DATA);
  }

  @Test
  void theReadmeShowsItsImports() {
    ReadmeBlocks.checkImports(
        "metrics", "src/test/java/org/partnership/examples/ReadmeMetricsExampleTest.java");
  }

  @Test
  void theReadmeShowsExactlyThisExample() {
    assertThat(ReadmeBlocks.fromReadme("metrics"))
        .isEqualTo(
            ReadmeBlocks.fromTest(
                "src/test/java/org/partnership/examples/ReadmeMetricsExampleTest.java"));
  }
}
