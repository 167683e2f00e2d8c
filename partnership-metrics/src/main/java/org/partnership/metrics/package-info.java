/**
 * Metric calculators over a ledger: the plug-in contract, the built-in calculators and the
 * leadership assessment. The calculators arrive with the metrics work; this package holds the
 * module's place in the layering (it builds on {@code partnership-core} only).
 */
package org.partnership.metrics;
