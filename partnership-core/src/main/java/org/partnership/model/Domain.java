package org.partnership.model;

import org.immutables.value.Value;
import org.partnership.internal.Checks;

/**
 * A named area of decisions, such as {@code budget}, {@code curriculum} or {@code hiring}.
 *
 * <p>Names are compared exactly (case-sensitive). A name is not blank, has no leading or trailing
 * whitespace and no control characters, and is at most 200 characters long. Immutable and
 * thread-safe; {@link #toString()} is the name.
 */
@Value.Immutable(builder = false)
public abstract class Domain implements Comparable<Domain> {

  Domain() {}

  /** The name of the domain. */
  @Value.Parameter
  public abstract String name();

  /**
   * The domain with this name.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank, padded with whitespace, contains
   *     control characters or is longer than 200 characters
   */
  public static Domain of(String name) {
    return ImmutableDomain.of(name);
  }

  @Value.Check
  void check() {
    Checks.id("domain name", name());
  }

  /** Orders domains by name. */
  @Override
  public int compareTo(Domain other) {
    return name().compareTo(other.name());
  }

  /** The name of the domain. */
  @Override
  public String toString() {
    return name();
  }
}
