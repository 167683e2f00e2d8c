package org.partnership.model;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.partnership.internal.Checks;

/**
 * A person in the organization, with the competences they hold and the attributes the host
 * application records about them.
 *
 * <p>"Competency is a key authority everyone holds": each competence maps a {@link Domain} to a
 * proficiency in [0, 1]; at or above a threshold it is an {@link Authority} of source {@link
 * AuthoritySource#COMPETENCE}. Attributes are free text the host fills (department, location, …);
 * they are what fairness metrics group people by, so keep them to what such grouping needs.
 *
 * <p>Immutable and thread-safe. Built with {@link #builder()} or {@link #of(String, String)}.
 * Validation: {@code id} is an identifier (not blank, no surrounding whitespace, no control
 * characters, at most 200 characters), {@code displayName} a non-blank text, every proficiency in
 * [0, 1], attribute keys identifiers and attribute values non-blank texts. Violations throw {@link
 * IllegalArgumentException} naming the field and the value; nulls throw {@link
 * NullPointerException}.
 */
@Value.Immutable
public abstract class Person {

  /** The most attributes a person may have. */
  public static final int MAX_ATTRIBUTES = 64;

  /** The most domains a person may have a recorded proficiency in. */
  public static final int MAX_COMPETENCES = 1024;

  Person() {}

  /** The identifier of the person, unique within an {@link Organization}. */
  public abstract String id();

  /** The name shown to people. */
  public abstract String displayName();

  /** Proficiency per domain, each in [0, 1]; domains not listed have no recorded competence. */
  public abstract Map<Domain, Double> competences();

  /** Host-defined attributes such as department or location. */
  public abstract Map<String, String> attributes();

  /**
   * The proficiency of this person in {@code domain}, if recorded.
   *
   * @throws NullPointerException if {@code domain} is null
   */
  public OptionalDouble proficiencyIn(Domain domain) {
    Double value = competences().get(requireNonNull(domain, "domain"));
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * The value of an attribute, if recorded.
   *
   * @throws NullPointerException if {@code key} is null
   */
  public Optional<String> attribute(String key) {
    return Optional.ofNullable(attributes().get(requireNonNull(key, "key")));
  }

  /**
   * A person with no competences and no attributes.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument breaks the rules of the class comment
   */
  public static Person of(String id, String displayName) {
    return builder().id(id).displayName(displayName).build();
  }

  /**
   * A new builder; {@code id} and {@code displayName} are required. Putting the same domain or
   * attribute key twice fails at {@code build()} with {@link IllegalArgumentException} naming the
   * key.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Person} values. Not thread-safe; {@code build()} validates and throws {@link
   * IllegalArgumentException} for a missing or invalid attribute.
   */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.text("displayName", displayName());
    if (competences().size() > MAX_COMPETENCES) {
      throw new IllegalArgumentException(
          "competences must have at most "
              + MAX_COMPETENCES
              + " domains, had "
              + competences().size());
    }
    if (attributes().size() > MAX_ATTRIBUTES) {
      throw new IllegalArgumentException(
          "attributes must have at most "
              + MAX_ATTRIBUTES
              + " entries, had "
              + attributes().size());
    }
    for (Map.Entry<Domain, Double> e : competences().entrySet()) {
      Checks.unitInterval("competences[" + e.getKey() + "]", e.getValue());
    }
    Checks.textMap("attributes", attributes());
  }
}
