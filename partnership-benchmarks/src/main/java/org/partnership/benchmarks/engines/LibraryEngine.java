package org.partnership.benchmarks.engines;

import org.partnership.rules.classic.Vroom2000;

/** This library's bit-encoded fast path: one array read. */
public final class LibraryEngine implements VroomEngine {

  @Override
  public String style(int levels) {
    return Vroom2000.TIME_DRIVEN.style(levels).name();
  }

  @Override
  public String toString() {
    return "partnership";
  }
}
