package org.partnership.model;

import org.immutables.value.Value;
import org.partnership.internal.Checks;

/**
 * A person holding a role. A person may hold several roles, and a role may be held by several
 * people (a job share) or by nobody (a vacancy).
 *
 * <p>Immutable and thread-safe. Both ids are identifiers; violations throw {@link
 * IllegalArgumentException}, nulls {@link NullPointerException}.
 */
@Value.Immutable(builder = false)
public abstract class Assignment {

  Assignment() {}

  /** The id of the person. */
  @Value.Parameter
  public abstract String personId();

  /** The id of the role. */
  @Value.Parameter
  public abstract String roleId();

  /**
   * The assignment of a person to a role.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an id is not a valid identifier
   */
  public static Assignment of(String personId, String roleId) {
    return ImmutableAssignment.of(personId, roleId);
  }

  @Value.Check
  void check() {
    Checks.id("personId", personId());
    Checks.id("roleId", roleId());
  }
}
