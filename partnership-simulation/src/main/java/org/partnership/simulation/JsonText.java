package org.partnership.simulation;

/**
 * A JSON document written field by field, indented as Jackson's default pretty printer does: the
 * metadata of an experiment needs no more, and this module depends on no JSON library. Strings are
 * escaped as RFC 8259 requires; NaN is written as null. Not thread-safe.
 */
final class JsonText {

  private final StringBuilder out = new StringBuilder();
  private int depth;
  private boolean first = true;

  /** Opens an object (the document, or an element of an array). */
  JsonText begin() {
    separator();
    out.append('{');
    depth++;
    first = true;
    return this;
  }

  /** Opens an object under a name. */
  JsonText beginObject(String name) {
    name(name);
    out.append('{');
    depth++;
    first = true;
    return this;
  }

  /** Opens an array under a name. */
  JsonText beginArray(String name) {
    name(name);
    out.append('[');
    depth++;
    first = true;
    return this;
  }

  /** Closes an object. */
  JsonText end() {
    return close('}');
  }

  /** Closes an array. */
  JsonText endArray() {
    return close(']');
  }

  private JsonText close(char c) {
    depth--;
    if (!first) {
      newline();
    } else {
      out.append(' ');
    }
    out.append(c);
    first = false;
    return this;
  }

  JsonText field(String name, String value) {
    name(name);
    string(value);
    return this;
  }

  JsonText field(String name, long value) {
    name(name);
    out.append(value);
    return this;
  }

  JsonText field(String name, double value) {
    name(name);
    out.append(Double.isNaN(value) || Double.isInfinite(value) ? "null" : Double.toString(value));
    return this;
  }

  JsonText field(String name, boolean value) {
    name(name);
    out.append(value);
    return this;
  }

  private void name(String name) {
    separator();
    string(name);
    out.append(" : ");
  }

  private void separator() {
    if (depth == 0) {
      return;
    }
    if (!first) {
      out.append(',');
    }
    newline();
    first = false;
  }

  private void newline() {
    out.append('\n');
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
