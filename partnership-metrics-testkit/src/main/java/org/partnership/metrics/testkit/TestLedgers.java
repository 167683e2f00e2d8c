package org.partnership.metrics.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.partnership.ledger.DecisionRecord;
import org.partnership.ledger.LedgerRecord;
import org.partnership.ledger.Recognition;
import org.partnership.ledger.TimeEntry;
import org.partnership.model.ActivityKind;
import org.partnership.model.DecisionTraits;
import org.partnership.model.Domain;
import org.partnership.model.Mandate;
import org.partnership.model.Organization;
import org.partnership.model.Person;
import org.partnership.model.Phase;
import org.partnership.model.Role;
import org.partnership.model.Style;

/**
 * An organization and random ledgers for testing metric calculators: every record type, open and
 * decided decisions, repeated situations, due dates met and missed, and a few records naming people
 * or roles the organization does not have.
 *
 * <p>Deterministic: the same seed gives the same ledger.
 */
public final class TestLedgers {

  /** The start of the ledgers' period. */
  public static final Instant START = Instant.parse("2026-01-05T08:00:00Z");

  /** The domains decisions are in. */
  public static final List<Domain> DOMAINS =
      List.of(Domain.of("budget"), Domain.of("hiring"), Domain.of("curriculum"));

  private static final String[] SITES = {"north", "south"};
  private static final String[] TENURES = {"junior", "senior"};

  private TestLedgers() {}

  /**
   * Sixteen people in three levels: a head, three leads, twelve members; attributes {@code site}
   * and {@code tenure} (one person has neither), competences, and agreed delegation levels.
   */
  public static Organization organization() {
    Organization.Builder org = Organization.builder();
    org.addRole(
        Role.builder()
            .id("head")
            .title("Head")
            .putDelegationLevel(DOMAINS.get(0), Style.CONSULT)
            .build());
    for (int t = 0; t < 3; t++) {
      org.addRole(
          Role.builder()
              .id("lead-" + t)
              .title("Lead " + t)
              .reportsTo("head")
              .putDelegationLevel(DOMAINS.get(1), Style.AGREE)
              .putDelegationLevel(DOMAINS.get(2), Style.DELEGATE)
              .build());
    }
    for (int i = 0; i < 16; i++) {
      Person.Builder p = Person.builder().id("p" + i).displayName("Person " + i);
      if (i != 15) {
        p.putAttribute("site", SITES[i % 2]).putAttribute("tenure", TENURES[(i / 2) % 2]);
      }
      p.putCompetence(DOMAINS.get(i % 3), 0.5 + 0.03 * i);
      org.addPerson(p.build());
      if (i == 0) {
        org.assign("p0", "head");
      } else if (i <= 3) {
        org.assign("p" + i, "lead-" + (i - 1));
      } else {
        String role = "member-" + i;
        org.addRole(Role.of(role, "Member " + i, "lead-" + (i % 3)));
        org.assign("p" + i, role);
      }
    }
    return org.build();
  }

  /**
   * A random ledger of {@code size} records over the people and roles of an organization.
   *
   * @throws IllegalArgumentException if the organization has no people or roles, or size is
   *     negative
   */
  public static List<LedgerRecord> random(Organization organization, long seed, int size) {
    if (organization.people().isEmpty() || organization.roles().isEmpty() || size < 0) {
      throw new IllegalArgumentException(
          "need people, roles and a size of at least 0, was size " + size);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<String> people = new ArrayList<>();
    organization.people().forEach(p -> people.add(p.id()));
    List<String> roles = new ArrayList<>();
    organization.roles().forEach(r -> roles.add(r.id()));
    List<DecisionTraits> situations = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      situations.add(
          DecisionTraits.builder()
              .significance(random.nextInt(11) / 10.0)
              .urgency(random.nextInt(11) / 10.0)
              .commitmentNeeded(random.nextInt(11) / 10.0)
              .groupExpertise(random.nextInt(11) / 10.0)
              .structure(random.nextInt(11) / 10.0)
              .mandate(random.nextInt(5) == 0 ? Mandate.LEGAL : Mandate.NONE)
              .build());
    }
    List<LedgerRecord> ledger = new ArrayList<>(size);
    for (int n = 0; n < size; n++) {
      Instant at = START.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 90)));
      int kind = random.nextInt(10);
      String person =
          random.nextInt(40) == 0 ? "stranger" : people.get(random.nextInt(people.size()));
      if (kind < 5) {
        ActivityKind activity = ActivityKind.values()[random.nextInt(ActivityKind.values().length)];
        Phase phase = Phase.values()[random.nextInt(Phase.values().length)];
        ledger.add(
            TimeEntry.of(
                person, activity, phase, at, Duration.ofMinutes(15 + random.nextInt(240))));
      } else if (kind < 8) {
        ledger.add(decision(random, n, at, person, people, roles, situations));
      } else {
        String to = people.get(random.nextInt(people.size()));
        if (to.equals(person)) {
          to = person.equals(people.get(0)) ? people.get(1) : people.get(0);
        }
        ledger.add(Recognition.of(person, to, DOMAINS.get(random.nextInt(3)), at));
      }
    }
    return ledger;
  }

  private static DecisionRecord decision(
      SplittableRandom random,
      int n,
      Instant at,
      String decider,
      List<String> people,
      List<String> roles,
      List<DecisionTraits> situations) {
    DecisionRecord.Builder d =
        DecisionRecord.builder()
            .decisionId("d" + n)
            .domain(DOMAINS.get(random.nextInt(DOMAINS.size())))
            .ownerRoleId(
                random.nextInt(50) == 0 ? "ghost" : roles.get(random.nextInt(roles.size())))
            .style(Style.values()[random.nextInt(Style.values().length)])
            .raisedAt(at);
    int stakeholders = random.nextInt(6);
    for (int i = 0; i < stakeholders; i++) {
      String s = people.get(random.nextInt(people.size()));
      d.addStakeholders(s);
      if (random.nextBoolean()) {
        d.addParticipants(s);
      }
    }
    if (random.nextInt(4) > 0) {
      d.addAccountable(people.get(random.nextInt(people.size())));
    }
    if (random.nextInt(3) > 0) {
      d.traits(situations.get(random.nextInt(situations.size())));
    }
    if (random.nextInt(3) > 0) {
      d.dueAt(at.plus(Duration.ofHours(1 + random.nextInt(24 * 14))));
    }
    if (random.nextInt(5) > 0) {
      d.decidedBy(decider)
          .decidedAt(at.plus(Duration.ofSeconds(random.nextInt(3600 * 24 * 20))))
          .outcome(random.nextInt(101) / 100.0);
    }
    return d.build();
  }
}
