package org.partnership.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Picks the policy in effect for a tenant at an instant.
 *
 * <p>Among the policies in effect at the instant, those scoped to the tenant win over unscoped
 * ones; among those, the one that took effect last wins, then the highest version. Ambiguity is
 * refused when the registry is built: two policies with the same id and version, or two with the
 * same scope taking effect at the same instant.
 *
 * <p>Immutable and thread-safe.
 */
public final class PolicyRegistry {

  private static final Comparator<Policy> LATEST_FIRST =
      Comparator.comparing(Policy::effectiveFrom).thenComparingInt(Policy::version).reversed();

  private final ImmutableList<Policy> policies;

  private PolicyRegistry(List<Policy> policies) {
    Map<String, Policy> byIdVersion = new HashMap<>();
    Map<String, Policy> byScopeStart = new HashMap<>();
    for (Policy p : policies) {
      Policy twin = byIdVersion.putIfAbsent(p.id() + "@" + p.version(), p);
      if (twin != null) {
        throw new IllegalArgumentException(
            "policies: policy \"" + p.id() + "\" version " + p.version() + " appears twice");
      }
      String key = p.scope().orElse("") + "@" + p.effectiveFrom();
      Policy clash = byScopeStart.putIfAbsent(key, p);
      if (clash != null) {
        throw new IllegalArgumentException(
            "policies: \""
                + clash.id()
                + "\" version "
                + clash.version()
                + " and \""
                + p.id()
                + "\" version "
                + p.version()
                + " both take effect at "
                + p.effectiveFrom()
                + " for "
                + p.scope().map(s -> "scope \"" + s + "\"").orElse("every scope"));
      }
    }
    List<Policy> sorted = new ArrayList<>(policies);
    sorted.sort(LATEST_FIRST);
    this.policies = ImmutableList.copyOf(sorted);
  }

  /**
   * A registry of these policies.
   *
   * @throws NullPointerException if {@code policies} or an element is null
   * @throws IllegalArgumentException if two policies are ambiguous (see the class comment)
   */
  public static PolicyRegistry of(Iterable<Policy> policies) {
    requireNonNull(policies, "policies");
    List<Policy> list = new ArrayList<>();
    int i = 0;
    for (Policy p : policies) {
      list.add(requireNonNull(p, "policies[" + i + "]"));
      i++;
    }
    return new PolicyRegistry(list);
  }

  /** Every policy, the latest to take effect first. */
  public List<Policy> policies() {
    return policies;
  }

  /**
   * The policy in effect for a tenant at an instant, if any.
   *
   * @param scope the tenant; policies scoped to it win over unscoped ones
   * @throws NullPointerException if an argument is null
   */
  public Optional<Policy> inEffect(String scope, Instant at) {
    requireNonNull(scope, "scope");
    requireNonNull(at, "at");
    Policy unscoped = null;
    for (Policy p : policies) {
      if (!p.isInEffectAt(at)) {
        continue;
      }
      if (p.scope().isEmpty()) {
        unscoped = unscoped == null ? p : unscoped;
      } else if (Objects.equals(p.scope().get(), scope)) {
        return Optional.of(p);
      }
    }
    return Optional.ofNullable(unscoped);
  }
}
