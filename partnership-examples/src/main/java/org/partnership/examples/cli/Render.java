package org.partnership.examples.cli;

import java.util.Locale;
import org.partnership.model.Decision;
import org.partnership.rules.BalanceVerdict;
import org.partnership.rules.Recommendation;

/** Text views of verdicts. */
final class Render {

  private Render() {}

  static String recommendation(Decision decision, Recommendation r) {
    return "Decision "
        + decision.id()
        + decision.title().map(t -> " (" + t + ")").orElse("")
        + ": "
        + r.mode()
        + " in style "
        + r.style()
        + " — policy "
        + r.policyId()
        + " v"
        + r.policyVersion()
        + System.lineSeparator()
        + question(r)
        + r.explanation().toText().stripTrailing();
  }

  /**
   * For a tentative recommendation: the styles the unknowns allow and the question to ask first,
   * with what each answer would leave; empty for a firm one.
   */
  private static String question(Recommendation r) {
    if (r.question().isEmpty()) {
      return "";
    }
    String nl = System.lineSeparator();
    StringBuilder s = new StringBuilder("TENTATIVE: the unknowns allow ");
    boolean first = true;
    for (org.partnership.model.Style style : r.styles()) {
      s.append(first ? "" : ", ").append(style);
      first = false;
    }
    org.partnership.rules.Question q = r.question().get();
    s.append(nl).append("Ask first: ").append(q.text()).append(" (").append(q.trait()).append(')');
    for (org.partnership.rules.Answer a : q.answers()) {
      s.append(nl).append("  ").append(a);
    }
    return s.append(nl).toString();
  }

  static String balance(BalanceVerdict v) {
    String shares =
        v.partneringShare().isPresent()
            ? String.format(
                Locale.ROOT,
                "partnering %.1f %%, distance from target %+.1f points, rework %.1f %%, upfront %.1f"
                    + " %%, loose ends %.1f %%",
                100 * v.partneringShare().getAsDouble(),
                100 * v.distanceFromTarget().getAsDouble(),
                100 * v.reworkShare().getAsDouble(),
                100 * v.upfrontShare().getAsDouble(),
                100 * v.looseEndsShare().getAsDouble())
            : v.reworkShare().isPresent() ? "only rework recorded" : "no time recorded";
    return v.outcome()
        + " — "
        + shares
        + " — policy "
        + v.policyId()
        + " v"
        + v.policyVersion()
        + System.lineSeparator()
        + v.explanation().toText().stripTrailing();
  }
}
