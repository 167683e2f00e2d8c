package org.partnership.rules.classic;

import java.util.Map;
import org.immutables.value.Value;
import org.partnership.model.Mode;
import org.partnership.model.Style;
import org.partnership.model.Vroom2000Style;
import org.partnership.rules.Explanation;

/**
 * The verdict of a Vroom (2000) model: the style, the levels evaluated, and the explanation (the
 * row of the matrix that matched, and every row checked). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Vroom2000Result {

  Vroom2000Result() {}

  /** The model that produced this result. */
  public abstract Vroom2000 model();

  /** The levels evaluated (true = High), as given (omitted levels are absent). */
  public abstract Map<Vroom2000Factor, Boolean> levels();

  /** The model's own style. */
  public abstract Vroom2000Style vroomStyle();

  /** Which row matched, and every row checked. */
  public abstract Explanation explanation();

  /** The style on the seven-step continuum. */
  public Style style() {
    return vroomStyle().style();
  }

  /** Who holds final authority in the chosen style. */
  public Mode mode() {
    return vroomStyle().mode();
  }
}
