package org.partnership.benchmarks.engines;

import java.util.Locale;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.StatelessKieSession;

/** Drools 10.2.0, executable model: one DRL rule per row, a stateless session per call. */
public final class DroolsEngine implements VroomEngine {

  private final StatelessKieSession session;

  /** Generates the DRL, compiles it to the executable model and opens a stateless session. */
  public DroolsEngine() {
    StringBuilder drl =
        new StringBuilder("package org.partnership.benchmarks.drools;\n")
            .append("import ")
            .append(VroomCase.class.getName())
            .append(";\n");
    int n = 1;
    for (Rows.Row row : Rows.TIME_DRIVEN) {
      StringBuilder constraints = new StringBuilder();
      for (int i = 0; i < 7; i++) {
        char c = row.levels().charAt(i);
        if (c != '-') {
          if (constraints.length() > 0) {
            constraints.append(", ");
          }
          constraints
              .append(Rows.FACTORS[i].name().toLowerCase(Locale.ROOT))
              .append(c == 'H' ? " == true" : " == false");
        }
      }
      drl.append("rule \"row")
          .append(n++)
          .append("\" when $c : VroomCase(")
          .append(constraints)
          .append(") then $c.setStyle(\"")
          .append(row.style())
          .append("\"); end\n");
    }
    KieServices ks = KieServices.Factory.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    kfs.write("src/main/resources/org/partnership/benchmarks/drools/vroom.drl", drl.toString());
    KieBuilder builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
    if (builder.getResults().hasMessages(Message.Level.ERROR)) {
      throw new IllegalStateException("DRL does not compile: " + builder.getResults());
    }
    KieContainer container = ks.newKieContainer(builder.getKieModule().getReleaseId());
    session = container.newStatelessKieSession();
  }

  @Override
  public String style(int levels) {
    VroomCase c = new VroomCase(levels);
    session.execute(c);
    return c.getStyle();
  }

  @Override
  public String toString() {
    return "Drools 10.2.0 (executable model)";
  }
}
