package org.partnership.rules;

import com.google.common.testing.AbstractPackageSanityTests;
import org.partnership.model.Domain;

/**
 * Every public class of the package rejects nulls by name and compares by value: a new type cannot
 * be forgotten (Guava's package sanity tests).
 */
public class PackageSanityTest extends AbstractPackageSanityTests {

  public PackageSanityTest() {
    setDefault(Domain.class, Domain.of("budget"));
    setDefault(Policy.class, Policy.seed());
    setDefault(
        org.partnership.model.Decision.class,
        org.partnership.model.Decision.builder()
            .id("d1")
            .domain(Domain.of("budget"))
            .ownerRoleId("head")
            .build());
    setDefault(
        org.partnership.model.Organization.class,
        org.partnership.model.Organization.builder()
            .addRole(org.partnership.model.Role.of("head", "Head"))
            .build());
    setDefault(
        org.partnership.model.TimeAllocation.class,
        org.partnership.model.TimeAllocation.builder().build());
    setDistinctValues(Policy.class, Policy.seed(), Policy.builder().id("other").version(1).build());
    Reason a = Reason.builder().ruleId("a").condition("a").fired(true).build();
    Reason b = Reason.builder().ruleId("b").condition("b").fired(false).build();
    setDefault(Reason.class, a);
    setDistinctValues(Reason.class, a, b);
    setDistinctValues(Reason[].class, new Reason[] {a}, new Reason[] {b});
    setDefault(
        SeedVerdict.class,
        SeedVerdict.of(
            org.partnership.model.Decision.builder()
                .id("d1")
                .domain(Domain.of("budget"))
                .ownerRoleId("head")
                .build(),
            null,
            Policy.seed(),
            false));
    // The rule's evaluation machinery is not a value type: it is tested through the rule.
    ignoreClasses(
        c ->
            c.getName().startsWith(SeedCore.class.getName())
                || c.getName().startsWith(Completions.class.getName())
                || c.getName().startsWith(Questions.class.getName()));
  }
}
