package org.partnership.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.partnership.model.Decision;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Domain;
import org.partnership.model.Mandate;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;
import org.partnership.model.Style;
import org.partnership.model.Trait;

/**
 * The seed rule's specification by example: every row of the table in {@code docs/rules.md} — a
 * decision, the styles the rule may recommend, the styles its completions reach (or firm), the
 * rules that must fire, the unknowns that could change it, the question to ask first and the
 * sentence it follows from — is evaluated against the rule.
 */
class SeedRuleSpecificationTest {

  private static final Path RULES = Path.of("../docs/rules.md");

  /** The example school of docs/rules.md. */
  static Organization school() {
    Domain curriculum = Domain.of("curriculum");
    Domain scheduling = Domain.of("scheduling");
    return Organization.builder()
        .addPerson(person("pat").putCompetence(curriculum, 0.6).build())
        .addPerson(person("sam").putCompetence(curriculum, 0.9).build())
        .addPerson(person("tom").putCompetence(curriculum, 0.9).build())
        .addPerson(person("ana").putCompetence(curriculum, 0.8).build())
        .addPerson(person("lee").build())
        .addPerson(person("kim").putCompetence(scheduling, 0.8).build())
        .addPerson(
            person("bo").putCompetence(curriculum, 0.2).putCompetence(scheduling, 0.2).build())
        .addPerson(person("cy").putCompetence(curriculum, 0.1).build())
        .addRole(
            Role.builder()
                .id("principal")
                .title("Principal")
                .putDelegationLevel(curriculum, Style.AGREE)
                .putDelegationLevel(scheduling, Style.INQUIRE)
                .putDelegationLevel(Domain.of("safety"), Style.TELL)
                .putDelegationLevel(Domain.of("hiring"), Style.CONSULT)
                .build())
        .addRole(
            Role.builder()
                .id("head-science")
                .title("Head of Science")
                .reportsTo("principal")
                .putDelegationLevel(curriculum, Style.ADVISE)
                .build())
        .addRole(Role.of("teacher", "Teacher", "head-science"))
        .assign("pat", "principal")
        .assign("sam", "head-science")
        .assign("tom", "teacher")
        .assign("ana", "teacher")
        .assign("lee", "teacher")
        .assign("kim", "teacher")
        .assign("bo", "teacher")
        .assign("cy", "teacher")
        .build();
  }

  private static Person.Builder person(String id) {
    return Person.builder().id(id).displayName(id.toUpperCase(Locale.ROOT));
  }

  /** One row of the table. */
  record Row(
      String id,
      Decision decision,
      boolean inSchool,
      Set<Style> expected,
      Set<Style> styles,
      List<String> fired,
      Set<Trait> unknowns,
      String askFirst,
      String source) {

    /** Whether the row's recommendation is firm: one style for every completion. */
    boolean firm() {
      return styles.isEmpty();
    }
  }

  static List<Row> rows() throws IOException {
    String doc = Files.readString(RULES, StandardCharsets.UTF_8);
    String table =
        doc.substring(
            doc.indexOf("<!-- specification:begin -->"), doc.indexOf("<!-- specification:end -->"));
    List<Row> rows = new ArrayList<>();
    for (String line : table.split("\n")) {
      if (!line.startsWith("| ") || line.startsWith("| id ") || line.startsWith("| ---")) {
        continue;
      }
      String[] cells = line.split("\\|", -1);
      String id = cells[1].trim();
      DecisionTraits traits = traits(cells[2].trim());
      String organization = cells[3].trim();
      Decision.Builder decision = Decision.builder().id(id).traits(traits);
      boolean inSchool = !organization.equals("—");
      if (inSchool) {
        for (String part : organization.split(",\\s*")) {
          String[] words = part.trim().split("\\s+");
          switch (words[0]) {
            case "owner" -> decision.ownerRoleId(words[1]);
            case "domain" -> decision.domain(Domain.of(words[1]));
            case "stakeholders" -> {
              for (int i = 1; i < words.length; i++) {
                decision.addStakeholders(words[i]);
              }
            }
            default ->
                throw new AssertionError("unknown organization field in " + id + ": " + part);
          }
        }
      } else {
        decision.ownerRoleId("leader").domain(Domain.of("general"));
      }
      Set<Style> expected = styles(cells[4]);
      String reached = cells[5].trim();
      Set<Style> styles = reached.equals("firm") ? EnumSet.noneOf(Style.class) : styles(reached);
      List<String> fired = new ArrayList<>();
      for (String s : cells[6].split(",")) {
        if (!s.isBlank()) {
          fired.add(s.trim());
        }
      }
      Set<Trait> unknowns = EnumSet.noneOf(Trait.class);
      for (String name : cells[7].split(",")) {
        if (!name.isBlank() && !name.trim().equals("—")) {
          unknowns.add(Trait.ofId(name.trim()));
        }
      }
      rows.add(
          new Row(
              id,
              decision.build(),
              inSchool,
              expected,
              styles,
              fired,
              unknowns,
              cells[8].trim(),
              cells[9].trim()));
    }
    return rows;
  }

  private static Set<Style> styles(String cell) {
    Set<Style> set = EnumSet.noneOf(Style.class);
    for (String s : cell.split(",")) {
      set.add(Style.valueOf(s.trim()));
    }
    return set;
  }

  static DecisionTraits traits(String text) {
    DecisionTraits.Builder t = DecisionTraits.builder();
    if (text.isEmpty()) {
      return t.build();
    }
    for (String part : text.split(",\\s*")) {
      String[] words = part.trim().split("\\s+");
      switch (words[0]) {
        case "confidential" -> t.confidential(true);
        case "consistencyCritical" -> t.consistencyCritical(true);
        case "mandate" -> t.mandate(Mandate.valueOf(words[1]));
        case "time" -> t.timeAvailable(Duration.parse(words[1]));
        default -> t.value(Trait.ofId(words[0]), Double.parseDouble(words[1]));
      }
    }
    return t.build();
  }

  @TestFactory
  Stream<DynamicTest> everyRowOfTheSpecificationHolds() throws IOException {
    Organization school = school();
    return rows().stream()
        .map(
            row ->
                DynamicTest.dynamicTest(
                    row.id() + ": " + row.source(),
                    () -> {
                      Recommendation r =
                          row.inSchool()
                              ? PartnerOrManage.recommend(row.decision(), school, Policy.seed())
                              : PartnerOrManage.recommend(row.decision(), Policy.seed());
                      assertThat(row.expected())
                          .as("%s: %s", row.id(), r.explanation().summary())
                          .contains(r.style());
                      assertThat(r.explanation().fired())
                          .as("%s fired", row.id())
                          .extracting(Reason::ruleId)
                          .containsAll(row.fired());
                      assertThat(r.mode()).isEqualTo(r.style().mode());
                      assertThat(r.tentative()).as("%s tentative", row.id()).isEqualTo(!row.firm());
                      assertThat(r.styles())
                          .as("%s reaches", row.id())
                          .isEqualTo(row.firm() ? EnumSet.of(r.style()) : row.styles());
                      assertThat(r.unknowns())
                          .as("%s does not know", row.id())
                          .isEqualTo(row.unknowns());
                      assertThat(r.question().map(q -> q.trait().id()).orElse("—"))
                          .as("%s asks first", row.id())
                          .isEqualTo(row.askFirst());
                    }));
  }

  @Test
  void theSpecificationHasAtLeastFortyDistinctDecisionsEachWithItsSource() throws IOException {
    List<Row> rows = rows();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(40);
    // at least twenty worked decisions with unknowns that change them or sources that disagree
    assertThat(
            rows.stream()
                .filter(
                    row ->
                        !row.firm()
                            || row.fired().contains("source.leaderExpertise")
                            || row.fired().contains("source.groupExpertise")))
        .hasSizeGreaterThanOrEqualTo(20);
    Set<String> ids = new HashSet<>();
    for (Row row : rows) {
      assertThat(ids.add(row.id())).as("unique id %s", row.id()).isTrue();
      assertThat(row.source()).as("source of %s", row.id()).isNotBlank();
    }
    assertThat(rows.stream().filter(Row::inSchool)).hasSizeGreaterThanOrEqualTo(8);
    // every guard, limit and must-condition is exercised by some row
    Set<String> fired = new HashSet<>();
    rows.forEach(row -> fired.addAll(row.fired()));
    assertThat(fired)
        .contains(
            "must.mandate",
            "must.crisis",
            "must.confidential",
            "must.noCompetence",
            "must.consistency",
            "guard.information",
            "guard.goalCongruence",
            "guard.unstructured",
            "guard.acceptance",
            "guard.conflict",
            "guard.fairness",
            "guard.acceptancePriority",
            "should.routine",
            "limit.stakes",
            "limit.ceiling",
            "source.leaderExpertise",
            "source.groupExpertise");
  }
}
