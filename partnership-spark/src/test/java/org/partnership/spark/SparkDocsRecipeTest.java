package org.partnership.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/spark.md's local recipe, checked for the mistakes it once had: the class path written where
 * the next command does not look, {@code dependency:build-classpath} run without the modules it
 * needs, a file named that the repository does not have.
 */
class SparkDocsRecipeTest {

  static final Path ROOT = Path.of("..");

  static String recipe() throws IOException {
    String page = Files.readString(ROOT.resolve("docs/spark.md"));
    Matcher m =
        Pattern.compile("\\*\\*Locally\\*\\*.*?```sh\\n(.*?)```", Pattern.DOTALL).matcher(page);
    assertThat(m.find()).as("the local recipe's code block").isTrue();
    return m.group(1);
  }

  @Test
  void theClassPathIsBuiltWithTheModulesItNeedsAndReadWhereItIsWritten() throws IOException {
    String recipe = recipe();
    String first = recipe.substring(0, recipe.indexOf("\njava "));
    assertThat(first)
        .as("one command: package and build-classpath, with the modules the job needs")
        .contains("package dependency:build-classpath", "-pl partnership-spark -am")
        .contains("-Dmdep.includeScope=provided")
        .contains("-Dmdep.outputFile=\"$PWD/spark.cp\"");
    assertThat(recipe).contains("$(cat spark.cp)");
  }

  @Test
  void everyFileTheRecipeNamesIsInTheRepository() throws IOException {
    Matcher m = Pattern.compile("(partnership-[a-z]+/[\\w./-]+)").matcher(recipe());
    int files = 0;
    while (m.find()) {
      String path = m.group(1);
      if (path.contains("/target/")) {
        continue; // built by the recipe's first command
      }
      assertThat(ROOT.resolve(path)).as(path).isRegularFile();
      files++;
    }
    assertThat(files).isGreaterThanOrEqualTo(2);
  }
}
