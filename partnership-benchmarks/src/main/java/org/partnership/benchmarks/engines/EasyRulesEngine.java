package org.partnership.benchmarks.engines;

import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngineParameters;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;

/** Easy Rules 4.1.0: one rule per row of the matrix, the first that applies wins. */
public final class EasyRulesEngine implements VroomEngine {

  private final Rules rules = new Rules();
  private final DefaultRulesEngine engine =
      new DefaultRulesEngine(new RulesEngineParameters().skipOnFirstAppliedRule(true));
  private final Facts[] facts = new Facts[128];

  /** Builds the rules and one set of facts per input. */
  public EasyRulesEngine() {
    int priority = 0;
    for (Rows.Row row : Rows.TIME_DRIVEN) {
      String levels = row.levels();
      String style = row.style();
      rules.register(
          new RuleBuilder()
              .name("row" + (priority + 1))
              .priority(priority++)
              .when(
                  f -> {
                    for (int i = 0; i < 7; i++) {
                      char c = levels.charAt(i);
                      if (c != '-' && (Boolean) f.get(Rows.FACTORS[i].name()) != (c == 'H')) {
                        return false;
                      }
                    }
                    return true;
                  })
              .then(f -> f.put("style", style))
              .build());
    }
    for (int input = 0; input < 128; input++) {
      Facts f = new Facts();
      for (int i = 0; i < 7; i++) {
        f.put(Rows.FACTORS[i].name(), Rows.high(input, i));
      }
      facts[input] = f;
    }
  }

  @Override
  public String style(int levels) {
    Facts f = facts[levels];
    engine.fire(rules, f);
    return f.get("style");
  }

  @Override
  public String toString() {
    return "Easy Rules 4.1.0";
  }
}
