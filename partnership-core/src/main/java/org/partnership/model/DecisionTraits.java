package org.partnership.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnership.internal.Checks;

/**
 * What a decision is like: the graded {@link Trait}s (each in [0, 1]), the {@link Mandate} that may
 * bind it, whether it is confidential or consistency-critical, and the time available.
 *
 * <p>One scale for every graded trait: a number in [0, 1], where 0.5 means medium or unknown. Every
 * graded trait defaults to {@value #UNKNOWN} when not set; {@link #mandate()} defaults to {@link
 * Mandate#NONE}, the two flags to false, and the time available to unknown. The classic models'
 * yes/no (or high/low) answers are derived with {@link #isHigh(Trait)}: at or above {@value
 * #HIGH_THRESHOLD}.
 *
 * <p>Immutable and thread-safe. Validation: every graded trait in [0, 1] (NaN rejected), the time
 * available positive. Violations throw {@link IllegalArgumentException} naming the trait and the
 * value.
 */
@Value.Immutable(lazyhash = true)
public abstract class DecisionTraits {

  /** The value of a graded trait that was not set: medium, or unknown. */
  public static final double UNKNOWN = 0.5;

  /** Graded traits at or above this value answer "yes" / "high" in the classic models. */
  public static final double HIGH_THRESHOLD = 0.5;

  DecisionTraits() {}

  /** How much the quality of the decision matters. */
  @Value.Default
  public double significance() {
    return UNKNOWN;
  }

  /** How soon the decision is needed. */
  @Value.Default
  public double urgency() {
    return UNKNOWN;
  }

  /** How easily the decision can be undone. */
  @Value.Default
  public double reversibility() {
    return UNKNOWN;
  }

  /** How much the decision needs the commitment of the people who carry it out. */
  @Value.Default
  public double commitmentNeeded() {
    return UNKNOWN;
  }

  /** How likely people are to commit if the leader decided alone. */
  @Value.Default
  public double commitmentIfImposed() {
    return UNKNOWN;
  }

  /** How much the leader knows about the matter. */
  @Value.Default
  public double leaderExpertise() {
    return UNKNOWN;
  }

  /** How much the group knows about the matter. */
  @Value.Default
  public double groupExpertise() {
    return UNKNOWN;
  }

  /** How well the group works together on problems of this kind. */
  @Value.Default
  public double teamCompetence() {
    return UNKNOWN;
  }

  /** How much the group shares the goals the decision serves. */
  @Value.Default
  public double goalAlignment() {
    return UNKNOWN;
  }

  /** How likely the group is to disagree about the preferred solution. */
  @Value.Default
  public double conflictLikelihood() {
    return UNKNOWN;
  }

  /** How well structured the problem is (0 = novel and open, 1 = routine). */
  @Value.Default
  public double structure() {
    return UNKNOWN;
  }

  /** How much the people involved would learn and grow from taking part. */
  @Value.Default
  public double developmentValue() {
    return UNKNOWN;
  }

  /** The external obligation binding the decision, if any. */
  @Value.Default
  public Mandate mandate() {
    return Mandate.NONE;
  }

  /** Whether the matter is confidential (personnel matters, for example). */
  @Value.Default
  public boolean confidential() {
    return false;
  }

  /** Whether the decision must apply one standard to everyone. */
  @Value.Default
  public boolean consistencyCritical() {
    return false;
  }

  /** How much time there is until the decision must be taken; empty when unknown. */
  public abstract Optional<Duration> timeAvailable();

  /**
   * The value of a graded trait.
   *
   * @throws NullPointerException if {@code trait} is null
   */
  public double value(Trait trait) {
    switch (requireNonNull(trait, "trait")) {
      case SIGNIFICANCE:
        return significance();
      case URGENCY:
        return urgency();
      case REVERSIBILITY:
        return reversibility();
      case COMMITMENT_NEEDED:
        return commitmentNeeded();
      case COMMITMENT_IF_IMPOSED:
        return commitmentIfImposed();
      case LEADER_EXPERTISE:
        return leaderExpertise();
      case GROUP_EXPERTISE:
        return groupExpertise();
      case TEAM_COMPETENCE:
        return teamCompetence();
      case GOAL_ALIGNMENT:
        return goalAlignment();
      case CONFLICT_LIKELIHOOD:
        return conflictLikelihood();
      case STRUCTURE:
        return structure();
      case DEVELOPMENT_VALUE:
        return developmentValue();
    }
    throw new AssertionError(trait);
  }

  /**
   * Whether a graded trait is high: at or above {@value #HIGH_THRESHOLD}. This is how the classic
   * models' binary answers are derived (see {@link Trait}).
   *
   * @throws NullPointerException if {@code trait} is null
   */
  public boolean isHigh(Trait trait) {
    return value(trait) >= HIGH_THRESHOLD;
  }

  /** Traits with every graded trait unknown (0.5), no mandate and no flags set. */
  public static DecisionTraits unknown() {
    return Unknown.TRAITS;
  }

  /** Holds the traits of {@link #unknown()}, built on first use. */
  private static final class Unknown {
    static final DecisionTraits TRAITS = builder().build();
  }

  /** A new builder; every attribute has a default (see the class comment). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link DecisionTraits}. Not thread-safe; {@code build()} validates and throws {@link
   * IllegalArgumentException} for an invalid value.
   */
  public static final class Builder extends ImmutableDecisionTraits.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    for (Trait trait : TRAITS) {
      double v = value(trait);
      if (!(v >= 0 && v <= 1)) {
        Checks.unitInterval(TRAIT_NAMES[trait.ordinal()], v); // throws, naming the trait
      }
    }
    if (timeAvailable().isPresent()) {
      Duration time = timeAvailable().get();
      if (time.isNegative() || time.isZero()) {
        throw new IllegalArgumentException("timeAvailable must be positive, was " + time);
      }
    }
  }

  private static final Trait[] TRAITS = Trait.values();
  private static final String[] TRAIT_NAMES = new String[TRAITS.length];

  static {
    for (Trait trait : TRAITS) {
      TRAIT_NAMES[trait.ordinal()] = traitName(trait);
    }
  }

  private static String traitName(Trait trait) {
    String[] words = trait.name().toLowerCase(java.util.Locale.ROOT).split("_");
    StringBuilder name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return name.toString();
  }
}
