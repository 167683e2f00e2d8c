package org.partnership.metrics.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32C;
import org.partnership.metrics.Measurement;
import org.partnership.metrics.MetricContext;
import org.partnership.metrics.MetricRegistry;
import org.partnership.metrics.MetricReport;
import org.partnership.metrics.testkit.TestLedgers;

/**
 * The measurement-state reader, on any bytes: a state restores, or is refused with {@link
 * IllegalArgumentException} — never another exception, never a hang; what restores reports, and
 * saves to a state that restores to the same report. The fuzzed bytes are the state's body and the
 * harness closes them with their own checksum, so that inputs reach what lies behind the CRC.
 * Regression inputs replay under {@code
 * src/test/resources/org/partnership/metrics/fuzz/StateFuzzTestInputs/restore/}; {@code
 * JAZZER_FUZZ=1} explores new ones.
 */
class StateFuzzTest {

  private static final MetricContext CONTEXT = MetricContext.of(TestLedgers.organization());
  private static final MetricRegistry REGISTRY = MetricRegistry.builtIns();

  /** The bytes, closed by their CRC-32C as a saved state is. */
  static byte[] withChecksum(byte[] body) {
    CRC32C crc = new CRC32C();
    crc.update(body);
    return ByteBuffer.allocate(body.length + 4).put(body).putInt((int) crc.getValue()).array();
  }

  @org.junit.jupiter.api.Test
  void theRegressionInputsHoldStatesThatRestore() throws java.io.IOException {
    for (String name : new String[] {"valid-40-records", "valid-empty"}) {
      try (java.io.InputStream in =
          StateFuzzTest.class.getResourceAsStream("StateFuzzTestInputs/restore/" + name)) {
        org.assertj.core.api.Assertions.assertThat(
                REGISTRY.restore(CONTEXT, withChecksum(in.readAllBytes())).report().recordsRead())
            .as(name)
            .isEqualTo(name.equals("valid-empty") ? 0 : 40);
      }
    }
  }

  @FuzzTest(maxDuration = "30s")
  void restore(byte[] body) {
    Measurement m;
    try {
      m = REGISTRY.restore(CONTEXT, withChecksum(body));
    } catch (IllegalArgumentException refused) {
      return; // the documented failure
    }
    MetricReport report = m.report();
    byte[] saved = m.save();
    MetricReport again = REGISTRY.restore(CONTEXT, saved).report();
    if (!again.equals(report)) {
      throw new AssertionError("a restored state saved and restored again reports otherwise");
    }
    if (!Arrays.equals(REGISTRY.restore(CONTEXT, saved).save(), saved)) {
      throw new AssertionError("saving a restored state is not stable");
    }
  }
}
