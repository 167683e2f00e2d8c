package org.partnership.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The examples use the other modules through their public API only. */
@AnalyzeClasses(
    packages = "org.partnership.examples",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ExamplesArchitectureTest {

  @ArchTest
  static final ArchRule touchNoInternalsOfOtherModules =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.partnership.internal..",
              "org.partnership.jackson.internal..",
              "org.partnership.metrics.internal..",
              "org.partnership.simulation.internal..");

  @ArchTest
  static final ArchRule neverPrintToTheConsoleDirectly =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.partnership.examples.cli..")
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err");
}
