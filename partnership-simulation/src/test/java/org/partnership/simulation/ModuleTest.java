package org.partnership.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The module's public surface, pinned. It is an automatic module ({@code Automatic-Module-Name:
 * org.partnership.simulation}) rather than a named one: Hipparchus 4.0 and XChart 4.0 have no
 * stable module names, and a module may not require a name that could change.
 */
class ModuleTest {

  static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.partnership.simulation");

  @Test
  void thePackagesWithPublicTypesAreTheEngineAndTheModels() {
    Set<String> packages = new TreeSet<>();
    CLASSES.stream()
        .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC))
        .forEach(c -> packages.add(c.getPackageName()));
    assertThat(packages)
        .containsExactly(
            "org.partnership.simulation",
            "org.partnership.simulation.internal", // not API: the ArchUnit rules keep it inside
            "org.partnership.simulation.ledger",
            "org.partnership.simulation.march",
            "org.partnership.simulation.organization");
  }

  @Test
  void noThirdPartyInternalTypeAppearsInThePublicApi() {
    List<String> leaks = new ArrayList<>();
    for (JavaClass c : CLASSES) {
      if (!c.getModifiers().contains(JavaModifier.PUBLIC)) {
        continue;
      }
      for (JavaMethod m : c.getMethods()) {
        if (!m.getModifiers().contains(JavaModifier.PUBLIC)) {
          continue;
        }
        List<JavaClass> types = new ArrayList<>(m.getRawParameterTypes());
        types.add(m.getRawReturnType());
        for (JavaClass t : types) {
          String name = t.getName();
          if (name.contains(".internal.") && !name.startsWith("org.partnership.")) {
            leaks.add(m.getFullName() + " uses " + name);
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
  }
}
