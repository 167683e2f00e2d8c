package org.partnership.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A cell a spreadsheet would run gets a leading quote, which reading removes: every text
 * round-trips.
 */
class CsvCellsTest {

  @Test
  void riskyCellsAreQuotedAndEveryTextRoundTrips() {
    for (String risky : new String[] {"=SUM(A1)", "+1", "-1", "@x", "\tx", "\rx", "'quoted"}) {
      assertThat(CsvCells.neutralize(risky)).isEqualTo("'" + risky);
      assertThat(CsvCells.read(CsvCells.neutralize(risky))).isEqualTo(risky);
    }
    for (String safe : new String[] {"", "acme", "0.5", "a=b", " =x"}) {
      assertThat(CsvCells.neutralize(safe)).isEqualTo(safe);
      assertThat(CsvCells.read(safe)).isEqualTo(safe);
    }
    assertThat(CsvCells.read("'")).isEmpty();
  }
}
