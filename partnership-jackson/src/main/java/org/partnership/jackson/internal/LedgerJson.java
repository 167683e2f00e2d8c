package org.partnership.jackson.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.partnership.jackson.DocumentException;
import org.partnership.jackson.DocumentFormat;
import org.partnership.jackson.ReadMode;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.Recognition;
import org.partnership.ledger.TimeEntry;
import org.partnership.model.ActivityKind;
import org.partnership.model.Domain;
import org.partnership.model.Phase;
import org.partnership.model.Style;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Ledger records as JSON Lines: one object per line with a {@code type}. Internal. */
public final class LedgerJson {

  private static final Set<String> DECISION =
      Set.of(
          "type",
          "decisionId",
          "domain",
          "ownerRoleId",
          "style",
          "raisedAt",
          "decidedBy",
          "decidedAt",
          "dueAt",
          "outcome",
          "participants",
          "accountable",
          "stakeholders",
          "traits");
  private static final Set<String> TIME =
      Set.of("type", "personId", "kind", "phase", "start", "duration");
  private static final Set<String> RECOGNITION =
      Set.of("type", "fromPersonId", "toPersonId", "domain", "at");

  private static final ObjectWriter LINE =
      Documents.mapper(DocumentFormat.JSON).writer().without(SerializationFeature.INDENT_OUTPUT);

  private LedgerJson() {}

  /** The counts of a read: accepted, rejected, and the first problems. */
  public static final class Counts {
    public long accepted;
    public long rejected;
    public final List<DocumentException> problems = new ArrayList<>();
  }

  /** The longest line accepted, in characters: 1 MiB. */
  public static final int MAX_LINE = 1 << 20;

  /**
   * How far past an over-long line reading looks for its end before giving the file up: 64 MiB (a
   * file with no line ends, such as {@code /dev/zero}, is not JSON Lines).
   */
  static final long MAX_SKIP = 64L << 20;

  /** Reads lines until the end, handing accepted records to the sink. */
  public static Counts read(
      Reader reader,
      String source,
      ReadMode mode,
      Consumer<? super LedgerRecord> sink,
      int maxProblems)
      throws IOException {
    Counts counts = new Counts();
    StringBuilder buffer = new StringBuilder(256);
    Lines lines = new Lines(reader);
    int number = 0;
    while (true) {
      number++;
      int end = lines.read(buffer);
      if (end == EOF) {
        break;
      }
      if (end == TOO_LONG) {
        DocumentException e =
            new DocumentException(
                source, number, 1, "$", "line too long: over " + MAX_LINE + " characters", null);
        if (lines.skip() > MAX_SKIP) {
          throw new DocumentException(
              source,
              number,
              1,
              "$",
              "no line end within " + MAX_SKIP + " characters: not a JSON Lines file",
              null);
        }
        fail(counts, e, mode, maxProblems);
        continue;
      }
      String line = buffer.toString();
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1); // a byte order mark
      }
      if (line.isBlank()) {
        if (end == LAST) {
          break;
        }
        continue;
      }
      int invalid = line.indexOf('\uFFFD');
      if (invalid >= 0) {
        fail(
            counts,
            new DocumentException(source, number, invalid + 1, "$", "not valid UTF-8", null),
            mode,
            maxProblems);
        if (end == LAST) {
          break;
        }
        continue;
      }
      LedgerRecord record;
      try {
        record = parse(line, source, number);
      } catch (DocumentException e) {
        record = null;
        fail(counts, e, mode, maxProblems);
      }
      if (record != null) {
        counts.accepted++;
        sink.accept(record);
      }
      if (end == LAST) {
        break;
      }
    }
    return counts;
  }

  /**
   * The record of one line (neither blank nor holding a line end), or a {@link DocumentException}
   * at {@code source:number:column} naming the bad field.
   */
  public static LedgerRecord parse(String line, String source, int number) {
    try {
      JsonNode tree = Documents.mapper(DocumentFormat.JSON).readTree(line);
      return record(Node.root(tree));
    } catch (JacksonException e) {
      TokenStreamLocation l = e.getLocation();
      throw new DocumentException(
          source,
          number,
          l == null ? 1 : l.getColumnNr(),
          "$",
          "malformed JSON: " + e.getOriginalMessage(),
          e);
    } catch (Problem p) {
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      TokenStreamLocation l = Documents.locate(bytes, DocumentFormat.JSON, p.pointer());
      throw new DocumentException(
          source, number, l == null ? 1 : l.getColumnNr(), p.path(), p.getMessage(), p);
    }
  }

  private static final int EOF = -1;
  private static final int TOO_LONG = -2;
  private static final int ENDED = 0;
  private static final int LAST = 1;

  /** Lines from a reader, read in blocks. */
  private static final class Lines {
    private final Reader reader;
    private final char[] block = new char[1 << 16];
    private int position;
    private int limit;

    Lines(Reader reader) {
      this.reader = reader;
    }

    /** The next character, or -1 at the end. */
    private int next() throws IOException {
      if (position == limit) {
        limit = reader.read(block, 0, block.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return -1;
        }
      }
      return block[position++];
    }

    /**
     * Reads one line (without its end) into {@code buffer}: ENDED when a line end followed, LAST
     * for a last line without one, EOF at the end, TOO_LONG past {@link #MAX_LINE} characters.
     */
    int read(StringBuilder buffer) throws IOException {
      buffer.setLength(0);
      int c;
      while ((c = next()) >= 0) {
        if (c == '\n') {
          int n = buffer.length();
          if (n > 0 && buffer.charAt(n - 1) == '\r') {
            buffer.setLength(n - 1);
          }
          return ENDED;
        }
        if (buffer.length() == MAX_LINE) {
          return TOO_LONG;
        }
        buffer.append((char) c);
      }
      return buffer.length() == 0 ? EOF : LAST;
    }

    /** Skips to the next line end; returns how many characters it skipped. */
    long skip() throws IOException {
      long skipped = 0;
      int c;
      while ((c = next()) >= 0 && c != '\n') {
        if (++skipped > MAX_SKIP) {
          return skipped;
        }
      }
      return skipped;
    }
  }

  private static void fail(Counts counts, DocumentException e, ReadMode mode, int maxProblems) {
    if (mode == ReadMode.STRICT) {
      throw e;
    }
    counts.rejected++;
    if (counts.problems.size() < maxProblems) {
      counts.problems.add(e);
    }
  }

  static LedgerRecord record(Node root) {
    if (!root.isObject()) {
      throw root.problem("expected an object with a \"type\"");
    }
    String type = root.required("type").string();
    try {
      switch (type) {
        case "time":
          root.object(TIME);
          return TimeEntry.of(
              root.required("personId").string(),
              root.required("kind").enumValue(ActivityKind.class),
              root.required("phase").enumValue(Phase.class),
              root.required("start").instant(),
              root.required("duration").duration());
        case "recognition":
          root.object(RECOGNITION);
          return Recognition.of(
              root.required("fromPersonId").string(),
              root.required("toPersonId").string(),
              Domain.of(root.required("domain").string()),
              root.required("at").instant());
        case "decision":
          root.object(DECISION);
          return decision(root);
        default:
          throw root.required("type")
              .problem("expected \"decision\", \"time\" or \"recognition\", was \"" + type + "\"");
      }
    } catch (IllegalArgumentException e) {
      throw root.problem(e);
    }
  }

  private static DecisionRecord decision(Node root) {
    DecisionRecord.Builder d =
        DecisionRecord.builder()
            .decisionId(root.required("decisionId").string())
            .domain(Domain.of(root.required("domain").string()))
            .ownerRoleId(root.required("ownerRoleId").string())
            .style(root.required("style").enumValue(Style.class))
            .raisedAt(root.required("raisedAt").instant());
    root.optional("decidedBy").map(Node::string).ifPresent(d::decidedBy);
    root.optional("decidedAt").map(Node::instant).ifPresent(d::decidedAt);
    root.optional("dueAt").map(Node::instant).ifPresent(d::dueAt);
    root.optional("outcome").map(Node::unitInterval).ifPresent(d::outcome);
    root.optional("participants").map(n -> n.list(Node::string)).ifPresent(d::addAllParticipants);
    root.optional("accountable").map(n -> n.list(Node::string)).ifPresent(d::addAllAccountable);
    root.optional("stakeholders").map(n -> n.list(Node::string)).ifPresent(d::addAllStakeholders);
    root.optional("traits").map(DecisionCodec::traits).ifPresent(d::traits);
    return d.build();
  }

  /** One record as a JSON object. */
  public static ObjectNode write(LedgerRecord record) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    if (record instanceof TimeEntry) {
      TimeEntry t = (TimeEntry) record;
      o.put("type", "time")
          .put("personId", t.personId())
          .put("kind", t.kind().name())
          .put("phase", t.phase().name())
          .put("start", t.start().toString())
          .put("duration", t.duration().toString());
    } else if (record instanceof Recognition) {
      Recognition r = (Recognition) record;
      o.put("type", "recognition")
          .put("fromPersonId", r.fromPersonId())
          .put("toPersonId", r.toPersonId())
          .put("domain", r.domain().name())
          .put("at", r.at().toString());
    } else {
      DecisionRecord d = (DecisionRecord) record;
      o.put("type", "decision")
          .put("decisionId", d.decisionId())
          .put("domain", d.domain().name())
          .put("ownerRoleId", d.ownerRoleId())
          .put("style", d.style().name())
          .put("raisedAt", d.raisedAt().toString());
      d.decidedBy().ifPresent(v -> o.put("decidedBy", v));
      d.decidedAt().map(Instant::toString).ifPresent(v -> o.put("decidedAt", v));
      d.dueAt().map(Instant::toString).ifPresent(v -> o.put("dueAt", v));
      d.outcome().ifPresent(v -> o.put("outcome", v));
      d.participants().forEach(o.putArray("participants")::add);
      d.accountable().forEach(o.putArray("accountable")::add);
      d.stakeholders().forEach(o.putArray("stakeholders")::add);
      d.traits().ifPresent(t -> DecisionCodec.writeTraits(o.putObject("traits"), t));
    }
    return o;
  }

  /** Writes one record as one line. */
  public static void write(Writer writer, LedgerRecord record) throws IOException {
    writer.write(LINE.writeValueAsString(write(record)));
    writer.write('\n');
  }
}
