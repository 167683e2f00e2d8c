package org.partnership.rules.classic;

import static java.util.Objects.requireNonNull;

import org.partnership.model.DecisionTraits;
import org.partnership.model.Trait;

/**
 * The seven yes/no questions of the Vroom–Yetton (1973) model, A to G, and the {@link Trait} each
 * is derived from when answers come from {@link DecisionTraits}.
 */
public enum VroomYettonQuestion {
  /** Quality requirement. */
  A(
      "quality requirement",
      "Is there a quality requirement such that one solution is likely to be more rational than"
          + " another?",
      Trait.SIGNIFICANCE),
  /** Leader information. */
  B(
      "leader information",
      "Do I have sufficient information to make a high-quality decision?",
      Trait.LEADER_EXPERTISE),
  /** Problem structure. */
  C("structure", "Is the problem structured?", Trait.STRUCTURE),
  /** Acceptance requirement. */
  D(
      "acceptance requirement",
      "Is acceptance of the decision by subordinates critical to effective implementation?",
      Trait.COMMITMENT_NEEDED),
  /** Prior probability of acceptance. */
  E(
      "prior probability of acceptance",
      "If I were to make the decision by myself, is it reasonably certain that it would be"
          + " accepted by my subordinates?",
      Trait.COMMITMENT_IF_IMPOSED),
  /** Goal congruence. */
  F(
      "goal congruence",
      "Do subordinates share the organizational goals to be attained in solving this problem?",
      Trait.GOAL_ALIGNMENT),
  /** Subordinate conflict. */
  G(
      "subordinate conflict",
      "Is conflict among subordinates likely in preferred solutions?",
      Trait.CONFLICT_LIKELIHOOD);

  private final String attribute;
  private final String text;
  private final Trait trait;

  VroomYettonQuestion(String attribute, String text, Trait trait) {
    this.attribute = attribute;
    this.text = text;
    this.trait = trait;
  }

  /** The problem attribute the question asks about, e.g. "leader information". */
  public String attribute() {
    return attribute;
  }

  /** The question as the model asks it. */
  public String text() {
    return text;
  }

  /** The graded trait the answer is derived from. */
  public Trait trait() {
    return trait;
  }

  /**
   * The answer derived from decision traits: Yes when the trait is high ({@link
   * DecisionTraits#isHigh(Trait)}).
   *
   * @throws NullPointerException if {@code traits} is null
   */
  public boolean answer(DecisionTraits traits) {
    return requireNonNull(traits, "traits").isHigh(trait);
  }
}
