package org.partnership.model;

/**
 * Who holds final authority over a decision: the two halves of "Partner when WE should &amp; Manage
 * when I must".
 */
public enum Mode {
  /** The leader decides ("manage when I must"): timely, consistent and fair management. */
  MANAGE,
  /** The decision is shared with or handed to others ("partner when WE should"). */
  PARTNER
}
