package org.partnership.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The values that travel to executors: equal by value, serializable, nulls refused by name. */
class ValueTypesTest {

  private static Object roundTrip(Object o) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(o);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return in.readObject();
    }
  }

  @Test
  void aSweepIsAValueThatSurvivesSerializationInOrder() throws Exception {
    Map<String, List<Double>> vary = new LinkedHashMap<>();
    vary.put("p2", List.of(0.1, 0.9));
    vary.put("p1", List.of(0.5));
    Sweep sweep = new Sweep("march1991", Map.of("p3", 0.0), vary, 3, 7, true);
    Sweep back = (Sweep) roundTrip(sweep);
    assertThat(back).isEqualTo(sweep);
    assertThat(back.vary().keySet()).containsExactly("p2", "p1");
    assertThat(back.experiment().cells()).isEqualTo(sweep.experiment().cells());
    new EqualsTester()
        .addEqualityGroup(sweep, back)
        .addEqualityGroup(new Sweep("march1991", Map.of(), vary, 3, 7, true))
        .addEqualityGroup(new Sweep("march1991", Map.of("p3", 0.0), vary, 4, 7, true))
        .testEquals();
    assertThatThrownBy(() -> new Sweep("march1991", Map.of(), Map.of("p1", List.of()), 1, 1, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("vary p1 must list at least one value");
    new NullPointerTester().setDefault(Map.class, Map.of()).testAllPublicConstructors(Sweep.class);
  }

  @Test
  void settingsTravelToo() throws Exception {
    LedgerMetrics.Settings s =
        new LedgerMetrics.Settings(Instant.parse("2026-01-01T00:00:00Z"), null, true);
    assertThat(roundTrip(s)).isEqualTo(s);
    assertThat(LedgerMetrics.Settings.all())
        .isEqualTo(new LedgerMetrics.Settings(null, null, false));
  }

  @Test
  void ledgerFormatsByNameAnyCase() {
    assertThat(SparkLedger.Format.of("Parquet")).isEqualTo(SparkLedger.Format.PARQUET);
    assertThat(SparkLedger.Format.of("jsonl")).isEqualTo(SparkLedger.Format.JSON);
    assertThatThrownBy(() -> SparkLedger.Format.of("xml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a ledger format is csv, json or parquet, was \"xml\"");
  }
}
