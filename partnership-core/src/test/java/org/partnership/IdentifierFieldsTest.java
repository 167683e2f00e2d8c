package org.partnership;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.Recognition;
import org.partnership.ledger.TimeEntry;
import org.partnership.model.ActivityKind;
import org.partnership.model.Assignment;
import org.partnership.model.Authority;
import org.partnership.model.Decision;
import org.partnership.model.Domain;
import org.partnership.model.Person;
import org.partnership.model.Phase;
import org.partnership.model.Role;
import org.partnership.model.Style;
import org.partnership.rules.Policy;
import org.partnership.rules.Reason;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every identifier and text field of every value type rejects a bad value with an {@link
 * IllegalArgumentException} whose message starts with the field's name and quotes the value.
 */
class IdentifierFieldsTest {

  static final Domain D = Domain.of("budget");
  static final Instant T = Instant.parse("2026-09-01T08:00:00Z");

  record Field(String name, Function<String, Object> build) {}

  static final List<Field> FIELDS =
      List.of(
          new Field("id", v -> Person.of(v, "Ann")),
          new Field("displayName", v -> Person.of("ann", v)),
          new Field("id", v -> Role.of(v, "Head")),
          new Field("title", v -> Role.of("head", v)),
          new Field("holderId", v -> Authority.position(v, D, Style.TELL)),
          new Field("holderId", v -> Authority.competence(v, D, 0.5)),
          new Field("personId", v -> Assignment.of(v, "head")),
          new Field("roleId", v -> Assignment.of("ann", v)),
          new Field("id", v -> Decision.builder().id(v).domain(D).ownerRoleId("head").build()),
          new Field(
              "ownerRoleId", v -> Decision.builder().id("d").domain(D).ownerRoleId(v).build()),
          new Field("decisionId", v -> record().decisionId(v).build()),
          new Field("ownerRoleId", v -> record().ownerRoleId(v).build()),
          new Field("accountable[0]", v -> record().addAccountable(v).build()),
          new Field(
              "personId",
              v -> TimeEntry.of(v, ActivityKind.COACHING, Phase.UPFRONT, T, Duration.ofHours(1))),
          new Field("fromPersonId", v -> Recognition.of(v, "tom", D, T)),
          new Field("toPersonId", v -> Recognition.of("ann", v, D, T)),
          new Field("id", v -> Policy.builder().id(v).version(1).build()),
          new Field("scope", v -> Policy.builder().id("p").version(1).scope(v).build()),
          new Field("ruleId", v -> Reason.builder().ruleId(v).condition("c").fired(true).build()),
          new Field(
              "condition", v -> Reason.builder().ruleId("r").condition(v).fired(true).build()),
          new Field(
              "effect",
              v -> Reason.builder().ruleId("r").condition("c").fired(true).effect(v).build()),
          new Field(
              "observed key",
              v -> Reason.builder().ruleId("r").condition("c").observe(v, 1).fired(true).build()));

  static DecisionRecord.Builder record() {
    return DecisionRecord.builder()
        .decisionId("d")
        .domain(D)
        .ownerRoleId("head")
        .style(Style.CONSULT)
        .raisedAt(T);
  }

  static Gen<String> badValues() {
    Gen<String> ids = strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 10);
    return Generate.oneOf(
        strings().betweenCodePoints(' ', ' ').ofLengthBetween(0, 3),
        ids.map(s -> " " + s),
        ids.map(s -> s + " "),
        ids.map(s -> s + "\n" + s));
  }

  @Test
  void everyIdentifierAndTextFieldRejectsBadValuesNamingTheFieldAndTheValue() {
    qt().forAll(badValues())
        .checkAssert(
            bad -> {
              for (Field field : FIELDS) {
                assertThatThrownBy(() -> field.build().apply(bad))
                    .as(field.name())
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(field.name() + " must")
                    .hasMessageContaining('"' + org.partnership.text.SafeText.escape(bad) + '"');
              }
            });
  }
}
