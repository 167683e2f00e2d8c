package org.partnership.metrics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.TimeEntry;
import org.partnership.model.ActivityKind;
import org.partnership.model.Phase;
import org.partnership.model.TimeAllocation;

/**
 * Smoke test of the metrics module before it has calculators: core's ledger is reachable and folds
 * into the allocation a calculator will consume, and the layering holds.
 */
class MetricsModuleTest {

  @Test
  void ledgerRecordsFromCoreFoldIntoATimeAllocation() {
    Instant start = Instant.parse("2026-09-01T08:00:00Z");
    LedgerRecord[] ledger = {
      TimeEntry.of("ann", ActivityKind.SHARED_INPUT, Phase.UPFRONT, start, Duration.ofMinutes(70)),
      TimeEntry.of(
          "ann", ActivityKind.DIRECTING, Phase.IMPLEMENTATION, start, Duration.ofMinutes(30))
    };
    TimeAllocation.Builder allocation = TimeAllocation.builder();
    for (LedgerRecord record : ledger) {
      allocation.addEntry(((TimeEntry) record).toAllocationEntry());
    }
    assertThat(allocation.build().partneringShare()).hasValue(0.7);
  }

  @Test
  void metricsBuildOnCoreOnlyAndNeverOnItsInternals() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.partnership.metrics");
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.partnership.jackson..", "org.partnership.examples..", "org.partnership.internal..")
        .allowEmptyShould(true)
        .check(classes);
  }
}
