package org.partnership.benchmarks.engines;

import java.util.ArrayList;
import java.util.List;
import org.partnership.rules.classic.Vroom2000;
import org.partnership.rules.classic.Vroom2000Factor;

/** The published time-driven matrix, row by row, for the engines to encode. */
final class Rows {

  /** One row: a level per factor ('H', 'L' or '-') and the style. */
  record Row(String levels, String style) {}

  static final List<Row> TIME_DRIVEN = rows();

  static final Vroom2000Factor[] FACTORS = Vroom2000Factor.values();

  private Rows() {}

  private static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (String row : Vroom2000.TIME_DRIVEN.rows()) {
      rows.add(new Row(row.substring(0, 7), row.substring(8)));
    }
    return List.copyOf(rows);
  }

  static boolean high(int levels, int factor) {
    return (levels >>> factor & 1) != 0;
  }
}
