/**
 * Synthetic ledgers for demos, tests and benchmarks: {@link
 * org.partnership.examples.ledger.LedgerGenerator}.
 */
package org.partnership.examples.ledger;
