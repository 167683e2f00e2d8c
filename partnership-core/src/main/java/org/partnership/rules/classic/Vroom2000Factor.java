package org.partnership.rules.classic;

import static java.util.Objects.requireNonNull;

import org.partnership.model.DecisionTraits;
import org.partnership.model.Trait;

/**
 * The seven situational factors of Vroom's (2000) models, each judged High or Low, in the order of
 * the decision matrix, with the {@link Trait} each is derived from.
 */
public enum Vroom2000Factor {
  /** Decision significance. */
  DS("decision significance", Trait.SIGNIFICANCE),
  /** Importance of commitment. */
  IC("importance of commitment", Trait.COMMITMENT_NEEDED),
  /** Leader expertise. */
  LE("leader expertise", Trait.LEADER_EXPERTISE),
  /** Likelihood of commitment if the leader decided alone. */
  LC("likelihood of commitment", Trait.COMMITMENT_IF_IMPOSED),
  /** Group support for objectives. */
  GS("group support for objectives", Trait.GOAL_ALIGNMENT),
  /** Group expertise. */
  GE("group expertise", Trait.GROUP_EXPERTISE),
  /** Team competence. */
  TC("team competence", Trait.TEAM_COMPETENCE);

  private final String description;
  private final Trait trait;

  Vroom2000Factor(String description, Trait trait) {
    this.description = description;
    this.trait = trait;
  }

  /** The factor in words, e.g. "group expertise". */
  public String description() {
    return description;
  }

  /** The graded trait the factor is derived from. */
  public Trait trait() {
    return trait;
  }

  /**
   * The level derived from decision traits: High (true) when the trait is high ({@link
   * DecisionTraits#isHigh(Trait)}).
   *
   * @throws NullPointerException if {@code traits} is null
   */
  public boolean isHigh(DecisionTraits traits) {
    return requireNonNull(traits, "traits").isHigh(trait);
  }
}
