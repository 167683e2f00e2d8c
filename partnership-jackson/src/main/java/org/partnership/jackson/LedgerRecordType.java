package org.partnership.jackson;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.Recognition;
import org.partnership.ledger.TimeEntry;

/**
 * The three record types of a ledger, each with its CSV file name and columns. The README and
 * {@code docs/metrics.md} document every column.
 */
public enum LedgerRecordType {
  /** {@link DecisionRecord}s: {@code decisions.csv}. */
  DECISION(
      "decisions.csv",
      List.of("decision_id", "domain", "owner_role_id", "style", "raised_at"),
      List.of(
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
          "time_available")),
  /** {@link TimeEntry}s: {@code time.csv}. */
  TIME(
      "time.csv",
      List.of("person_id", "kind", "phase", "start", "duration"),
      List.of("person_id", "kind", "phase", "start", "duration")),
  /** {@link Recognition}s: {@code recognitions.csv}. */
  RECOGNITION(
      "recognitions.csv",
      List.of("from_person_id", "to_person_id", "domain", "at"),
      List.of("from_person_id", "to_person_id", "domain", "at"));

  private final String fileName;
  private final List<String> required;
  private final List<String> columns;

  LedgerRecordType(String fileName, List<String> required, List<String> columns) {
    this.fileName = fileName;
    this.required = required;
    this.columns = columns;
  }

  /** The conventional CSV file name, e.g. {@code decisions.csv}. */
  public String fileName() {
    return fileName;
  }

  /** Every column, in the order writers use. */
  public List<String> columns() {
    return columns;
  }

  /** The columns a CSV header must have. */
  public List<String> requiredColumns() {
    return required;
  }

  /**
   * The type of a record.
   *
   * @throws NullPointerException if {@code record} is null
   */
  public static LedgerRecordType of(LedgerRecord record) {
    requireNonNull(record, "record");
    if (record instanceof DecisionRecord) {
      return DECISION;
    }
    return record instanceof TimeEntry ? TIME : RECOGNITION;
  }
}
