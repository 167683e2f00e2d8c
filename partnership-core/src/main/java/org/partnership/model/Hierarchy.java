package org.partnership.model;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.partnership.internal.Checks;

/**
 * The reporting lines of an organization's roles: each role's manager (its parent), its level, the
 * roles reporting to it and the depth. Validated when built: every manager exists and the lines
 * form no cycle (the first cycle is named, role by role). Immutable; package-private, behind {@link
 * Organization}.
 */
final class Hierarchy {

  /** Per role (by index): its manager's index, or -1 for a top role. */
  final int[] parent;

  /** Per role: 0 for a top role, one more than its manager's otherwise. */
  final int[] level;

  /** The roles reporting to each role. */
  final Groups children;

  /** One more than the deepest level; 0 without roles. */
  final int depth;

  private final List<Role> roles;

  /**
   * @throws IllegalArgumentException for a manager that is not a role, or a cycle
   */
  Hierarchy(List<Role> roles, Map<String, Integer> roleIndex) {
    this.roles = requireNonNull(roles, "roles");
    requireNonNull(roleIndex, "roleIndex");
    int n = roles.size();
    parent = new int[n];
    for (int i = 0; i < n; i++) {
      Role r = roles.get(i);
      if (r.reportsTo().isPresent()) {
        Integer p = roleIndex.get(r.reportsTo().get());
        if (p == null) {
          throw new IllegalArgumentException(
              "roles["
                  + i
                  + "] "
                  + Checks.quote(r.id())
                  + ": reportsTo refers to unknown role "
                  + Checks.quote(r.reportsTo().get()));
        }
        parent[i] = p;
      } else {
        parent[i] = -1;
      }
    }
    level = computeLevels();
    int maxLevel = -1;
    for (int l : level) {
      maxLevel = Math.max(maxLevel, l);
    }
    depth = maxLevel + 1;
    children = Groups.of(n, parent, n);
  }

  /** Levels by walking up each chain once; reports the first cycle found with its role ids. */
  private int[] computeLevels() {
    int n = parent.length;
    final int unknown = -1;
    final int onPath = -2;
    int[] levels = new int[n];
    Arrays.fill(levels, unknown);
    int[] path = new int[Math.min(n, 1024)];
    for (int start = 0; start < n; start++) {
      if (levels[start] != unknown) {
        continue;
      }
      int length = 0;
      int node = start;
      while (node >= 0 && levels[node] == unknown) {
        levels[node] = onPath;
        if (length == path.length) {
          path = Arrays.copyOf(path, Math.min(n, path.length * 2));
        }
        path[length++] = node;
        node = parent[node];
      }
      if (node >= 0 && levels[node] == onPath) {
        throw new IllegalArgumentException("roles: reporting lines form a cycle: " + cycle(node));
      }
      int base = node < 0 ? -1 : levels[node];
      for (int k = length - 1; k >= 0; k--) {
        levels[path[k]] = ++base;
      }
    }
    return levels;
  }

  private String cycle(int start) {
    StringBuilder text = new StringBuilder(Checks.quote(roles.get(start).id()));
    int node = parent[start];
    int shown = 0;
    while (node != start && shown < 20) {
      text.append(" → ").append(Checks.quote(roles.get(node).id()));
      node = parent[node];
      shown++;
    }
    text.append(node == start ? " → " + Checks.quote(roles.get(start).id()) : " → …");
    return text.toString();
  }
}
