package org.partnership.model;

/**
 * When time is spent relative to the work it serves. The seed's "rethinking time": partnering moves
 * time upfront, to shared understanding, instead of spending it later on loose ends.
 */
public enum Phase {
  /** Before implementation: establishing a common understanding and a shared plan. */
  UPFRONT,
  /** During implementation: carrying out, correcting, tying up loose ends. */
  IMPLEMENTATION
}
