package org.partnership.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.partnership.internal.Checks;

/**
 * What a decision is like: the graded {@link Trait}s (each in [0, 1]), the {@link Mandate} that may
 * bind it, whether it is confidential or consistency-critical, and the time available.
 *
 * <p>One scale for every graded trait: a number in [0, 1]. A graded trait that was not described is
 * <em>unknown</em>: {@link #isKnown(Trait)} tells a trait someone described (even as 0.5) from one
 * left out, and the library's rules read an unknown trait as unknown — the seed rule weighs every
 * value it could take, the classic models ask for it where their path needs it — never as the
 * placeholder {@value #UNKNOWN} that {@link #value(Trait)} returns for it. {@link #mandate()}
 * defaults to {@link Mandate#NONE}, the two flags to false, and the time available to unknown
 * (empty). The classic models' yes/no (or high/low) answers are derived with {@link
 * #isHigh(Trait)}: at or above {@value #HIGH_THRESHOLD}.
 *
 * <p>Immutable and thread-safe. Equality is by value and includes which traits are known: a trait
 * described as 0.5 differs from one left unknown. Validation at {@link Builder#build()}: every
 * graded trait in [0, 1] (NaN rejected), the time available positive. Violations throw {@link
 * IllegalArgumentException} naming the trait and the value; nulls throw {@link
 * NullPointerException} naming the parameter.
 */
public final class DecisionTraits {

  /**
   * The placeholder {@link #value(Trait)} returns for a graded trait that was not described; rules
   * never read it as a value.
   */
  public static final double UNKNOWN = 0.5;

  /** Graded traits at or above this value answer "yes" / "high" in the classic models. */
  public static final double HIGH_THRESHOLD = 0.5;

  private static final Trait[] TRAITS = Trait.values();
  private static final String[] TRAIT_NAMES = new String[TRAITS.length];
  private static final double[] ALL_UNKNOWN = new double[TRAITS.length];

  static {
    for (Trait trait : TRAITS) {
      TRAIT_NAMES[trait.ordinal()] = trait.id();
    }
    Arrays.fill(ALL_UNKNOWN, UNKNOWN);
  }

  private final double[] values;
  private final int known;
  private final Mandate mandate;
  private final boolean confidential;
  private final boolean consistencyCritical;
  private final Duration timeAvailable;
  private int hash;

  private DecisionTraits(Builder b) {
    this.values = b.values.clone();
    this.known = b.known;
    this.mandate = b.mandate;
    this.confidential = b.confidential;
    this.consistencyCritical = b.consistencyCritical;
    this.timeAvailable = b.timeAvailable;
  }

  /** How much the quality of the decision matters. */
  public double significance() {
    return values[0];
  }

  /** How soon the decision is needed. */
  public double urgency() {
    return values[1];
  }

  /** How easily the decision can be undone. */
  public double reversibility() {
    return values[2];
  }

  /** How much the decision needs the commitment of the people who carry it out. */
  public double commitmentNeeded() {
    return values[3];
  }

  /** How likely people are to commit if the leader decided alone. */
  public double commitmentIfImposed() {
    return values[4];
  }

  /** How much the leader knows about the matter. */
  public double leaderExpertise() {
    return values[5];
  }

  /** How much the group knows about the matter. */
  public double groupExpertise() {
    return values[6];
  }

  /** How well the group works together on problems of this kind. */
  public double teamCompetence() {
    return values[7];
  }

  /** How much the group shares the goals the decision serves. */
  public double goalAlignment() {
    return values[8];
  }

  /** How likely the group is to disagree about the preferred solution. */
  public double conflictLikelihood() {
    return values[9];
  }

  /** How well structured the problem is (0 = novel and open, 1 = routine). */
  public double structure() {
    return values[10];
  }

  /** How much the people involved would learn and grow from taking part. */
  public double developmentValue() {
    return values[11];
  }

  /** The external obligation binding the decision, if any. */
  public Mandate mandate() {
    return mandate;
  }

  /** Whether the matter is confidential (personnel matters, for example). */
  public boolean confidential() {
    return confidential;
  }

  /** Whether the decision must apply one standard to everyone. */
  public boolean consistencyCritical() {
    return consistencyCritical;
  }

  /** How much time there is until the decision must be taken; empty when unknown. */
  public Optional<Duration> timeAvailable() {
    return Optional.ofNullable(timeAvailable);
  }

  /**
   * The value of a graded trait: the value described, or {@value #UNKNOWN} when unknown.
   *
   * @throws NullPointerException if {@code trait} is null
   */
  public double value(Trait trait) {
    return values[requireNonNull(trait, "trait").ordinal()];
  }

  /**
   * Whether a graded trait was described, rather than left unknown at {@value #UNKNOWN}.
   *
   * @throws NullPointerException if {@code trait} is null
   */
  public boolean isKnown(Trait trait) {
    return (known >>> requireNonNull(trait, "trait").ordinal() & 1) != 0;
  }

  /** The graded traits that were described, in declaration order; an unmodifiable set. */
  public Set<Trait> known() {
    EnumSet<Trait> set = EnumSet.noneOf(Trait.class);
    for (Trait trait : TRAITS) {
      if ((known >>> trait.ordinal() & 1) != 0) {
        set.add(trait);
      }
    }
    return Collections.unmodifiableSet(set);
  }

  /**
   * The described traits as bits, bit {@code i} for the trait of ordinal {@code i}: for evaluators
   * that check many traits at once.
   */
  public int knownBits() {
    return known;
  }

  /**
   * Whether a graded trait is high: at or above {@value #HIGH_THRESHOLD}. This is how the classic
   * models' binary answers are derived (see {@link Trait}); for an unknown trait it reads the
   * placeholder (high), so callers check {@link #isKnown(Trait)} first, as the classic models do.
   *
   * @throws NullPointerException if {@code trait} is null
   */
  public boolean isHigh(Trait trait) {
    return value(trait) >= HIGH_THRESHOLD;
  }

  /** Traits with every graded trait unknown, no mandate, no flags set and no time known. */
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
   * The name of a trait as it is written in documents and messages, e.g. {@code goalAlignment}: its
   * {@link Trait#id()}.
   */
  public static String nameOf(Trait trait) {
    return TRAIT_NAMES[requireNonNull(trait, "trait").ordinal()];
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof DecisionTraits)) {
      return false;
    }
    DecisionTraits that = (DecisionTraits) other;
    return known == that.known
        && confidential == that.confidential
        && consistencyCritical == that.consistencyCritical
        && mandate == that.mandate
        && Arrays.equals(values, that.values)
        && java.util.Objects.equals(timeAvailable, that.timeAvailable);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h =
          java.util.Objects.hash(
              Arrays.hashCode(values),
              known,
              mandate,
              confidential,
              consistencyCritical,
              timeAvailable);
      hash = h;
    }
    return h;
  }

  /** The described traits, the mandate, the flags and the time available, e.g. for logs. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("DecisionTraits{");
    for (Trait trait : TRAITS) {
      if ((known >>> trait.ordinal() & 1) != 0) {
        s.append(TRAIT_NAMES[trait.ordinal()]).append('=').append(values[trait.ordinal()]);
        s.append(", ");
      }
    }
    s.append("mandate=").append(mandate);
    s.append(", confidential=").append(confidential);
    s.append(", consistencyCritical=").append(consistencyCritical);
    if (timeAvailable != null) {
      s.append(", timeAvailable=").append(timeAvailable);
    }
    return s.append('}').toString();
  }

  /**
   * Builds {@link DecisionTraits}. Setting a graded trait makes it known, whatever its value. Not
   * thread-safe; {@link #build()} validates and throws {@link IllegalArgumentException} for an
   * invalid value.
   */
  public static final class Builder {
    private final double[] values = ALL_UNKNOWN.clone();
    private int known;
    private Mandate mandate = Mandate.NONE;
    private boolean confidential;
    private boolean consistencyCritical;
    private Duration timeAvailable;

    private Builder() {}

    /**
     * Copies every attribute of {@code instance}, including which traits are known.
     *
     * @throws NullPointerException if {@code instance} is null
     */
    public Builder from(DecisionTraits instance) {
      requireNonNull(instance, "instance");
      System.arraycopy(instance.values, 0, values, 0, values.length);
      known = instance.known;
      mandate = instance.mandate;
      confidential = instance.confidential;
      consistencyCritical = instance.consistencyCritical;
      timeAvailable = instance.timeAvailable;
      return this;
    }

    /**
     * Describes a graded trait; it becomes known.
     *
     * @throws NullPointerException if {@code trait} is null
     */
    public Builder value(Trait trait, double value) {
      int i = requireNonNull(trait, "trait").ordinal();
      values[i] = value;
      known |= 1 << i;
      return this;
    }

    /**
     * Forgets a graded trait: it reads {@value DecisionTraits#UNKNOWN} and is unknown again.
     *
     * @throws NullPointerException if {@code trait} is null
     */
    public Builder unknown(Trait trait) {
      int i = requireNonNull(trait, "trait").ordinal();
      values[i] = UNKNOWN;
      known &= ~(1 << i);
      return this;
    }

    /** Sets {@link DecisionTraits#significance()}. */
    public Builder significance(double significance) {
      return value(Trait.SIGNIFICANCE, significance);
    }

    /** Sets {@link DecisionTraits#urgency()}. */
    public Builder urgency(double urgency) {
      return value(Trait.URGENCY, urgency);
    }

    /** Sets {@link DecisionTraits#reversibility()}. */
    public Builder reversibility(double reversibility) {
      return value(Trait.REVERSIBILITY, reversibility);
    }

    /** Sets {@link DecisionTraits#commitmentNeeded()}. */
    public Builder commitmentNeeded(double commitmentNeeded) {
      return value(Trait.COMMITMENT_NEEDED, commitmentNeeded);
    }

    /** Sets {@link DecisionTraits#commitmentIfImposed()}. */
    public Builder commitmentIfImposed(double commitmentIfImposed) {
      return value(Trait.COMMITMENT_IF_IMPOSED, commitmentIfImposed);
    }

    /** Sets {@link DecisionTraits#leaderExpertise()}. */
    public Builder leaderExpertise(double leaderExpertise) {
      return value(Trait.LEADER_EXPERTISE, leaderExpertise);
    }

    /** Sets {@link DecisionTraits#groupExpertise()}. */
    public Builder groupExpertise(double groupExpertise) {
      return value(Trait.GROUP_EXPERTISE, groupExpertise);
    }

    /** Sets {@link DecisionTraits#teamCompetence()}. */
    public Builder teamCompetence(double teamCompetence) {
      return value(Trait.TEAM_COMPETENCE, teamCompetence);
    }

    /** Sets {@link DecisionTraits#goalAlignment()}. */
    public Builder goalAlignment(double goalAlignment) {
      return value(Trait.GOAL_ALIGNMENT, goalAlignment);
    }

    /** Sets {@link DecisionTraits#conflictLikelihood()}. */
    public Builder conflictLikelihood(double conflictLikelihood) {
      return value(Trait.CONFLICT_LIKELIHOOD, conflictLikelihood);
    }

    /** Sets {@link DecisionTraits#structure()}. */
    public Builder structure(double structure) {
      return value(Trait.STRUCTURE, structure);
    }

    /** Sets {@link DecisionTraits#developmentValue()}. */
    public Builder developmentValue(double developmentValue) {
      return value(Trait.DEVELOPMENT_VALUE, developmentValue);
    }

    /**
     * Sets {@link DecisionTraits#mandate()}.
     *
     * @throws NullPointerException if {@code mandate} is null
     */
    public Builder mandate(Mandate mandate) {
      this.mandate = requireNonNull(mandate, "mandate");
      return this;
    }

    /** Sets {@link DecisionTraits#confidential()}. */
    public Builder confidential(boolean confidential) {
      this.confidential = confidential;
      return this;
    }

    /** Sets {@link DecisionTraits#consistencyCritical()}. */
    public Builder consistencyCritical(boolean consistencyCritical) {
      this.consistencyCritical = consistencyCritical;
      return this;
    }

    /**
     * Sets the time available.
     *
     * @throws NullPointerException if {@code timeAvailable} is null
     */
    public Builder timeAvailable(Duration timeAvailable) {
      this.timeAvailable = requireNonNull(timeAvailable, "timeAvailable");
      return this;
    }

    /**
     * Sets the time available, or makes it unknown when empty.
     *
     * @throws NullPointerException if {@code timeAvailable} is null
     */
    public Builder timeAvailable(Optional<? extends Duration> timeAvailable) {
      this.timeAvailable = requireNonNull(timeAvailable, "timeAvailable").orElse(null);
      return this;
    }

    /**
     * The traits.
     *
     * @throws IllegalArgumentException if a graded trait is outside [0, 1] or NaN, naming it, or
     *     the time available is not positive
     */
    public DecisionTraits build() {
      for (int i = 0; i < values.length; i++) {
        Checks.unitInterval(TRAIT_NAMES[i], values[i]);
      }
      if (timeAvailable != null && (timeAvailable.isNegative() || timeAvailable.isZero())) {
        throw new IllegalArgumentException("timeAvailable must be positive, was " + timeAvailable);
      }
      return new DecisionTraits(this);
    }
  }
}
