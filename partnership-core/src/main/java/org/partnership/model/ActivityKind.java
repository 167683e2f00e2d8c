package org.partnership.model;

/**
 * What a leader spends time on, each kind in one category: {@link Mode#PARTNER} (partnering) or
 * {@link Mode#MANAGE} (managing). Two managing kinds are <em>rework</em> ({@link #isRework()}):
 * problem solving and tying up loose ends, the time the seed says shared understanding up front
 * saves. The 70/30 balance is partnering against partnering and the rest of managing; rework is
 * reported as its own share.
 *
 * <p>Time spent {@link #CONSULTATION consulting} colleagues is partnering even though the CONSULT
 * <em>style</em> keeps the decision with the leader (a managing style): the time is spent engaging
 * other people's competence, which is the partnering the seed asks for; who holds final authority
 * is what the style records.
 */
public enum ActivityKind {
  /** Gathering everyone's input on a question. Partnering. */
  SHARED_INPUT(Mode.PARTNER),
  /** Building a common understanding of current reality and vision. Partnering. */
  SHARED_UNDERSTANDING(Mode.PARTNER),
  /** Developing people's potential and the organization's capacity. Partnering. */
  POTENTIAL_BUILDING(Mode.PARTNER),
  /** Asking colleagues for their expertise. Partnering. */
  CONSULTATION(Mode.PARTNER),
  /** Coaching and mentoring. Partnering. */
  COACHING(Mode.PARTNER),
  /** Recognizing competence ("you are so good at what you do"). Partnering. */
  RECOGNITION(Mode.PARTNER),
  /** Deciding together with the people concerned. Partnering. */
  JOINT_DECISION(Mode.PARTNER),
  /** Giving direction and instructions. Managing. */
  DIRECTING(Mode.MANAGE),
  /** Taking decisions alone. Managing. */
  DECIDING(Mode.MANAGE),
  /** Evaluating performance and giving feedback. Managing. */
  EVALUATING(Mode.MANAGE),
  /** Enforcing rules and standards. Managing. */
  ENFORCING(Mode.MANAGE),
  /** Analysing gaps and fixing problems. Managing. */
  PROBLEM_SOLVING(Mode.MANAGE),
  /** Tying up loose ends during implementation. Managing. */
  LOOSE_ENDS(Mode.MANAGE);

  private final Mode category;

  ActivityKind(Mode category) {
    this.category = category;
  }

  /** The category of this kind: {@link Mode#PARTNER} for partnering, {@link Mode#MANAGE} else. */
  public Mode category() {
    return category;
  }

  /**
   * Whether this kind is rework — {@link #PROBLEM_SOLVING} or {@link #LOOSE_ENDS}: neither the
   * partnering nor the timely, consistent and fair managing of the 70/30, but what missing shared
   * understanding costs later.
   */
  public boolean isRework() {
    return this == PROBLEM_SOLVING || this == LOOSE_ENDS;
  }
}
