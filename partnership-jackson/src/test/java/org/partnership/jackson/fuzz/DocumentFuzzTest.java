package org.partnership.jackson.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.partnership.jackson.DocumentException;
import org.partnership.jackson.DocumentFormat;
import org.partnership.jackson.DocumentType;

/**
 * Every loader, on any input, either loads or fails with {@link DocumentException} — never another
 * exception, never a hang. In a normal build these replay the regression inputs under {@code
 * src/test/resources/org/partnership/jackson/fuzz/DocumentFuzzTestInputs/<method>/}; {@code
 * JAZZER_FUZZ=1} explores new inputs.
 */
class DocumentFuzzTest {

  static void loadOrReject(DocumentType<?> type, FuzzedDataProvider data) {
    DocumentFormat format = data.consumeBoolean() ? DocumentFormat.YAML : DocumentFormat.JSON;
    String content = data.consumeRemainingAsString();
    try {
      Object value = type.parse(content, "fuzz", format);
      // What loads must write and load again to an equal value.
      Object again = type.parse(writeUnchecked(type, value, format), "again", format);
      if (!again.equals(value)) {
        throw new AssertionError("round trip changed the " + type + ": " + value + " → " + again);
      }
    } catch (DocumentException expected) {
      // the documented failure
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> String writeUnchecked(DocumentType<T> type, Object value, DocumentFormat f) {
    return type.write((T) value, f);
  }

  @FuzzTest(maxDuration = "30s")
  void organization(FuzzedDataProvider data) {
    loadOrReject(DocumentType.ORGANIZATION, data);
  }

  @FuzzTest(maxDuration = "30s")
  void policy(FuzzedDataProvider data) {
    loadOrReject(DocumentType.POLICY, data);
  }

  @FuzzTest(maxDuration = "30s")
  void decision(FuzzedDataProvider data) {
    loadOrReject(DocumentType.DECISION, data);
  }

  @FuzzTest(maxDuration = "30s")
  void timeAllocation(FuzzedDataProvider data) {
    loadOrReject(DocumentType.TIME_ALLOCATION, data);
  }
}
