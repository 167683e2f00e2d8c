package org.partnership.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compares a README code block with the code between README markers in a test. */
final class ReadmeBlocks {

  private ReadmeBlocks() {}

  /** The code between {@code // README:begin} and {@code // README:end} in a test source. */
  static String fromTest(String testSource) {
    String test = read(Path.of(testSource));
    int from = test.indexOf("// README:begin\n") + "// README:begin\n".length();
    return normalize(test.substring(from, test.indexOf("    // README:end", from)));
  }

  /** The README's java block between {@code <!-- name:begin -->} and {@code <!-- name:end -->}. */
  static String fromReadme(String name) {
    return normalize(withoutImports(readmeBlock(name)));
  }

  /** The raw java block of the README, imports included. */
  private static String readmeBlock(String name) {
    Matcher block =
        Pattern.compile(
                "<!-- " + name + ":begin -->\\s*```java\\n(.*?)```\\s*<!-- " + name + ":end -->",
                Pattern.DOTALL)
            .matcher(read(Path.of("../README.md")));
    if (!block.find()) {
      throw new AssertionError("README has no " + name + " example block");
    }
    return block.group(1);
  }

  private static String withoutImports(String code) {
    return code.replaceAll("(?m)^import [^\\n]*\\n", "");
  }

  private static java.util.Set<String> imports(String code) {
    java.util.Set<String> imports = new java.util.TreeSet<>();
    Matcher m = Pattern.compile("(?m)^import ([\\w.]+);").matcher(code);
    while (m.find()) {
      imports.add(m.group(1));
    }
    return imports;
  }

  /**
   * The README block's imports are those the test uses for the same code: each one the test has,
   * and every type of the test's imports that the block names imported — a reader can paste the
   * block with its imports and compile it.
   *
   * @throws AssertionError naming the imports that are missing or unknown
   */
  static void checkImports(String name, String testSource) {
    String block = readmeBlock(name);
    java.util.Set<String> readme = imports(block);
    java.util.Set<String> test = imports(read(Path.of(testSource)));
    String code = withoutImports(block).replaceAll("//[^\\n]*", "");
    java.util.Set<String> missing = new java.util.TreeSet<>();
    for (String i : test) {
      String simple = i.substring(i.lastIndexOf('.') + 1);
      if (Pattern.compile("\\b" + simple + "\\b").matcher(code).find() && !readme.contains(i)) {
        missing.add(i);
      }
    }
    java.util.Set<String> unknown = new java.util.TreeSet<>(readme);
    unknown.removeAll(test);
    if (!missing.isEmpty() || !unknown.isEmpty()) {
      throw new AssertionError(
          "README " + name + " block: missing imports " + missing + ", unknown imports " + unknown);
    }
  }

  /** Whitespace and comments removed: formatting may wrap either side differently. */
  private static String normalize(String code) {
    return code.replaceAll("//[^\\n]*", "").replaceAll("\\s+", "");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
