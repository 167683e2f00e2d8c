package org.partnership.model;

/** Where an {@link Authority} comes from. */
public enum AuthoritySource {
  /** From a role in the hierarchy, over a domain, with an agreed delegation level. */
  POSITION,
  /** From a person's proficiency in a domain: the authority everyone can hold. */
  COMPETENCE
}
