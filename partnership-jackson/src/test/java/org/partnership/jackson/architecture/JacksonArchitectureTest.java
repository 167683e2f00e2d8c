package org.partnership.jackson.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Layering of the jackson module: it builds on core only, and only through core's public API. */
@AnalyzeClasses(
    packages = "org.partnership.jackson",
    importOptions = ImportOption.DoNotIncludeTests.class)
class JacksonArchitectureTest {

  @ArchTest
  static final ArchRule dependsOnNoHigherModule =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.partnership.metrics..", "org.partnership.examples..");

  @ArchTest
  static final ArchRule usesNoInternalsOfCore =
      noClasses().should().dependOnClassesThat().resideInAPackage("org.partnership.internal..");

  @ArchTest
  static final ArchRule neverUsesJackson2 =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.fasterxml.jackson.databind..");
}
