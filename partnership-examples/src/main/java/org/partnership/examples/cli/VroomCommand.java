package org.partnership.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.partnership.jackson.VerdictJson;
import org.partnership.rules.classic.Vroom2000;
import org.partnership.rules.classic.Vroom2000Factor;
import org.partnership.rules.classic.Vroom2000Result;
import org.partnership.rules.classic.VroomYetton1973;
import org.partnership.rules.classic.VroomYettonQuestion;
import org.partnership.rules.classic.VroomYettonResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/** {@code partnership vroom}: the classic decision models, one case or a CSV file of cases. */
@Command(
    name = "vroom",
    header = "Runs a classic decision model (Vroom-Yetton 1973, Vroom 2000).",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a classic decision model: vroom-yetton-1973 (questions A..G answered Y/N),",
      "vroom-2000-time or vroom-2000-development (factors DS,IC,LE,LC,GS,GE,TC answered H/L).",
      "Answers the path does not need may be left out (an empty CSV cell)."
    })
final class VroomCommand implements Callable<Integer> {

  static final String VY = "vroom-yetton-1973";
  static final String TIME = "vroom-2000-time";
  static final String DEVELOPMENT = "vroom-2000-development";

  @Spec CommandSpec spec;

  @Option(
      names = "--model",
      required = true,
      paramLabel = "MODEL",
      description = "vroom-yetton-1973, vroom-2000-time or vroom-2000-development.")
  String model;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Option(
        names = "--answers",
        paramLabel = "Q=V,…",
        description = "One case, e.g. A=Y,B=N,D=Y,E=N,F=Y.")
    String answers;

    @Option(
        names = "--input",
        paramLabel = "FILE.csv",
        description = "Many cases; the header names the questions.")
    Path input;
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text, json or csv (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.text;

  /** One case: the answers as given (question → Y/N or H/L, in column order) and where. */
  record Case(String where, Map<String, String> given) {}

  @Override
  public Integer call() throws IOException {
    if (!List.of(VY, TIME, DEVELOPMENT).contains(model)) {
      throw new PartnershipCli.UserInputException(
          "--model: expected vroom-yetton-1973, vroom-2000-time or vroom-2000-development, was \""
              + model
              + "\"");
    }
    List<Case> cases =
        source.answers != null ? List.of(parseAnswers(source.answers)) : readCsv(source.input);
    List<String> columns = new ArrayList<>();
    for (Case c : cases) {
      for (String q : c.given().keySet()) {
        if (!columns.contains(q)) {
          columns.add(q);
        }
      }
    }
    List<Map<String, String>> rows = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<String> jsons = new ArrayList<>();
    for (Case c : cases) {
      Map<String, String> row = new LinkedHashMap<>();
      for (String col : columns) {
        row.put(col, c.given().getOrDefault(col, ""));
      }
      try {
        if (model.equals(VY)) {
          VroomYettonResult r = VroomYetton1973.evaluate(vroomYetton(c));
          row.put("style", r.modelA().name());
          row.put("mode", r.mode().name());
          row.put(
              "feasible_set",
              r.feasibleSet().stream().map(Enum::name).collect(Collectors.joining("|")));
          row.put("least_participative", r.modelA().name());
          row.put("most_participative", r.modelB().name());
          texts.add(c.where() + ": " + r.explanation().toText().stripTrailing());
          jsons.add(VerdictJson.of(r));
        } else {
          Vroom2000 m = model.equals(TIME) ? Vroom2000.TIME_DRIVEN : Vroom2000.DEVELOPMENT_DRIVEN;
          Vroom2000Result r = m.evaluate(vroom2000(c));
          row.put("style", r.vroomStyle().name());
          row.put("mode", r.mode().name());
          texts.add(
              c.where()
                  + ": "
                  + r.explanation().summary()
                  + System.lineSeparator()
                  + "  matched: "
                  + r.explanation().fired().get(0).condition());
          jsons.add(VerdictJson.of(r));
        }
      } catch (IllegalArgumentException e) {
        throw new PartnershipCli.UserInputException(c.where() + ": " + e.getMessage());
      }
      rows.add(row);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (format) {
      case text -> texts.forEach(out::println);
      case json ->
          out.println(
              jsons.size() == 1 && source.answers != null
                  ? jsons.get(0)
                  : "[" + String.join(",", jsons) + "]");
      case csv -> out.print(csv(rows));
    }
    out.flush();
    return 0;
  }

  private List<String> questionNames() {
    List<String> names = new ArrayList<>();
    if (model.equals(VY)) {
      for (VroomYettonQuestion q : VroomYettonQuestion.values()) {
        names.add(q.name());
      }
    } else {
      for (Vroom2000Factor f : Vroom2000Factor.values()) {
        names.add(f.name());
      }
    }
    return names;
  }

  private String yes() {
    return model.equals(VY) ? "Y" : "H";
  }

  private String no() {
    return model.equals(VY) ? "N" : "L";
  }

  private Case parseAnswers(String spec) {
    Map<String, String> given = new LinkedHashMap<>();
    for (String part : spec.split(",", -1)) {
      String[] qv = part.trim().split("=", -1);
      if (qv.length != 2) {
        throw new PartnershipCli.UserInputException(
            "--answers: expected QUESTION=ANSWER, was \"" + part.trim() + "\"");
      }
      put(given, qv[0].trim(), qv[1].trim(), "--answers");
    }
    return new Case("--answers", given);
  }

  private void put(Map<String, String> given, String question, String answer, String where) {
    if (!questionNames().contains(question)) {
      throw new PartnershipCli.UserInputException(
          where
              + ": \""
              + question
              + "\" is not a question of "
              + model
              + "; expected one of "
              + questionNames());
    }
    if (answer.isEmpty()) {
      return;
    }
    if (!answer.equals(yes()) && !answer.equals(no())) {
      throw new PartnershipCli.UserInputException(
          where
              + ": "
              + question
              + " must be "
              + yes()
              + " or "
              + no()
              + ", was \""
              + answer
              + "\"");
    }
    if (given.put(question, answer) != null) {
      throw new PartnershipCli.UserInputException(where + ": " + question + " is answered twice");
    }
  }

  /** The most cases one CSV file may hold. */
  static final int MAX_CASES = 100_000;

  private List<Case> readCsv(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new NoSuchFileException(file.toString());
    }
    CsvMapper mapper =
        CsvMapper.builder()
            .enable(CsvReadFeature.FAIL_ON_DUPLICATE_HEADER_COLUMNS)
            .enable(CsvReadFeature.FAIL_ON_MISSING_COLUMNS)
            .enable(CsvReadFeature.TRIM_SPACES)
            .enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .build();
    List<Case> cases = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it =
        mapper.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).readValues(file)) {
      while (it.hasNextValue()) {
        if (cases.size() == MAX_CASES) {
          throw new PartnershipCli.UserInputException(
              file + ": more than " + MAX_CASES + " cases; split the file");
        }
        Map<String, String> raw = it.nextValue();
        String where = file + ":" + it.parser().currentTokenLocation().getLineNr();
        Map<String, String> given = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
          put(given, e.getKey(), e.getValue() == null ? "" : e.getValue(), where);
        }
        cases.add(new Case(where, given));
      }
    } catch (JacksonException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new PartnershipCli.UserInputException(
          file
              + ":"
              + line
              + ": "
              + e.getOriginalMessage().lines().findFirst().orElse("malformed CSV"));
    }
    if (cases.isEmpty()) {
      throw new PartnershipCli.UserInputException(
          file + ": no cases (a header and at least one row are needed)");
    }
    return cases;
  }

  private static Map<VroomYettonQuestion, Boolean> vroomYetton(Case c) {
    Map<VroomYettonQuestion, Boolean> answers = new EnumMap<>(VroomYettonQuestion.class);
    c.given().forEach((q, a) -> answers.put(VroomYettonQuestion.valueOf(q), a.equals("Y")));
    return answers;
  }

  private static Map<Vroom2000Factor, Boolean> vroom2000(Case c) {
    Map<Vroom2000Factor, Boolean> levels = new EnumMap<>(Vroom2000Factor.class);
    c.given().forEach((f, a) -> levels.put(Vroom2000Factor.valueOf(f), a.equals("H")));
    return levels;
  }

  private static String csv(List<Map<String, String>> rows) {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    rows.get(0).keySet().forEach(schema::addColumn);
    return new CsvMapper().writer(schema.build()).writeValueAsString(rows);
  }
}
