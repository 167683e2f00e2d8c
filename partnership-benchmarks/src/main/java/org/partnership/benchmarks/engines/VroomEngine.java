package org.partnership.benchmarks.engines;

/** One way to run the Vroom (2000) time-driven model. */
public interface VroomEngine {

  /**
   * The style name for levels given as bits (bit 0 = DS … bit 6 = TC, 1 = High), as the engine
   * computes it.
   */
  String style(int levels);

  /** Every engine of the comparison, built and ready. */
  static VroomEngine[] all() {
    return new VroomEngine[] {
      new LibraryEngine(), new EasyRulesEngine(), new DroolsEngine(), new DmnEngine()
    };
  }
}
