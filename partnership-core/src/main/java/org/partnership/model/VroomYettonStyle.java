package org.partnership.model;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.partnership.internal.Enums;

/**
 * The five decision styles of the Vroom–Yetton (1973) normative model, least to most participative:
 * Vroom, V. H. &amp; Yetton, P. W. (1973), <i>Leadership and Decision-Making</i>, University of
 * Pittsburgh Press.
 *
 * <p>Each maps onto the seven-step {@link Style} continuum: AI and AII to {@link Style#TELL}, CI
 * and CII to {@link Style#CONSULT}, GII to {@link Style#AGREE}. The mapping loses information, so
 * keep the model's own style alongside.
 */
public enum VroomYettonStyle {
  /** Autocratic I: the leader solves the problem alone with the information at hand. */
  AI(Style.TELL),
  /** Autocratic II: the leader gets information from subordinates, then decides alone. */
  AII(Style.TELL),
  /** Consultative I: the leader consults subordinates one by one, then decides. */
  CI(Style.CONSULT),
  /** Consultative II: the leader consults subordinates as a group, then decides. */
  CII(Style.CONSULT),
  /** Group II: the group seeks consensus; the leader accepts the group's solution. */
  GII(Style.AGREE);

  private final Style style;

  VroomYettonStyle(Style style) {
    this.style = style;
  }

  /** The step of the seven-step continuum this style maps onto. */
  public Style style() {
    return style;
  }

  /** Who holds final authority: the leader for AI…CII, the group for GII. */
  public Mode mode() {
    return style.mode();
  }

  /**
   * The styles of this model that map onto {@code style}, least participative first; empty for the
   * steps the model has no style for ({@link Style#SELL}, {@link Style#ADVISE}, {@link
   * Style#INQUIRE}, {@link Style#DELEGATE}).
   *
   * @throws NullPointerException if {@code style} is null
   */
  public static Set<VroomYettonStyle> mappedFrom(Style style) {
    requireNonNull(style, "style");
    return Enums.mappingTo(VroomYettonStyle.class, VroomYettonStyle::style, style);
  }
}
