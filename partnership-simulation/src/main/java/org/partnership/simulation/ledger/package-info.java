/**
 * Synthetic ledgers for demos, tests and benchmarks: {@link
 * org.partnership.simulation.ledger.LedgerGenerator}.
 */
package org.partnership.simulation.ledger;
