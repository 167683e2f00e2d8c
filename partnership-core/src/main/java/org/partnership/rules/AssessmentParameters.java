package org.partnership.rules;

import java.util.List;
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
 *   <li>{@link #minimumConsistency()} 0.70 — two decisions of the same situation (domain, owner,
 *       traits) are handled in the same style at least seven times in ten; situations differ in
 *       details no ledger records, so some variation is expected. No rule is consulted: a leader
 *       who consistently follows another well-founded rule passes.
 *   <li>{@link #minimumImpactRatio()} 0.80 — the four-fifths rule of adverse-impact analysis
 *       (Uniform Guidelines on Employee Selection Procedures, 29 CFR 1607.4(D)): a group involved
 *       at less than four fifths of the rate of the most involved group is flagged — when the
 *       difference is also statistically significant, as the same section allows.
 *   <li>{@link #minimumGroupEvents()} 20 — a group is compared only when it had at least this many
 *       chances (stakeholder seats, expected recognitions): 29 CFR 1607.4(D) warns that small
 *       numbers mislead.
 *   <li>{@link #significanceLevel()} 0.05 — the family-wise error rate of the fairness tests
 *       (Holm's correction over every comparison) and one minus the confidence of the rates'
 *       intervals (95 %): an aspect fails only when the whole interval is on the failing side.
 *   <li>{@link #minimumDecisions()} 10 — below it a rate says more about chance than about how
 *       decisions are handled; the component reports insufficient data instead.
 *   <li>{@link #minimumGroupSize()} 5 — groups of people smaller than this are never reported or
 *       compared, so no aggregate points at an individual.
 *   <li>{@link #fairnessAttributes()} none — the host declares its protected characteristics;
 *       without them fairness is not applicable.
 *   <li>{@link #minimumCoverage()} 0.5 — a rate that describes fewer than half of the decisions
 *       (consistency: decisions in a repeated situation; timeliness: decisions with a due time)
 *       cannot pass.
 *   <li>{@link #permutationSeed()} 1 — the seed of the fairness permutation tests, reported.
 * </ul>
 *
 * <p>Immutable and thread-safe. Validation: rates in [0, 1], {@code significanceLevel} in (0, 0.5],
 * {@code minimumDecisions} and {@code minimumGroupEvents} at least 1, {@code minimumGroupSize} at
 * least 2; violations throw {@link IllegalArgumentException} naming the field and the value.
 */
@Value.Immutable
public abstract class AssessmentParameters {

  /**
   * The most attributes {@link #fairnessAttributes()} may declare: {@value} (each and every pair:
   * 36 comparisons per dimension).
   */
  public static final int MAX_FAIRNESS_ATTRIBUTES = 8;

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

  /**
   * The lowest share of pairs of decisions of the same situation handled in the same style (see the
   * {@code consistency} metric).
   */
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

  /**
   * The fewest chances (stakeholder seats, expected recognitions) a group needs to be compared for
   * fairness.
   */
  @Value.Default
  public int minimumGroupEvents() {
    return 20;
  }

  /**
   * The significance level of the fairness tests (family-wise, Holm) and one minus the confidence
   * level of the intervals of rates.
   */
  @Value.Default
  public double significanceLevel() {
    return 0.05;
  }

  /** The smallest group of people reported or compared; smaller groups are suppressed. */
  @Value.Default
  public int minimumGroupSize() {
    return DEFAULT_MINIMUM_GROUP_SIZE;
  }

  /**
   * The person attributes fairness compares groups on — each alone and every pair — as the host
   * declares its protected characteristics (for instance {@code gender}, {@code ageBand}); at most
   * {@value #MAX_FAIRNESS_ATTRIBUTES}, distinct, each a valid attribute name. Empty (the default):
   * nothing is declared, and the fairness aspect is not applicable — fairness is never tested on
   * whatever columns a file happens to hold.
   */
  public abstract List<String> fairnessAttributes();

  /**
   * The smallest share of decisions a rate must cover for its aspect to pass: CONSISTENT needs this
   * share of decided decisions in a situation decided more than once, TIMELY this share of
   * decisions with a due time. Under it the aspect is INCONCLUSIVE — a leader cannot pass on the
   * few decisions that happen to repeat, or the few with a due time. Default 0.5.
   */
  @Value.Default
  public double minimumCoverage() {
    return 0.5;
  }

  /**
   * The seed of the fairness permutation tests (default 1): the same ledger, organization and seed
   * give the same p-values on every machine and in every order of reading or merging.
   */
  @Value.Default
  public long permutationSeed() {
    return 1;
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
    if (minimumGroupEvents() < 1 || minimumGroupEvents() > MAXIMUM_COUNT) {
      throw new IllegalArgumentException(
          "assessment.minimumGroupEvents must be in [1, "
              + MAXIMUM_COUNT
              + "], was "
              + minimumGroupEvents());
    }
    if (!(significanceLevel() > 0 && significanceLevel() <= 0.5)) {
      throw new IllegalArgumentException(
          "assessment.significanceLevel must be in (0, 0.5], was " + significanceLevel());
    }
    Checks.unitInterval("assessment.minimumCoverage", minimumCoverage());
    List<String> attributes = fairnessAttributes();
    if (attributes.size() > MAX_FAIRNESS_ATTRIBUTES) {
      throw new IllegalArgumentException(
          "assessment.fairnessAttributes must name at most "
              + MAX_FAIRNESS_ATTRIBUTES
              + " attributes (each and every pair is compared), was "
              + attributes.size());
    }
    Checks.ids("assessment.fairnessAttributes", attributes);
    if (new java.util.HashSet<>(attributes).size() != attributes.size()) {
      throw new IllegalArgumentException(
          "assessment.fairnessAttributes must not name an attribute twice, was " + attributes);
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
