package org.partnership.ledger;

import com.google.common.testing.AbstractPackageSanityTests;
import org.partnership.model.Domain;

/**
 * Every public class of the package rejects nulls by name and compares by value: a new type cannot
 * be forgotten (Guava's package sanity tests).
 */
public class PackageSanityTest extends AbstractPackageSanityTests {

  public PackageSanityTest() {
    setDefault(Domain.class, Domain.of("budget"));
    setDistinctValues(Domain.class, Domain.of("budget"), Domain.of("hiring"));
    setDefault(String.class, "sue");
    setDistinctValues(String.class, "sue", "ann");
  }
}
