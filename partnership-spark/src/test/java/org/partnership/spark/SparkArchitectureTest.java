package org.partnership.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The Spark module builds on core, metrics and simulation only: no Jackson 3 on the cluster (the
 * document codecs stay out), no CLI application, no library internals.
 */
class SparkArchitectureTest {

  @Test
  void sparkBuildsOnTheLibrarysPublicApiWithoutJacksonItselfTheCliOrInternals() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.partnership.spark");
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.partnership.jackson.internal..",
            "org.partnership.examples..",
            "org.partnership.internal..",
            "org.partnership.simulation.internal..",
            "tools.jackson..")
        .check(classes);
  }
}
