package org.partnership.model;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.partnership.internal.Enums;

/**
 * The five decision styles of Vroom's (2000) time-driven and development-driven models, least to
 * most participative: Vroom, V. H. (2000), "Leadership and the decision-making process",
 * <i>Organizational Dynamics</i>, 28(4), 82–94.
 *
 * <p>Decide and the two Consult styles keep final authority with the leader; Facilitate and
 * Delegate give it to the group. Onto the seven-step {@link Style} continuum: DECIDE to {@link
 * Style#TELL}, both Consult styles to {@link Style#CONSULT}, FACILITATE to {@link Style#AGREE},
 * DELEGATE to {@link Style#DELEGATE}.
 */
public enum Vroom2000Style {
  /** The leader decides alone and announces or sells the decision. */
  DECIDE(Style.TELL),
  /** The leader asks members one by one for suggestions, then decides. */
  CONSULT_INDIVIDUALLY(Style.CONSULT),
  /** The leader asks the group in a meeting for suggestions, then decides. */
  CONSULT_GROUP(Style.CONSULT),
  /** The leader facilitates; the group reaches the decision within set limits. */
  FACILITATE(Style.AGREE),
  /** The group decides within prescribed limits; the leader supports. */
  DELEGATE(Style.DELEGATE);

  private final Style style;

  Vroom2000Style(Style style) {
    this.style = style;
  }

  /** The step of the seven-step continuum this style maps onto. */
  public Style style() {
    return style;
  }

  /** Who holds final authority: the leader for Decide and Consult, the group otherwise. */
  public Mode mode() {
    return style.mode();
  }

  /**
   * The styles of this model that map onto {@code style}, least participative first; empty for
   * {@link Style#SELL}, {@link Style#ADVISE} and {@link Style#INQUIRE}.
   *
   * @throws NullPointerException if {@code style} is null
   */
  public static Set<Vroom2000Style> mappedFrom(Style style) {
    requireNonNull(style, "style");
    return Enums.mappingTo(Vroom2000Style.class, Vroom2000Style::style, style);
  }
}
