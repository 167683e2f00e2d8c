package org.partnership.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Layering of the core module: it knows nothing of the modules built on it. */
@AnalyzeClasses(packages = "org.partnership", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  @ArchTest
  static final ArchRule coreDependsOnNoOtherProjectModule =
      noClasses()
          .that()
          .resideInAPackage("org.partnership..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.partnership.metrics..",
              "org.partnership.jackson..",
              "org.partnership.examples..");

  @ArchTest
  static final ArchRule theModelKnowsNothingOfTheLedger =
      noClasses()
          .that()
          .resideInAPackage("org.partnership.model..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.partnership.ledger..");

  @ArchTest
  static final ArchRule theModelAndLedgerKnowNothingOfTheRules =
      noClasses()
          .that()
          .resideInAnyPackage("org.partnership.model..", "org.partnership.ledger..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.partnership.rules..");

  @ArchTest
  static final ArchRule coreUsesOnlyGuavaSlf4jAndTheJdk =
      noClasses()
          .that()
          .resideInAPackage("org.partnership..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages(
              "org.partnership..",
              "java..",
              "com.google.common..",
              "com.google.errorprone..",
              "org.slf4j..",
              "org.immutables..",
              "javax.annotation..");
}
