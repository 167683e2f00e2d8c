package org.partnership.ledger;

import java.time.Instant;

/**
 * One record of a ledger. The set of record types is closed: {@link DecisionRecord}, {@link
 * TimeEntry} and {@link Recognition}.
 */
public sealed interface LedgerRecord permits DecisionRecord, TimeEntry, Recognition {

  /**
   * When the record happened: the time a decision was raised, a time entry started or a recognition
   * was given. Periods of a ledger are selected on this instant.
   */
  Instant timestamp();
}
