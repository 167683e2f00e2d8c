package org.partnership.metrics;

import com.google.common.testing.AbstractPackageSanityTests;
import org.partnership.metrics.testkit.TestLedgers;

/**
 * Every public class of the package rejects nulls by name and compares by value: a new type cannot
 * be forgotten (Guava's package sanity tests).
 */
public class PackageSanityTest extends AbstractPackageSanityTests {

  public PackageSanityTest() {
    setDefault(org.partnership.model.Organization.class, TestLedgers.organization());
    setDefault(MetricContext.class, MetricContext.of(TestLedgers.organization()));
    setDefault(MetricCalculator.class, BuiltInMetrics.timeliness());
    setDefault(
        org.partnership.rules.Explanation.class,
        org.partnership.rules.Explanation.of("x", java.util.List.of()));
    setDefault(String.class, "a");
    MetricContext context = MetricContext.of(TestLedgers.organization());
    MetricReport some =
        MetricRegistry.builtIns()
            .measure(context, TestLedgers.random(context.organization(), 1, 300));
    MetricReport other =
        MetricRegistry.builtIns()
            .measure(context, TestLedgers.random(context.organization(), 2, 300));
    setDefault(MetricReport.class, some);
    setDefault(MetricRegistry.class, MetricRegistry.builtIns());
    MetricContext another =
        MetricContext.builder(TestLedgers.organization()).minimumGroupSize(3).build();
    setDistinctValues(MetricContext.class, context, another);
    setDistinctValues(java.util.Map.class, java.util.Map.of(), some.values());
    setDistinctValues(MetricReport.class, some, other);
    // The package's API: its public classes (the built-in calculators are package-private).
    ignoreClasses(c -> !java.lang.reflect.Modifier.isPublic(c.getModifiers()));
  }
}
