package org.partnership.model;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.partnership.internal.Checks;

/**
 * The right to take part in, or take, decisions of a domain.
 *
 * <p>Two sources: {@link AuthoritySource#POSITION} is held by a role and carries the delegation
 * level agreed for the domain; {@link AuthoritySource#COMPETENCE} is held by a person whose
 * proficiency in the domain is at or above a threshold, and carries that proficiency. "Competence
 * is a key authority everyone holds": {@link Organization#holdersOfAuthority(Domain)} returns both
 * kinds.
 *
 * <p>Immutable and thread-safe. Exactly one of {@link #delegationLevel()} and {@link
 * #proficiency()} is present, according to the source.
 */
@Value.Immutable(builder = false)
public abstract class Authority {

  Authority() {}

  /** Where this authority comes from. */
  @Value.Parameter
  public abstract AuthoritySource source();

  /** The id of the holder: a role id for POSITION, a person id for COMPETENCE. */
  @Value.Parameter
  public abstract String holderId();

  /** The domain the authority covers. */
  @Value.Parameter
  public abstract Domain domain();

  /** The delegation level agreed for the domain; present exactly for POSITION. */
  @Value.Parameter
  public abstract Optional<Style> delegationLevel();

  /** The holder's proficiency in the domain; present exactly for COMPETENCE. */
  @Value.Parameter
  public abstract OptionalDouble proficiency();

  /**
   * Positional authority of a role over a domain.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code roleId} is not a valid identifier
   */
  public static Authority position(String roleId, Domain domain, Style delegationLevel) {
    return ImmutableAuthority.of(
        AuthoritySource.POSITION,
        roleId,
        domain,
        Optional.of(delegationLevel),
        OptionalDouble.empty());
  }

  /**
   * Competence authority of a person in a domain.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code personId} is not a valid identifier or {@code
   *     proficiency} is outside [0, 1]
   */
  public static Authority competence(String personId, Domain domain, double proficiency) {
    return ImmutableAuthority.of(
        AuthoritySource.COMPETENCE,
        personId,
        domain,
        Optional.empty(),
        OptionalDouble.of(proficiency));
  }

  @Value.Check
  void check() {
    Checks.id("holderId", holderId());
    boolean position = source() == AuthoritySource.POSITION;
    if (position != delegationLevel().isPresent()) {
      throw new IllegalArgumentException(
          "delegationLevel must be present exactly for POSITION authority, source was " + source());
    }
    if (position == proficiency().isPresent()) {
      throw new IllegalArgumentException(
          "proficiency must be present exactly for COMPETENCE authority, source was " + source());
    }
    if (proficiency().isPresent()) {
      Checks.unitInterval("proficiency", proficiency().getAsDouble());
    }
  }
}
