package org.partnership.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Morris screening against functions whose elementary effects are known. */
class MorrisScreeningTest {

  @Test
  void everyTrajectoryMovesEachInputOnceByDeltaOnTheGrid() {
    qt().forAll(integers().between(1, 12), integers().between(1, 4), longs().all())
        .checkAssert(
            (k, half, seed) -> {
              int levels = 2 * half;
              MorrisScreening.Design d = MorrisScreening.design(k, levels, 5, seed);
              assertThat(d.delta()).isEqualTo(levels / (2.0 * (levels - 1)));
              for (int t = 0; t < d.trajectories(); t++) {
                boolean[] moved = new boolean[k];
                for (int s = 0; s < k; s++) {
                  double[] before = d.point(t, s);
                  double[] after = d.point(t, s + 1);
                  int i = d.changed(t, s);
                  assertThat(moved[i]).as("input %d moved twice", i).isFalse();
                  moved[i] = true;
                  for (int j = 0; j < k; j++) {
                    assertThat(after[j]).isBetween(0.0, 1.0);
                    double onGrid = after[j] * (levels - 1);
                    assertThat(onGrid).isCloseTo(Math.rint(onGrid), within(1e-9));
                    if (j == i) {
                      assertThat(Math.abs(after[j] - before[j])).isCloseTo(d.delta(), within(1e-9));
                    } else {
                      assertThat(after[j]).isEqualTo(before[j]);
                    }
                  }
                }
              }
            });
  }

  @Test
  void aLinearFunctionHasItsCoefficientsAsEffectsAndNoSpread() {
    double[] a = {3, -2, 0, 0.5};
    List<MorrisScreening.Effect> effects =
        MorrisScreening.screen(
            4,
            4,
            20,
            7,
            x -> {
              double y = 0;
              for (int i = 0; i < a.length; i++) {
                y += a[i] * x[i];
              }
              return y;
            });
    for (int i = 0; i < a.length; i++) {
      assertThat(effects.get(i).mu()).isCloseTo(a[i], within(1e-9));
      assertThat(effects.get(i).muStar()).isCloseTo(Math.abs(a[i]), within(1e-9));
      assertThat(effects.get(i).sigma()).isCloseTo(0, within(1e-9));
    }
  }

  @Test
  void interactionsAndCurvatureShowAsSpreadAndCancellingShowsInMuStarOnly() {
    // y = x0 * x1 + (x2 - 0.5)^2 + 0 * x3: x0, x1 interact, x2 is curved with effects of both
    // signs around 0.5, x3 does nothing
    List<MorrisScreening.Effect> effects =
        MorrisScreening.screen(
            4, 4, 200, 11, x -> x[0] * x[1] + (x[2] - 0.5) * (x[2] - 0.5) + 0 * x[3]);
    assertThat(effects.get(0).sigma()).isGreaterThan(0.2);
    assertThat(effects.get(1).sigma()).isGreaterThan(0.2);
    // E|effect of x2|: steps of 2/3 from {0, 1/3} to {2/3, 1}: effects ±1/3, |.| = 1/3
    assertThat(effects.get(2).muStar()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(Math.abs(effects.get(2).mu())).isLessThan(0.1);
    assertThat(effects.get(3).muStar()).isZero();
    assertThat(effects.get(3).sigma()).isZero();
  }

  @Test
  void theSameSeedGivesTheSameDesign() {
    MorrisScreening.Design a = MorrisScreening.design(5, 4, 3, 42);
    MorrisScreening.Design b = MorrisScreening.design(5, 4, 3, 42);
    for (int t = 0; t < 3; t++) {
      for (int p = 0; p <= 5; p++) {
        assertThat(a.point(t, p)).containsExactly(b.point(t, p));
      }
    }
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> MorrisScreening.design(0, 4, 1, 1))
        .hasMessage("factors must be in [1, 1000], was 0");
    assertThatThrownBy(() -> MorrisScreening.design(2, 3, 1, 1))
        .hasMessage("levels must be an even number in [2, 100], was 3");
    assertThatThrownBy(() -> MorrisScreening.design(2, 4, 0, 1))
        .hasMessage("trajectories must be in [1, 10000], was 0");
    MorrisScreening.Design d = MorrisScreening.design(2, 4, 2, 1);
    assertThatThrownBy(() -> MorrisScreening.effects(d, new double[1][3]))
        .hasMessage("outputs must have one row per trajectory (2), had 1");
  }
}
