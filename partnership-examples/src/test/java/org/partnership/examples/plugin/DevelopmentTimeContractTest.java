package org.partnership.examples.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnership.metrics.MetricCalculator;
import org.partnership.metrics.MetricRegistry;
import org.partnership.metrics.testkit.MetricCalculatorContract;

/** The example plug-in passes the contract kit and is found through META-INF/services. */
class DevelopmentTimeContractTest extends MetricCalculatorContract {

  @Override
  protected MetricCalculator<?> calculator() {
    return new DevelopmentTime();
  }

  @Test
  void isDiscoveredThroughTheServiceLoader() {
    MetricRegistry registry =
        MetricRegistry.builder().discover(getClass().getClassLoader()).build();
    assertThat(registry.calculator(DevelopmentTime.ID)).isPresent();
    assertThat(registry.problems()).isEmpty();
  }
}
