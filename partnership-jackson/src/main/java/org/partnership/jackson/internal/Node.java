package org.partnership.jackson.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * A node of a document tree with its place in the document, and typed access that fails with a
 * {@link Problem} naming the place and what was expected. Internal.
 */
public final class Node {

  private final JsonNode json;
  private final JsonPointer pointer;
  private final String path;

  private Node(JsonNode json, JsonPointer pointer, String path) {
    this.json = json;
    this.pointer = pointer;
    this.path = path;
  }

  /** The root of a document. */
  public static Node root(JsonNode json) {
    return new Node(json, JsonPointer.empty(), "$");
  }

  /** The readable path of this node. */
  public String path() {
    return path;
  }

  /** A problem at this node. */
  public Problem problem(String message) {
    return new Problem(pointer, path, message, null);
  }

  /** A problem at this node, caused by an exception whose message says what was wrong. */
  public Problem problem(RuntimeException cause) {
    return new Problem(pointer, path, cause.getMessage(), cause);
  }

  /** Whether this node is an object. */
  public boolean isObject() {
    return json.isObject();
  }

  /** Checks this node is an object with no fields but {@code allowed}. */
  public Node object(Set<String> allowed) {
    if (!json.isObject()) {
      throw problem("expected an object, was " + describe(json));
    }
    for (String name : json.propertyNames()) {
      if (!allowed.contains(name)) {
        throw field(name).problem("unknown field; expected one of " + new TreeSet<>(allowed));
      }
    }
    return this;
  }

  /** The field of an object; the field may be missing. */
  public Optional<Node> optional(String name) {
    JsonNode child = json.get(name);
    return child == null || child.isNull() ? Optional.empty() : Optional.of(field(name));
  }

  /** The field of an object; a missing field is a problem. */
  public Node required(String name) {
    return optional(name).orElseThrow(() -> problem("missing required field \"" + name + "\""));
  }

  private Node field(String name) {
    String childPath = path.equals("$") ? name : path + "." + name;
    return new Node(json.get(name), pointer.appendProperty(name), childPath);
  }

  /** This node as a string. */
  public String string() {
    if (!json.isString()) {
      throw problem("expected a string, was " + describe(json));
    }
    return json.stringValue();
  }

  /** This node as a number. */
  public double number() {
    if (!json.isNumber()) {
      throw problem("expected a number, was " + describe(json));
    }
    return json.doubleValue();
  }

  /** This node as a whole number that fits an {@code int}. */
  public int integer() {
    if (!json.isInt()) {
      throw problem("expected a whole number, was " + describe(json));
    }
    return json.intValue();
  }

  /** This node as a whole number that fits a {@code long}. */
  public long longInteger() {
    if (!json.isIntegralNumber() || !json.canConvertToLong()) {
      throw problem("expected a whole number of at most 19 digits, was " + describe(json));
    }
    return json.longValue();
  }

  /** This node as a boolean. */
  public boolean bool() {
    if (!json.isBoolean()) {
      throw problem("expected true or false, was " + describe(json));
    }
    return json.booleanValue();
  }

  /** This node as an ISO-8601 duration such as {@code PT2H} or {@code P3D}. */
  public Duration duration() {
    String text = string();
    Duration d = org.partnership.text.IsoText.duration(text);
    if (d == null) {
      throw problem("expected an ISO-8601 duration such as PT2H or P3D, was \"" + text + "\"");
    }
    return d;
  }

  /** This node as an ISO-8601 instant such as {@code 2026-09-01T08:00:00Z}. */
  public Instant instant() {
    String text = string();
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw problem(
          "expected an ISO-8601 instant such as 2026-09-01T08:00:00Z, was \"" + text + "\"");
    }
  }

  /** This node as a number in [0, 1]. */
  public double unitInterval() {
    double value = number();
    if (!(value >= 0.0 && value <= 1.0)) {
      throw problem("must be in [0, 1], was " + value);
    }
    return value;
  }

  /** This node as an enum constant, named exactly. */
  public <E extends Enum<E>> E enumValue(Class<E> type) {
    String name = string();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name());
    }
    throw problem("expected one of " + names + ", was \"" + name + "\"");
  }

  /** The elements of an array, each converted; a missing or null array is empty. */
  public <T> List<T> list(Function<Node, T> element) {
    if (!json.isArray()) {
      throw problem("expected an array, was " + describe(json));
    }
    List<T> result = new ArrayList<>(json.size());
    for (int i = 0; i < json.size(); i++) {
      result.add(
          element.apply(new Node(json.get(i), pointer.appendIndex(i), path + "[" + i + "]")));
    }
    return result;
  }

  /** The fields of an object, each value converted, in document order. */
  public <T> Map<String, T> map(Function<Node, T> value) {
    if (!json.isObject()) {
      throw problem("expected an object, was " + describe(json));
    }
    Map<String, T> result = new LinkedHashMap<>();
    for (String name : json.propertyNames()) {
      result.put(name, value.apply(field(name)));
    }
    return result;
  }

  private static String describe(JsonNode node) {
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    if (node.isString()) {
      return "the string \"" + node.stringValue() + "\"";
    }
    return node.toString();
  }
}
