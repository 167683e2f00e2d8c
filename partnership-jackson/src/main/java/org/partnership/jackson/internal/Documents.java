package org.partnership.jackson.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.partnership.jackson.DocumentException;
import org.partnership.jackson.DocumentFormat;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads documents into trees within limits, converts them, and turns every problem into a {@link
 * DocumentException} with line and column. Internal.
 */
public final class Documents {

  /** Largest document accepted, in bytes: 64 MiB. */
  public static final int MAX_BYTES = 64 * 1024 * 1024;

  /** Deepest nesting of objects and arrays accepted. */
  public static final int MAX_DEPTH = 64;

  /** The longest string, in characters. */
  static final int MAX_STRING = 1 << 20;

  /**
   * The longest number: digits in JSON (a sign and a decimal point are not counted), characters in
   * YAML.
   */
  static final int MAX_NUMBER_DIGITS = 64;

  private static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxDocumentLength(MAX_BYTES)
          .maxStringLength(MAX_STRING)
          .maxNumberLength(MAX_NUMBER_DIGITS)
          .build();

  private static final ObjectMapper JSON =
      JsonMapper.builder(JsonFactory.builder().streamReadConstraints(LIMITS).build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  private static final ObjectMapper YAML =
      YAMLMapper.builder(
              YAMLFactory.builder()
                  .streamReadConstraints(LIMITS)
                  // the same limit as JSON (SnakeYAML's own default is 3 MiB)
                  .loadSettings(LoadSettings.builder().setCodePointLimit(MAX_BYTES).build())
                  .build())
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private Documents() {}

  /** The mapper of a format, configured with the limits. */
  public static ObjectMapper mapper(DocumentFormat format) {
    return format == DocumentFormat.YAML ? YAML : JSON;
  }

  /**
   * Reads a file and converts its tree; the format follows the file's extension. The size limit is
   * checked on the bytes read, not on the size the file system reports (which is 0 for {@code
   * /dev/zero}).
   */
  public static <T> T read(Path file, Function<Node, T> converter) throws IOException {
    byte[] content;
    try (InputStream in = Files.newInputStream(file)) {
      content = in.readNBytes(MAX_BYTES + 1);
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(file.toString(), null, "no such file");
    }
    if (content.length > MAX_BYTES) {
      throw new DocumentException(
          file.toString(), 0, 0, "$", "document too large: over " + MAX_BYTES + " bytes", null);
    }
    return read(content, file.toString(), DocumentFormat.of(file), converter);
  }

  /** Reads a stream (up to the size limit) and converts its tree. */
  public static <T> T read(
      InputStream in, String source, DocumentFormat format, Function<Node, T> converter)
      throws IOException {
    byte[] content = in.readNBytes(MAX_BYTES + 1);
    if (content.length > MAX_BYTES) {
      throw new DocumentException(
          source, 0, 0, "$", "document too large: over " + MAX_BYTES + " bytes", null);
    }
    return read(content, source, format, converter);
  }

  /** Parses content and converts its tree; every failure is a {@link DocumentException}. */
  public static <T> T read(
      byte[] content, String source, DocumentFormat format, Function<Node, T> converter) {
    JsonNode tree;
    JsonParser parser = null;
    try {
      List<JsonPointer> nulls =
          format == DocumentFormat.YAML ? YamlGuard.nulls(content, source) : List.of();
      parser = mapper(format).createParser(content);
      tree = mapper(format).readTree(parser);
      for (JsonPointer at : nulls) {
        if (at.matches()) {
          tree = null; // the whole document is YAML's null
          break;
        }
        setNull(tree, at);
      }
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      if ((at == null || at.getLineNr() < 1) && parser != null) {
        // a constraint (depth, string or number length) reports no place: the parser's is it
        at = parser.currentTokenLocation();
      }
      String path = e.getPath().isEmpty() ? "$" : e.getPathReference();
      throw new DocumentException(
          source,
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(),
          path,
          message(e),
          e);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
    if (tree == null || tree.isMissingNode()) {
      throw new DocumentException(source, 1, 1, "$", "empty document", null);
    }
    try {
      return converter.apply(Node.root(tree));
    } catch (Problem p) {
      TokenStreamLocation at = locate(content, format, p.pointer());
      throw new DocumentException(
          source,
          at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(),
          p.path(),
          p.getMessage(),
          p.getCause());
    }
  }

  /** What went wrong, in the words of the limits page for the limits a parser enforces. */
  private static String message(JacksonException e) {
    String original = firstLine(e.getOriginalMessage());
    if (e instanceof tools.jackson.core.exc.StreamConstraintsException) {
      if (original.startsWith("Document nesting depth")) {
        return "objects and arrays nested deeper than " + MAX_DEPTH + " levels";
      } else if (original.startsWith("Number value length")) {
        return "a number of more than " + MAX_NUMBER_DIGITS + " digits";
      } else if (original.startsWith("String value length")) {
        return "a string of more than " + MAX_STRING + " characters";
      } else if (original.startsWith("Document length")) {
        return "document too large: over " + MAX_BYTES + " bytes";
      }
    }
    return original;
  }

  /** Replaces the value at {@code at} with null, if it is there. */
  private static void setNull(JsonNode tree, JsonPointer at) {
    JsonNode parent = tree.at(at.head());
    JsonPointer last = at.last();
    if (parent instanceof ObjectNode) {
      ((ObjectNode) parent).putNull(last.getMatchingProperty());
    } else if (parent instanceof ArrayNode && last.getMatchingIndex() < parent.size()) {
      ((ArrayNode) parent).setNull(last.getMatchingIndex());
    }
  }

  /** Writes a tree as a document of the format. */
  public static String write(JsonNode tree, DocumentFormat format) {
    return mapper(format).writeValueAsString(tree);
  }

  /** Finds where the value at {@code pointer} starts, by streaming the document once more. */
  static TokenStreamLocation locate(byte[] content, DocumentFormat format, JsonPointer pointer) {
    try (JsonParser parser = mapper(format).createParser(content)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.PROPERTY_NAME) {
          continue; // report the value, not its key
        }
        TokenStreamContext context = parser.streamReadContext();
        if (token.isStructStart() && context.getParent() != null) {
          context = context.getParent();
        }
        if (context.pathAsPointer().equals(pointer)) {
          return parser.currentTokenLocation();
        }
      }
      return null;
    } catch (JacksonException e) {
      return null;
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "malformed document";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
