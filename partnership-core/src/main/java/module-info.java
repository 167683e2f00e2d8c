/**
 * The partnership model, ledger records, rules, policies and classic decision models.
 *
 * <p>Exports the API packages only; {@code org.partnership.internal} stays inside the module. Guava
 * is required transitively: types it generates appear in the value classes' builders.
 */
module org.partnership.core {
  requires transitive com.google.common;
  // Compile-time only: the annotations Immutables puts on the classes it generates.
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;
  requires static org.jspecify;

  exports org.partnership.ledger;
  exports org.partnership.model;
  exports org.partnership.rules;
  exports org.partnership.rules.classic;
  exports org.partnership.text;
}
