package org.partnership.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The columns of the ledger files are a published format: these are the documented names, in order,
 * and docs/metrics.md lists each one.
 */
class LedgerColumnsTest {

  @Test
  void decisionsHaveTheDocumentedColumnsInOrder() {
    assertThat(LedgerRecordType.DECISION.columns())
        .containsExactly(
            "decision_id",
            "domain",
            "owner_role_id",
            "style",
            "raised_at",
            "decided_by",
            "decided_at",
            "due_at",
            "outcome",
            "participants",
            "accountable",
            "stakeholders",
            "significance",
            "urgency",
            "reversibility",
            "commitment_needed",
            "commitment_if_imposed",
            "leader_expertise",
            "group_expertise",
            "team_competence",
            "goal_alignment",
            "conflict_likelihood",
            "structure",
            "development_value",
            "mandate",
            "confidential",
            "consistency_critical",
            "time_available");
    assertThat(LedgerRecordType.DECISION.requiredColumns())
        .containsExactly("decision_id", "domain", "owner_role_id", "style", "raised_at");
  }

  @Test
  void timeAndRecognitionsHaveTheDocumentedColumnsAllRequired() {
    assertThat(LedgerRecordType.TIME.columns())
        .containsExactly("person_id", "kind", "phase", "start", "duration");
    assertThat(LedgerRecordType.TIME.requiredColumns()).isEqualTo(LedgerRecordType.TIME.columns());
    assertThat(LedgerRecordType.RECOGNITION.columns())
        .containsExactly("from_person_id", "to_person_id", "domain", "at");
    assertThat(LedgerRecordType.RECOGNITION.requiredColumns())
        .isEqualTo(LedgerRecordType.RECOGNITION.columns());
  }

  @Test
  void theMetricsDocumentationListsEveryColumn() throws IOException {
    String doc = Files.readString(Path.of("../docs/metrics.md"), StandardCharsets.UTF_8);
    for (LedgerRecordType type : LedgerRecordType.values()) {
      List<String> columns = type.columns();
      for (String column : columns) {
        assertThat(doc).as(type + " column " + column).contains("`" + column + "`");
      }
    }
  }
}
