package org.partnership.model;

import static java.util.Objects.requireNonNull;

/**
 * The seven-step decision style continuum, from the leader deciding alone to full delegation.
 *
 * <p>The steps are the delegation levels of Management 3.0 (Appelo, <i>Managing for Happiness</i>,
 * 2016), which line up with the leadership patterns of Tannenbaum &amp; Schmidt (1958), "How to
 * Choose a Leadership Pattern", <i>Harvard Business Review</i>. The {@link Mode} follows final
 * authority: {@link #TELL}, {@link #SELL} and {@link #CONSULT} keep it with the leader ({@link
 * Mode#MANAGE}); {@link #AGREE}, {@link #ADVISE}, {@link #INQUIRE} and {@link #DELEGATE} share it
 * or hand it over ({@link Mode#PARTNER}).
 *
 * <p>The declaration order is the order of participation: {@code compareTo} and {@link #level()}
 * grow with it.
 */
public enum Style {
  /** 1. The leader decides and announces the decision. */
  TELL(1, "I will tell them", "manager makes decision and announces it"),
  /** 2. The leader decides and convinces others that it is right. */
  SELL(2, "I will try to sell it to them", "manager \"sells\" decision"),
  /** 3. The leader asks for input first, then decides. */
  CONSULT(3, "I will consult and then decide", "manager presents ideas and invites questions"),
  /** 4. The leader and the group decide together. */
  AGREE(4, "We will agree together", "manager presents tentative decision subject to change"),
  /** 5. The group decides; the leader offers advice. */
  ADVISE(
      5,
      "I will advise but they decide",
      "manager presents problem, gets suggestions, makes decision"),
  /** 6. The group decides; the leader asks to be told afterwards. */
  INQUIRE(
      6, "I will inquire after they decide", "manager defines limits, asks group to make decision"),
  /** 7. The group decides; the leader needs no information. */
  DELEGATE(
      7,
      "I will fully delegate",
      "manager permits subordinates to function within limits defined by superior");

  private final int level;
  private final String description;
  private final String tannenbaumSchmidtPattern;

  Style(int level, String description, String tannenbaumSchmidtPattern) {
    this.level = level;
    this.description = description;
    this.tannenbaumSchmidtPattern = tannenbaumSchmidtPattern;
  }

  /** The delegation level, 1 ({@link #TELL}) to 7 ({@link #DELEGATE}). */
  public int level() {
    return level;
  }

  /** Who holds final authority in this style. */
  public Mode mode() {
    return level <= CONSULT.level ? Mode.MANAGE : Mode.PARTNER;
  }

  /** The Management 3.0 wording of this level, from the leader's point of view. */
  public String description() {
    return description;
  }

  /**
   * The leadership pattern of Tannenbaum &amp; Schmidt (1958) with the same number on their
   * continuum.
   */
  public String tannenbaumSchmidtPattern() {
    return tannenbaumSchmidtPattern;
  }

  /**
   * Whether this style gives the group more of the decision than {@code other}.
   *
   * @throws NullPointerException if {@code other} is null
   */
  public boolean isMoreParticipativeThan(Style other) {
    return level > requireNonNull(other, "other").level;
  }

  /**
   * The style of a delegation level.
   *
   * @param level 1 to 7
   * @throws IllegalArgumentException if {@code level} is outside [1, 7]
   */
  public static Style ofLevel(int level) {
    if (level < 1 || level > 7) {
      throw new IllegalArgumentException("level must be in [1, 7], was " + level);
    }
    return values()[level - 1];
  }
}
