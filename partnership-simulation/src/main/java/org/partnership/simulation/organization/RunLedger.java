package org.partnership.simulation.organization;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.Recognition;
import org.partnership.ledger.TimeEntry;
import org.partnership.metrics.Measurement;
import org.partnership.model.ActivityKind;
import org.partnership.model.Domain;
import org.partnership.model.Phase;
import org.partnership.model.Style;

/**
 * The ledger one run writes: every record goes to the run's {@link Measurement} and to the host's
 * consumer, in the order written; decision ids are {@code d0, d1, …}; time is recorded to the
 * second and entries under one second are left out.
 *
 * <p>Not thread-safe: one run owns it.
 */
final class RunLedger {

  private final Measurement measurement;
  private final Consumer<? super LedgerRecord> sink;
  private long records;
  private long nextDecision;

  RunLedger(Measurement measurement, Consumer<? super LedgerRecord> sink) {
    this.measurement = measurement;
    this.sink = sink;
  }

  /** Records written so far. */
  long records() {
    return records;
  }

  /** The next decision's id. */
  String nextDecisionId() {
    return "d" + nextDecision++;
  }

  void decision(DecisionRecord record) {
    emit(record);
  }

  void recognition(String from, String to, Domain domain, Instant at) {
    emit(Recognition.of(from, to, domain, at));
  }

  void time(String person, ActivityKind kind, Phase phase, Instant at, double hours) {
    long seconds = Math.round(hours * 3600);
    if (seconds > 0) {
      emit(TimeEntry.of(person, kind, phase, at, Duration.ofSeconds(seconds)));
    }
  }

  /** The activity a leader spends the upfront time of a style on. */
  static ActivityKind upfrontKind(Style style) {
    return switch (style) {
      case TELL -> ActivityKind.DECIDING;
      case SELL -> ActivityKind.DIRECTING;
      case CONSULT -> ActivityKind.CONSULTATION;
      case AGREE -> ActivityKind.JOINT_DECISION;
      case ADVISE -> ActivityKind.SHARED_INPUT;
      case INQUIRE -> ActivityKind.SHARED_UNDERSTANDING;
      case DELEGATE -> ActivityKind.POTENTIAL_BUILDING;
    };
  }

  private void emit(LedgerRecord record) {
    measurement.accept(record);
    sink.accept(record);
    records++;
  }
}
