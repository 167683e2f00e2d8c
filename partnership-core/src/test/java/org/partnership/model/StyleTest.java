package org.partnership.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StyleTest {

  @Test
  void theContinuumRunsFromTellToDelegateWithLevelsOneToSeven() {
    assertThat(Style.values())
        .containsExactly(
            Style.TELL,
            Style.SELL,
            Style.CONSULT,
            Style.AGREE,
            Style.ADVISE,
            Style.INQUIRE,
            Style.DELEGATE);
    assertThat(Arrays.stream(Style.values()).mapToInt(Style::level))
        .containsExactly(1, 2, 3, 4, 5, 6, 7);
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void modeFollowsFinalAuthority(Style style) {
    Mode expected = style.level() <= 3 ? Mode.MANAGE : Mode.PARTNER;
    assertThat(style.mode()).isEqualTo(expected);
    assertThat(Style.ofLevel(style.level())).isSameAs(style);
    assertThat(style.description()).isNotBlank();
    assertThat(style.tannenbaumSchmidtPattern()).startsWith("manager ");
  }

  @Test
  void participationGrowsAlongTheContinuum() {
    assertThat(Style.DELEGATE.isMoreParticipativeThan(Style.AGREE)).isTrue();
    assertThat(Style.AGREE.isMoreParticipativeThan(Style.AGREE)).isFalse();
    assertThat(Style.TELL.isMoreParticipativeThan(Style.SELL)).isFalse();
  }

  @Test
  void levelsOutsideOneToSevenAreRejected() {
    assertThatThrownBy(() -> Style.ofLevel(0))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("level must be in [1, 7], was 0");
    assertThatThrownBy(() -> Style.ofLevel(8))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("level must be in [1, 7], was 8");
  }

  @Test
  void vroomYettonStylesMapAsDesigned() {
    assertThat(VroomYettonStyle.AI.style()).isEqualTo(Style.TELL);
    assertThat(VroomYettonStyle.AII.style()).isEqualTo(Style.TELL);
    assertThat(VroomYettonStyle.CI.style()).isEqualTo(Style.CONSULT);
    assertThat(VroomYettonStyle.CII.style()).isEqualTo(Style.CONSULT);
    assertThat(VroomYettonStyle.GII.style()).isEqualTo(Style.AGREE);
    assertThat(VroomYettonStyle.GII.mode()).isEqualTo(Mode.PARTNER);
    assertThat(VroomYettonStyle.CII.mode()).isEqualTo(Mode.MANAGE);
    assertThat(VroomYettonStyle.mappedFrom(Style.TELL))
        .containsExactly(VroomYettonStyle.AI, VroomYettonStyle.AII);
    assertThat(VroomYettonStyle.mappedFrom(Style.DELEGATE)).isEmpty();
  }

  @Test
  void vroom2000StylesMapAsDesigned() {
    assertThat(Vroom2000Style.DECIDE.style()).isEqualTo(Style.TELL);
    assertThat(Vroom2000Style.CONSULT_INDIVIDUALLY.style()).isEqualTo(Style.CONSULT);
    assertThat(Vroom2000Style.CONSULT_GROUP.style()).isEqualTo(Style.CONSULT);
    assertThat(Vroom2000Style.FACILITATE.style()).isEqualTo(Style.AGREE);
    assertThat(Vroom2000Style.DELEGATE.style()).isEqualTo(Style.DELEGATE);
    assertThat(Vroom2000Style.FACILITATE.mode()).isEqualTo(Mode.PARTNER);
    assertThat(Vroom2000Style.CONSULT_GROUP.mode()).isEqualTo(Mode.MANAGE);
    assertThat(Vroom2000Style.mappedFrom(Style.CONSULT))
        .containsExactly(Vroom2000Style.CONSULT_INDIVIDUALLY, Vroom2000Style.CONSULT_GROUP);
    assertThat(Vroom2000Style.mappedFrom(Style.SELL)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Style.class)
  void mappingsFromTheContinuumAreTheInverseOfTheMappingsOntoIt(Style style) {
    for (VroomYettonStyle s : VroomYettonStyle.values()) {
      assertThat(VroomYettonStyle.mappedFrom(style).contains(s)).isEqualTo(s.style() == style);
    }
    for (Vroom2000Style s : Vroom2000Style.values()) {
      assertThat(Vroom2000Style.mappedFrom(style).contains(s)).isEqualTo(s.style() == style);
    }
  }

  @Test
  void activityKindsFallIntoPartneringOrManaging() {
    assertThat(ActivityKind.SHARED_UNDERSTANDING.category()).isEqualTo(Mode.PARTNER);
    assertThat(ActivityKind.RECOGNITION.category()).isEqualTo(Mode.PARTNER);
    assertThat(ActivityKind.LOOSE_ENDS.category()).isEqualTo(Mode.MANAGE);
    assertThat(ActivityKind.PROBLEM_SOLVING.category()).isEqualTo(Mode.MANAGE);
    assertThat(Mandate.NONE.obliges()).isFalse();
    assertThat(Mandate.SAFETY.obliges()).isTrue();
  }
}
