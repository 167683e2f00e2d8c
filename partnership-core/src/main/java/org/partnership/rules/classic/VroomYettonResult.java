package org.partnership.rules.classic;

import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.partnership.model.Mode;
import org.partnership.model.Style;
import org.partnership.model.VroomYettonStyle;
import org.partnership.rules.Explanation;

/**
 * The verdict of the Vroom–Yetton (1973) model: the feasible set, the Model A and Model B choices,
 * and the explanation (which rule removed which style). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class VroomYettonResult {

  VroomYettonResult() {}

  /** The answers evaluated, as given (omitted answers are absent). */
  public abstract Map<VroomYettonQuestion, Boolean> answers();

  /** The feasible styles, least participative first; never empty. */
  public abstract Set<VroomYettonStyle> feasibleSet();

  /** Model A (time-minimising): the least participative feasible style. */
  public abstract VroomYettonStyle modelA();

  /** Model B (development-maximising): the most participative feasible style. */
  public abstract VroomYettonStyle modelB();

  /** Which rules fired and what they removed. */
  public abstract Explanation explanation();

  /** Model A's style on the seven-step continuum. */
  public Style style() {
    return modelA().style();
  }

  /** Model A's mode. */
  public Mode mode() {
    return modelA().mode();
  }
}
