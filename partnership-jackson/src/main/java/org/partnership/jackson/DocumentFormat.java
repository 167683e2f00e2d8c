package org.partnership.jackson;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Locale;

/** The document formats the readers and writers support. */
public enum DocumentFormat {
  /** JSON (RFC 8259). */
  JSON,
  /** YAML 1.1, as read by SnakeYAML through Jackson. */
  YAML;

  /**
   * The format of a file by its extension: {@code .yaml} or {@code .yml} for YAML, anything else
   * JSON.
   *
   * @throws NullPointerException if {@code file} is null
   */
  public static DocumentFormat of(Path file) {
    Path name = requireNonNull(file, "file").getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
  }
}
