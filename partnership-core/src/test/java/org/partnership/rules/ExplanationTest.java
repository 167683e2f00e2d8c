package org.partnership.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Mandate;
import org.partnership.rules.classic.Vroom2000;
import org.partnership.rules.classic.Vroom2000Factor;
import org.partnership.rules.classic.VroomYetton1973;
import org.partnership.rules.classic.VroomYettonQuestion;

class ExplanationTest {

  static Reason mandate(boolean fired) {
    return Reason.builder()
        .ruleId("must.mandate")
        .condition("the decision is bound by a mandate")
        .observe("mandate", Mandate.SAFETY)
        .threshold("mandate", "not NONE")
        .fired(fired)
        .effect("MANAGE")
        .build();
  }

  @Test
  void reasonsKeepObservedValuesAsDataAndEnumsByName() {
    Reason r =
        Reason.builder()
            .ruleId("balance.share")
            .condition("partnering share within target ± tolerance")
            .observe("share", 0.62)
            .observe("entries", 12)
            .observe("enough", true)
            .threshold("target", 0.7)
            .fired(false)
            .build();
    assertThat(r.observed())
        .containsExactly(
            Map.entry("share", 0.62), Map.entry("entries", 12), Map.entry("enough", true));
    assertThat(mandate(true).observed()).containsEntry("mandate", "SAFETY");
  }

  @Test
  void valuesOtherThanTextNumbersAndBooleansAreRejected() {
    assertThatThrownBy(
            () ->
                Reason.builder()
                    .ruleId("r")
                    .condition("c")
                    .observe("x", List.of(1))
                    .fired(true)
                    .build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "observed[x] must be a String, Boolean, Integer, Long or finite Double");
    assertThatThrownBy(
            () ->
                Reason.builder()
                    .ruleId("r")
                    .condition("c")
                    .threshold("x", Double.NaN)
                    .fired(true)
                    .build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("thresholds[x] must be");
  }

  @Test
  void anExplanationListsFiredRulesAndRendersAsText() {
    Explanation e = Explanation.of("MANAGE: TELL", List.of(mandate(true), mandate(false)));
    assertThat(e.fired()).hasSize(1);
    assertThat(e.toText())
        .isEqualTo(
            "MANAGE: TELL"
                + System.lineSeparator()
                + "  [x] must.mandate: the decision is bound by a mandate; observed mandate=SAFETY;"
                + " threshold mandate=not NONE → MANAGE"
                + System.lineSeparator()
                + "  [ ] must.mandate: the decision is bound by a mandate; observed mandate=SAFETY;"
                + " threshold mandate=not NONE"
                + System.lineSeparator());
    assertThatThrownBy(() -> Explanation.of(" ", List.of()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("summary must not be blank, was \" \"");
  }

  @Test
  void nullsAreRejectedByNameAndEqualityIsByValue() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(DecisionTraits.class, DecisionTraits.unknown())
            .setDefault(Reason.class, mandate(true));
    tester.testAllPublicStaticMethods(Explanation.class);
    tester.testAllPublicStaticMethods(VroomYetton1973.class);
    tester.testAllPublicInstanceMethods(Reason.builder());
    tester.testAllPublicInstanceMethods(Vroom2000.TIME_DRIVEN);
    tester.testAllPublicInstanceMethods(VroomYettonQuestion.A);
    tester.testAllPublicInstanceMethods(Vroom2000Factor.DS);
    new EqualsTester()
        .addEqualityGroup(mandate(true), mandate(true))
        .addEqualityGroup(mandate(false))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            Explanation.of("s", List.of(mandate(true))),
            Explanation.of("s", List.of(mandate(true))))
        .addEqualityGroup(Explanation.of("t", List.of(mandate(true))))
        .addEqualityGroup(Explanation.of("s", List.of(mandate(false))))
        .addEqualityGroup(Explanation.of("s", List.of(mandate(true), mandate(false))))
        .testEquals();
    Explanation e = Explanation.of("s", List.of(mandate(true)));
    assertThat(e.hashCode())
        .isNotEqualTo(Explanation.of("t", List.of(mandate(true))).hashCode())
        .isNotEqualTo(Explanation.of("s", List.of(mandate(false))).hashCode());
    assertThat(e.toString())
        .startsWith("Explanation{summary=s, reasons=[Reason{ruleId=must.mandate");
    assertThatThrownBy(() -> e.reasons().add(mandate(false)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> e.fired().clear()).isInstanceOf(UnsupportedOperationException.class);
    java.util.List<Reason> withNull = new java.util.ArrayList<>();
    withNull.add(mandate(true));
    withNull.add(null);
    assertThatThrownBy(() -> Explanation.of("s", withNull))
        .isExactlyInstanceOf(NullPointerException.class)
        .hasMessage("reasons[1]");
  }

  @Test
  void aKeyRecordedTwiceOrAMissingAttributeIsRejected() {
    assertThatThrownBy(
            () ->
                Reason.builder()
                    .ruleId("r")
                    .condition("c")
                    .observe("x", 1)
                    .observe("x", 2)
                    .fired(true)
                    .build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("observed key \"x\" must appear once, appears twice");
    assertThatThrownBy(() -> Reason.builder().ruleId("r").build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot build Reason, some of required attributes are not set [condition, fired]");
    Reason many = Reason.builder().ruleId("r").condition("c").fired(false).build();
    assertThat(many.toString())
        .isEqualTo("Reason{ruleId=r, condition=c, observed={}, thresholds={}, fired=false}");
    Reason.Builder grow = Reason.builder().ruleId("r").condition("c").fired(true);
    for (int i = 0; i < 9; i++) {
      grow.observe("o" + i, i).threshold("t" + i, i);
    }
    Reason grown = grow.build();
    assertThat(grown.observed()).hasSize(9).containsEntry("o8", 8);
    assertThat(grown.thresholds()).hasSize(9).containsEntry("t0", 0);
    assertThat(grown.toString()).doesNotContain("effect");
  }
}
