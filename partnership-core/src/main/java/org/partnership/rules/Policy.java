package org.partnership.rules;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnership.internal.Checks;

/**
 * A versioned set of thresholds and weights: data, never code. A policy has an id and a version,
 * the period it is in effect (from, inclusive; to, exclusive, open-ended when absent) and an
 * optional scope — the tenant it applies to; a policy without a scope applies to every tenant that
 * has none of its own.
 *
 * <p>Verdicts name the id and version of the policy that produced them, so a host can show which
 * rules were in force.
 *
 * <p>Immutable and thread-safe. Validation: {@code id} and {@code scope} are identifiers, {@code
 * version} at least 1, {@code effectiveTo} after {@code effectiveFrom}.
 */
@Value.Immutable
public abstract class Policy {

  /** The id of the seed policy. */
  public static final String SEED_ID = "seed";

  Policy() {}

  /** The id of the policy, stable across versions. */
  public abstract String id();

  /** The version, from 1. */
  public abstract int version();

  /** The tenant the policy applies to; empty for every tenant without a policy of its own. */
  public abstract Optional<String> scope();

  /** The first instant the policy is in effect. */
  @Value.Default
  public Instant effectiveFrom() {
    return Instant.EPOCH;
  }

  /** The first instant the policy is no longer in effect; empty when open-ended. */
  public abstract Optional<Instant> effectiveTo();

  /** The parameters of the 70/30 balance rule. */
  @Value.Default
  public BalanceParameters balance() {
    return BalanceParameters.defaults();
  }

  /** The thresholds and weights of "Partner when WE should &amp; Manage when I must". */
  @Value.Default
  public RecommendationParameters recommendation() {
    return RecommendationParameters.defaults();
  }

  /** The thresholds of the leadership assessment. */
  @Value.Default
  public AssessmentParameters assessment() {
    return AssessmentParameters.defaults();
  }

  /**
   * Whether the policy is in effect at an instant.
   *
   * @throws NullPointerException if {@code at} is null
   */
  public boolean isInEffectAt(Instant at) {
    requireNonNull(at, "at");
    return !at.isBefore(effectiveFrom()) && effectiveTo().map(at::isBefore).orElse(true);
  }

  /**
   * The version of the seed policy: 3 since the seed rule reads an undescribed trait as unknown —
   * never a number that meets a threshold — weighs disagreeing sources, has the leader chair a
   * group in conflict and lets people build competence by taking part (2: it read every trait,
   * guarded like Vroom–Yetton and respected agreed delegation; see {@code docs/rules.md}).
   */
  public static final int SEED_VERSION = 3;

  /**
   * The seed policy: id {@value #SEED_ID}, version {@value #SEED_VERSION}, every tenant, always,
   * all defaults.
   */
  public static Policy seed() {
    return Seed.POLICY;
  }

  /** Holds the seed policy, built once: its derived tables are computed once too. */
  private static final class Seed {
    static final Policy POLICY = builder().id(SEED_ID).version(SEED_VERSION).build();
  }

  /** A new builder; {@code id} and {@code version} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Policy} values. Not thread-safe; {@code build()} validates and throws {@link
   * IllegalArgumentException} for a missing or invalid attribute.
   */
  public static final class Builder extends ImmutablePolicy.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    if (version() < 1) {
      throw new IllegalArgumentException("version must be at least 1, was " + version());
    }
    scope().ifPresent(s -> Checks.id("scope", s));
    if (effectiveTo().isPresent() && !effectiveTo().get().isAfter(effectiveFrom())) {
      throw new IllegalArgumentException(
          "effectiveTo must be after effectiveFrom "
              + effectiveFrom()
              + ", was "
              + effectiveTo().get());
    }
  }
}
