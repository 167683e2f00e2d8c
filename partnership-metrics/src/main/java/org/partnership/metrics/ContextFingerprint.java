package org.partnership.metrics;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.partnership.model.Assignment;
import org.partnership.model.Domain;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;
import org.partnership.model.Style;

/**
 * What a {@link MetricContext} is, in five parts that saved measurement states are matched by: the
 * organization (a SHA-256 digest of its people, roles and assignments, in their order — the order
 * fixes the people's indexes that states count by), the policy (a digest of it), the period, the
 * subject, and the settings (minimum group size, fairness attributes, competence threshold).
 *
 * <p>Two contexts built from the same organization, policy and settings have equal fingerprints on
 * any JVM; a state restored against a context with another fingerprint is refused with {@link
 * #differenceFrom(ContextFingerprint)} in the message. The same people listed in another order give
 * another fingerprint: refused, never counted against the wrong person.
 *
 * <p>Immutable and thread-safe; equality by the five parts.
 */
public final class ContextFingerprint {

  private final String organization;
  private final String policy;
  private final String period;
  private final String subject;
  private final String settings;

  ContextFingerprint(
      String organization, String policy, String period, String subject, String settings) {
    this.organization = requireNonNull(organization, "organization");
    this.policy = requireNonNull(policy, "policy");
    this.period = requireNonNull(period, "period");
    this.subject = requireNonNull(subject, "subject");
    this.settings = requireNonNull(settings, "settings");
  }

  static ContextFingerprint of(MetricContext c) {
    return new ContextFingerprint(
        digest(c.organization()),
        Hashing.sha256()
            .hashString(c.policy().toString(), StandardCharsets.UTF_8)
            .toString()
            .substring(0, 16),
        c.from().map(Instant::toString).orElse("-")
            + " .. "
            + c.to().map(Instant::toString).orElse("-")
            + ", as of "
            + c.asOf().map(Instant::toString).orElse("-"),
        c.subject().toString(),
        "minimum group size "
            + c.minimumGroupSize()
            + ", fairness attributes "
            + c.fairnessAttributes()
            + ", competence threshold "
            + c.competenceThreshold());
  }

  private static String digest(Organization o) {
    Hasher h = Hashing.sha256().newHasher();
    h.putInt(o.people().size());
    for (Person p : o.people()) {
      text(h, p.id());
      text(h, p.displayName());
      Map<String, Double> competences = new TreeMap<>();
      p.competences().forEach((d, v) -> competences.put(d.name(), v));
      h.putInt(competences.size());
      competences.forEach(
          (d, v) -> {
            text(h, d);
            h.putDouble(v);
          });
      Map<String, String> attributes = new TreeMap<>(p.attributes());
      h.putInt(attributes.size());
      attributes.forEach(
          (k, v) -> {
            text(h, k);
            text(h, v);
          });
    }
    h.putInt(o.roles().size());
    for (Role r : o.roles()) {
      text(h, r.id());
      text(h, r.title());
      text(h, r.reportsTo().orElse(""));
      h.putBoolean(r.reportsTo().isPresent());
      Map<String, Style> levels = new TreeMap<>();
      for (Map.Entry<Domain, Style> e : r.delegationLevels().entrySet()) {
        levels.put(e.getKey().name(), e.getValue());
      }
      h.putInt(levels.size());
      levels.forEach(
          (d, s) -> {
            text(h, d);
            text(h, s.name());
          });
    }
    h.putInt(o.assignments().size());
    for (Assignment a : o.assignments()) {
      text(h, a.personId());
      text(h, a.roleId());
    }
    return h.hash().toString().substring(0, 16);
  }

  private static void text(Hasher h, String s) {
    h.putInt(s.length()).putString(s, StandardCharsets.UTF_8);
  }

  /** The organization's digest: 16 hexadecimal digits. */
  public String organization() {
    return organization;
  }

  /** The policy's digest: 16 hexadecimal digits. */
  public String policy() {
    return policy;
  }

  /** The period and the as-of instant, e.g. {@code 2026-01-01T00:00:00Z .. -, as of -}. */
  public String period() {
    return period;
  }

  /** The subject, e.g. {@code organization}. */
  public String subject() {
    return subject;
  }

  /** The minimum group size, the fairness attributes and the competence threshold. */
  public String settings() {
    return settings;
  }

  /**
   * What differs from another fingerprint, in words naming each part and both values; empty when
   * they are equal.
   *
   * @throws NullPointerException if {@code other} is null
   */
  public Optional<String> differenceFrom(ContextFingerprint other) {
    requireNonNull(other, "other");
    List<String> parts = new ArrayList<>();
    compare(parts, "organization", organization, other.organization);
    compare(parts, "policy", policy, other.policy);
    compare(parts, "period", period, other.period);
    compare(parts, "subject", subject, other.subject);
    compare(parts, "settings", settings, other.settings);
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
  }

  private static void compare(List<String> parts, String name, String mine, String theirs) {
    if (!mine.equals(theirs)) {
      String verb = name.endsWith("s") ? " differ (" : " differs (";
      parts.add("the " + name + verb + mine + " here, " + theirs + " there)");
    }
  }

  void write(StateWriter out) {
    out.writeString(organization);
    out.writeString(policy);
    out.writeString(period);
    out.writeString(subject);
    out.writeString(settings);
  }

  static ContextFingerprint read(StateReader in) {
    return new ContextFingerprint(
        in.readString(), in.readString(), in.readString(), in.readString(), in.readString());
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ContextFingerprint)) {
      return false;
    }
    ContextFingerprint f = (ContextFingerprint) o;
    return organization.equals(f.organization)
        && policy.equals(f.policy)
        && period.equals(f.period)
        && subject.equals(f.subject)
        && settings.equals(f.settings);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(organization, policy, period, subject, settings);
  }

  @Override
  public String toString() {
    return "ContextFingerprint{organization "
        + organization
        + ", policy "
        + policy
        + ", period "
        + period
        + ", subject "
        + subject
        + ", "
        + settings
        + "}";
  }
}
