/**
 * Metric calculators over a ledger: the plug-in contract ({@link
 * org.partnership.metrics.MetricCalculator}, {@link org.partnership.metrics.MetricAccumulator}),
 * the registry that finds calculators ({@link org.partnership.metrics.MetricRegistry}), the eleven
 * built-in calculators ({@link org.partnership.metrics.BuiltInMetrics}) and the leadership
 * assessment ({@link org.partnership.metrics.LeadershipAssessment}).
 *
 * <p>Records stream through mergeable accumulators: memory grows with the people and groups of the
 * organization, never with the number of records, and a ledger split into parts (threads, files,
 * machines) gives the same values whatever the split and the order of merging.
 *
 * <p>Every type here is immutable and thread-safe except accumulators and {@link
 * org.partnership.metrics.Measurement}, which belong to one thread at a time. Nulls are rejected
 * with {@link java.lang.NullPointerException} naming the parameter.
 */
package org.partnership.metrics;
