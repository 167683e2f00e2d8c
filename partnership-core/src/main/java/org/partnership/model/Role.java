package org.partnership.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.partnership.internal.Checks;

/**
 * A position in the hierarchy: who it reports to and the positional authority it holds.
 *
 * <p>A role holds positional authority over a domain with an agreed delegation level: the {@link
 * Style} in which decisions of that domain are to be taken (for example {@code budget → CONSULT},
 * {@code timetable → DELEGATE}). Its level in the hierarchy (0 = top) is not stored here; it is
 * derived by the {@link Organization} from the reporting lines.
 *
 * <p>Immutable and thread-safe. Validation: {@code id} and {@code reportsTo} are identifiers,
 * {@code title} a non-blank text, and a role does not report to itself. Violations throw {@link
 * IllegalArgumentException} naming the field and the value; nulls throw {@link
 * NullPointerException}.
 */
@Value.Immutable
public abstract class Role {

  Role() {}

  /** The identifier of the role, unique within an {@link Organization}. */
  public abstract String id();

  /** The title of the role, e.g. "Principal". */
  public abstract String title();

  /** The id of the role this one reports to; empty for a top role. */
  public abstract Optional<String> reportsTo();

  /** The agreed delegation level per domain over which this role holds positional authority. */
  public abstract Map<Domain, Style> delegationLevels();

  /** The positional authorities of this role, one per domain, ordered by domain name. */
  public List<Authority> authorities() {
    return delegationLevels().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> Authority.position(id(), e.getKey(), e.getValue()))
        .toList();
  }

  /**
   * Whether this role holds positional authority over {@code domain}.
   *
   * @throws NullPointerException if {@code domain} is null
   */
  public boolean holdsAuthorityOver(Domain domain) {
    return delegationLevels().containsKey(requireNonNull(domain, "domain"));
  }

  /**
   * A top role with no positional authority.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument breaks the rules of the class comment
   */
  public static Role of(String id, String title) {
    return builder().id(id).title(title).build();
  }

  /**
   * A role reporting to {@code reportsTo}, with no positional authority.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument breaks the rules of the class comment
   */
  public static Role of(String id, String title, String reportsTo) {
    return builder().id(id).title(title).reportsTo(reportsTo).build();
  }

  /** A new builder; {@code id} and {@code title} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Role} values. Not thread-safe; {@code build()} validates and throws {@link
   * IllegalArgumentException} for a missing or invalid attribute.
   */
  public static final class Builder extends ImmutableRole.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    Checks.text("title", title());
    if (reportsTo().isPresent()) {
      Checks.id("reportsTo", reportsTo().get());
      if (reportsTo().get().equals(id())) {
        throw new IllegalArgumentException(
            "reportsTo must differ from id (a role cannot report to itself), was "
                + Checks.quote(id()));
      }
    }
  }
}
