package org.partnership.ledger;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;
import org.partnership.internal.Checks;
import org.partnership.model.Decision;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Domain;
import org.partnership.model.Mode;
import org.partnership.model.Style;

/**
 * A decision as it was handled: the style used, who decided, who took part, who is accountable, and
 * when it was raised, due and decided.
 *
 * <p>An open decision has neither {@link #decidedAt()} nor {@link #decidedBy()}; a decided one has
 * both. {@link #style()} is the style the decision is handled in (planned while open, used once
 * decided).
 *
 * <p>Immutable and thread-safe. Validation: every id is an identifier; {@code decidedAt} and {@code
 * decidedBy} are both present or both empty; {@code decidedAt} and {@code dueAt} are not before
 * {@code raisedAt}; the outcome is in [0, 1]. Violations throw {@link IllegalArgumentException}
 * naming the field and the value; nulls throw {@link NullPointerException}.
 */
@Value.Immutable
public abstract non-sealed class DecisionRecord implements LedgerRecord {

  DecisionRecord() {}

  /** The id of the decision. */
  public abstract String decisionId();

  /** The domain of the decision. */
  public abstract Domain domain();

  /** The id of the role that owns the decision. */
  public abstract String ownerRoleId();

  /** The style in which the decision is handled. */
  public abstract Style style();

  /** The mode of {@link #style()}: whether the leader decided or the decision was shared. */
  public Mode mode() {
    return style().mode();
  }

  /** The id of the person who took the decision; empty while open. */
  public abstract Optional<String> decidedBy();

  /** The ids of the people who took part, in insertion order. */
  public abstract Set<String> participants();

  /** The ids of the people accountable for the decision, in insertion order. */
  public abstract Set<String> accountable();

  /**
   * The ids of the people eligible to take part (the decision's stakeholders), in insertion order;
   * empty when not recorded. Participation and fairness metrics measure participants against it.
   */
  public abstract Set<String> stakeholders();

  /**
   * The traits of the situation, when recorded; consistency metrics compare the style used with the
   * policy's recommendation for these traits.
   */
  public abstract Optional<DecisionTraits> traits();

  /**
   * The decision this record is about, as the rules see it: id, domain, owner, stakeholders and
   * traits ({@link DecisionTraits#unknown()} when not recorded).
   */
  public Decision toDecision() {
    return Decision.builder()
        .id(decisionId())
        .domain(domain())
        .ownerRoleId(ownerRoleId())
        .stakeholders(stakeholders())
        .traits(traits().orElseGet(DecisionTraits::unknown))
        .build();
  }

  /** When the decision was raised. */
  public abstract Instant raisedAt();

  /** When it was decided; empty while open. */
  public abstract Optional<Instant> decidedAt();

  /** When it is due, if a due time was set. */
  public abstract Optional<Instant> dueAt();

  /** How well it turned out, in [0, 1], once known. */
  public abstract OptionalDouble outcome();

  /** Whether the decision has been taken. */
  public boolean isDecided() {
    return decidedAt().isPresent();
  }

  /** {@link #raisedAt()}. */
  @Override
  public Instant timestamp() {
    return raisedAt();
  }

  /**
   * A new builder; {@code decisionId}, {@code domain}, {@code ownerRoleId}, {@code style} and
   * {@code raisedAt} are required.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link DecisionRecord}s. Not thread-safe; {@code build()} validates and throws {@link
   * IllegalArgumentException} for a missing or invalid attribute.
   */
  public static final class Builder extends ImmutableDecisionRecord.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("decisionId", decisionId());
    Checks.id("ownerRoleId", ownerRoleId());
    decidedBy().ifPresent(id -> Checks.id("decidedBy", id));
    Checks.ids("participants", participants());
    Checks.ids("accountable", accountable());
    Checks.ids("stakeholders", stakeholders());
    if (decidedAt().isPresent() != decidedBy().isPresent()) {
      throw new IllegalArgumentException(
          "decidedAt and decidedBy must both be present (decided) or both empty (open), were "
              + decidedAt()
              + " and "
              + decidedBy());
    }
    if (decidedAt().isPresent() && decidedAt().get().isBefore(raisedAt())) {
      throw new IllegalArgumentException(
          "decidedAt must not be before raisedAt " + raisedAt() + ", was " + decidedAt().get());
    }
    if (dueAt().isPresent() && dueAt().get().isBefore(raisedAt())) {
      throw new IllegalArgumentException(
          "dueAt must not be before raisedAt " + raisedAt() + ", was " + dueAt().get());
    }
    if (outcome().isPresent()) {
      Checks.unitInterval("outcome", outcome().getAsDouble());
    }
  }
}
