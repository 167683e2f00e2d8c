package org.partnership.model;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.partnership.internal.Checks;

/**
 * A decision to be taken: what it is about, which role owns it, who has a stake in it and what it
 * is like.
 *
 * <p>Immutable and thread-safe. Validation: {@code id}, {@code ownerRoleId} and every stakeholder
 * id are identifiers (not blank, no surrounding whitespace, no control characters, at most 200
 * characters); the title, when present, is a non-blank text. Whether the owner and the stakeholders
 * exist is checked against an {@link Organization} by whoever combines the two.
 */
@Value.Immutable
public abstract class Decision {

  Decision() {}

  /** The identifier of the decision. */
  public abstract String id();

  /** A short title, e.g. "Adopt the new reading curriculum". */
  public abstract Optional<String> title();

  /** The domain the decision belongs to. */
  public abstract Domain domain();

  /** The id of the role that owns (is accountable for) the decision. */
  public abstract String ownerRoleId();

  /** The ids of the people with a stake in the decision, in insertion order. */
  public abstract Set<String> stakeholders();

  /** What the decision is like. */
  @Value.Default
  public DecisionTraits traits() {
    return DecisionTraits.unknown();
  }

  /** A new builder; {@code id}, {@code domain} and {@code ownerRoleId} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Decision} values. Not thread-safe; {@code build()} validates and throws {@link
   * IllegalArgumentException} for a missing or invalid attribute.
   */
  public static final class Builder extends ImmutableDecision.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    title().ifPresent(t -> Checks.text("title", t));
    Checks.id("ownerRoleId", ownerRoleId());
    Checks.ids("stakeholders", stakeholders());
  }
}
