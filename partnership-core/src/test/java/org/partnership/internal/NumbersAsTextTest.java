package org.partnership.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Numbers and durations as explanations show them. */
class NumbersAsTextTest {

  @Test
  void durationsReadExactlyAsIsoWritesThem() {
    qt().forAll(longs().between(0, 10L * 365 * 24 * 3600), integers().between(0, 3))
        .checkAssert(
            (seconds, kind) -> {
              Duration d =
                  switch (kind) {
                    case 0 -> Duration.ofSeconds(seconds);
                    case 1 -> Duration.ofMinutes(seconds % 100_000);
                    case 2 -> Duration.ofHours(seconds % 10_000);
                    default -> Duration.ofSeconds(seconds, 500);
                  };
              assertThat(Durations.iso(d)).isEqualTo(d.toString());
            });
    for (Duration d :
        new Duration[] {
          Duration.ZERO,
          Duration.ofSeconds(1),
          Duration.ofMinutes(1),
          Duration.ofHours(1),
          Duration.ofSeconds(3661),
          Duration.ofDays(60),
          Duration.ofSeconds(-90),
          Duration.ofMillis(1500)
        }) {
      assertThat(Durations.iso(d)).isEqualTo(d.toString());
    }
  }

  @Test
  void decimalsAreRoundedToFourPlacesAndWrittenWithoutTrailingZeros() {
    qt().forAll(doubles().between(-1000, 1000))
        .checkAssert(
            v -> {
              String expected =
                  BigDecimal.valueOf(Decimals.round(v))
                      .setScale(4, RoundingMode.HALF_UP)
                      .stripTrailingZeros()
                      .toPlainString();
              assertThat(Decimals.text(v)).isEqualTo(expected);
              assertThat(Double.toString(Decimals.round(v))).matches("-?\\d+\\.\\d{1,4}(E-?\\d+)?");
            });
    assertThat(Decimals.text(0.5)).isEqualTo("0.5");
    assertThat(Decimals.text(0.495)).isEqualTo("0.495");
    assertThat(Decimals.text(0.62000000000001)).isEqualTo("0.62");
    assertThat(Decimals.text(12)).isEqualTo("12");
    assertThat(Decimals.text(0.0001)).isEqualTo("0.0001");
    assertThat(Decimals.text(0.00004)).isEqualTo("0");
    assertThat(Decimals.text(-0.25)).isEqualTo("-0.25");
    assertThat(Decimals.text(0.10009)).isEqualTo("0.1001");
    assertThat(Decimals.text(Double.NaN)).isEqualTo("NaN");
    assertThat(Decimals.text(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    assertThat(Decimals.text(2e14)).isEqualTo("200000000000000");
    assertThat(Decimals.round(0.6200000000000001)).isEqualTo(0.62);
    assertThat(Decimals.round(Double.NaN)).isNaN();
    assertThat(Decimals.round(3e15)).isEqualTo(3e15);
    assertThat(Decimals.round(1e14 + 0.25)).isEqualTo(1e14 + 0.25);
    assertThat(Decimals.round(1e14 - 1 + 0.00004)).isEqualTo(1e14 - 1);
    assertThat(Decimals.text(1e14)).isEqualTo("100000000000000");
  }
}
