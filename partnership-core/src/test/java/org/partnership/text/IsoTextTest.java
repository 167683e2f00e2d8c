package org.partnership.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The fast paths read the common forms exactly as the JDK's general parsers do, and every other
 * form falls back to them; what neither accepts is null or NaN.
 */
class IsoTextTest {

  @Test
  void shortDecimalsParseToTheSameDoubleAsTheJdk() {
    qt().withExamples(2000)
        .forAll(integers().between(1, 15), longs().between(0, 999_999_999_999_999L))
        .checkAssert(
            (decimals, raw) -> {
              long digits = raw % (long) Math.pow(10, decimals);
              String text = "0." + String.format("%0" + decimals + "d", digits);
              assertThat(IsoText.fastDecimal(text)).isEqualTo(Double.parseDouble(text));
              assertThat(IsoText.plainDecimal(text)).isEqualTo(Double.parseDouble(text));
            });
    assertThat(IsoText.fastDecimal("0")).isEqualTo(0.0);
    assertThat(IsoText.fastDecimal("1")).isEqualTo(1.0);
    assertThat(IsoText.fastDecimal("2")).isNaN();
    assertThat(IsoText.fastDecimal("1.0")).isNaN();
    assertThat(IsoText.fastDecimal("0.")).isNaN();
    assertThat(IsoText.fastDecimal("0.5e1")).isNaN();
    assertThat(IsoText.fastDecimal("0.5/")).isNaN();
    assertThat(IsoText.fastDecimal("0." + "1".repeat(16))).isNaN();
    assertThat(IsoText.fastDecimal("0," + "5")).isNaN();
    assertThat(IsoText.fastDecimal("1.5")).isNaN();
  }

  @Test
  void plainDecimalsOnlyTheGeneralParserTakesNothingElse() {
    assertThat(IsoText.plainDecimal("1.0")).isEqualTo(1.0);
    assertThat(IsoText.plainDecimal("0.50")).isEqualTo(0.5);
    assertThat(IsoText.plainDecimal("12.25")).isEqualTo(12.25);
    assertThat(IsoText.plainDecimal("0." + "1".repeat(18))).isEqualTo(0.111111111111111111);
    for (String lax :
        new String[] {"5e-1", "0x1p-1", "0.5d", "0.5f", "+0.5", " 0.5", ".5", "NaN", "", "1."}) {
      assertThat(IsoText.plainDecimal(lax)).as(lax).isNaN();
    }
    assertThatThrownBy(() -> IsoText.plainDecimal(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
  }

  @Test
  void instantsAndDurationsParseToTheSameValuesAsTheJdk() {
    qt().withExamples(2000)
        .forAll(
            longs().between(-62_000_000_000L, 250_000_000_000L), integers().between(0, 999_999_999))
        .checkAssert(
            (seconds, nanos) -> {
              Instant at = Instant.ofEpochSecond(seconds, nanos % 7 == 0 ? 0 : nanos);
              assertThat(IsoText.instant(at.toString())).isEqualTo(at);
              if (seconds >= 0) {
                assertThat(IsoText.fastInstant(at.toString())).isEqualTo(at);
              }
              Duration d =
                  Duration.ofSeconds(Math.abs(seconds) % 10_000_000, nanos % 3 == 0 ? 0 : nanos);
              if (!d.isZero()) {
                assertThat(IsoText.duration(d.toString())).isEqualTo(d);
              }
            });
  }

  @Test
  void theFastPathsHandOverEverythingElse() {
    assertThat(IsoText.instant("2026-09-01T08:00:00+02:00"))
        .isEqualTo(Instant.parse("2026-09-01T06:00:00Z"));
    assertThat(IsoText.fastInstant("2026-09-01T08:00:00+02:00")).isNull();
    assertThat(IsoText.fastInstant("2026-02-30T08:00:00Z")).isNull();
    assertThat(IsoText.instant("2026-02-30T08:00:00Z")).isNull();
    assertThat(IsoText.fastInstant("2026-09-01T08:00:00.5Z"))
        .isEqualTo(Instant.parse("2026-09-01T08:00:00.5Z"));
    assertThat(IsoText.fastInstant("2026-09-01T08:00:00.Z")).isNull();
    assertThat(IsoText.fastInstant("2026-09-01T08:00:00.1234567890Z")).isNull();
    assertThat(IsoText.fastInstant("2026-09-01T08:00:00.x5Z")).isNull();
    assertThat(IsoText.fastInstant("2026-09-01T08:00:00,5Z")).isNull();
    for (String bad :
        new String[] {
          "2026-13-01T08:00:00Z", "2026-00-01T08:00:00Z", "2026-09-32T08:00:00Z",
          "2026-09-00T08:00:00Z", "2026-09-01T24:00:00Z", "2026-09-01T08:60:00Z",
          "2026-09-01T08:00:60Z", "20x6-09-01T08:00:00Z", "2026/09-01T08:00:00Z",
          "2026-09/01T08:00:00Z", "2026-09-01 08:00:00Z", "2026-09-01T08-00:00Z",
          "2026-09-01T08:00-00Z", "2026-09-01T08:00:00", "yesterday"
        }) {
      assertThat(IsoText.fastInstant(bad)).as(bad).isNull();
      Instant general;
      try {
        general = Instant.parse(bad); // the JDK reads 24:00:00 as the next midnight
      } catch (java.time.DateTimeException e) {
        general = null;
      }
      assertThat(IsoText.instant(bad)).as(bad).isEqualTo(general);
    }
    assertThat(IsoText.instant("2026-09-01T08:00:60Z")).isNull();
    assertThat(IsoText.fastDuration("PT90M")).isEqualTo(Duration.ofMinutes(90));
    assertThat(IsoText.fastDuration("PT1H30M15S")).isEqualTo(Duration.ofSeconds(5415));
    assertThat(IsoText.fastDuration("PT1H1H")).isNull();
    assertThat(IsoText.fastDuration("PT30M1H")).isNull();
    assertThat(IsoText.fastDuration("PTH")).isNull();
    assertThat(IsoText.fastDuration("PT1")).isNull();
    assertThat(IsoText.fastDuration("PT1X")).isNull();
    assertThat(IsoText.fastDuration("P1D")).isNull();
    assertThat(IsoText.fastDuration("PT" + "9".repeat(17) + "S")).isNull();
    assertThat(IsoText.duration("P1DT2H")).isEqualTo(Duration.ofHours(26));
    assertThat(IsoText.duration("PT0.5H")).isEqualTo(Duration.ofMinutes(30));
    assertThat(IsoText.duration("PT1H7.5M")).isEqualTo(Duration.ofSeconds(3600 + 450));
    assertThat(IsoText.duration("PT1,5H")).isEqualTo(Duration.ofMinutes(90));
    assertThat(IsoText.duration("P1DT0.25H")).isEqualTo(Duration.ofMinutes(24 * 60 + 15));
    assertThat(IsoText.duration("PT0.000000001H")).isEqualTo(Duration.ofNanos(3600));
    assertThat(IsoText.duration("PT0.5H30M")).isNull(); // a fraction only on the last component
    assertThat(IsoText.duration("PT")).isNull();
    assertThat(IsoText.duration("P1DT")).isNull();
    assertThat(IsoText.duration("an hour")).isNull();
    assertThatThrownBy(() -> IsoText.duration(null)).hasMessage("text");
    assertThatThrownBy(() -> IsoText.instant(null)).hasMessage("text");
  }
}
