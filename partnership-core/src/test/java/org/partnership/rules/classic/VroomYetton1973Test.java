package org.partnership.rules.classic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Mode;
import org.partnership.model.Style;
import org.partnership.model.VroomYettonStyle;
import org.partnership.rules.Reason;

/** The Vroom–Yetton (1973) model, exactly as docs/models.md specifies it. */
class VroomYetton1973Test {

  static Map<VroomYettonQuestion, Boolean> answers(int bits) {
    Map<VroomYettonQuestion, Boolean> answers = new EnumMap<>(VroomYettonQuestion.class);
    for (VroomYettonQuestion q : VroomYettonQuestion.values()) {
      answers.put(q, (bits >>> q.ordinal() & 1) != 0);
    }
    return answers;
  }

  /** The conditions of R1…R7 as the specification writes them, for complete answers. */
  static boolean[] specifiedRules(Map<VroomYettonQuestion, Boolean> x) {
    boolean a = x.get(VroomYettonQuestion.A);
    boolean b = x.get(VroomYettonQuestion.B);
    boolean c = x.get(VroomYettonQuestion.C);
    boolean d = x.get(VroomYettonQuestion.D);
    boolean e = x.get(VroomYettonQuestion.E);
    boolean f = x.get(VroomYettonQuestion.F);
    boolean g = x.get(VroomYettonQuestion.G);
    return new boolean[] {
      a && !b, a && !f, a && !b && !c, d && !e, d && !e && g, !a && d && !e, d && !e && f
    };
  }

  /** What each rule removes, as the specification's table says. */
  static final List<Set<VroomYettonStyle>> REMOVES =
      List.of(
          EnumSet.of(VroomYettonStyle.AI),
          EnumSet.of(VroomYettonStyle.GII),
          EnumSet.of(VroomYettonStyle.AI, VroomYettonStyle.AII, VroomYettonStyle.CI),
          EnumSet.of(VroomYettonStyle.AI, VroomYettonStyle.AII),
          EnumSet.of(VroomYettonStyle.AI, VroomYettonStyle.AII, VroomYettonStyle.CI),
          EnumSet.range(VroomYettonStyle.AI, VroomYettonStyle.CII),
          EnumSet.range(VroomYettonStyle.AI, VroomYettonStyle.CII));

  /** The specification's feasible set, written out independently of the implementation. */
  static Set<VroomYettonStyle> specifiedFeasibleSet(Map<VroomYettonQuestion, Boolean> x) {
    EnumSet<VroomYettonStyle> set = EnumSet.allOf(VroomYettonStyle.class);
    boolean[] rules = specifiedRules(x);
    for (int rule = 0; rule < rules.length; rule++) {
      if (rules[rule]) {
        set.removeAll(REMOVES.get(rule));
      }
    }
    return set;
  }

  @Test
  void everyOneOfThe128AnswerSetsGivesTheSpecifiedFeasibleSetAndChoices() {
    for (int bits = 0; bits < 128; bits++) {
      Map<VroomYettonQuestion, Boolean> answers = answers(bits);
      Set<VroomYettonStyle> expected = specifiedFeasibleSet(answers);
      VroomYettonResult result = VroomYetton1973.evaluate(answers);
      assertThat(result.feasibleSet()).as("answers %s", answers).isEqualTo(expected);
      assertThat(result.modelA()).isEqualTo(expected.iterator().next());
      assertThat(result.modelB()).isEqualTo(expected.stream().reduce((x, y) -> y).orElseThrow());
      int mask = VroomYetton1973.feasibleSet(bits);
      for (VroomYettonStyle s : VroomYettonStyle.values()) {
        assertThat((mask >>> s.ordinal() & 1) != 0).isEqualTo(expected.contains(s));
      }
    }
  }

  @Test
  void theFeasibleSetIsNeverEmptyAndHoldsBothChoices() {
    qt().forAll(integers().between(0, 127))
        .checkAssert(
            bits -> {
              VroomYettonResult r = VroomYetton1973.evaluate(answers(bits));
              assertThat(r.feasibleSet()).isNotEmpty().contains(r.modelA(), r.modelB());
              assertThat(r.modelA().compareTo(r.modelB())).isLessThanOrEqualTo(0);
            });
  }

  @Test
  void whenAcceptanceIsCriticalButNotCertainAutocraticStylesAreNeverFeasible() {
    qt().forAll(integers().between(0, 127).map(bits -> (bits | 1 << 3) & ~(1 << 4)))
        .checkAssert(
            bits ->
                assertThat(VroomYetton1973.evaluate(answers(bits)).feasibleSet())
                    .doesNotContain(VroomYettonStyle.AI, VroomYettonStyle.AII));
  }

  @Test
  void withoutAQualityRequirementTheResultIgnoresBCFAndG() {
    qt().forAll(integers().between(0, 127), integers().between(0, 127))
        .checkAssert(
            (x, y) -> {
              int onlyDAndE = (1 << 3) | (1 << 4);
              int left = x & ~1; // A = No
              int right = (left & onlyDAndE) | (y & ~onlyDAndE & ~1);
              assertThat(VroomYetton1973.evaluate(answers(right)).feasibleSet())
                  .isEqualTo(VroomYetton1973.evaluate(answers(left)).feasibleSet());
            });
  }

  @Test
  void answersThePathDoesNotNeedMayBeOmitted() {
    Map<VroomYettonQuestion, Boolean> answers = new EnumMap<>(VroomYettonQuestion.class);
    answers.put(VroomYettonQuestion.A, false);
    answers.put(VroomYettonQuestion.D, false);
    VroomYettonResult r = VroomYetton1973.evaluate(answers);
    assertThat(r.feasibleSet()).containsExactly(VroomYettonStyle.values());
    assertThat(r.modelA()).isEqualTo(VroomYettonStyle.AI);
    assertThat(r.modelB()).isEqualTo(VroomYettonStyle.GII);
    assertThat(r.explanation().reasons())
        .filteredOn(reason -> reason.ruleId().equals("R1"))
        .singleElement()
        .satisfies(reason -> assertThat(reason.observed()).containsEntry("B", "not asked"));
  }

  @Test
  void aNeededAnswerThatIsMissingIsAnErrorNamingTheQuestion() {
    Map<VroomYettonQuestion, Boolean> answers = new EnumMap<>(VroomYettonQuestion.class);
    answers.put(VroomYettonQuestion.A, true);
    answers.put(VroomYettonQuestion.D, false);
    assertThatThrownBy(() -> VroomYetton1973.evaluate(answers))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("answer to question B (leader information) is needed on this path but missing");
    answers.put(VroomYettonQuestion.B, true);
    assertThatThrownBy(() -> VroomYetton1973.evaluate(answers))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("answer to question F (goal congruence) is needed on this path but missing");
    answers.put(VroomYettonQuestion.F, true);
    assertThat(VroomYetton1973.evaluate(answers).modelA()).isEqualTo(VroomYettonStyle.AI);
  }

  @Test
  void omittingAnswersNeverChangesAResultThatIsDetermined() {
    qt().forAll(integers().between(0, 127), integers().between(0, 127))
        .checkAssert(
            (bits, omit) -> {
              Map<VroomYettonQuestion, Boolean> partial = answers(bits);
              for (VroomYettonQuestion q : VroomYettonQuestion.values()) {
                if ((omit >>> q.ordinal() & 1) != 0) {
                  partial.remove(q);
                }
              }
              try {
                assertThat(VroomYetton1973.evaluate(partial).feasibleSet())
                    .isEqualTo(VroomYetton1973.evaluate(answers(bits)).feasibleSet());
              } catch (IllegalArgumentException e) {
                assertThat(e).hasMessageStartingWith("answer to question ");
              }
            });
  }

  @Test
  void theExplanationSaysWhichRuleRemovedWhichStyle() {
    // A quality decision the leader cannot make alone, on an unstructured problem, whose
    // acceptance is critical and not certain, with goals shared: only GII remains.
    int bits = 1 | 1 << 3 | 1 << 5; // A, D, F = Yes; B, C, E, G = No
    VroomYettonResult r = VroomYetton1973.evaluate(answers(bits));
    assertThat(r.feasibleSet()).containsExactly(VroomYettonStyle.GII);
    assertThat(r.style()).isEqualTo(Style.AGREE);
    assertThat(r.mode()).isEqualTo(Mode.PARTNER);
    assertThat(r.explanation().fired())
        .extracting(Reason::ruleId)
        .containsExactly("R1", "R3", "R4", "R7");
    assertThat(r.explanation().fired().get(1).effect()).hasValue("removes AI, AII, CI");
    assertThat(r.explanation().summary())
        .isEqualTo(
            "feasible: GII; Model A (least participative): GII; Model B (most participative): GII");
    assertThat(r.explanation().toText())
        .contains(
            "[x] R7: acceptance priority: D = Yes and E = No and F = Yes; observed D=Yes, E=No, F=Yes → removes AI, AII, CI, CII")
        .contains("[ ] R2: goal congruence");
  }

  @Test
  void answersCanBeDerivedFromDecisionTraits() {
    DecisionTraits routine =
        DecisionTraits.builder().significance(0.1).commitmentNeeded(0.2).build();
    assertThat(VroomYetton1973.evaluate(routine).modelA()).isEqualTo(VroomYettonStyle.AI);
    DecisionTraits contested =
        DecisionTraits.builder()
            .significance(0.9)
            .leaderExpertise(0.2)
            .structure(0.1)
            .commitmentNeeded(0.9)
            .commitmentIfImposed(0.1)
            .goalAlignment(0.8)
            .conflictLikelihood(0.2)
            .build();
    assertThat(VroomYetton1973.evaluate(contested).modelA()).isEqualTo(VroomYettonStyle.GII);
    // an undescribed trait is no answer, never Yes: where the path needs it, the question is named
    DecisionTraits leaderUnknown =
        DecisionTraits.builder()
            .from(contested)
            .unknown(org.partnership.model.Trait.LEADER_EXPERTISE)
            .build();
    // (with R7 removing all but GII, the leader's information does not matter here)
    assertThat(VroomYetton1973.evaluate(leaderUnknown).modelA()).isEqualTo(VroomYettonStyle.GII);
    DecisionTraits significanceUnknown =
        DecisionTraits.builder()
            .from(routine)
            .unknown(org.partnership.model.Trait.SIGNIFICANCE)
            .build();
    assertThatThrownBy(() -> VroomYetton1973.evaluate(significanceUnknown))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("answer to question A (");
  }

  @Test
  void bitEncodedAnswersOutsideTheRangeAreRejected() {
    assertThatThrownBy(() -> VroomYetton1973.feasibleSet(128))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("answers must be in [0, 127], was 128");
    assertThatThrownBy(() -> VroomYetton1973.feasibleSet(-1))
        .isExactlyInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theFiredRulesOfEveryAnswerSetRemoveExactlyTheInfeasibleStyles() {
    for (int bits = 0; bits < 128; bits++) {
      VroomYettonResult r = VroomYetton1973.evaluate(answers(bits));
      EnumSet<VroomYettonStyle> removed = EnumSet.noneOf(VroomYettonStyle.class);
      for (Reason reason : r.explanation().fired()) {
        for (String name :
            reason.effect().orElseThrow().substring("removes ".length()).split(", ")) {
          removed.add(VroomYettonStyle.valueOf(name));
        }
      }
      assertThat(EnumSet.complementOf(removed)).as("answers %s", bits).isEqualTo(r.feasibleSet());
      boolean[] expected = specifiedRules(answers(bits));
      for (int rule = 0; rule < 7; rule++) {
        assertThat(r.explanation().reasons().get(rule).fired())
            .as("R%d for answers %s", rule + 1, bits)
            .isEqualTo(expected[rule]);
      }
    }
  }

  @Test
  void theFirstMissingAnswerThatMattersIsNamedNotMerelyTheFirstMissing() {
    Map<VroomYettonQuestion, Boolean> answers = new EnumMap<>(VroomYettonQuestion.class);
    answers.put(VroomYettonQuestion.A, false);
    answers.put(VroomYettonQuestion.D, true);
    assertThatThrownBy(() -> VroomYetton1973.evaluate(answers))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "answer to question E (prior probability of acceptance) is needed on this path but"
                + " missing");
  }

  @Test
  void questionsSayWhatTheyAskAndWhereTheirAnswersComeFrom() {
    assertThat(VroomYettonQuestion.B.text())
        .isEqualTo("Do I have sufficient information to make a high-quality decision?");
    assertThat(VroomYettonQuestion.E.trait())
        .isEqualTo(org.partnership.model.Trait.COMMITMENT_IF_IMPOSED);
    assertThat(VroomYettonQuestion.G.attribute()).isEqualTo("subordinate conflict");
  }
}
