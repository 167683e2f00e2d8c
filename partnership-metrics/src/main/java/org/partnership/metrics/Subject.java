package org.partnership.metrics;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;

/**
 * Whom a measurement or an assessment is about: the whole organization, one unit (a role and every
 * role below it, with the people holding them) or one person.
 *
 * <p>For a unit or a person, a measurement reads the time entries of its people, the decisions its
 * roles own or its people decided, and the recognitions its people gave or received.
 *
 * <p>Immutable and thread-safe.
 */
public final class Subject {

  /** The kind of subject. */
  public enum Kind {
    /** Everyone. */
    ORGANIZATION,
    /** A role, the roles below it, and their holders. */
    UNIT,
    /** One person and the roles they hold. */
    PERSON
  }

  private static final Subject ORGANIZATION = new Subject(Kind.ORGANIZATION, null);

  private final Kind kind;
  private final String id;

  private Subject(Kind kind, String id) {
    this.kind = kind;
    this.id = id;
  }

  /** The whole organization. */
  public static Subject organization() {
    return ORGANIZATION;
  }

  /**
   * The unit headed by a role.
   *
   * @throws NullPointerException if {@code roleId} is null
   */
  public static Subject unit(String roleId) {
    return new Subject(Kind.UNIT, requireNonNull(roleId, "roleId"));
  }

  /**
   * One person.
   *
   * @throws NullPointerException if {@code personId} is null
   */
  public static Subject person(String personId) {
    return new Subject(Kind.PERSON, requireNonNull(personId, "personId"));
  }

  /** The kind. */
  public Kind kind() {
    return kind;
  }

  /** The role id of a unit or the person id of a person; empty for the organization. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Subject
        && kind == ((Subject) other).kind
        && Objects.equals(id, ((Subject) other).id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, id);
  }

  @Override
  public String toString() {
    return id == null ? "organization" : kind.name().toLowerCase(java.util.Locale.ROOT) + " " + id;
  }
}
