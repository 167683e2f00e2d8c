package org.partnership.metrics.testkit;

import org.junit.jupiter.api.Nested;
import org.partnership.metrics.BuiltInMetrics;
import org.partnership.metrics.MetricCalculator;

/** Every built-in calculator keeps the plug-in contract of the test kit. */
class BuiltInMetricsContractTest {

  @Nested
  class PartneringShare extends MetricCalculatorContract {
    @Override
    protected MetricCalculator<?> calculator() {
      return BuiltInMetrics.partneringShare();
    }
  }

  @Nested
  class UpfrontShare extends MetricCalculatorContract {
    @Override
    protected MetricCalculator<?> calculator() {
      return BuiltInMetrics.upfrontShare();
    }
  }

  @Nested
  class LeadershipLevels extends MetricCalculatorContract {
    @Override
    protected MetricCalculator<?> calculator() {
      return BuiltInMetrics.leadershipLevels();
    }
  }

  @Nested
  class Participation extends MetricCalculatorContract {
    @Override
    protected MetricCalculator<?> calculator() {
      return BuiltInMetrics.participation();
    }
  }

  @Nested
  class Timeliness extends MetricCalculatorContract {
    @Override
    protected MetricCalculator<?> calculator() {
      return BuiltInMetrics.timeliness();
    }
  }

  @Nested
  class Consistency extends MetricCalculatorContract {
    @Override
    protected MetricCalculator<?> calculator() {
      return BuiltInMetrics.consistency();
    }
  }

  @Nested
  class Fairness extends MetricCalculatorContract {
    @Override
    protected MetricCalculator<?> calculator() {
      return BuiltInMetrics.fairness();
    }
  }

  @Nested
  class TrustInCompetence extends MetricCalculatorContract {
    @Override
    protected MetricCalculator<?> calculator() {
      return BuiltInMetrics.trustInCompetence();
    }
  }

  @Nested
  class SharedAccountability extends MetricCalculatorContract {
    @Override
    protected MetricCalculator<?> calculator() {
      return BuiltInMetrics.sharedAccountability();
    }
  }

  @Nested
  class DelegationDrift extends MetricCalculatorContract {
    @Override
    protected MetricCalculator<?> calculator() {
      return BuiltInMetrics.delegationDrift();
    }
  }

  @Nested
  class Centralization extends MetricCalculatorContract {
    @Override
    protected MetricCalculator<?> calculator() {
      return BuiltInMetrics.centralization();
    }
  }

  @Nested
  class PolicyAdherence extends MetricCalculatorContract {
    @Override
    protected MetricCalculator<?> calculator() {
      return BuiltInMetrics.policyAdherence();
    }
  }
}
