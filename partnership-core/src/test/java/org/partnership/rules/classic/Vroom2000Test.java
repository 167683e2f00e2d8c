package org.partnership.rules.classic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Mode;
import org.partnership.model.Style;
import org.partnership.model.Vroom2000Style;
import org.partnership.rules.Reason;

/** Vroom's (2000) models, exactly as the tables of docs/models.md. */
class Vroom2000Test {

  /** The time-driven table as published (docs/models.md), parsed independently of the model. */
  static final String TIME_DRIVEN =
      """
      | H | H | H | H | - | - | - | DECIDE |
      | H | H | H | L | H | H | H | FACILITATE |
      | H | H | H | L | H | H | L | CONSULT_GROUP |
      | H | H | H | L | H | L | - | CONSULT_GROUP |
      | H | H | H | L | L | - | - | CONSULT_GROUP |
      | H | H | L | H | H | H | H | FACILITATE |
      | H | H | L | H | H | H | L | CONSULT_INDIVIDUALLY |
      | H | H | L | H | H | L | - | CONSULT_INDIVIDUALLY |
      | H | H | L | H | L | - | - | CONSULT_INDIVIDUALLY |
      | H | H | L | L | H | H | H | FACILITATE |
      | H | H | L | L | H | H | L | CONSULT_GROUP |
      | H | H | L | L | H | L | - | CONSULT_GROUP |
      | H | H | L | L | L | - | - | CONSULT_GROUP |
      | H | L | H | - | - | - | - | DECIDE |
      | H | L | L | - | H | H | H | FACILITATE |
      | H | L | L | - | H | H | L | CONSULT_INDIVIDUALLY |
      | H | L | L | - | H | L | - | CONSULT_INDIVIDUALLY |
      | H | L | L | - | L | - | - | CONSULT_INDIVIDUALLY |
      | L | H | - | H | - | - | - | DECIDE |
      | L | H | - | L | - | - | H | DELEGATE |
      | L | H | - | L | - | - | L | FACILITATE |
      | L | L | - | - | - | - | - | DECIDE |
      """;

  /** The development-driven table as published (docs/models.md). */
  static final String DEVELOPMENT_DRIVEN =
      """
      | H | H | - | H | H | H | H | DELEGATE |
      | H | H | - | H | H | H | L | FACILITATE |
      | H | H | - | H | H | L | - | CONSULT_GROUP |
      | H | H | - | H | L | - | - | CONSULT_GROUP |
      | H | H | - | L | H | H | H | DELEGATE |
      | H | H | - | L | H | H | L | FACILITATE |
      | H | H | - | L | H | L | - | FACILITATE |
      | H | H | - | L | L | - | - | CONSULT_GROUP |
      | H | L | - | - | H | H | H | DELEGATE |
      | H | L | - | - | H | H | L | FACILITATE |
      | H | L | - | - | H | L | - | CONSULT_GROUP |
      | H | L | - | - | L | - | - | CONSULT_GROUP |
      | L | H | - | H | - | - | - | DECIDE |
      | L | H | - | L | - | - | - | DELEGATE |
      | L | L | - | - | - | - | - | DECIDE |
      """;

  /** The published style of an input: the one row whose levels all match. */
  static Vroom2000Style published(String table, int input) {
    List<Vroom2000Style> found = new ArrayList<>();
    for (String line : table.strip().split("\n")) {
      String[] cells = line.replace("|", " ").trim().split("\\s+");
      boolean match = true;
      for (int f = 0; f < 7; f++) {
        boolean high = (input >>> f & 1) != 0;
        match &= cells[f].equals("-") || cells[f].equals(high ? "H" : "L");
      }
      if (match) {
        found.add(Vroom2000Style.valueOf(cells[7]));
      }
    }
    assertThat(found).as("rows matching input %s", input).hasSize(1);
    return found.get(0);
  }

  static Map<Vroom2000Factor, Boolean> levels(int bits) {
    Map<Vroom2000Factor, Boolean> levels = new EnumMap<>(Vroom2000Factor.class);
    for (Vroom2000Factor f : Vroom2000Factor.values()) {
      levels.put(f, (bits >>> f.ordinal() & 1) != 0);
    }
    return levels;
  }

  @Test
  void everyOneOfThe128InputsGivesThePublishedStyleInBothModels() {
    for (int input = 0; input < 128; input++) {
      assertThat(Vroom2000.TIME_DRIVEN.evaluate(levels(input)).vroomStyle())
          .isEqualTo(published(TIME_DRIVEN, input))
          .isEqualTo(Vroom2000.TIME_DRIVEN.style(input));
      assertThat(Vroom2000.DEVELOPMENT_DRIVEN.evaluate(levels(input)).vroomStyle())
          .isEqualTo(published(DEVELOPMENT_DRIVEN, input))
          .isEqualTo(Vroom2000.DEVELOPMENT_DRIVEN.style(input));
    }
  }

  @Test
  void timeDrivenNeverDelegatesASignificantDecision() {
    qt().forAll(integers().between(0, 127).map(bits -> bits | 1))
        .checkAssert(
            bits ->
                assertThat(Vroom2000.TIME_DRIVEN.style(bits))
                    .isNotEqualTo(Vroom2000Style.DELEGATE));
  }

  @Test
  void developmentDrivenNeverConsultsIndividually() {
    qt().forAll(integers().between(0, 127))
        .checkAssert(
            bits ->
                assertThat(Vroom2000.DEVELOPMENT_DRIVEN.style(bits))
                    .isNotEqualTo(Vroom2000Style.CONSULT_INDIVIDUALLY));
  }

  @Test
  void developmentDrivenIsAtLeastAsParticipativeAsTimeDriven() {
    qt().forAll(integers().between(0, 127))
        .checkAssert(
            bits ->
                assertThat(Vroom2000.DEVELOPMENT_DRIVEN.style(bits))
                    .isGreaterThanOrEqualTo(Vroom2000.TIME_DRIVEN.style(bits)));
  }

  @ParameterizedTest
  @EnumSource(Vroom2000.class)
  void omittingLevelsNeverChangesADeterminedResult(Vroom2000 model) {
    qt().forAll(integers().between(0, 127), integers().between(0, 127))
        .checkAssert(
            (bits, omit) -> {
              Map<Vroom2000Factor, Boolean> partial = levels(bits);
              partial.keySet().removeIf(f -> (omit >>> f.ordinal() & 1) != 0);
              try {
                assertThat(model.evaluate(partial).vroomStyle()).isEqualTo(model.style(bits));
              } catch (IllegalArgumentException e) {
                assertThat(e).hasMessageStartingWith("level of factor ");
              }
            });
  }

  @Test
  void anUnimportantDecisionNeedsOnlyTwoAnswers() {
    Map<Vroom2000Factor, Boolean> levels = new EnumMap<>(Vroom2000Factor.class);
    levels.put(Vroom2000Factor.DS, false);
    levels.put(Vroom2000Factor.IC, false);
    for (Vroom2000 model : Vroom2000.values()) {
      Vroom2000Result r = model.evaluate(levels);
      assertThat(r.vroomStyle()).isEqualTo(Vroom2000Style.DECIDE);
      assertThat(r.style()).isEqualTo(Style.TELL);
      assertThat(r.mode()).isEqualTo(Mode.MANAGE);
      assertThat(r.explanation().fired())
          .extracting(Reason::condition)
          .containsExactly("DS = L and IC = L");
    }
  }

  @Test
  void aMissingLevelTheResultDependsOnIsAnErrorNamingTheFactor() {
    Map<Vroom2000Factor, Boolean> levels = levels(127);
    levels.remove(Vroom2000Factor.LE);
    assertThatThrownBy(() -> Vroom2000.TIME_DRIVEN.evaluate(levels))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("level of factor LE is needed on this path but missing");
    assertThat(Vroom2000.DEVELOPMENT_DRIVEN.evaluate(levels).vroomStyle())
        .isEqualTo(Vroom2000Style.DELEGATE);
  }

  @Test
  void theExplanationShowsTheMatchedRowAndTheLevelsItAsked() {
    int input = 0b1111011; // DS, IC, LC, GS, GE, TC high; LE low
    Vroom2000Result r = Vroom2000.TIME_DRIVEN.evaluate(levels(input));
    assertThat(r.vroomStyle()).isEqualTo(Vroom2000Style.FACILITATE);
    assertThat(r.explanation().summary()).isEqualTo("TIME_DRIVEN: FACILITATE (AGREE, PARTNER)");
    Reason row = r.explanation().fired().get(0);
    assertThat(row.ruleId()).isEqualTo("row6");
    assertThat(row.condition())
        .isEqualTo("DS = H and IC = H and LE = L and LC = H and GS = H and GE = H and TC = H");
    assertThat(row.effect()).hasValue("FACILITATE");
    assertThat(r.explanation().reasons()).hasSize(22);
  }

  @Test
  void levelsCanBeDerivedFromDecisionTraits() {
    DecisionTraits trivial =
        DecisionTraits.builder().significance(0.1).commitmentNeeded(0.1).build();
    assertThat(Vroom2000.TIME_DRIVEN.evaluate(trivial).vroomStyle())
        .isEqualTo(Vroom2000Style.DECIDE);
    DecisionTraits teamMatter =
        DecisionTraits.builder()
            .significance(0.2)
            .commitmentNeeded(0.9)
            .commitmentIfImposed(0.2)
            .teamCompetence(0.9)
            .build();
    assertThat(Vroom2000.TIME_DRIVEN.evaluate(teamMatter).vroomStyle())
        .isEqualTo(Vroom2000Style.DELEGATE);
    // an undescribed trait is no level, never High: where the table needs it, the factor is named
    DecisionTraits teamUnknown =
        DecisionTraits.builder()
            .from(teamMatter)
            .unknown(org.partnership.model.Trait.TEAM_COMPETENCE)
            .build();
    assertThatThrownBy(() -> Vroom2000.TIME_DRIVEN.evaluate(teamUnknown))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("level of factor TC is needed on this path but missing");
  }

  @Test
  void bitEncodedLevelsOutsideTheRangeAreRejected() {
    assertThatThrownBy(() -> Vroom2000.TIME_DRIVEN.style(200))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("levels must be in [0, 127], was 200");
  }

  @Test
  void theModelsPublishTheirRows() {
    assertThat(Vroom2000.TIME_DRIVEN.rows()).hasSize(22).startsWith("HHHH--- DECIDE");
    assertThat(Vroom2000.DEVELOPMENT_DRIVEN.rows()).hasSize(15).endsWith("LL----- DECIDE");
  }

  @Test
  void theFactorThatMattersIsNamedEvenWhenAnEarlierOneIsAlsoMissing() {
    Map<Vroom2000Factor, Boolean> levels = levels(0b1110111); // all High but LC
    levels.remove(Vroom2000Factor.LE); // needed: with LC low, LE decides between rows
    levels.remove(Vroom2000Factor.DS); // needed first
    assertThatThrownBy(() -> Vroom2000.TIME_DRIVEN.evaluate(levels))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("level of factor DS is needed on this path but missing");
    Map<Vroom2000Factor, Boolean> onlyGe = levels(0b1110111);
    onlyGe.remove(Vroom2000Factor.LE);
    onlyGe.remove(Vroom2000Factor.GE);
    assertThatThrownBy(() -> Vroom2000.TIME_DRIVEN.evaluate(onlyGe))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("level of factor GE is needed on this path but missing");
  }

  @Test
  void rowsShowTheLevelsGivenAndTheFactorsNotAsked() {
    Map<Vroom2000Factor, Boolean> levels = new EnumMap<>(Vroom2000Factor.class);
    levels.put(Vroom2000Factor.DS, true);
    levels.put(Vroom2000Factor.IC, false);
    levels.put(Vroom2000Factor.GS, false);
    Vroom2000Result r = Vroom2000.DEVELOPMENT_DRIVEN.evaluate(levels);
    assertThat(r.vroomStyle()).isEqualTo(Vroom2000Style.CONSULT_GROUP);
    Reason matched = r.explanation().fired().get(0);
    assertThat(matched.ruleId()).isEqualTo("row12");
    assertThat(matched.observed())
        .containsExactly(Map.entry("DS", "H"), Map.entry("IC", "L"), Map.entry("GS", "L"));
    Reason first = r.explanation().reasons().get(0);
    assertThat(first.fired()).isFalse();
    assertThat(first.observed())
        .containsExactly(
            Map.entry("DS", "H"),
            Map.entry("IC", "L"),
            Map.entry("LC", "not asked"),
            Map.entry("GS", "L"),
            Map.entry("GE", "not asked"),
            Map.entry("TC", "not asked"));
    assertThat(Vroom2000Factor.GE.description()).isEqualTo("group expertise");
    assertThat(Vroom2000Factor.TC.trait()).isEqualTo(org.partnership.model.Trait.TEAM_COMPETENCE);
  }
}
