/**
 * The contract kit for metric plug-ins: {@link
 * org.partnership.metrics.testkit.MetricCalculatorContract}, JUnit 5 tests a calculator's test
 * class inherits, and {@link org.partnership.metrics.testkit.TestLedgers}, a deterministic
 * organization and random ledgers to measure.
 *
 * <p>Published as {@code org.partnership:partnership-metrics-testkit}, for test scope; it depends
 * on JUnit Jupiter, AssertJ and QuickTheories itself.
 */
package org.partnership.metrics.testkit;
