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
    for (String name : StylePolicy.NAMES.subList(0, 5)) {
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
}
