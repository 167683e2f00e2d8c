package org.partnership.rules.classic;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnership.model.DecisionTraits;
import org.partnership.model.VroomYettonStyle;
import org.partnership.rules.Explanation;
import org.partnership.rules.Reason;

/**
 * The Vroom–Yetton (1973) normative model for group problems: Vroom, V. H. &amp; Yetton, P. W.
 * (1973), <i>Leadership and Decision-Making</i>, University of Pittsburgh Press.
 *
 * <p>Starting from all five styles, each of the seven rules removes the styles it forbids when its
 * condition holds (A…G are the answers, true = Yes):
 *
 * <table>
 *   <caption>The rules</caption>
 *   <tr><th>Rule</th><th>Condition</th><th>Removes</th></tr>
 *   <tr><td>R1 information</td><td>A ∧ ¬B</td><td>AI</td></tr>
 *   <tr><td>R2 goal congruence</td><td>A ∧ ¬F</td><td>GII</td></tr>
 *   <tr><td>R3 unstructured problem</td><td>A ∧ ¬B ∧ ¬C</td><td>AI, AII, CI</td></tr>
 *   <tr><td>R4 acceptance</td><td>D ∧ ¬E</td><td>AI, AII</td></tr>
 *   <tr><td>R5 conflict</td><td>D ∧ ¬E ∧ G</td><td>AI, AII, CI</td></tr>
 *   <tr><td>R6 fairness</td><td>¬A ∧ D ∧ ¬E</td><td>AI, AII, CI, CII</td></tr>
 *   <tr><td>R7 acceptance priority</td><td>D ∧ ¬E ∧ F</td><td>AI, AII, CI, CII</td></tr>
 * </table>
 *
 * <p>Model A (time-minimising) picks the least participative feasible style; Model B
 * (development-maximising) the most participative. The feasible set is never empty.
 *
 * <p><b>Questions not asked.</b> An answer may be omitted when the result does not depend on it (in
 * the tree: B and C only when A = Yes, C only when B = No, E only when D = Yes, and so on). An
 * omitted answer the result does depend on is an error naming the question. The check is exact:
 * every completion of the omitted answers is evaluated, and the omission is accepted only if all
 * give the same feasible set.
 *
 * <p>Stateless and thread-safe.
 */
public final class VroomYetton1973 {

  private static final int AI = 1;
  private static final int AII = 1 << 1;
  private static final int CI = 1 << 2;
  private static final int CII = 1 << 3;
  private static final int GII = 1 << 4;
  private static final int ALL = AI | AII | CI | CII | GII;

  private static final VroomYettonStyle[] STYLES = VroomYettonStyle.values();
  private static final VroomYettonQuestion[] QUESTIONS = VroomYettonQuestion.values();

  /** The feasible set of every complete answer set, indexed by its bits (bit i = question i). */
  private static final byte[] FEASIBLE = new byte[128];

  static {
    for (int answers = 0; answers < 128; answers++) {
      FEASIBLE[answers] = (byte) feasibleMask(answers);
    }
  }

  private VroomYetton1973() {}

  /** A rule of the model. */
  private enum Rule {
    R1("information", "A = Yes and B = No", AI, "AB"),
    R2("goal congruence", "A = Yes and F = No", GII, "AF"),
    R3("unstructured problem", "A = Yes and B = No and C = No", AI | AII | CI, "ABC"),
    R4("acceptance", "D = Yes and E = No", AI | AII, "DE"),
    R5("conflict", "D = Yes and E = No and G = Yes", AI | AII | CI, "DEG"),
    R6("fairness", "A = No and D = Yes and E = No", AI | AII | CI | CII, "ADE"),
    R7("acceptance priority", "D = Yes and E = No and F = Yes", AI | AII | CI | CII, "DEF");

    final String name;
    final String condition;
    final int removes;
    final String questions;

    Rule(String name, String condition, int removes, String questions) {
      this.name = name;
      this.condition = condition;
      this.removes = removes;
      this.questions = questions;
    }

    /** Whether the condition holds for complete answers. */
    boolean holds(int a) {
      boolean qa = bit(a, 0);
      boolean qb = bit(a, 1);
      boolean qc = bit(a, 2);
      boolean qd = bit(a, 3);
      boolean qe = bit(a, 4);
      boolean qf = bit(a, 5);
      boolean qg = bit(a, 6);
      switch (this) {
        case R1:
          return qa && !qb;
        case R2:
          return qa && !qf;
        case R3:
          return qa && !qb && !qc;
        case R4:
          return qd && !qe;
        case R5:
          return qd && !qe && qg;
        case R6:
          return !qa && qd && !qe;
        case R7:
          return qd && !qe && qf;
      }
      throw new AssertionError(this);
    }
  }

  private static boolean bit(int answers, int question) {
    return (answers >>> question & 1) != 0;
  }

  private static int feasibleMask(int answers) {
    int feasible = ALL;
    for (Rule rule : Rule.values()) {
      if (rule.holds(answers)) {
        feasible &= ~rule.removes;
      }
    }
    return feasible;
  }

  /**
   * The feasible set of complete answers given as bits: bit 0 is A, …, bit 6 is G (1 = Yes). The
   * fast path for bulk evaluation: no explanation, no allocation.
   *
   * @return the feasible styles as bits: bit 0 AI, 1 AII, 2 CI, 3 CII, 4 GII
   * @throws IllegalArgumentException if {@code answers} is outside [0, 127]
   */
  public static int feasibleSet(int answers) {
    if (answers < 0 || answers > 127) {
      throw new IllegalArgumentException("answers must be in [0, 127], was " + answers);
    }
    return FEASIBLE[answers];
  }

  /**
   * Evaluates answers derived from decision traits (see {@link VroomYettonQuestion#trait()}). A
   * trait nobody described gives no answer — unknown is neither Yes nor No — so the model's path
   * may not need it, and an error names the question where it does.
   *
   * @throws NullPointerException if {@code traits} is null
   * @throws IllegalArgumentException if the result depends on a question whose trait was not
   *     described, naming the question
   */
  public static VroomYettonResult evaluate(DecisionTraits traits) {
    requireNonNull(traits, "traits");
    Map<VroomYettonQuestion, Boolean> answers = new EnumMap<>(VroomYettonQuestion.class);
    for (VroomYettonQuestion q : QUESTIONS) {
      if (traits.isKnown(q.trait())) {
        answers.put(q, q.answer(traits));
      }
    }
    return evaluate(answers);
  }

  /**
   * Evaluates answers, some of which may be omitted where the result does not depend on them.
   *
   * @throws NullPointerException if {@code answers}, a key or a value is null
   * @throws IllegalArgumentException if an omitted answer would change the result, naming the
   *     question
   */
  public static VroomYettonResult evaluate(Map<VroomYettonQuestion, Boolean> answers) {
    requireNonNull(answers, "answers");
    int known = 0;
    int bits = 0;
    for (Map.Entry<VroomYettonQuestion, Boolean> e : answers.entrySet()) {
      int q = requireNonNull(e.getKey(), "question").ordinal();
      known |= 1 << q;
      if (requireNonNull(e.getValue(), "answer to " + e.getKey())) {
        bits |= 1 << q;
      }
    }
    int feasible = resolve(known, bits);
    return result(answers, known, bits, feasible);
  }

  /** The feasible set, checking that every omitted answer is one the result does not need. */
  private static int resolve(int known, int bits) {
    int missing = ~known & 127;
    if (missing == 0) {
      return FEASIBLE[bits];
    }
    int first = FEASIBLE[bits];
    boolean same = true;
    for (int sub = missing; sub != 0; sub = (sub - 1) & missing) {
      same &= FEASIBLE[bits | sub] == first;
    }
    if (same) {
      return first;
    }
    for (VroomYettonQuestion q : QUESTIONS) {
      int flag = 1 << q.ordinal();
      if ((missing & flag) != 0 && matters(bits, missing, flag)) {
        throw new IllegalArgumentException(
            "answer to question "
                + q
                + " ("
                + q.attribute()
                + ") is needed on this path but missing");
      }
    }
    throw new AssertionError("no missing question matters, yet completions differ");
  }

  /** Whether flipping {@code flag} changes the feasible set for some completion of the rest. */
  private static boolean matters(int bits, int missing, int flag) {
    int others = missing & ~flag;
    for (int sub = others; ; sub = (sub - 1) & others) {
      if (FEASIBLE[bits | sub] != FEASIBLE[bits | sub | flag]) {
        return true;
      }
      if (sub == 0) {
        return false;
      }
    }
  }

  private static VroomYettonResult result(
      Map<VroomYettonQuestion, Boolean> answers, int known, int bits, int feasible) {
    List<Reason> reasons = new ArrayList<>(7);
    for (Rule rule : Rule.values()) {
      Reason.Builder reason =
          Reason.builder()
              .ruleId(rule.name())
              .condition(rule.name + ": " + rule.condition)
              .effect("removes " + names(rule.removes));
      boolean determined = true;
      for (char c : rule.questions.toCharArray()) {
        int q = c - 'A';
        if ((known >>> q & 1) != 0) {
          reason.observe(String.valueOf(c), bit(bits, q) ? "Yes" : "No");
        } else {
          reason.observe(String.valueOf(c), "not asked");
          determined = false;
        }
      }
      // A rule with an unasked question did not fire on this path: its condition needs the
      // unasked answer to hold, which would make the answer needed.
      boolean fired = determined && rule.holds(bits);
      reasons.add(reason.fired(fired).build());
    }
    Set<VroomYettonStyle> set = styles(feasible);
    VroomYettonStyle modelA = STYLES[Integer.numberOfTrailingZeros(feasible)];
    VroomYettonStyle modelB = STYLES[31 - Integer.numberOfLeadingZeros(feasible)];
    String summary =
        "feasible: "
            + names(feasible)
            + "; Model A (least participative): "
            + modelA
            + "; Model B (most participative): "
            + modelB;
    return ImmutableVroomYettonResult.builder()
        .answers(answers)
        .feasibleSet(set)
        .modelA(modelA)
        .modelB(modelB)
        .explanation(Explanation.of(summary, reasons))
        .build();
  }

  private static Set<VroomYettonStyle> styles(int mask) {
    EnumSet<VroomYettonStyle> set = EnumSet.noneOf(VroomYettonStyle.class);
    for (VroomYettonStyle s : STYLES) {
      if ((mask >>> s.ordinal() & 1) != 0) {
        set.add(s);
      }
    }
    return set;
  }

  private static String names(int mask) {
    return styles(mask).stream().map(Enum::name).collect(Collectors.joining(", "));
  }
}
