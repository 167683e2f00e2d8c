package org.partnership.jackson.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.partnership.jackson.DocumentException;
import org.partnership.jackson.LedgerCsv;
import org.partnership.jackson.LedgerJsonLines;
import org.partnership.jackson.LedgerReadReport;
import org.partnership.jackson.LedgerRecordType;
import org.partnership.jackson.LedgerWriter;
import org.partnership.jackson.ReadMode;
import org.partnership.ledger.LedgerRecord;

/**
 * The ledger readers, on any input, in either mode: they accept records, reject rows, or fail with
 * {@link DocumentException} — never another exception, never a hang; {@code read = accepted +
 * rejected}; what they accept writes and reads back equal. Regression inputs replay under {@code
 * src/test/resources/org/partnership/jackson/fuzz/LedgerFuzzTestInputs/<method>/}; {@code
 * JAZZER_FUZZ=1} explores new ones.
 */
class LedgerFuzzTest {

  @FuzzTest(maxDuration = "30s")
  void csv(FuzzedDataProvider data) throws IOException {
    LedgerRecordType type = data.pickValue(LedgerRecordType.values());
    ReadMode mode = data.consumeBoolean() ? ReadMode.STRICT : ReadMode.LENIENT;
    String content = data.consumeRemainingAsString();
    List<LedgerRecord> records = new ArrayList<>();
    try {
      LedgerReadReport report =
          LedgerCsv.read(new StringReader(content), "fuzz.csv", type, mode, records::add);
      check(report, records);
      StringWriter out = new StringWriter();
      try (LedgerWriter w = LedgerCsv.writer(out, type)) {
        for (LedgerRecord r : records) {
          w.write(r);
        }
      } catch (IllegalArgumentException notCsv) {
        return; // an id with ';' reads from a quoted cell but cannot be written as a list
      }
      List<LedgerRecord> again = new ArrayList<>();
      LedgerCsv.read(
          new StringReader(out.toString()), "again.csv", type, ReadMode.STRICT, again::add);
      if (!again.equals(records)) {
        throw new AssertionError("CSV round trip changed the records");
      }
    } catch (DocumentException expected) {
      // the documented failure
    }
  }

  @FuzzTest(maxDuration = "30s")
  void jsonLines(FuzzedDataProvider data) throws IOException {
    ReadMode mode = data.consumeBoolean() ? ReadMode.STRICT : ReadMode.LENIENT;
    String content = data.consumeRemainingAsString();
    List<LedgerRecord> records = new ArrayList<>();
    try {
      LedgerReadReport report =
          LedgerJsonLines.read(new StringReader(content), "fuzz.jsonl", mode, records::add);
      check(report, records);
      StringWriter out = new StringWriter();
      try (LedgerWriter w = LedgerJsonLines.writer(out)) {
        for (LedgerRecord r : records) {
          w.write(r);
        }
      }
      List<LedgerRecord> again = new ArrayList<>();
      LedgerJsonLines.read(new StringReader(out.toString()), "again", ReadMode.STRICT, again::add);
      if (!again.equals(records)) {
        throw new AssertionError("JSON Lines round trip changed the records");
      }
    } catch (DocumentException expected) {
      // the documented failure
    }
  }

  private static void check(LedgerReadReport report, List<LedgerRecord> records) {
    if (report.read() != report.accepted() + report.rejected()) {
      throw new AssertionError("read != accepted + rejected: " + report);
    }
    if (report.accepted() != records.size()) {
      throw new AssertionError("accepted " + report.accepted() + ", handed " + records.size());
    }
  }
}
