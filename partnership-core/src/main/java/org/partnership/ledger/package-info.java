/**
 * What a host application records about what happened: decisions taken ({@link
 * org.partnership.ledger.DecisionRecord}), time spent ({@link org.partnership.ledger.TimeEntry})
 * and recognition given ({@link org.partnership.ledger.Recognition}). A ledger is any stream of
 * {@link org.partnership.ledger.LedgerRecord}s; metrics consume them one by one.
 *
 * <p>Every record is immutable, thread-safe and validated at construction, with the same error
 * conventions as {@link org.partnership.model}.
 */
@ValueStyle
package org.partnership.ledger;

import org.partnership.internal.ValueStyle;
