package org.partnership.model;

/**
 * The graded traits of a decision, each a number in [0, 1] (0 = none or very low, 0.5 = medium or
 * unknown, 1 = very high). The classic models' binary questions are derived from these with a
 * threshold ({@link DecisionTraits#isHigh(Trait)}): this table shows which trait answers which
 * question.
 *
 * <table>
 *   <caption>Traits and the classic models' questions</caption>
 *   <tr><th>Trait</th><th>Vroom–Yetton 1973</th><th>Vroom 2000</th></tr>
 *   <tr><td>{@link #SIGNIFICANCE}</td><td>A quality requirement</td><td>DS decision
 *       significance</td></tr>
 *   <tr><td>{@link #LEADER_EXPERTISE}</td><td>B leader information</td><td>LE leader
 *       expertise</td></tr>
 *   <tr><td>{@link #STRUCTURE}</td><td>C structured problem</td><td>—</td></tr>
 *   <tr><td>{@link #COMMITMENT_NEEDED}</td><td>D acceptance requirement</td><td>IC importance of
 *       commitment</td></tr>
 *   <tr><td>{@link #COMMITMENT_IF_IMPOSED}</td><td>E prior probability of acceptance</td><td>LC
 *       likelihood of commitment</td></tr>
 *   <tr><td>{@link #GOAL_ALIGNMENT}</td><td>F goal congruence</td><td>GS group support</td></tr>
 *   <tr><td>{@link #CONFLICT_LIKELIHOOD}</td><td>G subordinate conflict</td><td>—</td></tr>
 *   <tr><td>{@link #GROUP_EXPERTISE}</td><td>—</td><td>GE group expertise</td></tr>
 *   <tr><td>{@link #TEAM_COMPETENCE}</td><td>—</td><td>TC team competence</td></tr>
 * </table>
 *
 * <p>Each trait is written one way everywhere — in documents, ledgers, explanations, JSON and
 * {@link #toString()}: its {@link #id()}, e.g. {@code teamCompetence}.
 */
public enum Trait {
  /** How much the quality of the decision matters to the organization. */
  SIGNIFICANCE,
  /** How soon the decision is needed. */
  URGENCY,
  /** How easily the decision can be undone. */
  REVERSIBILITY,
  /** How much the decision needs the commitment of the people who carry it out. */
  COMMITMENT_NEEDED,
  /** How likely people are to commit if the leader decided alone. */
  COMMITMENT_IF_IMPOSED,
  /** How much the leader knows about the matter. */
  LEADER_EXPERTISE,
  /** How much the group knows about the matter. */
  GROUP_EXPERTISE,
  /** How well the group works together on problems of this kind. */
  TEAM_COMPETENCE,
  /** How much the group shares the goals the decision serves. */
  GOAL_ALIGNMENT,
  /** How likely the group is to disagree about the preferred solution. */
  CONFLICT_LIKELIHOOD,
  /** How well structured the problem is (0 = novel and open, 1 = routine). */
  STRUCTURE,
  /** How much the people involved would learn and grow from taking part. */
  DEVELOPMENT_VALUE;

  private static final Trait[] VALUES = values();

  private final String id = camelCase(name());

  /** The name of the trait in documents, ledgers and explanations, e.g. {@code teamCompetence}. */
  public String id() {
    return id;
  }

  /** The trait's {@link #id()}. */
  @Override
  public String toString() {
    return id;
  }

  /**
   * The trait with an id.
   *
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if no trait has that id, naming the ids there are
   */
  public static Trait ofId(String id) {
    java.util.Objects.requireNonNull(id, "id");
    for (Trait t : VALUES) {
      if (t.id.equals(id)) {
        return t;
      }
    }
    StringBuilder ids = new StringBuilder();
    for (Trait t : VALUES) {
      ids.append(ids.length() == 0 ? "" : ", ").append(t.id);
    }
    throw new IllegalArgumentException(
        "trait \"" + org.partnership.text.SafeText.escape(id) + "\" is not one of " + ids);
  }

  private static String camelCase(String constant) {
    String[] words = constant.toLowerCase(java.util.Locale.ROOT).split("_");
    StringBuilder name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return name.toString();
  }
}
