package org.partnership.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module's descriptor pins what it exports, and documents are read on the module path with only
 * what the module requires (Jackson's and SnakeYAML Engine's exported packages only).
 */
class ModuleTest {

  static final String NAME = "org.partnership.jackson";

  static Path location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void exportsItsApiPackageOnlyAndOpensNothing() {
    ModuleDescriptor d =
        ModuleFinder.of(Path.of("target/classes")).find(NAME).orElseThrow().descriptor();
    assertThat(
            d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .containsExactly("org.partnership.jackson");
    assertThat(d.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
    assertThat(d.packages()).contains("org.partnership.jackson.internal");
    assertThat(d.opens()).isEmpty();
  }

  @Test
  void readsAYamlPolicyAndAJsonOrganizationOnTheModulePath() throws Exception {
    ModuleFinder finder =
        ModuleFinder.of(
            Path.of("target/classes"),
            location(org.partnership.rules.Policy.class),
            location(com.google.common.collect.ImmutableList.class),
            location(com.google.common.util.concurrent.internal.InternalFutureFailureAccess.class),
            location(tools.jackson.core.JsonParser.class),
            location(tools.jackson.databind.ObjectMapper.class),
            location(com.fasterxml.jackson.annotation.JsonProperty.class),
            location(tools.jackson.dataformat.yaml.YAMLMapper.class),
            location(tools.jackson.dataformat.csv.CsvMapper.class),
            location(org.snakeyaml.engine.v2.api.LoadSettings.class));
    Configuration configuration =
        ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of(NAME));
    ModuleLayer layer =
        ModuleLayer.boot()
            .defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader(NAME);
    Class<?> documentType = loader.loadClass("org.partnership.jackson.DocumentType");
    Class<?> format = loader.loadClass("org.partnership.jackson.DocumentFormat");
    assertThat(documentType.getModule().getName()).isEqualTo(NAME);
    Object policyType = documentType.getField("POLICY").get(null);
    Object yaml = format.getField("YAML").get(null);
    Object policy =
        documentType
            .getMethod("parse", String.class, String.class, format)
            .invoke(
                policyType,
                "id: district\nversion: 3\nbalance: { target: 0.7 }\nassessment: ~\n",
                "policy.yaml",
                yaml);
    Class<?> policyClass = loader.loadClass("org.partnership.rules.Policy");
    assertThat(policyClass.getModule().getName()).isEqualTo("org.partnership.core");
    assertThat(policyClass.getMethod("version").invoke(policy)).isEqualTo(3);
    Object organizationType = documentType.getField("ORGANIZATION").get(null);
    Object json = format.getField("JSON").get(null);
    Object organization =
        documentType
            .getMethod("parse", String.class, String.class, format)
            .invoke(
                organizationType,
                "{\"people\":[{\"id\":\"sue\",\"displayName\":\"Sue\"}],"
                    + "\"roles\":[{\"id\":\"head\",\"title\":\"Head\"}],"
                    + "\"assignments\":[{\"person\":\"sue\",\"role\":\"head\"}]}",
                "organization.json",
                json);
    Object people =
        loader
            .loadClass("org.partnership.model.Organization")
            .getMethod("people")
            .invoke(organization);
    assertThat(people.toString()).contains("sue");
    assertThat(layer.findModule(NAME).orElseThrow().isExported("org.partnership.jackson.internal"))
        .isFalse();
  }
}
