package org.partnership.jackson;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.partnership.jackson.internal.Codec;
import org.partnership.jackson.internal.DecisionCodec;
import org.partnership.jackson.internal.Documents;
import org.partnership.jackson.internal.OrganizationCodec;
import org.partnership.jackson.internal.PolicyCodec;
import org.partnership.jackson.internal.TimeAllocationCodec;
import org.partnership.model.Decision;
import org.partnership.model.Organization;
import org.partnership.model.TimeAllocation;
import org.partnership.rules.Policy;

/**
 * A kind of document — organization, policy, decision or time allocation — read from and written to
 * JSON or YAML. The document layouts are described in the README.
 *
 * <p>Reading refuses unknown fields, duplicate keys, wrong types, invalid values, documents over 64
 * MiB and nesting deeper than 64 levels, with a {@link DocumentException} naming the source, line,
 * column and path of the bad field. Writing then reading gives an equal value. Documents are data
 * only: nothing in them can make the reader run code.
 *
 * <p>Thread-safe: instances are immutable and share only immutable configuration.
 *
 * @param <T> the type of value the document holds
 */
public final class DocumentType<T> {

  /** An {@link Organization}: people, roles and assignments. */
  public static final DocumentType<Organization> ORGANIZATION =
      new DocumentType<>("organization", new OrganizationCodec());

  /** A {@link Policy}: id, version, scope, effective period and parameters. */
  public static final DocumentType<Policy> POLICY = new DocumentType<>("policy", new PolicyCodec());

  /** A {@link Decision}: id, title, domain, owner, stakeholders and traits. */
  public static final DocumentType<Decision> DECISION =
      new DocumentType<>("decision", new DecisionCodec());

  /**
   * A {@link Decision} in an organization: read like {@link #DECISION}, and refused (with the line
   * and column of the field) when its owner is not a role of the organization or a stakeholder not
   * one of its people.
   *
   * @throws NullPointerException if {@code organization} is null
   */
  public static DocumentType<Decision> decisionIn(Organization organization) {
    return new DocumentType<>(
        "decision", new DecisionCodec(requireNonNull(organization, "organization")));
  }

  /** A {@link TimeAllocation}: entries of activity kind, phase and duration. */
  public static final DocumentType<TimeAllocation> TIME_ALLOCATION =
      new DocumentType<>("time allocation", new TimeAllocationCodec());

  private final String name;
  private final Codec<T> codec;

  private DocumentType(String name, Codec<T> codec) {
    this.name = name;
    this.codec = codec;
  }

  /**
   * Reads a file; {@code .yaml} and {@code .yml} files are YAML, others JSON.
   *
   * @throws NullPointerException if {@code file} is null
   * @throws IOException if the file cannot be read ({@link java.nio.file.NoSuchFileException} if it
   *     does not exist)
   * @throws DocumentException if the document is malformed or describes an invalid value
   */
  public T read(Path file) throws IOException {
    return Documents.read(requireNonNull(file, "file"), codec::read);
  }

  /**
   * Reads a stream, which is not closed.
   *
   * @param source names the document in error messages, e.g. a file or resource name
   * @throws NullPointerException if an argument is null
   * @throws IOException if the stream cannot be read
   * @throws DocumentException if the document is malformed or describes an invalid value
   */
  public T read(InputStream in, String source, DocumentFormat format) throws IOException {
    return Documents.read(
        requireNonNull(in, "in"),
        requireNonNull(source, "source"),
        requireNonNull(format, "format"),
        codec::read);
  }

  /**
   * Reads a string.
   *
   * @param source names the document in error messages
   * @throws NullPointerException if an argument is null
   * @throws DocumentException if the document is malformed or describes an invalid value
   */
  public T parse(String content, String source, DocumentFormat format) {
    return Documents.read(
        requireNonNull(content, "content").getBytes(StandardCharsets.UTF_8),
        requireNonNull(source, "source"),
        requireNonNull(format, "format"),
        codec::read);
  }

  /**
   * Writes a value as a document.
   *
   * @throws NullPointerException if an argument is null
   */
  public String write(T value, DocumentFormat format) {
    requireNonNull(value, "value");
    requireNonNull(format, "format");
    return Documents.write(codec.write(value), format);
  }

  /**
   * Writes a value to a file, in the format of its extension.
   *
   * @throws NullPointerException if an argument is null
   * @throws IOException if the file cannot be written
   */
  public void write(T value, Path file) throws IOException {
    requireNonNull(value, "value");
    requireNonNull(file, "file");
    Files.writeString(file, write(value, DocumentFormat.of(file)), StandardCharsets.UTF_8);
  }

  /** The name of the document type, e.g. "organization". */
  @Override
  public String toString() {
    return name;
  }
}
