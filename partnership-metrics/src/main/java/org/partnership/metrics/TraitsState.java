package org.partnership.metrics;

import java.time.Duration;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Mandate;
import org.partnership.model.Trait;

/** Decision traits in a saved state: the known traits' values, the mandate, flags and time. */
final class TraitsState {

  private static final Trait[] TRAITS = Trait.values();
  private static final Mandate[] MANDATES = Mandate.values();

  private TraitsState() {}

  /**
   * A total order of traits, zero exactly when {@link DecisionTraits#equals} holds: the order of
   * the tables' overflows (see {@link SlotTable}).
   */
  static int compare(DecisionTraits a, DecisionTraits b) {
    if (a == b) {
      return 0;
    }
    int c = Integer.compare(a.knownBits(), b.knownBits());
    for (int i = 0; c == 0 && i < TRAITS.length; i++) {
      c = Double.compare(a.value(TRAITS[i]), b.value(TRAITS[i]));
    }
    if (c == 0) {
      c = a.mandate().compareTo(b.mandate());
    }
    if (c == 0) {
      c = Boolean.compare(a.confidential(), b.confidential());
    }
    if (c == 0) {
      c = Boolean.compare(a.consistencyCritical(), b.consistencyCritical());
    }
    if (c == 0) {
      Duration x = a.timeAvailable().orElse(null);
      Duration y = b.timeAvailable().orElse(null);
      c = x == null ? (y == null ? 0 : -1) : (y == null ? 1 : x.compareTo(y));
    }
    return c;
  }

  static void write(DecisionTraits t, StateWriter out) {
    int known = t.knownBits();
    out.writeInt(known);
    for (Trait trait : TRAITS) {
      if ((known >>> trait.ordinal() & 1) != 0) {
        out.writeDouble(t.value(trait));
      }
    }
    out.writeString(t.mandate().name());
    out.writeBoolean(t.confidential());
    out.writeBoolean(t.consistencyCritical());
    out.writeBoolean(t.timeAvailable().isPresent());
    if (t.timeAvailable().isPresent()) {
      Duration d = t.timeAvailable().get();
      out.writeLong(d.getSeconds());
      out.writeInt(d.getNano());
    }
  }

  static DecisionTraits read(StateReader in) {
    int known = in.readInt();
    if (known >>> TRAITS.length != 0) {
      throw in.invalid("unknown traits in the known set: " + Integer.toBinaryString(known));
    }
    double[] values = new double[TRAITS.length];
    for (Trait trait : TRAITS) {
      if ((known >>> trait.ordinal() & 1) != 0) {
        values[trait.ordinal()] = in.readDouble();
      }
    }
    String name = in.readString();
    Mandate mandate = null;
    for (Mandate candidate : MANDATES) {
      if (candidate.name().equals(name)) {
        mandate = candidate;
      }
    }
    if (mandate == null) {
      throw in.invalid("not a mandate: " + name);
    }
    boolean confidential = in.readBoolean();
    boolean consistencyCritical = in.readBoolean();
    Duration time = null;
    if (in.readBoolean()) {
      long seconds = in.readLong();
      int nanos = in.readInt();
      if (nanos < 0 || nanos > 999_999_999) {
        throw in.invalid("nanoseconds must be in [0, 999999999], were " + nanos);
      }
      time = Duration.ofSeconds(seconds, nanos);
    }
    try {
      DecisionTraits.Builder b = DecisionTraits.builder();
      for (Trait trait : TRAITS) {
        if ((known >>> trait.ordinal() & 1) != 0) {
          b.value(trait, values[trait.ordinal()]);
        }
      }
      b.mandate(mandate).confidential(confidential).consistencyCritical(consistencyCritical);
      if (time != null) {
        b.timeAvailable(time);
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw in.invalid("decision traits: " + e.getMessage());
    }
  }
}
