package org.partnership.metrics;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The module's layering and public surface. */
class MetricsModuleTest {

  @Test
  void onlyTheContractTheRegistryTheValuesAndTheAssessmentArePublic() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.partnership.metrics");
    Set<String> published = new TreeSet<>();
    classes.stream()
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
        .forEach(c -> published.add(c.getName().replace("org.partnership.metrics.", "")));
    assertThat(published)
        .containsExactly(
            "BuiltInMetrics",
            "ContextFingerprint",
            "LeadershipAssessment",
            "LeadershipAssessment$Aspect",
            "LeadershipAssessment$Component",
            "LeadershipAssessment$Status",
            "Measurement",
            "MetricAccumulator",
            "MetricCalculator",
            "MetricContext",
            "MetricContext$Builder",
            "MetricRegistry",
            "MetricRegistry$Builder",
            "MetricReport",
            "MetricValue",
            "MetricValue$Builder",
            "PortableMetricCalculator",
            "StateReader",
            "StateWriter",
            "Subject",
            "Subject$Kind");
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
