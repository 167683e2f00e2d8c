package org.partnership.simulation;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The files of a shard — {@code shard.csv} (its rows of runs.csv) and {@code shard.properties}
 * (which experiment and shard, and the arguments that made it) — and their merge. Internal to the
 * engine; {@link ExperimentFiles} is the API.
 */
final class ExperimentShards {

  static final String ROWS = "shard.csv";
  static final String PROPERTIES = "shard.properties";
  private static final String FORMAT = "partnership-shard 1";

  /** The most bytes of a shard.properties: identity, shard and arguments. */
  private static final long MAX_PROPERTIES_BYTES = 1 << 20;

  /** The most arguments a shard records. */
  static final int MAX_ARGUMENTS = 10_000;

  private ExperimentShards() {}

  /** What makes two experiments the same, as properties: equal for equal experiments. */
  static Map<String, String> identity(Experiment<?> e) {
    Map<String, String> id = new TreeMap<>();
    id.put("experiment", e.name());
    id.put("model", e.model().id());
    id.put("cells", Integer.toString(e.cells().size()));
    id.put("runsPerCell", Integer.toString(e.runs()));
    id.put("baseSeed", Long.toString(e.baseSeed()));
    id.put("commonSeeds", Boolean.toString(e.commonSeeds()));
    id.put("grid", grid(e));
    return id;
  }

  /** A SHA-256 digest of the parameter names, every cell's values and fingerprint, observations. */
  private static <P> String grid(Experiment<P> e) {
    Hasher h = Hashing.sha256().newHasher();
    for (String name : e.model().parameterNames()) {
      h.putString(name, StandardCharsets.UTF_8).putByte((byte) 0);
    }
    for (P cell : e.cells()) {
      for (double v : e.model().parameterValues(cell)) {
        h.putDouble(v);
      }
      h.putString(e.model().fingerprint(cell), StandardCharsets.UTF_8).putByte((byte) 0);
    }
    for (String name : e.model().observationNames()) {
      h.putString(name, StandardCharsets.UTF_8).putByte((byte) 0);
    }
    return h.hash().toString();
  }

  static <P> void write(ExperimentShard<P> shard, Path dir, List<String> arguments)
      throws IOException {
    if (arguments.size() > MAX_ARGUMENTS) {
      throw new IllegalArgumentException(
          "arguments must be at most " + MAX_ARGUMENTS + ", were " + arguments.size());
    }
    Experiment<P> e = shard.experiment();
    ExperimentFiles.atomically(
        dir.resolve(ROWS),
        p -> {
          try (Writer w = Files.newBufferedWriter(p, StandardCharsets.UTF_8)) {
            w.write(String.join(",", ExperimentCsv.runsHeader(e)));
            w.write('\n');
            StringBuilder row = new StringBuilder(128);
            String prefix = null;
            int prefixCell = -1;
            for (long i = shard.from(); i < shard.to(); i++) {
              int cell = (int) (i / e.runs());
              int run = (int) (i % e.runs());
              if (cell != prefixCell) {
                prefix = ExperimentCsv.parameterText(e, cell);
                prefixCell = cell;
              }
              row.setLength(0);
              ExperimentCsv.runRow(row, e, cell, run, prefix, shard.observation(i));
              w.append(row);
            }
          }
        });
    Properties p = new Properties();
    p.setProperty("format", FORMAT);
    identity(e).forEach(p::setProperty);
    p.setProperty("shard", Integer.toString(shard.shard().index()));
    p.setProperty("shards", Integer.toString(shard.shard().count()));
    p.setProperty("from", Long.toString(shard.from()));
    p.setProperty("to", Long.toString(shard.to()));
    p.setProperty("threads", Integer.toString(shard.threads()));
    p.setProperty("wallSeconds", Double.toString(shard.wallNanos() / 1e9));
    p.setProperty("arguments", Integer.toString(arguments.size()));
    for (int i = 0; i < arguments.size(); i++) {
      p.setProperty("argument." + i, arguments.get(i));
    }
    ExperimentFiles.atomically(
        dir.resolve(PROPERTIES),
        f -> {
          try (Writer w = Files.newBufferedWriter(f, StandardCharsets.ISO_8859_1)) {
            // Sorted keys and no date line: the same shard gives the same file.
            new TreeMap<>(p).forEach((k, v) -> writeProperty(w, (String) k, (String) v));
          }
        });
  }

  private static void writeProperty(Writer w, String key, String value) {
    Properties one = new Properties();
    one.setProperty(key, value);
    try {
      java.io.StringWriter s = new java.io.StringWriter();
      one.store(s, null);
      // store() writes a date comment first; keep the property line only.
      for (String line : s.toString().split("\n")) {
        if (!line.startsWith("#")) {
          w.write(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
          w.write('\n');
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The properties of a shard directory, read with a size limit. */
  static Properties properties(Path dir) throws IOException {
    Path file = dir.resolve(PROPERTIES);
    if (!Files.exists(file)) {
      throw new IllegalArgumentException(
          dir + " is not a shard: it has no " + PROPERTIES + " (written by --shard K/N)");
    }
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          file + ": not a regular file (a device, a pipe or a directory is not read)");
    }
    byte[] bytes;
    try (java.io.InputStream in = Files.newInputStream(file)) {
      // counted on the bytes read, whatever size the file reports
      bytes = in.readNBytes((int) MAX_PROPERTIES_BYTES + 1);
    }
    if (bytes.length > MAX_PROPERTIES_BYTES) {
      throw new IllegalArgumentException(
          file
              + ": larger than a shard's properties can be (over "
              + MAX_PROPERTIES_BYTES
              + " bytes)");
    }
    Properties p = new Properties();
    try (Reader r = new StringReader(new String(bytes, StandardCharsets.ISO_8859_1))) {
      p.load(r);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
    if (!FORMAT.equals(p.getProperty("format"))) {
      throw new IllegalArgumentException(
          file + ": not a shard of this version (format must be \"" + FORMAT + "\")");
    }
    return p;
  }

  /** The arguments a shard recorded. */
  static List<String> arguments(Path dir) throws IOException {
    Path file = dir.resolve(PROPERTIES);
    Properties p = properties(dir);
    int n = integer(file, p, "arguments", 0, MAX_ARGUMENTS);
    List<String> arguments = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String a = p.getProperty("argument." + i);
      if (a == null) {
        throw new IllegalArgumentException(file + ": argument." + i + " is missing");
      }
      arguments.add(a);
    }
    return arguments;
  }

  /** The most threads a shard can have run on: four per core, at most 256. */
  static final int MAX_THREADS = 256;

  /** The most seconds a shard's wall time can be: a year. */
  private static final double MAX_WALL_SECONDS = 366 * 86_400.0;

  /** A shard's wall time: a number of seconds from 0 to a year, or the shard is damaged. */
  private static double wallSeconds(Path file, Properties p) {
    String v = p.getProperty("wallSeconds");
    double seconds;
    try {
      seconds = Double.parseDouble(v == null ? "" : v.trim());
    } catch (NumberFormatException e) {
      seconds = Double.NaN;
    }
    if (!(seconds >= 0 && seconds <= MAX_WALL_SECONDS)) {
      throw new IllegalArgumentException(
          file
              + ": wallSeconds must be a number of seconds in [0, "
              + (long) MAX_WALL_SECONDS
              + "], was "
              + v
              + ": the shard is damaged");
    }
    return seconds;
  }

  /**
   * Refuses, before a shard runs, arguments that would make its {@value #PROPERTIES} larger than a
   * merge reads.
   *
   * @throws IllegalArgumentException if they would
   */
  static void checkArguments(List<String> arguments) {
    if (arguments.size() > MAX_ARGUMENTS) {
      throw new IllegalArgumentException(
          "arguments must be at most " + MAX_ARGUMENTS + ", were " + arguments.size());
    }
    java.io.StringWriter text = new java.io.StringWriter();
    for (int i = 0; i < arguments.size(); i++) {
      writeProperty(text, "argument." + i, arguments.get(i));
    }
    // the rest of the properties (identity, shard, times) take well under 16 KiB
    if (text.getBuffer().length() + 16_384 > MAX_PROPERTIES_BYTES) {
      throw new IllegalArgumentException(
          "the command's arguments take "
              + text.getBuffer().length()
              + " characters written down: a shard's "
              + PROPERTIES
              + " can hold at most "
              + MAX_PROPERTIES_BYTES
              + " bytes, so the merge could not read it");
    }
  }

  private static int integer(Path file, Properties p, String key, int min, int max) {
    String v = p.getProperty(key);
    try {
      int i = Integer.parseInt(v == null ? "" : v.trim());
      if (i < min || i > max) {
        throw new NumberFormatException();
      }
      return i;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          file + ": " + key + " must be a whole number in [" + min + ", " + max + "], was " + v);
    }
  }

  static <P> ExperimentResult<P> merge(Experiment<P> e, List<Path> dirs) throws IOException {
    if (dirs.isEmpty()) {
      throw new IllegalArgumentException("give the directories of the shards to merge");
    }
    if (dirs.size() > Shard.MAX_COUNT) {
      throw new IllegalArgumentException(
          "at most " + Shard.MAX_COUNT + " shards merge, were " + dirs.size());
    }
    Map<String, String> expected = identity(e);
    Observation[][] observations = new Observation[e.cells().size()][e.runs()];
    TreeSet<Integer> seen = new TreeSet<>();
    int count = -1;
    int threads = 1;
    double wall = 0;
    for (Path dir : dirs) {
      Path file = dir.resolve(PROPERTIES);
      Properties p = properties(dir);
      for (Map.Entry<String, String> id : expected.entrySet()) {
        String there = p.getProperty(id.getKey());
        if (!id.getValue().equals(there)) {
          throw new IllegalArgumentException(
              file
                  + ": this shard belongs to another experiment: "
                  + id.getKey()
                  + " is "
                  + there
                  + ", the merge's is "
                  + id.getValue());
        }
      }
      int n = integer(file, p, "shards", 1, Shard.MAX_COUNT);
      if (count >= 0 && n != count) {
        throw new IllegalArgumentException(
            file + ": a shard of " + n + ", the others are of " + count);
      }
      count = n;
      Shard shard = new Shard(integer(file, p, "shard", 1, n), n);
      if (!seen.add(shard.index())) {
        throw new IllegalArgumentException(file + ": shard " + shard + " is given twice");
      }
      threads = Math.max(threads, integer(file, p, "threads", 1, MAX_THREADS));
      wall += wallSeconds(file, p);
      readRows(e, shard, dir.resolve(ROWS), observations);
    }
    if (seen.size() != count) {
      List<Integer> missing = new ArrayList<>();
      for (int k = 1; k <= count && missing.size() < 20; k++) {
        if (!seen.contains(k)) {
          missing.add(k);
        }
      }
      throw new IllegalArgumentException(
          "shards "
              + missing
              + (count - seen.size() > missing.size() ? " and more" : "")
              + " of "
              + count
              + " are missing");
    }
    return ExperimentResult.of(e, observations, List.of(), threads, (long) (wall * 1e9));
  }

  private static <P> void readRows(
      Experiment<P> e, Shard shard, Path file, Observation[][] observations) throws IOException {
    long from = shard.from(e.totalRuns());
    long to = shard.to(e.totalRuns());
    List<String> header = ExperimentCsv.runsHeader(e);
    int columns = header.size();
    int observationCount = e.model().observationNames().size();
    int parameterCount = e.model().parameterNames().size();
    long maxBytes = (to - from + 1) * (columns * 26L + 64) + 65_536 + header.toString().length();
    if (!Files.exists(file)) {
      throw new IllegalArgumentException(file + ": missing (the shard's runs)");
    }
    int maxLine = columns * 26 + 64 + header.toString().length();
    try (BoundedLines r = BoundedLines.open(file, maxBytes, maxLine)) {
      String line = r.next();
      if (!String.join(",", header).equals(line)) {
        throw new IllegalArgumentException(
            file + ":1: the header is not that of this experiment's runs.csv");
      }
      long lineNumber = 1;
      String prefix = null;
      int prefixCell = -1;
      for (long i = from; i < to; i++) {
        line = r.next();
        lineNumber++;
        String at = file + ":" + lineNumber;
        if (line == null) {
          throw new IllegalArgumentException(
              at + ": the file ends after " + (i - from) + " of its " + (to - from) + " runs");
        }
        String[] cells = line.split(",", -1);
        if (cells.length != columns) {
          throw new IllegalArgumentException(
              at + ": " + cells.length + " columns, the header has " + columns);
        }
        int cell = (int) (i / e.runs());
        int run = (int) (i % e.runs());
        if (cell != prefixCell) {
          prefix = ExperimentCsv.parameterText(e, cell);
          prefixCell = cell;
        }
        StringBuilder expected = new StringBuilder();
        expected.append(cell).append(',').append(run).append(',').append(e.seed(cell, run));
        expected.append(prefix);
        String start = String.join(",", java.util.Arrays.copyOf(cells, 3 + parameterCount));
        if (!expected.toString().equals(start)) {
          throw new IllegalArgumentException(
              at
                  + ": expected run "
                  + run
                  + " of cell "
                  + cell
                  + " with its seed and parameters, found \""
                  + ExperimentFiles.fileName(start)
                  + "\"");
        }
        double[] values = new double[observationCount];
        for (int o = 0; o < observationCount; o++) {
          int column = 3 + parameterCount + o;
          String text = cells[column];
          if (text.isEmpty()) {
            values[o] = Double.NaN;
            continue;
          }
          try {
            values[o] = Double.parseDouble(text);
          } catch (NumberFormatException x) {
            values[o] = Double.NaN;
            throw new IllegalArgumentException(
                at + ":" + (column + 1) + " (" + header.get(column) + "): not a number");
          }
          if (!Double.isFinite(values[o]) || !text.equals(ExperimentCsv.number(values[o]))) {
            throw new IllegalArgumentException(
                at
                    + ":"
                    + (column + 1)
                    + " ("
                    + header.get(column)
                    + "): not a number as runs.csv writes it");
          }
        }
        int periods;
        try {
          periods = Integer.parseInt(cells[columns - 2]);
        } catch (NumberFormatException x) {
          periods = -1;
        }
        if (periods < 0 || !Integer.toString(periods).equals(cells[columns - 2])) {
          throw new IllegalArgumentException(
              at + ":" + (columns - 1) + " (periods): not a whole number of periods");
        }
        String capped = cells[columns - 1];
        if (!capped.equals("true") && !capped.equals("false")) {
          throw new IllegalArgumentException(at + ":" + columns + " (capped): not true or false");
        }
        observations[cell][run] = new Observation(values, periods, capped.equals("true"));
      }
      if (r.next() != null) {
        throw new IllegalArgumentException(
            file
                + ":"
                + (lineNumber + 1)
                + ": more rows than the shard's "
                + (to - from)
                + " runs");
      }
    }
  }
}
