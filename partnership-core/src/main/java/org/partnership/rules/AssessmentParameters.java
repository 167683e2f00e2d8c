package org.partnership.rules;

import org.immutables.value.Value;
import org.partnership.internal.Checks;

/**
 * The thresholds of the leadership assessment, part of a {@link Policy}: leadership is partnership
 * (the time balance of {@link Policy#balance()}) plus timely, consistent and fair management.
 *
 * <p>Defaults and the reasons for them:
 *
 * <ul>
 *   <li>{@link #minimumOnTimeRate()} 0.80 — most decisions with a due date are taken by it; a lower
 *       rate means management is not timely.
 *   <li>{@link #minimumConsistency()} 0.70 — the style used agrees with the policy's recommended
 *       mode for most decisions; the recommendation is advice, so some disagreement is expected.
 *   <li>{@link #minimumImpactRatio()} 0.80 — the four-fifths rule of adverse-impact analysis
 *       (Uniform Guidelines on Employee Selection Procedures, 29 CFR 1607.4(D)): a group involved
 *       at less than four fifths of the rate of the most involved group is flagged.
 *   <li>{@link #minimumDecisions()} 10 — below it a rate says more about chance than about how
 *       decisions are handled; the component reports insufficient data instead.
 *   <li>{@link #minimumGroupSize()} 5 — groups of people smaller than this are never reported or
 *       compared, so no aggregate points at an individual.
 * </ul>
 *
 * <p>Immutable and thread-safe. Validation: rates in [0, 1], {@code minimumDecisions} at least 1,
 * {@code minimumGroupSize} at least 2; violations throw {@link IllegalArgumentException} naming the
 * field and the value.
 */
@Value.Immutable
public abstract class AssessmentParameters {

  /** The default minimum group size: {@value}. */
  public static final int DEFAULT_MINIMUM_GROUP_SIZE = 5;

  /** The largest count a threshold may ask for: one million. */
  public static final int MAXIMUM_COUNT = 1_000_000;

  AssessmentParameters() {}

  /** The lowest share of due decisions taken on time that counts as timely. */
  @Value.Default
  public double minimumOnTimeRate() {
    return 0.80;
  }

  /** The lowest share of decisions whose mode agrees with the recommendation. */
  @Value.Default
  public double minimumConsistency() {
    return 0.70;
  }

  /** The lowest involvement rate of a group relative to the most involved group. */
  @Value.Default
  public double minimumImpactRatio() {
    return 0.80;
  }

  /** The fewest decisions a timeliness or consistency component needs to give a verdict. */
  @Value.Default
  public int minimumDecisions() {
    return 10;
  }

  /** The smallest group of people reported or compared; smaller groups are suppressed. */
  @Value.Default
  public int minimumGroupSize() {
    return DEFAULT_MINIMUM_GROUP_SIZE;
  }

  /** The defaults above. */
  public static AssessmentParameters defaults() {
    return builder().build();
  }

  /** A new builder; every attribute has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link AssessmentParameters}. Not thread-safe; {@code build()} validates and throws
   * {@link IllegalArgumentException} for an invalid value.
   */
  public static final class Builder extends ImmutableAssessmentParameters.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.unitInterval("assessment.minimumOnTimeRate", minimumOnTimeRate());
    Checks.unitInterval("assessment.minimumConsistency", minimumConsistency());
    Checks.unitInterval("assessment.minimumImpactRatio", minimumImpactRatio());
    if (minimumDecisions() < 1 || minimumDecisions() > MAXIMUM_COUNT) {
      throw new IllegalArgumentException(
          "assessment.minimumDecisions must be in [1, "
              + MAXIMUM_COUNT
              + "], was "
              + minimumDecisions());
    }
    if (minimumGroupSize() < 2 || minimumGroupSize() > MAXIMUM_COUNT) {
      throw new IllegalArgumentException(
          "assessment.minimumGroupSize must be in [2, "
              + MAXIMUM_COUNT
              + "], was "
              + minimumGroupSize());
    }
  }
}
