package org.partnership.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class AssessmentParametersTest {

  @Test
  void theSeedPolicyCarriesTheDocumentedAssessmentDefaults() {
    AssessmentParameters a = Policy.seed().assessment();
    assertThat(a.minimumOnTimeRate()).isEqualTo(0.80);
    assertThat(a.minimumConsistency()).isEqualTo(0.70);
    assertThat(a.minimumImpactRatio()).isEqualTo(0.80);
    assertThat(a.minimumDecisions()).isEqualTo(10);
    assertThat(a.minimumGroupSize()).isEqualTo(AssessmentParameters.DEFAULT_MINIMUM_GROUP_SIZE);
    assertThat(a.minimumGroupEvents()).isEqualTo(20);
    assertThat(a.significanceLevel()).isEqualTo(0.05);
    assertThat(a.fairnessAttributes()).isEmpty(); // nothing is compared on a guess
    assertThat(a.minimumCoverage()).isEqualTo(0.5);
    assertThat(a.permutationSeed()).isEqualTo(1);
    assertThat(a).isEqualTo(AssessmentParameters.defaults());
  }

  @Test
  void countsUpToAMillionAreAcceptedAndNoMore() {
    AssessmentParameters most =
        AssessmentParameters.builder()
            .minimumDecisions(1_000_000)
            .minimumGroupEvents(1_000_000)
            .minimumGroupSize(1_000_000)
            .build();
    assertThat(most.minimumDecisions()).isEqualTo(1_000_000);
    assertThat(most.minimumGroupEvents()).isEqualTo(1_000_000);
    assertThat(most.minimumGroupSize()).isEqualTo(1_000_000);
    assertThatThrownBy(() -> AssessmentParameters.builder().minimumDecisions(1_000_001).build())
        .hasMessage("assessment.minimumDecisions must be in [1, 1000000], was 1000001");
    assertThatThrownBy(() -> AssessmentParameters.builder().minimumGroupSize(1_000_001).build())
        .hasMessage("assessment.minimumGroupSize must be in [2, 1000000], was 1000001");
  }

  @Test
  void declaredAttributesAreAtMostEightDistinctValidNames() {
    java.util.List<String> eight = java.util.List.of("a", "b", "c", "d", "e", "f", "g", "h");
    assertThat(
            AssessmentParameters.builder().fairnessAttributes(eight).build().fairnessAttributes())
        .isEqualTo(eight);
    assertThatThrownBy(
            () ->
                AssessmentParameters.builder()
                    .fairnessAttributes(eight)
                    .addFairnessAttributes("i")
                    .build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "assessment.fairnessAttributes must name at most 8 attributes (each and every pair is"
                + " compared), was 9");
    assertThatThrownBy(
            () -> AssessmentParameters.builder().addFairnessAttributes("site", "site").build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "assessment.fairnessAttributes must not name an attribute twice, was [site, site]");
    assertThatThrownBy(() -> AssessmentParameters.builder().addFairnessAttributes(" site").build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("assessment.fairnessAttributes[0] must not start or end with");
    assertThatThrownBy(() -> AssessmentParameters.builder().minimumCoverage(1.5).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("assessment.minimumCoverage must be in [0, 1], was 1.5");
    assertThat(AssessmentParameters.builder().minimumCoverage(0).build().minimumCoverage())
        .isZero();
    assertThat(AssessmentParameters.builder().permutationSeed(-7).build().permutationSeed())
        .isEqualTo(-7);
  }

  @Test
  void invalidThresholdsAreRejectedNamingFieldAndValue() {
    assertThatThrownBy(() -> AssessmentParameters.builder().minimumOnTimeRate(1.2).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("assessment.minimumOnTimeRate")
        .hasMessageContaining("1.2");
    assertThatThrownBy(() -> AssessmentParameters.builder().minimumConsistency(-0.1).build())
        .hasMessageContaining("assessment.minimumConsistency");
    assertThatThrownBy(() -> AssessmentParameters.builder().minimumImpactRatio(Double.NaN).build())
        .hasMessageContaining("assessment.minimumImpactRatio");
    assertThatThrownBy(() -> AssessmentParameters.builder().minimumDecisions(0).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("assessment.minimumDecisions must be in [1, 1000000], was 0");
    assertThatThrownBy(() -> AssessmentParameters.builder().minimumGroupSize(1).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("assessment.minimumGroupSize must be in [2, 1000000], was 1");
    assertThatThrownBy(() -> AssessmentParameters.builder().minimumGroupEvents(0).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("assessment.minimumGroupEvents must be in [1, 1000000], was 0");
    assertThatThrownBy(() -> AssessmentParameters.builder().minimumGroupEvents(1_000_001).build())
        .hasMessage("assessment.minimumGroupEvents must be in [1, 1000000], was 1000001");
    assertThatThrownBy(() -> AssessmentParameters.builder().significanceLevel(0).build())
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("assessment.significanceLevel must be in (0, 0.5], was 0.0");
    assertThatThrownBy(() -> AssessmentParameters.builder().significanceLevel(0.51).build())
        .hasMessage("assessment.significanceLevel must be in (0, 0.5], was 0.51");
    assertThatThrownBy(() -> AssessmentParameters.builder().significanceLevel(Double.NaN).build())
        .hasMessageContaining("assessment.significanceLevel");
  }

  @Test
  void theLowestAllowedValuesAreAccepted() {
    AssessmentParameters a =
        AssessmentParameters.builder()
            .minimumDecisions(1)
            .minimumGroupSize(2)
            .minimumOnTimeRate(0)
            .minimumImpactRatio(1)
            .minimumGroupEvents(1)
            .significanceLevel(0.5)
            .build();
    assertThat(a.minimumDecisions()).isEqualTo(1);
    assertThat(a.minimumGroupEvents()).isEqualTo(1);
    assertThat(a.significanceLevel()).isEqualTo(0.5);
    assertThat(a.minimumGroupSize()).isEqualTo(2);
  }

  @Test
  void nullsAreRejectedByNameAndEqualityIsByValue() {
    new NullPointerTester().testAllPublicInstanceMethods(AssessmentParameters.builder());
    new EqualsTester()
        .addEqualityGroup(AssessmentParameters.defaults(), AssessmentParameters.builder().build())
        .addEqualityGroup(AssessmentParameters.builder().minimumGroupSize(7).build())
        .addEqualityGroup(
            Policy.builder()
                .id("p")
                .version(1)
                .assessment(AssessmentParameters.builder().minimumDecisions(3).build())
                .build()
                .assessment())
        .testEquals();
  }
}
