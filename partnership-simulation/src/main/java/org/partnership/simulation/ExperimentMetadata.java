package org.partnership.simulation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * The metadata of an experiment as JSON. Internal to the engine; {@link ExperimentFiles} is the
 * API.
 */
final class ExperimentMetadata {

  private ExperimentMetadata() {}

  /** The model, grid, runs, seeds, versions and wall time, as JSON. */
  static <P> String metadata(ExperimentResult<P> result) {
    requireNonNull(result, "result");
    Experiment<P> e = result.experiment();
    JsonText root = new JsonText();
    root.begin()
        .field("experiment", e.name())
        .field("model", e.model().id())
        .field("runsPerCell", e.runs())
        .field("cells", e.cells().size())
        .field("baseSeed", e.baseSeed())
        .field("commonSeeds", e.commonSeeds())
        .field(
            "seedOfRun",
            e.commonSeeds()
                ? "Seeds.of(baseSeed, 0, run) in every cell: SplitMix64 finalizer applied in turn"
                : "Seeds.of(baseSeed, cell, run): SplitMix64 finalizer applied in turn")
        .field("cappedRuns", result.cappedRuns())
        .field("threads", result.threads())
        .field("wallSeconds", result.wallNanos() / 1e9)
        .field("finishedAt", Instant.now().toString());
    String version = ExperimentFiles.class.getPackage().getImplementationVersion();
    root.beginObject("versions")
        .field("partnership", version == null ? "development build" : version)
        .field("java", System.getProperty("java.version"))
        .field("javaVendor", System.getProperty("java.vendor"))
        .end();
    root.beginArray("grid");
    List<String> names = e.model().parameterNames();
    for (P cell : e.cells()) {
      root.begin();
      double[] v = e.model().parameterValues(cell);
      for (int i = 0; i < names.size(); i++) {
        root.field(names.get(i), v[i]);
      }
      String description = e.model().describe(cell);
      if (!description.isEmpty()) {
        root.field("description", description);
      }
      root.end();
    }
    root.endArray();
    return root.end().toString();
  }
}
