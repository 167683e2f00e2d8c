package org.partnership.metrics;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.Recognition;
import org.partnership.ledger.TimeEntry;
import org.partnership.model.Domain;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Role;
import org.partnership.rules.AssessmentParameters;
import org.partnership.rules.Policy;

/**
 * What a ledger is measured against: the organization, the policy, the period, the subject, the
 * minimum group size and the person attributes fairness compares.
 *
 * <p>Defaults: the seed policy; no period bounds; the whole organization; the minimum group size of
 * the policy's assessment (5 in the seed); every person attribute in the organization; the as-of
 * instant (for "open past due") is the period's end when there is one.
 *
 * <p>The period is half-open: a record counts when {@code from <= timestamp < to}.
 *
 * <p>Immutable and thread-safe. Accumulators look people up through {@link #personIndex(String)}: a
 * person's index is their position in {@link #people()}.
 */
public final class MetricContext {

  private final Organization organization;
  private final Policy policy;
  private final Optional<Instant> from;
  private final Optional<Instant> to;
  private final Optional<Instant> asOf;
  private final Subject subject;
  private final int minimumGroupSize;

  /**
   * The most attributes fairness compares: each, and every pair (8 + 28 combinations), so the work
   * grows with the number of people, not with the square of the attributes ({@link
   * AssessmentParameters#MAX_FAIRNESS_ATTRIBUTES}).
   */
  public static final int MAX_FAIRNESS_ATTRIBUTES = AssessmentParameters.MAX_FAIRNESS_ATTRIBUTES;

  /**
   * The most groups fairness forms from one attribute or pair of attributes; an attribute (or pair)
   * whose people fall into more groups is not compared and is named in the explanation. With {@link
   * #MAX_FAIRNESS_ATTRIBUTES} this bounds the groups a report holds, whatever the number of people.
   */
  public static final int MAX_FAIRNESS_GROUPS = 128;

  private final ImmutableList<String> fairnessAttributes;
  private final double competenceThreshold;

  // Precomputed indexes, read by the built-in accumulators.
  /** What the organization and the subject imply: indexes, levels, teams, the population. */
  private final ContextPopulation population;

  /** Set on first use; racy but idempotent (a fingerprint is immutable and recomputed equal). */
  private volatile @Nullable ContextFingerprint fingerprint;

  private MetricContext(Builder b) {
    this.organization = b.organization;
    this.policy = b.policy;
    this.from = Optional.ofNullable(b.from);
    this.to = Optional.ofNullable(b.to);
    this.asOf = Optional.ofNullable(b.asOf != null ? b.asOf : b.to);
    this.subject = b.subject;
    this.minimumGroupSize =
        b.minimumGroupSize != null ? b.minimumGroupSize : policy.assessment().minimumGroupSize();
    this.competenceThreshold = b.competenceThreshold;
    this.population = new ContextPopulation(organization, subject);
    this.fairnessAttributes =
        b.fairnessAttributes != null
            ? ImmutableList.copyOf(b.fairnessAttributes)
            : ImmutableList.copyOf(policy.assessment().fairnessAttributes());
  }

  /**
   * A context for the organization with every default.
   *
   * @throws NullPointerException if {@code organization} is null
   */
  public static MetricContext of(Organization organization) {
    return builder(organization).build();
  }

  /**
   * A new builder.
   *
   * @throws NullPointerException if {@code organization} is null
   */
  public static Builder builder(Organization organization) {
    return new Builder(requireNonNull(organization, "organization"));
  }

  /** The organization. */
  public Organization organization() {
    return organization;
  }

  /** The policy: targets, recommendation and assessment thresholds. */
  public Policy policy() {
    return policy;
  }

  /** The first instant of the period (inclusive), if bounded. */
  public Optional<Instant> from() {
    return from;
  }

  /** The end of the period (exclusive), if bounded. */
  public Optional<Instant> to() {
    return to;
  }

  /** The instant "open past due" is judged at: as set, else the period's end; empty if neither. */
  public Optional<Instant> asOf() {
    return asOf;
  }

  /** Whom the measurement is about. */
  public Subject subject() {
    return subject;
  }

  /** Groups of people smaller than this are suppressed, never reported. */
  public int minimumGroupSize() {
    return minimumGroupSize;
  }

  /**
   * The person attributes fairness compares groups on, alone and in pairs: those the builder was
   * given, else those the policy's assessment declares ({@link
   * AssessmentParameters#fairnessAttributes()}); empty when none are declared, and fairness is then
   * not applicable.
   */
  public List<String> fairnessAttributes() {
    return fairnessAttributes;
  }

  /** The proficiency at which a person holds competence authority in a domain. */
  public double competenceThreshold() {
    return competenceThreshold;
  }

  /** The people of the organization; a person's index is their position here. */
  public List<Person> people() {
    return population.people;
  }

  /**
   * The index of a person in {@link #people()}, or -1 when the organization has no such person.
   *
   * @throws NullPointerException if {@code personId} is null
   */
  public int personIndex(String personId) {
    return population.personIndex.get(requireNonNull(personId, "personId"));
  }

  /**
   * Whether the person with this index belongs to the subject (everyone for the organization).
   *
   * @throws IndexOutOfBoundsException if the index is not an index of {@link #people()}
   */
  public boolean inPopulation(int personIndex) {
    return population.inPopulation[personIndex];
  }

  /**
   * Whether the person leads: holds a role with direct reports. The 70/30 is about how leaders
   * spend their time.
   */
  public boolean leads(int personIndex) {
    return population.leads[personIndex];
  }

  /** Whether individual values may be reported: only when the subject is one person. */
  public boolean reportsIndividuals() {
    return subject.kind() == Subject.Kind.PERSON;
  }

  /** How many people belong to the subject. */
  public int populationSize() {
    return population.populationSize;
  }

  /**
   * Whether a record is inside the period.
   *
   * @throws NullPointerException if {@code record} is null
   */
  public boolean inPeriod(LedgerRecord record) {
    Instant t = record.timestamp();
    return (from.isEmpty() || !t.isBefore(from.get())) && (to.isEmpty() || t.isBefore(to.get()));
  }

  /**
   * Whether a record is about the subject: always for the organization; for a unit or a person, a
   * time entry of one of its people, a decision one of its roles owns or one of its people decided,
   * a recognition one of its people gave or received.
   *
   * @throws NullPointerException if {@code record} is null
   */
  public boolean concernsSubject(LedgerRecord record) {
    requireNonNull(record, "record");
    if (subject.kind() == Subject.Kind.ORGANIZATION) {
      return true;
    }
    if (record instanceof TimeEntry) {
      return member(((TimeEntry) record).personId());
    }
    if (record instanceof DecisionRecord) {
      DecisionRecord d = (DecisionRecord) record;
      return population.subjectRoles.contains(d.ownerRoleId())
          || d.decidedBy().map(this::member).orElse(false);
    }
    Recognition r = (Recognition) record;
    return member(r.fromPersonId()) || member(r.toPersonId());
  }

  /**
   * Whether a person holds competence authority in a domain: proficiency at least {@link
   * #competenceThreshold()}.
   *
   * @throws IndexOutOfBoundsException if the index is not an index of {@link #people()}
   * @throws NullPointerException if {@code domain} is null
   */
  public boolean holdsCompetence(int personIndex, Domain domain) {
    return population.people.get(personIndex).proficiencyIn(domain).orElse(0)
        >= competenceThreshold;
  }

  private boolean member(String personId) {
    int i = population.personIndex.get(personId);
    return i >= 0 && population.inPopulation[i];
  }

  /**
   * The level of a person: that of the highest role they hold, 0 at the top; -1 for a person who
   * holds no role.
   *
   * @throws IndexOutOfBoundsException if the index is not an index of {@link #people()}
   */
  public int levelOfPerson(int personIndex) {
    return population.levelOfPerson[personIndex];
  }

  /**
   * The team of a person, an index of {@link #teams()}: the team their first role belongs to (the
   * role it reports to, or the role itself at the top); -1 for a person who holds no role.
   *
   * @throws IndexOutOfBoundsException if the index is not an index of {@link #people()}
   */
  public int teamOfPerson(int personIndex) {
    return population.teamOfPerson[personIndex];
  }

  /** The teams, each named by the role its members report to, in the order first met. */
  public List<String> teams() {
    return population.teams;
  }

  /**
   * The level of a role, or -1 when the organization has no such role.
   *
   * @throws NullPointerException if {@code roleId} is null
   */
  public int levelOfRole(String roleId) {
    int i = population.roleIndex.get(requireNonNull(roleId, "roleId"));
    return i < 0 ? -1 : population.roleLevels[i];
  }

  /**
   * The index of a role in the organization's {@link Organization#roles()}, or -1 when it has no
   * such role.
   *
   * @throws NullPointerException if {@code roleId} is null
   */
  public int roleIndexOf(String roleId) {
    return population.roleIndex.get(requireNonNull(roleId, "roleId"));
  }

  /** How many roles the organization has: role indexes run from 0 to this, exclusive. */
  int roleCount() {
    return population.roles.length;
  }

  /**
   * Whether a decision of the role with this index concerns the person: one of their roles reports
   * to it (they are in its unit). False for role -1.
   */
  boolean inUnitOf(int personIndex, int roleIndex) {
    int[] units = population.unitsOfPerson[personIndex];
    for (int u : units) {
      if (u == roleIndex) {
        return true;
      }
    }
    return false;
  }

  /** The roles whose decisions concern the person (those their roles report to); do not modify. */
  int[] unitsOf(int personIndex) {
    return population.unitsOfPerson[personIndex];
  }

  /**
   * Whether the person with this index holds the role with this index; false for role -1.
   *
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public boolean holdsRole(int personIndex, int roleIndex) {
    if (roleIndex < 0) {
      return false;
    }
    int[] holders = population.holdersByRole[roleIndex];
    for (int i = 0; i < holders.length; i++) {
      if (holders[i] == personIndex) {
        return true;
      }
    }
    return false;
  }

  /**
   * The role with an id, without the cost of an {@code Optional} per lookup.
   *
   * @return the role, or null when the organization has no such role
   * @throws NullPointerException if {@code roleId} is null
   */
  public @Nullable Role roleOrNull(String roleId) {
    int i = population.roleIndex.get(requireNonNull(roleId, "roleId"));
    return i < 0 ? null : population.roles[i];
  }

  /**
   * What this context is, for matching saved measurement states: see {@link ContextFingerprint}.
   * Computed once, on first use, in time linear in the organization.
   */
  public ContextFingerprint fingerprint() {
    ContextFingerprint f = fingerprint;
    if (f == null) {
      f = ContextFingerprint.of(this);
      fingerprint = f;
    }
    return f;
  }

  /**
   * Throws unless another context is this one or has the same fingerprint: accumulators and
   * measurements of matching contexts merge, others are refused naming the difference.
   */
  void checkSameAs(MetricContext other) {
    if (other == this) {
      return;
    }
    fingerprint()
        .differenceFrom(other.fingerprint())
        .ifPresent(
            d -> {
              throw new IllegalArgumentException(
                  "only measurements of the same context merge: " + d);
            });
  }

  @Override
  public String toString() {
    return "MetricContext{"
        + subject
        + ", policy "
        + policy.id()
        + " v"
        + policy.version()
        + ", period "
        + from.map(Instant::toString).orElse("-")
        + " .. "
        + to.map(Instant::toString).orElse("-")
        + "}";
  }

  /**
   * Builds {@link MetricContext}s. Not thread-safe; {@code build()} checks the settings together
   * and throws {@link IllegalArgumentException} naming the field and the value.
   */
  public static final class Builder {
    private final Organization organization;
    private Policy policy = Policy.seed();
    private Instant from;
    private Instant to;
    private Instant asOf;
    private Subject subject = Subject.organization();
    private Integer minimumGroupSize;
    private List<String> fairnessAttributes;
    private double competenceThreshold = Organization.DEFAULT_COMPETENCE_THRESHOLD;

    private Builder(Organization organization) {
      this.organization = organization;
    }

    /**
     * The policy (default: the seed policy).
     *
     * @throws NullPointerException if {@code policy} is null
     */
    public Builder policy(Policy policy) {
      this.policy = requireNonNull(policy, "policy");
      return this;
    }

    /**
     * The first instant of the period, inclusive.
     *
     * @throws NullPointerException if {@code from} is null
     */
    public Builder from(Instant from) {
      this.from = requireNonNull(from, "from");
      return this;
    }

    /**
     * The end of the period, exclusive.
     *
     * @throws NullPointerException if {@code to} is null
     */
    public Builder to(Instant to) {
      this.to = requireNonNull(to, "to");
      return this;
    }

    /**
     * The instant at which open decisions are judged past due (default: the period's end).
     *
     * @throws NullPointerException if {@code asOf} is null
     */
    public Builder asOf(Instant asOf) {
      this.asOf = requireNonNull(asOf, "asOf");
      return this;
    }

    /**
     * The subject (default: the organization).
     *
     * @throws NullPointerException if {@code subject} is null
     */
    public Builder subject(Subject subject) {
      this.subject = requireNonNull(subject, "subject");
      return this;
    }

    /** The minimum group size (default: the policy's). Checked at {@code build()}: at least 2. */
    public Builder minimumGroupSize(int size) {
      this.minimumGroupSize = size;
      return this;
    }

    /**
     * The person attributes fairness compares — each alone and every pair — overriding the policy's
     * declaration ({@link AssessmentParameters#fairnessAttributes()}); an empty list declares none,
     * and fairness is then not applicable.
     *
     * @throws NullPointerException if the list or an element is null
     * @throws IllegalArgumentException if there are more than {@value
     *     MetricContext#MAX_FAIRNESS_ATTRIBUTES}, one is named twice, or a name is blank, has
     *     surrounding whitespace or control characters, or is longer than 200 characters
     */
    public Builder fairnessAttributes(List<String> attributes) {
      ImmutableList<String> list = ImmutableList.copyOf(requireNonNull(attributes, "attributes"));
      try {
        // The policy's rules for declared attributes, applied to the host's declaration.
        AssessmentParameters.builder().fairnessAttributes(list).build();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            e.getMessage().replace("assessment.fairnessAttributes", "fairnessAttributes"), e);
      }
      this.fairnessAttributes = list;
      return this;
    }

    /** The proficiency that counts as competence authority (default 0.7); checked in [0, 1]. */
    public Builder competenceThreshold(double threshold) {
      this.competenceThreshold = threshold;
      return this;
    }

    /**
     * The context.
     *
     * @throws IllegalArgumentException if {@code to} is not after {@code from}, the minimum group
     *     size is below 2, the competence threshold is outside [0, 1], a fairness attribute is
     *     blank, or the subject is not part of the organization
     */
    public MetricContext build() {
      if (from != null && to != null) {
        checkArgument(to.isAfter(from), "to must be after from %s, was %s", from, to);
      }
      if (minimumGroupSize != null) {
        checkArgument(
            minimumGroupSize >= 2, "minimumGroupSize must be at least 2, was %s", minimumGroupSize);
      }
      checkArgument(
          competenceThreshold >= 0 && competenceThreshold <= 1,
          "competenceThreshold must be in [0, 1], was %s",
          competenceThreshold);
      if (fairnessAttributes != null) {
        for (String a : fairnessAttributes) {
          checkArgument(!a.isBlank(), "fairnessAttributes must not contain a blank name");
        }
      }
      return new MetricContext(this);
    }
  }
}
