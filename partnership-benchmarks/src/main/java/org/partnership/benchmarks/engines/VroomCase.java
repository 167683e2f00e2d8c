package org.partnership.benchmarks.engines;

/** The fact Drools matches: the seven levels and the style a rule sets. */
public final class VroomCase {
  private final boolean ds;
  private final boolean ic;
  private final boolean le;
  private final boolean lc;
  private final boolean gs;
  private final boolean ge;
  private final boolean tc;
  private String style;

  /** A case of levels given as bits. */
  public VroomCase(int levels) {
    ds = Rows.high(levels, 0);
    ic = Rows.high(levels, 1);
    le = Rows.high(levels, 2);
    lc = Rows.high(levels, 3);
    gs = Rows.high(levels, 4);
    ge = Rows.high(levels, 5);
    tc = Rows.high(levels, 6);
  }

  public boolean isDs() {
    return ds;
  }

  public boolean isIc() {
    return ic;
  }

  public boolean isLe() {
    return le;
  }

  public boolean isLc() {
    return lc;
  }

  public boolean isGs() {
    return gs;
  }

  public boolean isGe() {
    return ge;
  }

  public boolean isTc() {
    return tc;
  }

  public String getStyle() {
    return style;
  }

  public void setStyle(String style) {
    this.style = style;
  }
}
