package org.partnership.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module's descriptor pins what it exports, and the module runs on the module path with only
 * what it requires: its internals are sealed.
 */
class ModuleTest {

  static final String NAME = "org.partnership.core";

  static Path location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  static ModuleDescriptor descriptor() {
    return ModuleFinder.of(Path.of("target/classes")).find(NAME).orElseThrow().descriptor();
  }

  @Test
  void exportsTheApiPackagesOnlyAndOpensNothing() {
    ModuleDescriptor d = descriptor();
    assertThat(d.isAutomatic()).isFalse();
    assertThat(d.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
    assertThat(
            d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "org.partnership.ledger",
            "org.partnership.model",
            "org.partnership.rules",
            "org.partnership.rules.classic",
            "org.partnership.text");
    assertThat(d.packages()).contains("org.partnership.internal");
    assertThat(d.opens()).isEmpty();
    assertThat(
            d.requires().stream()
                .filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                .map(ModuleDescriptor.Requires::name)
                .collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("java.base", "com.google.common");
  }

  @Test
  void runsOnTheModulePathWithItsInternalsSealed() throws Exception {
    ModuleFinder finder =
        ModuleFinder.of(
            Path.of("target/classes"),
            location(com.google.common.collect.ImmutableList.class),
            location(com.google.common.util.concurrent.internal.InternalFutureFailureAccess.class));
    Configuration configuration =
        ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of(NAME));
    ModuleLayer layer =
        ModuleLayer.boot()
            .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    Module module = layer.findModule(NAME).orElseThrow();
    ClassLoader loader = layer.findLoader(NAME);
    Class<?> policy = loader.loadClass("org.partnership.rules.Policy");
    assertThat(policy.getModule()).isSameAs(module);
    Object seed = policy.getMethod("seed").invoke(null);
    assertThat(policy.getMethod("id").invoke(seed)).isEqualTo("seed");
    for (String exported : List.of("org.partnership.model", "org.partnership.rules")) {
      assertThat(module.isExported(exported)).as(exported).isTrue();
    }
    assertThat(module.isExported("org.partnership.internal")).isFalse();
    assertThat(module.isOpen("org.partnership.model")).isFalse();
  }
}
