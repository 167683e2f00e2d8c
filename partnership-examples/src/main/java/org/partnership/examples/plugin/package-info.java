/**
 * An example metric plug-in: {@link org.partnership.examples.plugin.DevelopmentTime}, registered in
 * {@code META-INF/services/org.partnership.metrics.MetricCalculator} so that {@code
 * MetricRegistry.builder().discover(loader)} and {@code partnership.jar metrics} find it.
 */
package org.partnership.examples.plugin;
