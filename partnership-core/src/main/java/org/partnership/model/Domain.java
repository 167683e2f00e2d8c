package org.partnership.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.partnership.internal.Checks;

/**
 * A named area of decisions, such as {@code budget}, {@code curriculum} or {@code hiring}.
 *
 * <p>Names are compared exactly (case-sensitive). A name is not blank, has no leading or trailing
 * whitespace and no control characters, and is at most 200 characters long. Immutable and
 * thread-safe; {@link #toString()} is the name. Equal names make equal domains.
 *
 * <p>The class is final and comparable to itself, so that hash maps keyed by domains whose names
 * were chosen to collide keep their buckets as search trees (logarithmic, not linear, cost).
 */
public final class Domain implements Comparable<Domain> {

  private final String name;

  private Domain(String name) {
    this.name = name;
  }

  /** The name of the domain. */
  public String name() {
    return name;
  }

  /**
   * The domain with this name.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank, padded with whitespace, contains
   *     control characters or is longer than 200 characters
   */
  public static Domain of(String name) {
    requireNonNull(name, "name");
    Checks.id("domain name", name);
    return new Domain(name);
  }

  /** Orders domains by name. */
  @Override
  public int compareTo(Domain other) {
    return name.compareTo(other.name);
  }

  /** Whether the other object is a domain of the same name. */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Domain && name.equals(((Domain) other).name);
  }

  /** The hash code of the name. */
  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** The name of the domain. */
  @Override
  public String toString() {
    return name();
  }
}
