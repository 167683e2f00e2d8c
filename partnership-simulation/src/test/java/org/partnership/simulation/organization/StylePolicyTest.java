package org.partnership.simulation.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;
import org.partnership.model.Mode;
import org.partnership.rules.Policy;
import org.partnership.rules.classic.Vroom2000;

/** The style policies: a sealed family of values, by name, id and share. */
class StylePolicyTest {

  @Test
  void everyNamedPolicyHasItsNameAsItsId() {
    for (String name : StylePolicy.NAMES.subList(0, StylePolicy.NAMES.size() - 1)) {
      assertThat(StylePolicy.named(name).id()).isEqualTo(name);
      assertThat(StylePolicy.named(name)).hasToString(name);
    }
    assertThat(StylePolicy.fixedShare(0.7).id()).isEqualTo("fixed");
    assertThat(StylePolicy.fixedShare(0.7)).hasToString("fixed share 0.7");
  }

  @Test
  void onlyFixedSharesAndOneModeHaveAShareAndOnlyRulesHaveAPolicy() {
    assertThat(StylePolicy.alwaysManage().partnerShare()).hasValue(0);
    assertThat(StylePolicy.alwaysPartner().partnerShare()).hasValue(1);
    assertThat(StylePolicy.fixedShare(0.3).partnerShare()).hasValue(0.3);
    assertThat(StylePolicy.seed().partnerShare()).isEmpty();
    assertThat(StylePolicy.vroom(Vroom2000.TIME_DRIVEN).partnerShare()).isEmpty();
    assertThat(StylePolicy.seed().rules()).contains(Policy.seed());
    assertThat(StylePolicy.vroom(Vroom2000.DEVELOPMENT_DRIVEN).rules()).isEmpty();
    assertThat(StylePolicy.fixedShare(0.3).rules()).isEmpty();
  }

  @Test
  void policiesAreEqualWhenTheyChooseAlike() {
    new EqualsTester()
        .addEqualityGroup(StylePolicy.seed(), StylePolicy.rules(Policy.seed()))
        .addEqualityGroup(StylePolicy.named("vroom-time"), StylePolicy.vroom(Vroom2000.TIME_DRIVEN))
        .addEqualityGroup(StylePolicy.alwaysManage(), new StylePolicy.Always(Mode.MANAGE))
        .addEqualityGroup(StylePolicy.alwaysPartner())
        .addEqualityGroup(StylePolicy.fixedShare(0), new StylePolicy.FixedShare(0))
        .addEqualityGroup(StylePolicy.fixedShare(0.5))
        .testEquals();
  }

  @Test
  void badArgumentsAreRefusedByName() {
    new NullPointerTester().testAllPublicStaticMethods(StylePolicy.class);
    new NullPointerTester().testAllPublicConstructors(StylePolicy.Rules.class);
    new NullPointerTester().testAllPublicConstructors(StylePolicy.Vroom.class);
    new NullPointerTester().testAllPublicConstructors(StylePolicy.Always.class);
    assertThatThrownBy(() -> StylePolicy.fixedShare(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partner share must be in [0, 1], was 1.5");
    assertThatThrownBy(() -> StylePolicy.fixedShare(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StylePolicy.named("sometimes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("was \"sometimes\"");
  }

  @Test
  void vroomWithDeadlinesFitsItsStyleToTheTimeAvailableAndOtherwiseAgreesWithVroom() {
    org.partnership.model.DecisionTraits.Builder traits =
        org.partnership.model.DecisionTraits.builder()
            .significance(0.9)
            .commitmentNeeded(0.9)
            .leaderExpertise(0.2)
            .groupExpertise(0.9)
            .teamCompetence(0.9)
            .goalAlignment(0.9)
            .commitmentIfImposed(0.1);
    StylePolicy.Vroom blind = new StylePolicy.Vroom(Vroom2000.TIME_DRIVEN);
    StylePolicy.Vroom fitted = (StylePolicy.Vroom) StylePolicy.named("vroom-time-deadlines");
    org.partnership.model.Decision plenty =
        decision(traits.timeAvailable(java.time.Duration.ofDays(30)).build());
    org.partnership.model.Decision tight =
        decision(traits.timeAvailable(java.time.Duration.ofHours(2)).build());
    org.partnership.model.Style chosen = blind.choose(plenty);
    assertThat(chosen.mode()).isEqualTo(Mode.PARTNER);
    assertThat(fitted.choose(plenty)).isEqualTo(chosen);
    assertThat(blind.choose(tight)).isEqualTo(chosen);
    assertThat(fitted.choose(tight)).isEqualTo(org.partnership.model.Style.TELL);
    assertThat(fitted.id()).isEqualTo("vroom-time-deadlines");
  }

  private static org.partnership.model.Decision decision(
      org.partnership.model.DecisionTraits traits) {
    return org.partnership.model.Decision.builder()
        .id("d")
        .domain(org.partnership.model.Domain.of("budget"))
        .ownerRoleId("head")
        .traits(traits)
        .build();
  }
}
