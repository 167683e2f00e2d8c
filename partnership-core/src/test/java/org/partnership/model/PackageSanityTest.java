package org.partnership.model;

import com.google.common.testing.AbstractPackageSanityTests;

/**
 * Every public class of the package rejects nulls by name and compares by value: a new type cannot
 * be forgotten (Guava's package sanity tests). {@link Organization} is left to {@code
 * OrganizationTest}: its factory takes three iterables of different element types, which the sanity
 * tester cannot tell apart.
 */
public class PackageSanityTest extends AbstractPackageSanityTests {

  public PackageSanityTest() {
    setDefault(String.class, "budget");
    setDefault(Domain.class, Domain.of("budget"));
    setDistinctValues(Domain.class, Domain.of("budget"), Domain.of("hiring"));
    setDefault(Person.class, Person.of("sue", "Sue"));
    setDistinctValues(Person.class, Person.of("sue", "Sue"), Person.of("ann", "Ann"));
    setDefault(Role.class, Role.of("head", "Head"));
    setDistinctValues(Role.class, Role.of("head", "Head"), Role.of("lead", "Lead"));
    ignoreClasses(c -> c == Organization.class || c == Organization.Builder.class);
  }
}
