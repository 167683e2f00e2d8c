package org.partnership.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.partnership.benchmarks.engines.VroomEngine;
import org.partnership.rules.classic.Vroom2000;

/**
 * The comparison is fair: every engine returns the published style for every one of the 128 inputs
 * (the library's table is itself checked against the published matrix in core's tests).
 */
class VroomEnginesTest {

  @Test
  void everyEngineReturnsThePublishedStyleForAll128Inputs() {
    for (VroomEngine engine : VroomEngine.all()) {
      for (int input = 0; input < 128; input++) {
        assertThat(engine.style(input))
            .as("%s on input %s", engine, input)
            .isEqualTo(Vroom2000.TIME_DRIVEN.style(input).name());
      }
    }
  }
}
