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
    Matcher block =
        Pattern.compile(
                "<!-- " + name + ":begin -->\\s*```java\\n(.*?)```\\s*<!-- " + name + ":end -->",
                Pattern.DOTALL)
            .matcher(read(Path.of("../README.md")));
    if (!block.find()) {
      throw new AssertionError("README has no " + name + " example block");
    }
    return normalize(block.group(1));
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
