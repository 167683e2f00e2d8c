package org.partnership.model;

/**
 * An external obligation that fixes how a decision must be handled. Anything but {@link #NONE} is a
 * "manage when I must" condition: the obligation leaves no room to share final authority.
 */
public enum Mandate {
  /** No external obligation. */
  NONE,
  /** Required by law or regulation. */
  LEGAL,
  /** Required to keep people safe. */
  SAFETY,
  /** Required by an internal or external compliance rule. */
  COMPLIANCE,
  /** Required by a contract. */
  CONTRACTUAL;

  /** Whether this mandate obliges the leader to decide (every value but {@link #NONE}). */
  public boolean obliges() {
    return this != NONE;
  }
}
