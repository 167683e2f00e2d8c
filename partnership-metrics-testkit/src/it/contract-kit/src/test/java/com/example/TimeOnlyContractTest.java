package com.example;

import org.partnership.metrics.MetricCalculator;
import org.partnership.metrics.testkit.MetricCalculatorContract;

class TimeOnlyContractTest extends MetricCalculatorContract {
  @Override
  protected MetricCalculator<?> calculator() {
    return new TimeOnly();
  }
}
