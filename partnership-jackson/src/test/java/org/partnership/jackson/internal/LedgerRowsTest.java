package org.partnership.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The fast paths for numbers, instants and durations agree with the JDK's parsers. */
class LedgerRowsTest {
  // The fast paths themselves are tested with IsoText in partnership-core.

  @Test
  void shortDecimalsParseToTheSameDoubleAsTheJdk() {
    assertThat(LedgerRows.unit("x", "1.0")).isEqualTo(1.0);
    assertThat(LedgerRows.unit("x", "0.50")).isEqualTo(0.5);
    // plain decimals only: no exponent, hexadecimal or type suffix, as Double.parseDouble allows
    for (String lax :
        new String[] {"5e-1", "0x1p-1", "0.5d", "0.5f", "+0.5", " 0.5", ".5", "NaN"}) {
      assertThatThrownBy(() -> LedgerRows.unit("x", lax))
          .isInstanceOf(LedgerRows.FieldProblem.class)
          .hasMessageContaining("expected a plain decimal number in [0, 1]");
    }
    assertThatThrownBy(() -> LedgerRows.unit("x", "1.5"))
        .isInstanceOf(LedgerRows.FieldProblem.class)
        .hasMessage("must be in [0, 1], was 1.5");
  }

  @Test
  void instantsAndDurationsParseToTheSameValuesAsTheJdk() {
    qt().withExamples(2000)
        .forAll(
            longs().between(-62_000_000_000L, 250_000_000_000L), integers().between(0, 999_999_999))
        .checkAssert(
            (seconds, nanos) -> {
              Instant at = Instant.ofEpochSecond(seconds, nanos % 7 == 0 ? 0 : nanos);
              assertThat(LedgerRows.instant("t", at.toString())).isEqualTo(at);
              Duration d =
                  Duration.ofSeconds(Math.abs(seconds) % 10_000_000, nanos % 3 == 0 ? 0 : nanos);
              if (!d.isZero()) {
                assertThat(LedgerRows.duration("d", d.toString())).isEqualTo(d);
              }
            });
    assertThat(LedgerRows.duration("d", "PT90M")).isEqualTo(Duration.ofMinutes(90));
    assertThat(LedgerRows.duration("d", "P1DT2H")).isEqualTo(Duration.ofHours(26));
    assertThat(LedgerRows.instant("t", "2026-09-01T08:00:00+02:00"))
        .isEqualTo(Instant.parse("2026-09-01T06:00:00Z"));
  }
}
