package org.partnership.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyRegistryTest {

  static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant JUL = Instant.parse("2026-07-01T00:00:00Z");
  static final Instant DEC = Instant.parse("2026-12-01T00:00:00Z");

  static final Policy GLOBAL_V1 = Policy.builder().id("global").version(1).build();
  static final Policy GLOBAL_V2 =
      Policy.builder().id("global").version(2).effectiveFrom(JUL).build();
  static final Policy ACME =
      Policy.builder()
          .id("acme")
          .version(1)
          .scope("acme")
          .effectiveFrom(JAN)
          .effectiveTo(DEC)
          .build();

  @Test
  void theLatestPolicyInEffectWins() {
    PolicyRegistry registry = PolicyRegistry.of(List.of(GLOBAL_V1, GLOBAL_V2));
    assertThat(registry.inEffect("anyone", JAN)).hasValue(GLOBAL_V1);
    assertThat(registry.inEffect("anyone", JUL)).hasValue(GLOBAL_V2);
    assertThat(registry.policies()).containsExactly(GLOBAL_V2, GLOBAL_V1);
  }

  @Test
  void aTenantsOwnPolicyWinsWhileInEffect() {
    PolicyRegistry registry = PolicyRegistry.of(List.of(GLOBAL_V1, GLOBAL_V2, ACME));
    assertThat(registry.inEffect("acme", JUL)).hasValue(ACME);
    assertThat(registry.inEffect("other", JUL)).hasValue(GLOBAL_V2);
    assertThat(registry.inEffect("acme", DEC)).hasValue(GLOBAL_V2); // effectiveTo is exclusive
    assertThat(registry.inEffect("acme", JAN.minusSeconds(1))).hasValue(GLOBAL_V1);
  }

  @Test
  void nothingInEffectIsEmpty() {
    assertThat(PolicyRegistry.of(List.of(ACME)).inEffect("acme", DEC)).isEmpty();
    assertThat(PolicyRegistry.of(List.of()).inEffect("acme", JAN)).isEmpty();
  }

  @Test
  void ambiguousRegistriesAreRefused() {
    assertThatThrownBy(() -> PolicyRegistry.of(List.of(GLOBAL_V1, GLOBAL_V1)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("policies: policy \"global\" version 1 appears twice");
    Policy other = Policy.builder().id("other").version(1).build();
    assertThatThrownBy(() -> PolicyRegistry.of(List.of(GLOBAL_V1, other)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "policies: \"global\" version 1 and \"other\" version 1 both take effect at"
                + " 1970-01-01T00:00:00Z for every scope");
  }
}
