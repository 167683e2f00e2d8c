package org.partnership.benchmarks.engines;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.kie.api.KieServices;
import org.kie.api.io.Resource;
import org.kie.dmn.api.core.DMNContext;
import org.kie.dmn.api.core.DMNModel;
import org.kie.dmn.api.core.DMNResult;
import org.kie.dmn.api.core.DMNRuntime;
import org.kie.dmn.core.internal.utils.DMNRuntimeBuilder;

/** KIE DMN 10.2.0: the matrix as a DMN decision table with hit policy UNIQUE. */
public final class DmnEngine implements VroomEngine {

  private static final String NAMESPACE = "https://partnership.example/dmn/vroom2000";

  private final DMNRuntime runtime;
  private final DMNModel model;

  /** Generates the DMN model and builds a runtime for it. */
  public DmnEngine() {
    KieServices ks = KieServices.Factory.get();
    Resource resource =
        ks.getResources()
            .newByteArrayResource(xml().getBytes(StandardCharsets.UTF_8))
            .setSourcePath("vroom2000.dmn");
    runtime =
        DMNRuntimeBuilder.fromDefaults()
            .buildConfiguration()
            .fromResources(List.of(resource))
            .getOrElseThrow(e -> new IllegalStateException("DMN does not build", e));
    model = runtime.getModel(NAMESPACE, "vroom2000");
    if (model == null || model.hasErrors()) {
      throw new IllegalStateException(
          "DMN model has errors: " + (model == null ? "none" : model.getMessages()));
    }
  }

  @Override
  public String style(int levels) {
    DMNContext context = runtime.newContext();
    for (int i = 0; i < 7; i++) {
      context.set(Rows.FACTORS[i].name(), Rows.high(levels, i) ? "H" : "L");
    }
    DMNResult result = runtime.evaluateAll(model, context);
    return (String) result.getDecisionResultByName("style").getResult();
  }

  private static String xml() {
    StringBuilder x = new StringBuilder();
    x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\"")
        .append(" id=\"vroom2000\" name=\"vroom2000\" namespace=\"")
        .append(NAMESPACE)
        .append("\">\n");
    for (var f : Rows.FACTORS) {
      x.append("  <inputData id=\"i_")
          .append(f)
          .append("\" name=\"")
          .append(f)
          .append("\">")
          .append("<variable id=\"v_")
          .append(f)
          .append("\" name=\"")
          .append(f)
          .append("\" typeRef=\"string\"/></inputData>\n");
    }
    x.append("  <decision id=\"d_style\" name=\"style\">\n")
        .append("    <variable id=\"v_style\" name=\"style\" typeRef=\"string\"/>\n");
    for (var f : Rows.FACTORS) {
      x.append("    <informationRequirement id=\"ir_")
          .append(f)
          .append("\"><requiredInput href=\"#i_")
          .append(f)
          .append("\"/></informationRequirement>\n");
    }
    x.append("    <decisionTable id=\"dt\" hitPolicy=\"UNIQUE\">\n");
    for (var f : Rows.FACTORS) {
      x.append("      <input id=\"in_")
          .append(f)
          .append("\" label=\"")
          .append(f)
          .append("\"><inputExpression id=\"ie_")
          .append(f)
          .append("\" typeRef=\"string\"><text>")
          .append(f)
          .append("</text></inputExpression></input>\n");
    }
    x.append("      <output id=\"out\" name=\"style\" typeRef=\"string\"/>\n");
    int n = 1;
    for (Rows.Row row : Rows.TIME_DRIVEN) {
      x.append("      <rule id=\"r").append(n).append("\">");
      for (int i = 0; i < 7; i++) {
        char c = row.levels().charAt(i);
        x.append("<inputEntry id=\"r")
            .append(n)
            .append("_")
            .append(i)
            .append("\"><text>")
            .append(c == '-' ? "-" : "\"" + c + "\"")
            .append("</text></inputEntry>");
      }
      x.append("<outputEntry id=\"r")
          .append(n)
          .append("_o\"><text>\"")
          .append(row.style())
          .append("\"</text></outputEntry></rule>\n");
      n++;
    }
    x.append("    </decisionTable>\n  </decision>\n</definitions>\n");
    return x.toString();
  }

  @Override
  public String toString() {
    return "KIE DMN 10.2.0";
  }
}
