package org.partnership.jackson.internal;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.partnership.jackson.DocumentException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.YamlUnicodeReader;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import tools.jackson.core.JsonPointer;

/**
 * What YAML's event stream shows and a tree does not: anchors and aliases, which data documents do
 * not need and which are refused (they would also open the way to expansion attacks), and plain
 * scalars that YAML reads as null ({@code ~}, {@code null}, {@code Null}, {@code NULL}), which the
 * tree would keep as text. Internal.
 */
final class YamlGuard {

  private static final Set<String> NULLS = Set.of("~", "null", "Null", "NULL");

  private YamlGuard() {}

  /** Where a container is, and where its next value goes. */
  private static final class Frame {
    final JsonPointer pointer;
    final boolean mapping;
    boolean expectKey = true;
    String key;
    int index;

    Frame(JsonPointer pointer, boolean mapping) {
      this.pointer = pointer;
      this.mapping = mapping;
    }

    /** The pointer of the next value (a mapping's key is not a value). */
    JsonPointer next() {
      return mapping ? pointer.appendProperty(key) : pointer.appendIndex(index++);
    }
  }

  /**
   * The pointers of the plain null scalars of a YAML document.
   *
   * @throws DocumentException at an anchor or an alias, or where objects and arrays nest deeper
   *     than {@link Documents#MAX_DEPTH}, with its line and column
   */
  static List<JsonPointer> nulls(byte[] content, String source) {
    LoadSettings settings =
        LoadSettings.builder().setCodePointLimit(Documents.MAX_BYTES).setUseMarks(true).build();
    List<JsonPointer> nulls = new ArrayList<>();
    Deque<Frame> stack = new ArrayDeque<>();
    try {
      // The parser of snakeyaml-engine's exported packages (its lowlevel.Parse is not exported
      // to modules): the same events, one at a time.
      Iterable<Event> events =
          () ->
              new ParserImpl(
                  settings,
                  new StreamReader(
                      settings, new YamlUnicodeReader(new ByteArrayInputStream(content))));
      for (Event event : events) {
        switch (event.getEventId()) {
          case Alias:
            throw located(
                source, event, stack, "aliases (*name) are not allowed in data documents");
          case Scalar:
          case MappingStart:
          case SequenceStart:
            {
              if (((NodeEvent) event).getAnchor().isPresent()) {
                throw located(
                    source, event, stack, "anchors (&name) are not allowed in data documents");
              }
              Frame parent = stack.peek();
              boolean isKey = parent != null && parent.mapping && parent.expectKey;
              if (isKey) {
                if (event instanceof ScalarEvent) {
                  parent.key = ((ScalarEvent) event).getValue();
                } else {
                  parent.key = "?"; // complex keys: Jackson refuses them
                }
                parent.expectKey = false;
                if (!(event instanceof ScalarEvent)) {
                  if (stack.size() >= Documents.MAX_DEPTH) {
                    throw located(
                        source,
                        event,
                        stack,
                        "objects and arrays nested deeper than " + Documents.MAX_DEPTH + " levels");
                  }
                  stack.push(new Frame(parent.pointer.appendProperty("?"), true));
                }
                continue;
              }
              JsonPointer at = parent == null ? JsonPointer.empty() : parent.next();
              if (parent != null && parent.mapping) {
                parent.expectKey = true;
              }
              if (event instanceof ScalarEvent) {
                ScalarEvent scalar = (ScalarEvent) event;
                if (scalar.isPlain() && NULLS.contains(scalar.getValue())) {
                  nulls.add(at);
                }
              } else {
                if (stack.size() >= Documents.MAX_DEPTH) {
                  // before the frame: cost stays linear in the document however deep it nests
                  throw located(
                      source,
                      event,
                      stack,
                      "objects and arrays nested deeper than " + Documents.MAX_DEPTH + " levels");
                }
                stack.push(new Frame(at, event.getEventId() == Event.ID.MappingStart));
              }
              break;
            }
          case MappingEnd:
          case SequenceEnd:
            stack.pop();
            break;
          default:
            break;
        }
      }
    } catch (YamlEngineException e) {
      return nulls; // malformed YAML: Jackson reports it, located, when it reads the tree
    }
    return nulls;
  }

  /** A pointer as the paths of other document errors read, e.g. {@code people[0].name}. */
  static String readable(JsonPointer pointer) {
    StringBuilder path = new StringBuilder();
    for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
      if (p.mayMatchElement()) {
        path.append('[').append(p.getMatchingIndex()).append(']');
      } else {
        path.append(path.length() == 0 ? "" : ".").append(p.getMatchingProperty());
      }
    }
    return path.length() == 0 ? "$" : path.toString();
  }

  private static DocumentException located(
      String source, Event event, Deque<Frame> stack, String message) {
    Optional<Mark> mark = event.getStartMark();
    Frame parent = stack.peek();
    String path = "$";
    if (parent != null) {
      JsonPointer at = parent.pointer;
      if (parent.mapping && !parent.expectKey && parent.key != null) {
        at = at.appendProperty(parent.key);
      } else if (!parent.mapping) {
        at = at.appendIndex(parent.index);
      }
      path = readable(at);
    }
    return new DocumentException(
        source,
        mark.map(m -> m.getLine() + 1).orElse(0),
        mark.map(m -> m.getColumn() + 1).orElse(0),
        path,
        message,
        null);
  }
}
