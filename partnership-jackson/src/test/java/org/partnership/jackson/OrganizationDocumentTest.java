package org.partnership.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.google.common.testing.NullPointerTester;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnership.model.Domain;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;
import org.partnership.model.Style;

class OrganizationDocumentTest {

  static final String SCHOOL =
      """
      {
        "people": [
          { "id": "sue", "displayName": "Sue Park",
            "competences": { "budget": 0.9, "hiring": 0.75 },
            "attributes": { "site": "district" } },
          { "id": "tom", "displayName": "Tom Berg", "competences": { "curriculum": 0.95 } }
        ],
        "roles": [
          { "id": "head", "title": "Head", "delegationLevels": { "budget": "CONSULT" } },
          { "id": "teacher", "title": "Teacher", "reportsTo": "head" }
        ],
        "assignments": [
          { "person": "sue", "role": "head" },
          { "person": "tom", "role": "teacher" }
        ]
      }
      """;

  static Organization parse(String json) {
    return DocumentType.ORGANIZATION.parse(json, "school.json", DocumentFormat.JSON);
  }

  @Test
  void readsPeopleRolesAndAssignments() {
    Organization org = parse(SCHOOL);
    assertThat(org.people()).extracting(Person::id).containsExactly("sue", "tom");
    assertThat(org.person("sue").orElseThrow().proficiencyIn(Domain.of("budget"))).hasValue(0.9);
    assertThat(org.person("sue").orElseThrow().attribute("site")).hasValue("district");
    assertThat(org.role("head").orElseThrow().delegationLevels())
        .containsEntry(Domain.of("budget"), Style.CONSULT);
    assertThat(org.levelOf("teacher")).isEqualTo(1);
    assertThat(org.holdersOf("teacher")).extracting(Person::id).containsExactly("tom");
  }

  @Test
  void writingThenReadingGivesTheSameOrganizationInJsonAndYaml() {
    Organization org = parse(SCHOOL);
    for (DocumentFormat format : DocumentFormat.values()) {
      String text = DocumentType.ORGANIZATION.write(org, format);
      assertThat(DocumentType.ORGANIZATION.parse(text, "again", format)).isEqualTo(org);
    }
  }

  @Test
  void randomOrganizationsSurviveARoundTrip() {
    qt().forAll(
            lists().of(integers().between(0, 1_000_000)).ofSizeBetween(1, 40),
            doubles().between(0, 1))
        .checkAssert(
            (seeds, proficiency) -> {
              Organization.Builder b = Organization.builder();
              for (int i = 0; i < seeds.size(); i++) {
                int parent = seeds.get(i) % (i + 1) - 1;
                Role.Builder role = Role.builder().id("r" + i).title("Role " + i);
                if (parent >= 0) {
                  role.reportsTo("r" + parent);
                }
                role.putDelegationLevel(
                    Domain.of("d" + seeds.get(i) % 3), Style.ofLevel(1 + seeds.get(i) % 7));
                b.addRole(role.build());
                b.addPerson(
                    Person.builder()
                        .id("p" + i)
                        .displayName("Person " + i)
                        .putCompetence(Domain.of("d" + i % 4), proficiency)
                        .putAttribute("group", "g" + seeds.get(i) % 5)
                        .build());
                b.assign("p" + i, "r" + i);
              }
              Organization org = b.build();
              String json = DocumentType.ORGANIZATION.write(org, DocumentFormat.JSON);
              assertThat(parse(json)).isEqualTo(org);
            });
  }

  @Test
  void readsAndWritesFilesByExtension(@TempDir Path dir) throws Exception {
    Organization org = parse(SCHOOL);
    Path yaml = dir.resolve("school.yaml");
    DocumentType.ORGANIZATION.write(org, yaml);
    assertThat(Files.readString(yaml)).contains("displayName: \"Sue Park\"");
    assertThat(DocumentType.ORGANIZATION.read(yaml)).isEqualTo(org);
    Path json = dir.resolve("school.json");
    DocumentType.ORGANIZATION.write(org, json);
    assertThat(DocumentType.ORGANIZATION.read(json)).isEqualTo(org);
    assertThat(
            DocumentType.ORGANIZATION.read(
                new ByteArrayInputStream(SCHOOL.getBytes(StandardCharsets.UTF_8)),
                "stdin",
                DocumentFormat.JSON))
        .isEqualTo(org);
    assertThatThrownBy(() -> DocumentType.ORGANIZATION.read(dir.resolve("missing.json")))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("missing.json");
  }

  @Test
  void anOutOfRangeProficiencyIsReportedAtItsLineColumnAndPath() {
    String bad = SCHOOL.replace("\"hiring\": 0.75", "\"hiring\": 1.5");
    assertThatThrownBy(() -> parse(bad))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessage("school.json:4:49 people[0].competences.hiring: must be in [0, 1], was 1.5")
        .satisfies(
            e -> {
              DocumentException d = (DocumentException) e;
              assertThat(d.source()).isEqualTo("school.json");
              assertThat(d.line()).isEqualTo(4);
              assertThat(d.column()).isEqualTo(49);
              assertThat(d.path()).isEqualTo("people[0].competences.hiring");
              assertThat(d.problem()).isEqualTo("must be in [0, 1], was 1.5");
            });
  }

  @Test
  void unknownFieldsAreRejected() {
    String bad = SCHOOL.replace("\"title\": \"Teacher\"", "\"title\": \"Teacher\", \"salary\": 1");
    assertThatThrownBy(() -> parse(bad))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageStartingWith("school.json:10:54 ")
        .hasMessageContaining(
            "roles[1].salary: unknown field; expected one of [delegationLevels, id, reportsTo, title]");
  }

  @Test
  void wrongTypesNameWhatWasExpected() {
    assertThatThrownBy(() -> parse(SCHOOL.replace("\"budget\": 0.9", "\"budget\": \"high\"")))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessage(
            "school.json:4:34 people[0].competences.budget: expected a number, was the string \"high\"");
    assertThatThrownBy(() -> parse(SCHOOL.replace("\"CONSULT\"", "\"SOMETIMES\"")))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageContaining(
            "roles[0].delegationLevels.budget: expected one of [TELL, SELL, CONSULT, AGREE, ADVISE,"
                + " INQUIRE, DELEGATE], was \"SOMETIMES\"");
    assertThatThrownBy(() -> parse("[]"))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessage("school.json:1:1 $: expected an object, was an array");
  }

  @Test
  void missingRequiredFieldsAreNamed() {
    assertThatThrownBy(() -> parse(SCHOOL.replace("\"displayName\": \"Tom Berg\", ", "")))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessage("school.json:6:5 people[1]: missing required field \"displayName\"");
  }

  @Test
  void danglingReferencesAreReportedWhereTheyAre() {
    assertThatThrownBy(
            () -> parse(SCHOOL.replace("\"reportsTo\": \"head\"", "\"reportsTo\": \"boss\"")))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessage("school.json:10:57 roles[1].reportsTo: unknown role \"boss\"");
    assertThatThrownBy(
            () -> parse(SCHOOL.replace("{ \"person\": \"tom\"", "{ \"person\": \"zed\"")))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessage("school.json:14:17 assignments[1].person: unknown person \"zed\"");
  }

  @Test
  void cyclesAreReportedWithTheRolesInvolved() {
    String cycle =
        SCHOOL.replace(
            "\"id\": \"head\", \"title\": \"Head\"",
            "\"id\": \"head\", \"title\": \"Head\", \"reportsTo\": \"teacher\"");
    assertThatThrownBy(() -> parse(cycle))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessage(
            "school.json:1:1 $: roles: reporting lines form a cycle: \"head\" → \"teacher\" →"
                + " \"head\"");
  }

  @Test
  void invalidValuesFromTheModelAreReportedAtTheirElement() {
    assertThatThrownBy(() -> parse(SCHOOL.replace("\"id\": \"tom\"", "\"id\": \" tom\"")))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessage(
            "school.json:6:5 people[1]: id must not start or end with whitespace, was \" tom\"");
  }

  @Test
  void malformedDuplicateAndOverDeepDocumentsAreRefused() {
    assertThatThrownBy(() -> parse("{ \"people\": [ }"))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageStartingWith("school.json:1:15 ");
    assertThatThrownBy(() -> parse("{ \"people\": [], \"people\": [] }"))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageContaining("Duplicate");
    assertThatThrownBy(() -> parse("[".repeat(100) + "]".repeat(100)))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessageEndingWith("objects and arrays nested deeper than 64 levels");
    assertThatThrownBy(() -> parse(""))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessage("school.json:1:1 $: empty document");
  }

  @Test
  void yamlErrorsCarryLinesToo() {
    String yaml =
        """
        people:
          - id: ann
            displayName: Ann
            competences:
              budget: 2
        """;
    assertThatThrownBy(() -> DocumentType.ORGANIZATION.parse(yaml, "org.yaml", DocumentFormat.YAML))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessage("org.yaml:5:15 people[0].competences.budget: must be in [0, 1], was 2.0");
  }

  @Test
  void nullsAreRejectedByName() {
    new NullPointerTester()
        .setDefault(DocumentFormat.class, DocumentFormat.JSON)
        .setDefault(Organization.class, Organization.builder().build())
        .setDefault(Path.class, Path.of("x.json"))
        .testAllPublicInstanceMethods(DocumentType.ORGANIZATION);
  }

  @Test
  void documentsOverTheSizeLimitAreRefusedBeforeParsing() {
    java.io.InputStream huge =
        new java.io.InputStream() {
          long left = 64L * 1024 * 1024 + 1;

          @Override
          public int read() {
            return left-- > 0 ? ' ' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            if (left <= 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) ' ');
            left -= n;
            return n;
          }
        };
    assertThatThrownBy(() -> DocumentType.ORGANIZATION.read(huge, "huge.json", DocumentFormat.JSON))
        .isExactlyInstanceOf(DocumentException.class)
        .hasMessage("huge.json:0:0 $: document too large: over 67108864 bytes");
  }
}
