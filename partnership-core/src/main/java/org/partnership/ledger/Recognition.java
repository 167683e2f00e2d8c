package org.partnership.ledger;

import java.time.Instant;
import org.immutables.value.Value;
import org.partnership.internal.Checks;
import org.partnership.model.Domain;

/**
 * One person recognizing another's competence in a domain: "you are so good at what you do".
 *
 * <p>Immutable and thread-safe. Validation: both ids are identifiers and differ (nobody recognizes
 * themselves). Violations throw {@link IllegalArgumentException} naming the field and the value;
 * nulls throw {@link NullPointerException}.
 */
@Value.Immutable
public abstract non-sealed class Recognition implements LedgerRecord {

  Recognition() {}

  /** The id of the person giving recognition. */
  @Value.Parameter
  public abstract String fromPersonId();

  /** The id of the person recognized. */
  @Value.Parameter
  public abstract String toPersonId();

  /** The domain of the competence recognized. */
  @Value.Parameter
  public abstract Domain domain();

  /** When the recognition was given. */
  @Value.Parameter
  public abstract Instant at();

  /** {@link #at()}. */
  @Override
  public Instant timestamp() {
    return at();
  }

  /**
   * A recognition.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an id is not an identifier or both ids are equal
   */
  public static Recognition of(String fromPersonId, String toPersonId, Domain domain, Instant at) {
    return ImmutableRecognition.of(fromPersonId, toPersonId, domain, at);
  }

  /**
   * A new builder, every field named — the giver and the receiver cannot be swapped by position as
   * in {@link #of}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Recognition}s. Not thread-safe; {@code build()} validates as {@code of} does and
   * throws {@link IllegalArgumentException} naming the fields that were not set.
   */
  public static final class Builder extends ImmutableRecognition.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.id("fromPersonId", fromPersonId());
    Checks.id("toPersonId", toPersonId());
    if (fromPersonId().equals(toPersonId())) {
      throw new IllegalArgumentException(
          "toPersonId must differ from fromPersonId (no self-recognition), was "
              + Checks.quote(toPersonId()));
    }
  }
}
