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
  void readsAYamlPolicyAJsonOrganizationAndACsvLedgerOnTheModulePath() throws Exception {
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
            location(de.siegmar.fastcsv.reader.CsvReader.class),
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
    // A ledger CSV, read by FastCSV inside the module.
    Class<?> csv = loader.loadClass("org.partnership.jackson.LedgerCsv");
    Class<?> recordType = loader.loadClass("org.partnership.jackson.LedgerRecordType");
    Class<?> mode = loader.loadClass("org.partnership.jackson.ReadMode");
    java.util.List<Object> records = new java.util.ArrayList<>();
    csv.getMethod(
            "read",
            java.io.Reader.class,
            String.class,
            recordType,
            mode,
            java.util.function.Consumer.class)
        .invoke(
            null,
            new java.io.StringReader(
                "person_id,kind,phase,start,duration\n"
                    + "sue,COACHING,UPFRONT,2026-09-01T08:00:00Z,PT1H\n"),
            "time.csv",
            recordType.getField("TIME").get(null),
            mode.getField("STRICT").get(null),
            (java.util.function.Consumer<Object>) records::add);
    assertThat(records).hasSize(1);
    assertThat(records.get(0).toString()).contains("sue");
    assertThat(layer.findModule(NAME).orElseThrow().isExported("org.partnership.jackson.internal"))
        .isFalse();
  }
}
