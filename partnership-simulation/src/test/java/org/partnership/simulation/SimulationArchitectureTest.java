package org.partnership.simulation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The simulation library's layering: an engine that knows no model, models that know no other. */
@AnalyzeClasses(
    packages = "org.partnership.simulation",
    importOptions = ImportOption.DoNotIncludeTests.class)
class SimulationArchitectureTest {

  @ArchTest
  static final ArchRule touchNoInternalsOfOtherModules =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.partnership.internal..",
              "org.partnership.jackson..",
              "org.partnership.metrics.internal..",
              "org.partnership.examples..");

  @ArchTest
  static final ArchRule neverPrintSetPropertiesOrExit =
      noClasses()
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .orShould()
          .callMethod(System.class, "setProperty", String.class, String.class)
          .orShould()
          .callMethod(System.class, "exit", int.class);

  @ArchTest
  static final ArchRule theEngineKnowsNoModel =
      noClasses()
          .that()
          .resideInAPackage("org.partnership.simulation")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.partnership.simulation.march..",
              "org.partnership.simulation.organization..",
              "org.partnership.simulation.ledger..");

  @ArchTest
  static final ArchRule theMarchModelDoesNotDependOnTheOrganizationModel =
      noClasses()
          .that()
          .resideInAPackage("org.partnership.simulation.march..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.partnership.simulation.organization..");

  @ArchTest
  static final ArchRule theOrganizationModelDoesNotDependOnMarch =
      noClasses()
          .that()
          .resideInAPackage("org.partnership.simulation.organization..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.partnership.simulation.march..");
}
