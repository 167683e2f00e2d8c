package org.partnership.rules.classic;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Vroom2000Style;
import org.partnership.rules.Explanation;
import org.partnership.rules.Reason;

/**
 * Vroom's (2000) time-driven and development-driven decision models: Vroom, V. H. (2000),
 * "Leadership and the decision-making process", <i>Organizational Dynamics</i>, 28(4), 82–94.
 *
 * <p>Each model is a decision matrix over the seven {@link Vroom2000Factor}s, each High or Low. The
 * rows below are the published matrices, one string per row: the levels of DS, IC, LE, LC, GS, GE
 * and TC ({@code H}, {@code L}, or {@code -} where the factor is not asked on that path), then the
 * style. Together the rows of a model cover each of the 128 inputs exactly once (checked when the
 * class loads).
 *
 * <p>The time-driven model picks the most autocratic style that still protects quality and
 * commitment; the development-driven model the most participative style the situation can safely
 * support (it never asks about leader expertise).
 *
 * <p><b>Factors not asked.</b> A level may be omitted when the result does not depend on it; an
 * omitted level the result depends on is an error naming the factor. The check is exact: every
 * completion of the omitted levels is evaluated.
 *
 * <p>Stateless and thread-safe.
 */
public enum Vroom2000 {
  /** The time-driven model: the most autocratic style that protects quality and commitment. */
  TIME_DRIVEN(
      "HHHH--- DECIDE",
      "HHHLHHH FACILITATE",
      "HHHLHHL CONSULT_GROUP",
      "HHHLHL- CONSULT_GROUP",
      "HHHLL-- CONSULT_GROUP",
      "HHLHHHH FACILITATE",
      "HHLHHHL CONSULT_INDIVIDUALLY",
      "HHLHHL- CONSULT_INDIVIDUALLY",
      "HHLHL-- CONSULT_INDIVIDUALLY",
      "HHLLHHH FACILITATE",
      "HHLLHHL CONSULT_GROUP",
      "HHLLHL- CONSULT_GROUP",
      "HHLLL-- CONSULT_GROUP",
      "HLH---- DECIDE",
      "HLL-HHH FACILITATE",
      "HLL-HHL CONSULT_INDIVIDUALLY",
      "HLL-HL- CONSULT_INDIVIDUALLY",
      "HLL-L-- CONSULT_INDIVIDUALLY",
      "LH-H--- DECIDE",
      "LH-L--H DELEGATE",
      "LH-L--L FACILITATE",
      "LL----- DECIDE"),
  /** The development-driven model: the most participative style the situation supports. */
  DEVELOPMENT_DRIVEN(
      "HH-HHHH DELEGATE",
      "HH-HHHL FACILITATE",
      "HH-HHL- CONSULT_GROUP",
      "HH-HL-- CONSULT_GROUP",
      "HH-LHHH DELEGATE",
      "HH-LHHL FACILITATE",
      "HH-LHL- FACILITATE",
      "HH-LL-- CONSULT_GROUP",
      "HL--HHH DELEGATE",
      "HL--HHL FACILITATE",
      "HL--HL- CONSULT_GROUP",
      "HL--L-- CONSULT_GROUP",
      "LH-H--- DECIDE",
      "LH-L--- DELEGATE",
      "LL----- DECIDE");

  private static final Vroom2000Factor[] FACTORS = Vroom2000Factor.values();
  private static final Vroom2000Style[] STYLES = Vroom2000Style.values();

  private final List<String> rows;
  private final byte[] style = new byte[128];
  private final byte[] row = new byte[128];

  Vroom2000(String... rows) {
    this.rows = List.of(rows);
    java.util.Arrays.fill(row, (byte) -1);
    for (int r = 0; r < rows.length; r++) {
      String pattern = rows[r].substring(0, 7);
      Vroom2000Style s = Vroom2000Style.valueOf(rows[r].substring(8));
      for (int input = 0; input < 128; input++) {
        if (matches(pattern, input)) {
          if (row[input] >= 0) {
            throw new IllegalStateException(name() + ": input " + input + " matches two rows");
          }
          row[input] = (byte) r;
          style[input] = (byte) s.ordinal();
        }
      }
    }
    for (int input = 0; input < 128; input++) {
      if (row[input] < 0) {
        throw new IllegalStateException(name() + ": input " + input + " matches no row");
      }
    }
  }

  private static boolean matches(String pattern, int input) {
    for (int f = 0; f < 7; f++) {
      char c = pattern.charAt(f);
      boolean high = (input >>> f & 1) != 0;
      if ((c == 'H' && !high) || (c == 'L' && high)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The published rows of this model's matrix, in order: {@code DS IC LE LC GS GE TC} as {@code H},
   * {@code L} or {@code -}, a space, and the style.
   */
  public List<String> rows() {
    return rows;
  }

  /**
   * The style for complete levels given as bits: bit 0 is DS, …, bit 6 is TC (1 = High). The fast
   * path for bulk evaluation: no explanation, no allocation.
   *
   * @throws IllegalArgumentException if {@code levels} is outside [0, 127]
   */
  public Vroom2000Style style(int levels) {
    if (levels < 0 || levels > 127) {
      throw new IllegalArgumentException("levels must be in [0, 127], was " + levels);
    }
    return STYLES[style[levels]];
  }

  /**
   * Evaluates levels derived from decision traits (see {@link Vroom2000Factor#trait()}). A trait
   * nobody described gives no level — unknown is neither High nor Low — so the table's path may not
   * need it, and an error names the factor where it does.
   *
   * @throws NullPointerException if {@code traits} is null
   * @throws IllegalArgumentException if the result depends on a factor whose trait was not
   *     described, naming the factor
   */
  public Vroom2000Result evaluate(DecisionTraits traits) {
    requireNonNull(traits, "traits");
    Map<Vroom2000Factor, Boolean> levels = new EnumMap<>(Vroom2000Factor.class);
    for (Vroom2000Factor f : FACTORS) {
      if (traits.isKnown(f.trait())) {
        levels.put(f, f.isHigh(traits));
      }
    }
    return evaluate(levels);
  }

  /**
   * Evaluates levels (true = High), some of which may be omitted where the result does not depend
   * on them.
   *
   * @throws NullPointerException if {@code levels}, a key or a value is null
   * @throws IllegalArgumentException if an omitted level would change the result, naming the factor
   */
  public Vroom2000Result evaluate(Map<Vroom2000Factor, Boolean> levels) {
    requireNonNull(levels, "levels");
    int known = 0;
    int bits = 0;
    for (Map.Entry<Vroom2000Factor, Boolean> e : levels.entrySet()) {
      int f = requireNonNull(e.getKey(), "factor").ordinal();
      known |= 1 << f;
      if (requireNonNull(e.getValue(), "level of " + e.getKey())) {
        bits |= 1 << f;
      }
    }
    int missing = ~known & 127;
    int matched = 0; // bit r set when row r matches some completion (at most 22 rows)
    int result = style[bits];
    for (int sub = missing; ; sub = (sub - 1) & missing) {
      matched |= 1 << row[bits | sub];
      if (style[bits | sub] != result) {
        throw new IllegalArgumentException(
            "level of factor "
                + firstThatMatters(bits, missing)
                + " is needed on this path but missing");
      }
      if (sub == 0) {
        break;
      }
    }
    Vroom2000Style chosen = STYLES[result];
    List<Reason> reasons = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      String pattern = rows.get(r).substring(0, 7);
      Reason.Builder reason =
          Reason.builder()
              .ruleId("row" + (r + 1))
              .condition(describe(pattern))
              .fired((matched >>> r & 1) != 0)
              .effect(rows.get(r).substring(8));
      for (int f = 0; f < 7; f++) {
        if (pattern.charAt(f) != '-') {
          reason.observe(
              FACTORS[f].name(),
              (known >>> f & 1) == 0 ? "not asked" : (bits >>> f & 1) != 0 ? "H" : "L");
        }
      }
      reasons.add(reason.build());
    }
    String summary = this + ": " + chosen + " (" + chosen.style() + ", " + chosen.mode() + ")";
    return ImmutableVroom2000Result.builder()
        .model(this)
        .levels(levels)
        .vroomStyle(chosen)
        .explanation(Explanation.of(summary, reasons))
        .build();
  }

  private Vroom2000Factor firstThatMatters(int bits, int missing) {
    for (Vroom2000Factor f : FACTORS) {
      int flag = 1 << f.ordinal();
      if ((missing & flag) == 0) {
        continue;
      }
      int others = missing & ~flag;
      for (int sub = others; ; sub = (sub - 1) & others) {
        if (style[bits | sub] != style[bits | sub | flag]) {
          return f;
        }
        if (sub == 0) {
          break;
        }
      }
    }
    throw new AssertionError("no missing factor matters, yet completions differ");
  }

  private static String describe(String pattern) {
    StringBuilder text = new StringBuilder();
    for (int f = 0; f < 7; f++) {
      char c = pattern.charAt(f);
      if (c != '-') {
        if (text.length() > 0) {
          text.append(" and ");
        }
        text.append(FACTORS[f].name()).append(" = ").append(c);
      }
    }
    return text.toString();
  }
}
